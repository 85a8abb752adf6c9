import type { Locator, Page } from 'playwright-core';

export interface FollowUpRow {
  text: string;
  /** YYYY-MM-DD */
  due?: string;
  owner?: string;
}

export interface ActionFields {
  title?: string;
  kind?: string;
  /** YYYY-MM-DD */
  date?: string;
  status?: string;
  owner?: string;
  /** Stakeholders to add as targets, by the name typed into the picker. */
  addTargets?: string[];
  /** Ticks the first contact person offered for this target. */
  participantFrom?: string;
  followUps?: FollowUpRow[];
}

/** The action form (new or edit), as a user fills it in. */
export class ActionForm {
  constructor(readonly dialog: Locator) {}

  targets(): Locator {
    return this.dialog.getByRole('list', { name: 'Targets' });
  }

  async fill(fields: ActionFields): Promise<void> {
    const { dialog } = this;
    if (fields.title !== undefined) await dialog.getByLabel('Title', { exact: true }).fill(fields.title);
    if (fields.kind) await dialog.getByLabel('Kind', { exact: true }).selectOption({ label: fields.kind });
    if (fields.date) await dialog.getByLabel('Date', { exact: true }).fill(fields.date);
    if (fields.status) await dialog.getByLabel('Status', { exact: true }).selectOption({ label: fields.status });
    if (fields.owner) await dialog.getByLabel('Owner', { exact: true }).first().selectOption({ label: fields.owner });
    for (const target of fields.addTargets ?? []) {
      await dialog.getByRole('combobox', { name: 'Add a target stakeholder' }).fill(target);
      await dialog
        .getByRole('option', { name: new RegExp(target) })
        .first()
        .click();
      await this.targets().getByText(target, { exact: true }).waitFor();
    }
    if (fields.participantFrom)
      await dialog
        .getByRole('group', { name: fields.participantFrom, exact: true })
        .getByRole('checkbox')
        .first()
        .check();
    for (const row of fields.followUps ?? []) {
      await dialog.getByRole('button', { name: 'Add follow-up' }).click();
      const group = dialog.getByRole('group', { name: /^Follow-up \d+$/ }).last();
      await group.getByLabel('What to do').fill(row.text);
      if (row.due) await group.getByLabel('Due date').fill(row.due);
      if (row.owner) await group.getByLabel('Owner').selectOption({ label: row.owner });
    }
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}

/** The advocacy actions list and detail views, found by roles and names only. */
export class ActionsPage {
  constructor(private readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.evaluate((hash) => (window.location.hash = hash), `#/actions${query}`);
    await this.page.getByRole('heading', { level: 1, name: 'Advocacy actions' }).waitFor();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Advocacy actions' });
  }

  row(title: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  count(): Locator {
    return this.page.getByTestId('action-count');
  }

  async startNew(): Promise<ActionForm> {
    await this.page.getByRole('button', { name: 'New action' }).first().click();
    return new ActionForm(this.page.getByRole('dialog', { name: 'New advocacy action' }));
  }

  section(name: 'Details' | 'Targets' | 'Follow-ups'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
}

/** The follow-ups page (#/follow-ups) and the same list where the dashboard embeds it. */
export class FollowUpsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main sections' })
      .getByRole('link', { name: 'Follow-ups' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
  }

  count(): Locator {
    return this.page.getByTestId('follow-up-count');
  }

  /** The list items, in the order shown, within `scope` (the page, or a dashboard card). */
  entries(scope: Locator | Page = this.page): Locator {
    return scope.getByRole('list', { name: /follow-ups$/i }).getByRole('listitem');
  }

  entry(text: string, scope: Locator | Page = this.page): Locator {
    return this.entries(scope).filter({ hasText: text });
  }

  markDoneButton(text: string, scope: Locator | Page = this.page): Locator {
    return scope.getByRole('button', { name: `Mark done: “${text}”` });
  }
}

/** The advocacy-actions card of a stakeholder's detail view: timeline and last contact. */
export class StakeholderTimeline {
  readonly section: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Advocacy actions', exact: true });
  }

  lastContact(): Locator {
    return this.section.getByTestId('last-contact');
  }

  items(): Locator {
    return this.section.getByRole('list', { name: /^Actions with / }).getByRole('listitem');
  }

  async record(): Promise<ActionForm> {
    await this.section.getByRole('button', { name: 'Record action' }).click();
    return new ActionForm(this.page.getByRole('dialog', { name: 'New advocacy action' }));
  }
}
