// Issue 17 item 5 (004 cl.4): S9a's executor enters the new object into ЕГКН, in the step's
// transaction, through the cadastre write port; from then on a new flat's area is what the
// registration rules read for the Astana norm (P4.1, N1). On both engines.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { CaseActor } from '../../src/domain/cases/case.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { applyCaseEvent } from '../../src/services/cases/apply.ts';
import { type CaseFiling, openServiceCase } from '../../src/services/cases/open.ts';
import { decidePreview } from '../../src/services/page-lookups.ts';
import { ENGINES } from '../support/engines.ts';
import { P } from '../support/family.ts';
import { openService, type TestService } from '../support/service.ts';

// 11:00 in Astana on Monday 16 February 2026.
const NOW = new Date('2026-02-16T06:00:00Z');
const OFFICE = 'astana-1';
const staff = (role: string): CaseActor => ({ kind: 'staff', iin: '850101300001', role, office: OFFICE });
const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;

const newFlat = (rka: string, areaM2: number): CaseFiling => ({
  id: randomUUID(),
  service: 'S9',
  variant: 'S9a',
  channel: 'portal',
  filedAt: '2026-02-16T10:00:00+05:00',
  facts: {
    cadastre: {
      rka,
      city: 'astana',
      address: `Астана қ., Жаңа көше, 1-үй, ${rka.slice(-2)}-пәтер`,
      areaM2,
      owners: [{ iin: P.aigerim, share: '1/1' }],
    },
  },
  applicant: P.aigerim,
  office: OFFICE,
});

for (const engine of ENGINES) {
  describe(`004 cl.4: S9a enters the new object into ЕГКН [${engine}]`, () => {
    let service: TestService;
    before(async () => {
      service = await openService(engine, { now: NOW.toISOString() });
    });
    after(() => service.dispose());

    const enter = async (filing: CaseFiling) => {
      const { case: opened } = await openServiceCase(service.ctx.database, filing, NOW);
      const step = (name: string, role: string) =>
        applyCaseEvent(
          service.ctx.database,
          { caseId: opened.id, event: { kind: 'complete-step', step: name, actor: staff(role) } },
          NOW,
        );
      await step('archive', 'archive-employee');
      return step('enter-data', 'executor');
    };
    const decideFor = (rka: string) =>
      decidePreview(service.ctx, {
        date: '2026-02-17' as IsoDate,
        application: { service: 'permanent', channel: 'online', applicant: P.saltanat, rka, owner: P.aigerim },
      });

    it('a new 60 m² flat: its area is the one the norm reads (P4.1), room for four', async () => {
      const rka = '0201004000009961';
      const before = await decideFor(rka);
      assert.ok(before.reasons.includes('address-not-found'));
      await enter(newFlat(rka, 60));
      const row = await service.ctx.database.db
        .selectFrom('dwellings')
        .selectAll()
        .where('rka', '=', rka)
        .executeTakeFirstOrThrow();
      assert.deepEqual([Number(row.area), row.city, row.flat], [60, 'astana', 61]);
      const decision = await decideFor(rka);
      assert.equal(decision.trace.find((t) => t.clause === 'P4.1')?.result, '60');
      assert.ok(!decision.reasons.includes('norm-reached'));
    });

    it('a new 7 m² flat has room for no one: the norm is reached (N1)', async () => {
      const rka = '0201004000009907';
      await enter(newFlat(rka, 7));
      const decision = await decideFor(rka);
      assert.equal(decision.trace.find((t) => t.clause === 'P4.1')?.result, '7');
      assert.ok(decision.reasons.includes('norm-reached'));
    });

    it('an object ЕГКН already has is refused at filing with a code, and nothing is written', async () => {
      const filing = newFlat('0201004000009961', 45);
      await assert.rejects(openServiceCase(service.ctx.database, filing, NOW), code('case.object-exists'));
      const kase = await service.ctx.database.db
        .selectFrom('cases')
        .select('id')
        .where('id', '=', filing.id)
        .executeTakeFirst();
      assert.equal(kase, undefined);
      const dwelling = await service.ctx.database.db
        .selectFrom('dwellings')
        .select('area')
        .where('rka', '=', '0201004000009961')
        .executeTakeFirstOrThrow();
      assert.equal(Number(dwelling.area), 60);
    });

    it('two filings of one new object: the second data entry is refused, and its step is not taken', async () => {
      const first = newFlat('0201004000009963', 52);
      const second = newFlat('0201004000009963', 54);
      await openServiceCase(service.ctx.database, second, NOW);
      await enter(first);
      await applyCaseEvent(
        service.ctx.database,
        { caseId: second.id, event: { kind: 'complete-step', step: 'archive', actor: staff('archive-employee') } },
        NOW,
      );
      await assert.rejects(
        applyCaseEvent(
          service.ctx.database,
          { caseId: second.id, event: { kind: 'complete-step', step: 'enter-data', actor: staff('executor') } },
          NOW,
        ),
        code('case.object-exists'),
      );
      const kase = await service.ctx.database.db
        .selectFrom('cases')
        .selectAll()
        .where('id', '=', second.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual([kase.state, kase.current_step], ['in-progress', 'enter-data']);
      const dwelling = await service.ctx.database.db
        .selectFrom('dwellings')
        .select('area')
        .where('rka', '=', '0201004000009963')
        .executeTakeFirstOrThrow();
      assert.equal(Number(dwelling.area), 52);
    });

    it('a description unfit for ЕГКН is refused at filing', async () => {
      const bad = newFlat('12345', 50);
      await assert.rejects(openServiceCase(service.ctx.database, bad, NOW), code('case.object-invalid'));
      const halves = newFlat('0201004000009970', 50);
      const object = halves.facts.cadastre!;
      const wrongShares = { ...halves, facts: { cadastre: { ...object, owners: [{ iin: P.aigerim, share: '1/2' }] } } };
      await assert.rejects(openServiceCase(service.ctx.database, wrongShares, NOW), code('case.object-invalid'));
      await assert.rejects(
        openServiceCase(
          service.ctx.database,
          { ...halves, variant: 'S9b', facts: { object: 'flat', cadastre: object } },
          NOW,
        ),
        code('field-not-for-service'),
      );
    });
  });
}
