import { describe, expect, it } from 'vitest';
import { formerAttendeeToken } from './formerAttendeeToken';

describe('the token of a former attendee tallied on arrival', () => {
  it('is the same for the same revision, and differs for another revision or person', async () => {
    const token = await formerAttendeeToken('contacts:c-1', '3-abc');
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await formerAttendeeToken('contacts:c-1', '3-abc')).toBe(token);
    expect(await formerAttendeeToken('contacts:c-1', '4-abd')).not.toBe(token);
    expect(await formerAttendeeToken('contacts:c-2', '3-abc')).not.toBe(token);
    expect(token, 'the token names the person').not.toContain('c-1');
  });
});
