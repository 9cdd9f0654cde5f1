// ЗАГС's write side (S7, 003 ¶B2): one suite over the in-memory store and the SQL registry on both
// engines — a restored act is read back by the CivilRegistry port, an act already held is never
// overwritten, and the restorations are listed per person, oldest first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RestorationRecord } from '../../src/domain/civil-records/restoration.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import type { BirthAct, MarriageAct, RegistryDataset } from '../../src/domain/registry-facts.ts';
import { memoryCivilStore } from '../../src/registries/memory/civil.ts';
import { createMemoryRegistries } from '../../src/registries/memory/index.ts';
import type { CivilRecordWrites, CivilRegistry } from '../../src/registries/ports.ts';
import { sqlCivilRecordWrites } from '../../src/registries/sql/civil-writes.ts';
import { createSqlRegistries } from '../../src/registries/sql/index.ts';
import { decideApplication } from '../../src/services/decide-application.ts';
import { ENGINES, openLoadedDatabase, type TestDatabase } from '../support/engines.ts';
import { D, P } from '../support/family.ts';
import { familyDataset } from '../support/service.ts';

/** Dauren's birth act, lost: the family without it. */
const DAUREN_BIRTH: BirthAct = { type: 'birth', child: P.dauren, mother: P.gulnar, father: P.bekzat, registered: null };
const withoutDaurensAct = (): RegistryDataset =>
  familyDataset((s) => {
    s.civilActs = s.civilActs!.filter((a) => !(a.type === 'birth' && a.child === P.dauren));
  });
const MARRIAGE: MarriageAct = {
  type: 'marriage',
  spouses: [P.dana, P.nurlanA],
  date: '2015-05-05' as IsoDate,
  dissolved: null,
};
const record = (n: number): RestorationRecord => ({
  basis: `Archive certificate № ${n}, autobiography, parents' documents`,
  caseReference: `S7-2025-${n}`,
  restoredBy: { iin: P.gulmira, office: 'astana-zags-1' },
  restoredAt: new Date(`2025-12-0${n}T19:30:00Z`),
});

function contract(name: string, open: () => { civil: CivilRegistry; writes: CivilRecordWrites }) {
  describe(`ЗАГС restores acts [${name}]`, () => {
    it('restores a birth act the registry lacks, and reads it back', async () => {
      const { civil, writes } = open();
      assert.equal(await civil.birthActOf(P.dauren), null);
      const outcome = await writes.restore(DAUREN_BIRTH, record(1));
      assert.equal(outcome.kind, 'restored');
      if (outcome.kind !== 'restored') return;
      assert.deepEqual(outcome.restoration.act, DAUREN_BIRTH);
      assert.equal(outcome.restoration.caseReference, 'S7-2025-1');
      assert.deepEqual(outcome.restoration.restoredBy, { iin: P.gulmira, office: 'astana-zags-1' });
      assert.equal(outcome.restoration.restoredOn, '2025-12-02', '19:30 UTC is past midnight in Astana');
      assert.deepEqual(await civil.birthActOf(P.dauren), DAUREN_BIRTH);
      assert.ok((await civil.birthActsAsParent(P.gulnar)).some((b) => b.child === P.dauren));
    });

    it('never overwrites an act the registry holds', async () => {
      const { civil, writes } = open();
      const held = await civil.birthActOf(P.aigerim);
      assert.ok(held);
      assert.deepEqual(await writes.restore({ ...held, father: P.erlan }, record(2)), { kind: 'act-exists' });
      assert.deepEqual(await civil.birthActOf(P.aigerim), held);
      assert.deepEqual(await writes.restorationsOf(P.aigerim), []);
    });

    it('restores a marriage once; the same couple and date again, in either order, is already there', async () => {
      const { civil, writes } = open();
      assert.equal((await writes.restore(MARRIAGE, record(3))).kind, 'restored');
      const reversed: MarriageAct = { ...MARRIAGE, spouses: [MARRIAGE.spouses[1], MARRIAGE.spouses[0]] };
      assert.deepEqual(await writes.restore(reversed, record(4)), { kind: 'act-exists' });
      assert.ok((await civil.marriagesOf(MARRIAGE.spouses[1])).some((m) => m.date === MARRIAGE.date));
    });

    it('lists the restorations about a person, oldest first, for either spouse', async () => {
      const { writes } = open();
      const history = await writes.restorationsOf(MARRIAGE.spouses[1]);
      assert.deepEqual(
        history.map((r) => [r.act.type, r.caseReference]),
        [['marriage', 'S7-2025-3']],
      );
      assert.deepEqual(
        (await writes.restorationsOf(P.dauren)).map((r) => r.caseReference),
        ['S7-2025-1'],
      );
      assert.deepEqual(await writes.restorationsOf(P.gulnar), [], 'a parent named in the act is not its subject');
    });
  });
}

const memoryStore = memoryCivilStore(withoutDaurensAct().civilActs);
contract('memory', () => ({ civil: memoryStore.registry, writes: memoryStore.writes }));
for (const engine of ENGINES) {
  describe(`[${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openLoadedDatabase(engine, withoutDaurensAct());
    });
    after(() => test.dispose());
    contract(`sql ${engine}`, () => ({
      civil: createSqlRegistries(test.database.db).civil,
      writes: sqlCivilRecordWrites(test.database.db),
    }));
  });
}

describe('in memory too, the rules read the restored act (pilot P5.2)', () => {
  it('a full sibling refused for want of a birth act is confirmed once it is restored', async () => {
    const data = withoutDaurensAct();
    const store = memoryCivilStore(data.civilActs);
    const registries = createMemoryRegistries(data, store);
    const request = {
      date: '2025-12-01' as IsoDate,
      application: {
        service: 'permanent' as const,
        channel: 'online' as const,
        applicant: P.dauren,
        rka: D.D1,
        owner: P.aigerim,
        relation: { kind: 'sibling-full' as const },
      },
    };
    assert.deepEqual((await decideApplication(registries, request)).reasons, ['no-kinship']);
    await store.writes.restore(DAUREN_BIRTH, record(1));
    const after = await decideApplication(registries, request);
    assert.equal(after.outcome, 'eligible');
    assert.equal(after.basis, 'relation-confirmed');
  });
});
