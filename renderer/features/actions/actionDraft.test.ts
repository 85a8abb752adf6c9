import { describe, expect, it } from 'vitest';
import { newFollowUpDraft, offeredStaff } from './actionDraft';

const anna = { value: 'anna', label: 'Anna' };
const bruno = { value: 'bruno', label: 'Bruno (left)' };
const carla = { value: 'carla', label: 'Carla (left)' };
const dario = { value: 'dario', label: 'Dario' };
const allStaff = [anna, bruno, carla, dario];
const activeStaff = [anna, dario];
const row = (ownerId: string) => ({ ...newFollowUpDraft(ownerId) });

describe('offeredStaff', () => {
  it('offers only active staff when nobody inactive is named', () => {
    expect(offeredStaff(allStaff, activeStaff, { ownerId: '', followUps: [row('anna')] })).toEqual([anna, dario]);
  });

  it("keeps an inactive colleague who owns one of the follow-ups, not only the action's owner", () => {
    expect(offeredStaff(allStaff, activeStaff, { ownerId: 'anna', followUps: [row('carla'), row('')] })).toEqual([
      anna,
      carla,
      dario,
    ]);
  });

  it('keeps inactive owners as stored, even after the draft has moved the row to someone else', () => {
    const stored = { action: { ownerId: 'bruno' }, followUps: [{ ownerId: 'carla' }, { ownerId: null }] };
    expect(offeredStaff(allStaff, activeStaff, { ownerId: 'anna', followUps: [row('anna')] }, stored)).toEqual([
      anna,
      bruno,
      carla,
      dario,
    ]);
  });
});
