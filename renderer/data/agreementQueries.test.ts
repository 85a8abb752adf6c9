import { describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { createAgreement } from '../db/repositories/agreements';
import { createProgramme } from '../db/repositories/organisation';
import { createRelationship } from '../db/repositories/relationships';
import { createStakeholder } from '../db/repositories/stakeholders';
import { agreementDetail, agreementList, agreementsOfByTitle } from './agreementQueries';
import { dashboardRecords } from './dashboardQueries';
import { loadExportData } from './exportDataQueries';
import { relationshipsFrom } from './relationshipQueries';

const database = databasePerTest();

async function twoAgreements() {
  const db = database();
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta', province: 'CE' }));
  const cas = await createStakeholder(
    db,
    stakeholderInput({ name: 'CAS Esempio', categoryId: 'reception-centre', sector: 'reception' }),
  );
  const programme = await createProgramme(db, { name: 'PsychCare Campania' });
  const parties = [
    { stakeholderId: asl.id, role: 'promoter' as const },
    { stakeholderId: cas.id, role: 'signatory' as const },
  ];
  const protocollo = await createAgreement(db, {
    title: 'Protocollo',
    kind: 'memorandum-of-understanding',
    status: 'signed',
    parties,
    programmeIds: [programme.id],
  });
  const convenzione = await createAgreement(db, {
    title: 'Convenzione',
    kind: 'convention',
    status: 'drafting',
    parties,
  });
  return { asl, cas, programme, protocollo, convenzione };
}

describe('the agreement queries', () => {
  it("list a stakeholder's agreements by title", async () => {
    const db = database();
    const { asl } = await twoAgreements();
    expect((await agreementsOfByTitle(db, asl.id)).map((agreement) => agreement.title)).toEqual([
      'Convenzione',
      'Protocollo',
    ]);
    expect(await agreementsOfByTitle(db, '__proto__')).toEqual([]);
  });

  it('give an agreement with its parties and the names of its programmes, or null', async () => {
    const db = database();
    const { asl, cas, protocollo } = await twoAgreements();
    const detail = await agreementDetail(db, protocollo.id);
    expect(detail?.agreement).toEqual(protocollo);
    expect(detail?.stakeholders.map((party) => party?.id)).toEqual([asl.id, cas.id]);
    expect(detail?.programmes).toEqual(['PsychCare Campania']);
    expect(await agreementDetail(db, 'gone')).toBeNull();
  });

  it('give the list with every party by id and the programmes', async () => {
    const db = database();
    const { asl, cas } = await twoAgreements();
    const list = await agreementList(db);
    expect(list.agreements).toHaveLength(2);
    expect([...list.partiesById.keys()].sort()).toEqual([asl.id, cas.id].sort());
    expect(list.programmes.map((programme) => programme.name)).toEqual(['PsychCare Campania']);
  });

  // The stored row carries `partyIds`, an index mirror of the parties: no screen ever sees it.
  it('hand out agreements without the stored index mirror, whichever query reads them', async () => {
    const db = database();
    const { asl } = await twoAgreements();
    const read = [
      ...(await agreementsOfByTitle(db, asl.id)),
      ...(await agreementList(db)).agreements,
      ...(await dashboardRecords(db)).agreements,
      ...(await loadExportData(db)).agreements,
    ];
    const detail = await agreementDetail(db, read[0]!.id);
    expect(read).toHaveLength(8);
    for (const agreement of [...read, detail!.agreement]) expect(agreement).not.toHaveProperty('partyIds');
  });
});

describe('the relationship queries', () => {
  it("give a stakeholder's relationships from its end, by the other end's name, a gone one without a name", async () => {
    const db = database();
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta', province: 'CE' }));
    const prefettura = await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Caserta', province: 'CE' }));
    const comune = await createStakeholder(db, stakeholderInput({ name: 'Comune di Aversa', province: 'CE' }));
    await createRelationship(db, relationshipInput(prefettura.id, asl.id));
    await createRelationship(db, relationshipInput(asl.id, comune.id));
    const gone = await createStakeholder(db, stakeholderInput({ name: 'Gone' }));
    await createRelationship(db, relationshipInput(gone.id, asl.id));
    await db.stakeholders.delete(gone.id);
    expect((await relationshipsFrom(db, asl.id)).map(({ other }) => other?.name)).toEqual([
      undefined,
      'Comune di Aversa',
      'Prefettura di Caserta',
    ]);
  });
});
