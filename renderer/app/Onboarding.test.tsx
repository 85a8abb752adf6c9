import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { NotificationsProvider } from './notifications/NotificationsProvider';
import { Onboarding } from './Onboarding';

// Someone moving to a new computer starts from their backup, not from the sample or nothing.

describe('the first start', () => {
  it('offers to restore a backup, with the restore flow of the backups section', () => {
    render(
      <I18nProvider initialLanguage="it">
        <NotificationsProvider>
          <Onboarding />
        </NotificationsProvider>
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Ripristina una copia di sicurezza/ }));
    expect(screen.getByLabelText(/^Ripristina da/)).toBeTruthy();
  });
});
