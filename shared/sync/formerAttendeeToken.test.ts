import { describe, expect, it } from 'vitest';
import { formerAttendeeToken } from './formerAttendeeToken';

describe('the token of a former attendee tallied on arrival', () => {
  it('is the same for the same revision, and differs for another revision or person', () => {
    const token = formerAttendeeToken('contacts:c-1', '3-abc');
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(formerAttendeeToken('contacts:c-1', '3-abc')).toBe(token);
    expect(formerAttendeeToken('contacts:c-1', '4-abd')).not.toBe(token);
    expect(formerAttendeeToken('contacts:c-2', '3-abc')).not.toBe(token);
    expect(token, 'the token names the person').not.toContain('c-1');
  });

  it('is the digest crypto.subtle gives of the same text (so any implementation agrees)', async () => {
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode('trama:former-attendee\ncontacts:ada\n2-a1')),
    );
    const hex = [...digest.slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    expect(formerAttendeeToken('contacts:ada', '2-a1').replaceAll('-', '')).toBe(hex);
  });
});
