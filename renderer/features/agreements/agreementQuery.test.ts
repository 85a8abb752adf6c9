import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../shared/domain/agreement';
import { addParty, draftFromAgreement, inputFromAgreementDraft, newAgreementDraft } from './agreementDraft';
import {
  EMPTY_AGREEMENT_QUERY,
  agreementQueryFromParams,
  daysLeftIfExpiringSoon,
  daysUntil,
  filterAgreements,
  isAgreementQueryEmpty,
  paramsFromAgreementQuery,
  type PartyLookup,
} from './agreementQuery';

const TODAY = '2026-11-23';

function agreement(overrides: Partial<Agreement> & Pick<Agreement, 'title'>): Agreement {
  return {
    id: overrides.title,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    kind: 'convention',
    parties: [
      { stakeholderId: 'asl-na', role: 'promoter' },
      { stakeholderId: 'cas-na', role: 'signatory' },
    ],
    status: 'in-force',
    signedOn: null,
    inForceFrom: null,
    expiresOn: null,
    documentRef: '',
    programmeIds: [],
    notes: '',
    ...overrides,
  };
}

const parties: PartyLookup = new Map([
  ['asl-na', { name: 'ASL Napoli 1 Centro', shortName: 'ASL NA1', region: 'campania' }],
  ['cas-na', { name: 'CAS Il Faro', shortName: '', region: 'campania' }],
  ['asl-rm', { name: 'ASL Roma 1', shortName: 'ASL RM1', region: 'lazio' }],
  ['inmp', { name: 'Istituto nazionale salute migrazioni e povertà', shortName: 'INMP', region: null }],
]);

const soonExpiring = agreement({
  title: 'Protocollo Napoli',
  expiresOn: '2027-01-07',
  programmeIds: ['psychcare'],
  documentRef: 'Prot. 2024/118',
});
const laterExpiring = agreement({
  title: 'Convenzione Roma',
  parties: [
    { stakeholderId: 'asl-rm', role: 'promoter' },
    { stakeholderId: 'inmp', role: 'adherent' },
  ],
  expiresOn: '2027-01-30',
});
const draftWithNational = agreement({
  title: 'Accordo dati',
  kind: 'data-sharing',
  status: 'drafting',
  parties: [
    { stakeholderId: 'inmp', role: 'promoter' },
    { stakeholderId: 'asl-na', role: 'signatory' },
  ],
  expiresOn: '2026-12-01',
});
const all = [soonExpiring, laterExpiring, draftWithNational];
const titles = (list: readonly Agreement[]) => list.map((item) => item.title);

describe('agreement filters in links', () => {
  it('reads the names the dashboard links with, and writes them back the same', () => {
    const query = agreementQueryFromParams({
      expiring: '90',
      region: 'campania',
      status: 'signed,in-force',
      kind: 'convention',
      programme: 'psychcare',
      q: 'napoli',
    });
    expect(query).toEqual({
      text: 'napoli',
      statuses: ['signed', 'in-force'],
      kinds: ['convention'],
      regions: ['campania'],
      programmeIds: ['psychcare'],
      expiringWithinDays: 90,
    });
    expect(paramsFromAgreementQuery(query)).toEqual({
      q: 'napoli',
      status: 'signed,in-force',
      kind: 'convention',
      region: 'campania',
      programme: 'psychcare',
      expiring: '90',
    });
  });

  it('ignores an expiring value that is not a number of days', () => {
    expect(agreementQueryFromParams({ expiring: 'soon' }).expiringWithinDays).toBeNull();
    expect(agreementQueryFromParams({ expiring: '-5' }).expiringWithinDays).toBeNull();
    expect(isAgreementQueryEmpty(agreementQueryFromParams({ expiring: 'soon' }))).toBe(true);
    expect(isAgreementQueryEmpty(agreementQueryFromParams({ expiring: '0' }))).toBe(false);
  });
});

describe('filterAgreements', () => {
  it('keeps everything, sorted by title, when nothing is asked', () => {
    expect(titles(filterAgreements(all, EMPTY_AGREEMENT_QUERY, parties, TODAY))).toEqual([
      'Accordo dati',
      'Convenzione Roma',
      'Protocollo Napoli',
    ]);
  });

  it('counts an agreement in every region one of its parties is in', () => {
    const inCampania = filterAgreements(all, { ...EMPTY_AGREEMENT_QUERY, regions: ['campania'] }, parties, TODAY);
    expect(titles(inCampania)).toEqual(['Accordo dati', 'Protocollo Napoli']);
    const inLazioOrCampania = filterAgreements(
      all,
      { ...EMPTY_AGREEMENT_QUERY, regions: ['lazio', 'campania'] },
      parties,
      TODAY,
    );
    expect(inLazioOrCampania).toHaveLength(3);
  });

  it('finds words in the title, the document reference and the parties’ names, ignoring accents and case', () => {
    const search = (text: string) => titles(filterAgreements(all, { ...EMPTY_AGREEMENT_QUERY, text }, parties, TODAY));
    expect(search('faro')).toEqual(['Protocollo Napoli']);
    expect(search('2024/118')).toEqual(['Protocollo Napoli']);
    expect(search('poverta rm1')).toEqual(['Convenzione Roma']);
    expect(search('INMP')).toEqual(['Accordo dati', 'Convenzione Roma']);
  });

  it('filters by status, kind and programme', () => {
    expect(titles(filterAgreements(all, { ...EMPTY_AGREEMENT_QUERY, statuses: ['drafting'] }, parties, TODAY))).toEqual(
      ['Accordo dati'],
    );
    expect(titles(filterAgreements(all, { ...EMPTY_AGREEMENT_QUERY, kinds: ['convention'] }, parties, TODAY))).toEqual([
      'Convenzione Roma',
      'Protocollo Napoli',
    ]);
    expect(
      titles(filterAgreements(all, { ...EMPTY_AGREEMENT_QUERY, programmeIds: ['psychcare'] }, parties, TODAY)),
    ).toEqual(['Protocollo Napoli']);
  });

  it('keeps only binding agreements expiring within the days asked, soonest first', () => {
    const within90 = filterAgreements(all, { ...EMPTY_AGREEMENT_QUERY, expiringWithinDays: 90 }, parties, TODAY);
    // The draft expires sooner but binds no one yet.
    expect(titles(within90)).toEqual(['Protocollo Napoli', 'Convenzione Roma']);
    expect(titles(filterAgreements(all, { ...EMPTY_AGREEMENT_QUERY, expiringWithinDays: 60 }, parties, TODAY))).toEqual(
      ['Protocollo Napoli'],
    );
    const campaniaSoon = filterAgreements(
      all,
      agreementQueryFromParams({ expiring: '90', region: 'campania' }),
      parties,
      TODAY,
    );
    expect(titles(campaniaSoon)).toEqual(['Protocollo Napoli']);
  });
});

describe('expiry warnings', () => {
  it('counts calendar days, across a change of daylight saving time too', () => {
    expect(daysUntil('2026-10-20', '2026-11-03')).toBe(14);
    expect(daysUntil(TODAY, TODAY)).toBe(0);
    expect(daysUntil(TODAY, '2026-11-20')).toBe(-3);
  });

  it('warns about binding agreements within 90 days only', () => {
    expect(daysLeftIfExpiringSoon(soonExpiring, TODAY)).toBe(45);
    expect(daysLeftIfExpiringSoon({ status: 'in-force', expiresOn: '2027-06-01' }, TODAY)).toBeNull();
    expect(daysLeftIfExpiringSoon(draftWithNational, TODAY)).toBeNull();
    expect(daysLeftIfExpiringSoon({ status: 'signed', expiresOn: null }, TODAY)).toBeNull();
  });
});

describe('agreement drafts', () => {
  it('pre-fills the stakeholder the form was opened from as promoter', () => {
    expect(newAgreementDraft('asl-na').parties).toEqual([{ stakeholderId: 'asl-na', role: 'promoter' }]);
    expect(newAgreementDraft().parties).toEqual([]);
  });

  it('adds later parties as signatories, once each', () => {
    const two = addParty(addParty([], 'asl-na'), 'cas-na');
    expect(two).toEqual([
      { stakeholderId: 'asl-na', role: 'promoter' },
      { stakeholderId: 'cas-na', role: 'signatory' },
    ]);
    expect(addParty(two, 'cas-na')).toEqual(two);
  });

  it('turns empty dates into no date, and back', () => {
    const input = inputFromAgreementDraft({ ...draftFromAgreement(soonExpiring), signedOn: '' });
    expect(input.signedOn).toBeNull();
    expect(input.expiresOn).toBe('2027-01-07');
    expect(draftFromAgreement(soonExpiring).inForceFrom).toBe('');
  });
});
