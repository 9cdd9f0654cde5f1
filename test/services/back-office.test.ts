// Issue 17 item 6, the back office's service layer on both engines: back-office staff are operators
// the database accepts (migration 0020) and only they get a back-office identity; the role's queue
// at its office; what each role may do now on a case; a step's output checked before it counts and
// recorded with its event (004 cl.4: the inspection's measurements); an objection recorded by the
// employee handling the hearing (004 cl.5-1), in time only.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { checkStepOutput } from '../../src/domain/cases/step-output.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import {
  actOnCase,
  backOfficeCase,
  backOfficeQueue,
  backOfficeStaff,
  type BackOfficeStaff,
} from '../../src/services/cases/back-office.ts';
import { type CaseFiling, openServiceCase } from '../../src/services/cases/open.ts';
import { ENGINES } from '../support/engines.ts';
import { openService, type TestService } from '../support/service.ts';

// Monday 6 April 2026, 11:00 in Astana.
const NOW = '2026-04-06T06:00:00Z';
const OFFICE = 'astana-sc-1';
const APPLICANT = '850517410090';
const archive: BackOfficeStaff = { iin: '360909410049', role: 'archive-employee', office: OFFICE };
const inspector: BackOfficeStaff = { iin: '340411410028', role: 'technical-inspector', office: OFFICE };
const management: BackOfficeStaff = { iin: '840707310144', role: 'management', office: OFFICE };
const elsewhere: BackOfficeStaff = { iin: '320120310036', role: 'archive-employee', office: 'almaty-sc-1' };

const filing = (facts: CaseFiling['facts']): CaseFiling => ({
  id: randomUUID(),
  service: 'S9',
  variant: 'S9b',
  channel: 'portal',
  filedAt: '2026-04-06T09:30:00+05:00',
  facts,
  applicant: APPLICANT,
  office: OFFICE,
});

const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;

describe('004 cl.4: the technical inspection’s measurements (step-output.ts)', () => {
  const good = { totalAreaM2: '64,5', livingAreaM2: '44.5', rooms: '3', explication: 'room 18.2; kitchen 9.1' };
  it('reads areas with a comma or a point, whole rooms, a non-empty explication', () => {
    assert.deepEqual(checkStepOutput('inspect', good), {
      ok: true,
      output: { totalAreaM2: 64.5, livingAreaM2: 44.5, rooms: 3, explication: 'room 18.2; kitchen 9.1' },
    });
  });
  it('names the first wrong field: not a number, zero, more living than total, half a room, empty', () => {
    for (const [change, field] of [
      [{ totalAreaM2: 'abc' }, 'totalAreaM2'],
      [{ totalAreaM2: '0' }, 'totalAreaM2'],
      [{ livingAreaM2: '70' }, 'livingAreaM2'],
      [{ rooms: '2.5' }, 'rooms'],
      [{ explication: '' }, 'explication'],
    ] as const)
      assert.deepEqual(checkStepOutput('inspect', { ...good, ...change }), { ok: false, field });
  });
  it('a step without an output records nothing', () => {
    assert.deepEqual(checkStepOutput('archive', { anything: 'x' }), { ok: true, output: {} });
  });
});

for (const engine of ENGINES) {
  describe(`the back office in the service [${engine}]`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, { now: NOW });
    });
    after(() => s.dispose());

    describe('migration 0020: back-office staff are operators', () => {
      it('the operators table takes the four roles and still refuses an unknown one', async () => {
        const db = s.ctx.database.db;
        await db
          .insertInto('operators')
          .values([archive, inspector, management].map((p) => ({ iin: p.iin, role: p.role, office: p.office })))
          .execute();
        await assert.rejects(
          db
            .insertInto('operators')
            .values({ iin: '830808310101', role: 'janitor' as never, office: OFFICE })
            .execute(),
        );
      });
      it('only a back-office role gets a back-office identity', () => {
        assert.deepEqual(backOfficeStaff({ kind: 'operator', ...archive }), archive);
        assert.throws(
          () => backOfficeStaff({ kind: 'operator', iin: archive.iin, role: 'hall', office: OFFICE }),
          code('operator-only'),
        );
        assert.throws(() => backOfficeStaff({ kind: 'citizen', iin: APPLICANT }), code('operator-only'));
      });
    });

    describe('004 cl.4: queues and actions by role and office', () => {
      it('the archive employee’s queue holds the case; the inspector’s and another office’s do not', async () => {
        const opened = await openServiceCase(s.ctx.database, filing({ object: 'flat' }), new Date(NOW));
        const ids = async (who: BackOfficeStaff) => (await backOfficeQueue(s.ctx, who)).map((i) => i.id);
        assert.ok((await ids(archive)).includes(opened.case.id));
        assert.ok(!(await ids(inspector)).includes(opened.case.id));
        assert.ok(!(await ids(elsewhere)).includes(opened.case.id));
        const seen = await backOfficeCase(s.ctx, archive, opened.case.id);
        assert.deepEqual(seen.actions, ['complete-step', 'intend-refusal', 'extend']);
        assert.deepEqual((await backOfficeCase(s.ctx, inspector, opened.case.id)).actions, []);
        assert.deepEqual((await backOfficeCase(s.ctx, management, opened.case.id)).actions, [
          'intend-refusal',
          'extend',
        ]);
        await assert.rejects(backOfficeCase(s.ctx, elsewhere, opened.case.id), code('case.not-found'));
      });

      it('the inspection counts only with valid measurements, which its event records', async () => {
        const { case: kase } = await openServiceCase(s.ctx.database, filing({ object: 'flat' }), new Date(NOW));
        await actOnCase(s.ctx, archive, {
          caseId: kase.id,
          version: 1,
          act: { kind: 'complete-step', step: 'archive', posted: {} },
        });
        const posted = { totalAreaM2: '50', livingAreaM2: '60', rooms: '2', explication: 'room 20; room 15' };
        await assert.rejects(
          actOnCase(s.ctx, inspector, {
            caseId: kase.id,
            version: 2,
            act: { kind: 'complete-step', step: 'inspect', posted },
          }),
          code('case.output-invalid'),
        );
        const moved = await actOnCase(s.ctx, inspector, {
          caseId: kase.id,
          version: 2,
          act: { kind: 'complete-step', step: 'inspect', posted: { ...posted, livingAreaM2: '35' } },
        });
        assert.equal(moved.case.currentStep, 'payment-due');
        const event = await s.ctx.database.db
          .selectFrom('case_events')
          .select('details')
          .where('case_id', '=', kase.id)
          .where('seq', '=', 3)
          .executeTakeFirstOrThrow();
        assert.deepEqual((event.details['input'] as { output: unknown }).output, {
          totalAreaM2: 50,
          livingAreaM2: 35,
          rooms: 2,
          explication: 'room 20; room 15',
        });
      });
    });

    describe('004 cl.5: an extension agreed with the applicant', () => {
      it('moves the due date; an agreement dated tomorrow is refused and nothing moves', async () => {
        const { case: kase } = await openServiceCase(s.ctx.database, filing({ object: 'flat' }), new Date(NOW));
        await assert.rejects(
          actOnCase(s.ctx, archive, {
            caseId: kase.id,
            version: 1,
            act: { kind: 'extend', newDueOn: '2026-04-20' as IsoDate, agreedOn: '2026-04-07' as IsoDate },
          }),
          code('case.agreement-in-future'),
        );
        const extended = await actOnCase(s.ctx, management, {
          caseId: kase.id,
          version: 1,
          act: { kind: 'extend', newDueOn: '2026-04-20' as IsoDate, agreedOn: '2026-04-06' as IsoDate },
        });
        assert.equal(extended.case.dueOn, '2026-04-20');
        assert.equal(extended.case.state, 'accepted');
        const seen = await backOfficeCase(s.ctx, archive, kase.id);
        assert.equal(seen.view.sla.service.dueOn, '2026-04-20');
      });
    });

    describe('004 cl.5-1: the employee handling the hearing records the objection', () => {
      it('in time: objection received; by another role: wrong role; then the decision', async () => {
        const { case: kase } = await openServiceCase(s.ctx.database, filing({ object: 'house' }), new Date(NOW));
        await actOnCase(s.ctx, archive, { caseId: kase.id, version: 1, act: { kind: 'intend-refusal', ground: 2 } });
        assert.deepEqual((await backOfficeCase(s.ctx, archive, kase.id)).actions, ['object']);
        await assert.rejects(
          actOnCase(s.ctx, inspector, { caseId: kase.id, version: 2, act: { kind: 'object' } }),
          code('case.wrong-role'),
        );
        const objected = await actOnCase(s.ctx, management, { caseId: kase.id, version: 2, act: { kind: 'object' } });
        assert.equal(objected.case.state, 'objection-received');
        const decided = await actOnCase(s.ctx, archive, {
          caseId: kase.id,
          version: 3,
          act: { kind: 'decide', outcome: 'provide' },
        });
        assert.equal(decided.case.state, 'accepted');
        assert.equal(decided.case.currentStep, 'archive');
      });
    });
  });
}
