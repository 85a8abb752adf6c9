import { describe, expect, it } from 'vitest';
import { agreementInputSchema } from '../../../shared/domain/agreement';
import { contactInputSchema } from '../../../shared/domain/contact';
import { relationshipInputSchema } from '../../../shared/domain/relationship';
import { stakeholderInputSchema } from '../../../shared/domain/stakeholder';
import { parseOrThrow, ValidationError } from '../../../shared/domain/validation';
import { stakeholderInput } from '../../support/builders';

function issuesOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.byField();
    throw error;
  }
  return {};
}

describe('stakeholder schema', () => {
  it('accepts a complete regional stakeholder and fills defaults', () => {
    const parsed = parseOrThrow(
      stakeholderInputSchema,
      stakeholderInput({ tags: ['salute mentale', 'salute mentale', ' minori '] }),
    );
    expect(parsed.tags).toEqual(['salute mentale', 'minori']);
    expect(parsed.notes).toBe('');
    expect(parsed.website).toBe('');
  });

  it('requires a name, naming the field', () => {
    expect(issuesOf(() => parseOrThrow(stakeholderInputSchema, stakeholderInput({ name: '   ' })))).toEqual({
      name: 'required',
    });
  });

  it('requires a region for local, provincial and regional levels', () => {
    const issues = issuesOf(() =>
      parseOrThrow(stakeholderInputSchema, stakeholderInput({ region: null, province: '' })),
    );
    expect(issues.region).toBe('region-required-for-level');
  });

  it('refuses a region for national, European and international stakeholders', () => {
    const issues = issuesOf(() =>
      parseOrThrow(stakeholderInputSchema, stakeholderInput({ level: 'national', province: '' })),
    );
    expect(issues.region).toBe('region-not-allowed-for-level');
    expect(() =>
      parseOrThrow(stakeholderInputSchema, stakeholderInput({ level: 'european', region: null, province: '' })),
    ).not.toThrow();
  });

  it('refuses a province of another region', () => {
    expect(issuesOf(() => parseOrThrow(stakeholderInputSchema, stakeholderInput({ province: 'PA' }))).province).toBe(
      'province-not-in-region',
    );
  });

  it('checks scores and web addresses', () => {
    const issues = issuesOf(() =>
      parseOrThrow(stakeholderInputSchema, stakeholderInput({ influence: 7, website: 'javascript:alert(1)' })),
    );
    expect(Object.keys(issues).sort()).toEqual(['influence', 'website']);
    expect(issues.website).toBe('invalid-url');
  });
});

describe('contact schema', () => {
  it('lower-cases emails and names the bad one', () => {
    const parsed = parseOrThrow(contactInputSchema, {
      stakeholderId: 's1',
      name: 'Luca Prova',
      emails: ['Luca.Prova@Example.org'],
    });
    expect(parsed.emails).toEqual(['luca.prova@example.org']);
    const issues = issuesOf(() =>
      parseOrThrow(contactInputSchema, {
        stakeholderId: 's1',
        name: 'Luca',
        emails: ['ok@example.org', 'not-an-email'],
      }),
    );
    expect(issues['emails.1']).toBe('invalid-email');
  });
});

describe('relationship schema', () => {
  const base = { sourceId: 'a', targetId: 'b', type: 'coordination', strength: 2, status: 'active' } as const;

  it('refuses a stakeholder linked to itself', () => {
    expect(issuesOf(() => parseOrThrow(relationshipInputSchema, { ...base, targetId: 'a' })).targetId).toBe(
      'relationship-to-itself',
    );
  });

  it('refuses an end before the start, and strengths outside 1–3', () => {
    const issues = issuesOf(() =>
      parseOrThrow(relationshipInputSchema, { ...base, since: '2025-05-01', until: '2024-01-01', strength: 4 }),
    );
    expect(issues.until).toBe('ends-before-start');
    expect(issues.strength).toBeDefined();
  });

  it('accepts a user-defined type', () => {
    expect(parseOrThrow(relationshipInputSchema, { ...base, type: 'co-progettazione' }).type).toBe('co-progettazione');
  });
});

describe('agreement schema', () => {
  const base = { title: 'Protocollo', kind: 'memorandum-of-understanding', status: 'in-force' } as const;

  it('needs two distinct parties', () => {
    expect(
      issuesOf(() =>
        parseOrThrow(agreementInputSchema, { ...base, parties: [{ stakeholderId: 'a', role: 'promoter' }] }),
      ).parties,
    ).toBe('at-least-two-parties');
    const duplicate = [
      { stakeholderId: 'a', role: 'promoter' },
      { stakeholderId: 'b', role: 'signatory' },
      { stakeholderId: 'a', role: 'adherent' },
    ] as const;
    expect(issuesOf(() => parseOrThrow(agreementInputSchema, { ...base, parties: duplicate })).parties).toBe(
      'duplicate-party',
    );
  });

  it('refuses an expiry before it comes into force', () => {
    const parties = [
      { stakeholderId: 'a', role: 'promoter' },
      { stakeholderId: 'b', role: 'signatory' },
    ] as const;
    const issues = issuesOf(() =>
      parseOrThrow(agreementInputSchema, { ...base, parties, inForceFrom: '2026-01-01', expiresOn: '2025-12-31' }),
    );
    expect(issues.expiresOn).toBe('ends-before-start');
  });
});
