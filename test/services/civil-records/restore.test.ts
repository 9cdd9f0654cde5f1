// Issue 18, S7 (003 ¶B2): the ЗАГС step restores a birth or marriage act; from then on the
// registration rules read it. The key test of the issue: a refusal for a kinship that a missing
// act could not confirm becomes a confirmed relation after the act is restored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { IsoDate } from '../../../src/domain/dates.ts';
import type { Relation } from '../../../src/domain/kinship.ts';
import { isAppError } from '../../../src/errors.ts';
import { restorationHistory, restoreCivilAct, type Registrar } from '../../../src/services/civil-records/restore.ts';
import { decidePreview } from '../../../src/services/page-lookups.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { familyDataset, openService, type TestService } from '../../support/service.ts';

const REGISTRAR: Registrar = { kind: 'operator', iin: P.gulmira, role: 'hall', office: 'astana-zags-1' };
const DAUREN_BIRTH = { type: 'birth', child: P.dauren, mother: P.gulnar, father: P.bekzat, registered: '1983-08-20' };
const MARRIAGE = { type: 'marriage', spouses: [P.aigerim, P.timur], date: '2004-04-04', dissolved: null };
const BASIS = 'Archive certificate that no record exists; autobiography; parents’ identity documents';

/** The family with Dauren's birth act and Aigerim and Timur's marriage act lost. */
const lostActs = () =>
  familyDataset((s) => {
    s.civilActs = s.civilActs!.filter(
      (a) => !(a.type === 'birth' && a.child === P.dauren) && !(a.type === 'marriage' && a.spouses.includes(P.timur)),
    );
  });

/** D1 has reached the Astana norm (N1): only a confirmed relative of the owner may register there. */
const toD1 = (applicant: string, relation: Relation) => ({
  date: '2025-12-01' as IsoDate,
  application: {
    service: 'permanent' as const,
    channel: 'online' as const,
    applicant,
    rka: D.D1,
    owner: P.aigerim,
    relation,
  },
});

for (const engine of ENGINES) {
  describe(`S7 restoration → kinship in the registration rules [${engine}]`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, { data: lostActs() });
    });
    after(() => s.dispose());

    it('a full sibling without a birth act is refused (P5.2 no-kinship), confirmed once the act is restored', async () => {
      const request = toD1(P.dauren, { kind: 'sibling-full' });
      const refused = await decidePreview(s.ctx, request);
      assert.equal(refused.outcome, 'refused');
      assert.deepEqual(refused.reasons, ['no-kinship']);

      const restoration = await restoreCivilAct(s.ctx, REGISTRAR, {
        act: DAUREN_BIRTH,
        basis: BASIS,
        caseReference: 'S7-0001',
      });
      assert.deepEqual(restoration.act, DAUREN_BIRTH);

      const confirmed = await decidePreview(s.ctx, request);
      assert.equal(confirmed.outcome, 'eligible');
      assert.equal(confirmed.basis, 'relation-confirmed');
      const kinship = confirmed.trace.find((t) => t.clause === 'P5.2');
      assert.equal(kinship?.result, 'confirmed');
      assert.deepEqual(kinship.facts, { applicant: P.dauren, owner: P.aigerim, mother: P.gulnar, father: P.bekzat });
    });

    it("the husband's mother is refused while the marriage act is lost, then confirmed as in-law (I1, I6)", async () => {
      const request = toD1(P.roza, { kind: 'in-law' });
      assert.deepEqual((await decidePreview(s.ctx, request)).reasons, ['no-kinship']);
      await restoreCivilAct(s.ctx, REGISTRAR, { act: MARRIAGE, basis: BASIS, caseReference: 'S7-0002' });
      const confirmed = await decidePreview(s.ctx, request);
      assert.equal(confirmed.outcome, 'eligible');
      assert.equal(confirmed.basis, 'relation-confirmed');
    });

    it('writes the act, its record and its audit record together', async () => {
      const db = s.ctx.database.db;
      const audit = await db
        .selectFrom('audit_events')
        .select(['actor_kind', 'actor', 'action', 'details'])
        .where('action', '=', 'civil-act-restored')
        .orderBy('id')
        .execute();
      const records = await db.selectFrom('civil_act_restorations').selectAll().orderBy('id').execute();
      assert.deepEqual(
        audit.map((a) => [a.actor_kind, a.actor, a.details]),
        records.map((r) => ['operator', P.gulmira, { restoration: r.id, act: r.act_type, case: r.case_reference }]),
      );
      assert.equal(records.length, 2);
      assert.equal(records[0]!.basis, BASIS);
      assert.equal(records[0]!.office, 'astana-zags-1');
      assert.equal(records[0]!.restored_on, '2025-12-01');
    });

    it('keeps the history per person, oldest first; either spouse sees the marriage', async () => {
      assert.deepEqual(
        (await restorationHistory(s.ctx, P.dauren)).map((r) => r.caseReference),
        ['S7-0001'],
      );
      for (const spouse of [P.aigerim, P.timur])
        assert.deepEqual(
          (await restorationHistory(s.ctx, spouse)).map((r) => [r.act.type, r.caseReference]),
          [['marriage', 'S7-0002']],
        );
    });

    it('never rewrites the history: the database refuses to change or delete a restoration record', async () => {
      const db = s.ctx.database.db;
      await assert.rejects(sql`update civil_act_restorations set basis = 'x'`.execute(db), /append-only/);
      await assert.rejects(sql`delete from civil_act_restorations`.execute(db), /append-only/);
      assert.equal((await restorationHistory(s.ctx, P.dauren)).length, 1);
    });

    it('refuses to restore an act ЗАГС holds, writing nothing (no record, no audit)', async () => {
      const count = async () =>
        Number(
          (await sql<{ n: string }>`select count(*) as n from audit_events`.execute(s.ctx.database.db)).rows[0]!.n,
        );
      const before = await count();
      await assert.rejects(
        restoreCivilAct(s.ctx, REGISTRAR, { act: DAUREN_BIRTH, basis: BASIS, caseReference: 'S7-0003' }),
        (e) => isAppError(e) && e.code === 'civil-record.act-exists' && e.path === '/act',
      );
      assert.equal(await count(), before);
      assert.equal((await restorationHistory(s.ctx, P.dauren)).length, 1);
    });

    it('validates the request: coded errors with the path, never a database error', async () => {
      const cases: [unknown, string][] = [
        [{ act: { ...DAUREN_BIRTH, child: '830808310102' }, basis: BASIS, caseReference: 'c' }, '/act/child'],
        [{ act: { ...DAUREN_BIRTH, father: P.gulnar }, basis: BASIS, caseReference: 'c' }, '/act/father'],
        [{ act: { ...DAUREN_BIRTH, registered: '1983-02-30' }, basis: BASIS, caseReference: 'c' }, '/act/registered'],
        [{ act: { ...MARRIAGE, spouses: [P.dana, P.dana] }, basis: BASIS, caseReference: 'c' }, '/act/spouses/1'],
        [{ act: { ...MARRIAGE, dissolved: '2000-01-01' }, basis: BASIS, caseReference: 'c' }, '/act/dissolved'],
        [{ act: { type: 'death', person: P.dana }, basis: BASIS, caseReference: 'c' }, '/act/type'],
        [{ act: DAUREN_BIRTH, basis: '  ', caseReference: 'c' }, '/basis'],
        [{ act: DAUREN_BIRTH, basis: BASIS }, '/caseReference'],
      ];
      for (const [input, path] of cases)
        await assert.rejects(
          restoreCivilAct(s.ctx, REGISTRAR, input),
          (e) => isAppError(e) && e.code === 'civil-record.invalid' && e.path === path,
          path,
        );
      await assert.rejects(restorationHistory(s.ctx, '123'), (e) => isAppError(e) && e.code === 'invalid-iin-input');
    });
  });
}
