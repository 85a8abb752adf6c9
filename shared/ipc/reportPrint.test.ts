import { describe, expect, it } from 'vitest';
import { invokeContract } from './contract';
import { reportScopeFromQuery, reportScopeQuery, reportScopeSchema } from './reportPrint';

const SCOPE = { programmeId: 'psychcare', region: 'campania', from: '2026-01-01', to: '2026-12-31' } as const;

describe('a report scope travelling in an address', () => {
  it('reads back the scope it wrote, all programmes and regions included', () => {
    expect(reportScopeFromQuery(reportScopeQuery(SCOPE))).toEqual(SCOPE);
    const everything = { ...SCOPE, programmeId: null, region: null };
    expect(reportScopeQuery(everything)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(reportScopeFromQuery(reportScopeQuery(everything))).toEqual(everything);
  });

  it('names no scope for an address without dates', () => {
    expect(reportScopeFromQuery({ region: 'lazio' })).toBeNull();
  });

  it.each([
    ['a region not ours', { region: 'narnia' }],
    ['a programme id carrying an address', { programmeId: 'p&print=0#/settings' }],
    ['a programme id of 65 characters', { programmeId: 'p'.repeat(65) }],
    ['a day that does not exist', { to: '2026-02-30' }],
    ['a date and time', { from: '2026-01-01T00:00:00Z' }],
    ['a period ending before it starts', { from: '2027-01-01' }],
    ['an extra key', { print: '0' }],
    ['a prototype key', JSON.parse('{"__proto__": {"isAdmin": true}}') as object],
  ])('refuses %s', (_case, change) => {
    const scope = { ...SCOPE, ...change };
    expect(reportScopeSchema.safeParse(scope).success).toBe(false);
    expect(invokeContract['report:print-to-pdf'].safeParse({ scope, suggestedName: 'report.pdf' }).success).toBe(false);
  });

  it('accepts the scope with a plain PDF file name', () => {
    expect(invokeContract['report:print-to-pdf'].safeParse({ scope: SCOPE, suggestedName: 'report.pdf' }).success).toBe(
      true,
    );
  });
});
