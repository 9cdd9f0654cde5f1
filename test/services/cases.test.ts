// Issue 17 item 2, the service layer of the case engine on both engines: a case opened from a
// filing and every move written in one transaction with its event, audit record and the
// applicant's message; coded refusals write nothing; queues by role and office by due date
// with the SLA band; staff reads logged; two employees at once — one wins, the other is told.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import type { CaseActor } from '../../src/domain/cases/case.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { applyCaseEvent } from '../../src/services/cases/apply.ts';
import { type CaseFiling, openServiceCase } from '../../src/services/cases/open.ts';
import { caseQueue } from '../../src/services/cases/queue.ts';
import { readCase } from '../../src/services/cases/read.ts';
import { type Seal, issueTestSeal } from '../../src/services/certificates/seal.ts';
import { createTestCa } from '../../src/services/signatures/test-ca.ts';
import { openCaseWithFile } from '../support/case-files.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

const APPLICANT = '900701300108';
const OFFICE = 'astana-1';
const at = (iso: string) => new Date(iso);
// 11:00 in Astana on Thursday 19 March 2026.
const NOW = at('2026-03-19T06:00:00Z');
const staff = (role: string, iin = '850101300001', office = OFFICE): CaseActor => ({
  kind: 'staff',
  iin,
  role,
  office,
});
const applicant: CaseActor = { kind: 'applicant', iin: APPLICANT };

const s9b = (facts: CaseFiling['facts'] = { object: 'flat', areaM2: 64.5 }, office = OFFICE): CaseFiling => ({
  id: randomUUID(),
  service: 'S9',
  variant: 'S9b',
  channel: 'portal',
  filedAt: '2026-03-19T11:00:00+05:00',
  facts,
  applicant: APPLICANT,
  office,
});

/** 004 cl.7: what the technical inspection measured. */
const MEASURED = { totalAreaM2: 64.5, livingAreaM2: 44.5, rooms: 3, explication: 'room 18.2; room 14.0; room 12.3' };
const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;

for (const engine of ENGINES) {
  describe(`cases in the service [${engine}]`, () => {
    let test: TestDatabase;
    let seal: Seal;
    before(async () => {
      test = await openTestDatabase(engine);
      await migrateToLatest(test.database.db);
      seal = await issueTestSeal(await createTestCa());
    });
    after(() => test.dispose());

    const db = () => test.database.db;
    const eventsOf = (id: string) =>
      db().selectFrom('case_events').selectAll().where('case_id', '=', id).orderBy('seq').execute();
    const outboxOf = async (template: string) =>
      (await db().selectFrom('outbox').selectAll().where('template', '=', template).execute()).map((r) => r.params);
    const auditOf = async (id: string) =>
      (await db().selectFrom('audit_events').selectAll().orderBy('id').execute()).filter(
        (r) => r.details['caseId'] === id,
      );
    /** The gateway's invoices of a case, paid (payments are the gateway's; here only their rows). */
    const paid = (caseId: string, stages: readonly ('on-filing' | 'before-result')[]) =>
      db()
        .insertInto('payment_invoices')
        .values(
          stages.map((stage) => ({
            id: randomUUID(),
            case_id: caseId,
            service: 'S9',
            variant: 'S9b',
            stage,
            amount_tiyn: 100_000,
            placeholder: true,
            gateway_id: randomUUID(),
            payment_url: 'http://gateway.test/pay',
            state: 'paid' as const,
            issued_at: NOW,
            paid_at: NOW,
          })),
        )
        .execute();
    const step = (id: string, name: string, actor: CaseActor, expectedVersion?: number) =>
      applyCaseEvent(
        test.database,
        {
          caseId: id,
          event: { kind: 'complete-step', step: name, actor },
          ...(expectedVersion ? { expectedVersion } : {}),
        },
        NOW,
      );

    describe('§5.11, 004 cl.4: opening a case from a filing', () => {
      it('writes the case at its first step, its event, audit record and the "accepted" message with the due date', async () => {
        const filing = s9b();
        const record = await openServiceCase(test.database, filing, NOW);
        assert.deepEqual(
          [record.case.state, record.case.currentStep, record.case.acceptedOn, record.case.dueOn],
          ['accepted', 'archive', '2026-03-19', '2026-03-27'],
        );
        const row = await db().selectFrom('cases').selectAll().where('id', '=', filing.id).executeTakeFirstOrThrow();
        assert.deepEqual(
          [row.step_role, row.step_due_on, row.definition_version],
          ['archive-employee', '2026-03-27', '1.0.0'],
        );
        assert.deepEqual(
          (await eventsOf(filing.id)).map((e) => [e.seq, e.event, e.to_state]),
          [[1, 'open', 'accepted']],
        );
        assert.deepEqual(
          (await auditOf(filing.id)).map((a) => [a.action, a.actor_kind, a.actor]),
          [['case-open', 'citizen', APPLICANT]],
        );
        const accepted = (await outboxOf('notify-case-accepted')).find(
          (p) => p['number'] === `C-${String(record.number).padStart(6, '0')}`,
        );
        assert.equal(accepted?.['dueOn'], '27.03.2026');
      });

      it('a repeated filing with the same id returns the same case; a different one under that id is refused', async () => {
        const filing = s9b();
        const first = await openServiceCase(test.database, filing, NOW);
        const again = await openServiceCase(test.database, filing, NOW);
        assert.equal(again.number, first.number);
        assert.equal((await eventsOf(filing.id)).length, 1);
        await assert.rejects(openServiceCase(test.database, { ...filing, variant: 'S9c' }, NOW), code('case.changed'));
      });

      it('a bad filing is refused with a code and writes nothing', async () => {
        const filing = { ...s9b(), channel: 'con' as const };
        await assert.rejects(openServiceCase(test.database, filing, NOW), code('channel-not-for-service'));
        await assert.rejects(openServiceCase(test.database, s9b({ object: 'other' }), NOW), code('missing-field'));
        await assert.rejects(
          openServiceCase(test.database, { ...s9b(), filedAt: '2026-03-19 11:00' }, NOW),
          code('invalid-moment'),
        );
        const rows = await db().selectFrom('cases').select('id').where('id', '=', filing.id).execute();
        assert.equal(rows.length, 0);
      });
    });

    describe('004 cl.4, L1 r.8: the S9b chain, each move with its event, audit record and message', () => {
      it('archive → inspection → payment due (told) → signed and held → released once paid (told)', async () => {
        const { case: opened } = await openCaseWithFile(test.database, s9b(), NOW);
        await step(opened.id, 'archive', staff('archive-employee'));
        await applyCaseEvent(
          test.database,
          {
            caseId: opened.id,
            event: { kind: 'complete-step', step: 'inspect', actor: staff('technical-inspector'), output: MEASURED },
          },
          NOW,
        );
        await step(opened.id, 'payment-due', staff('executor'));
        await applyCaseEvent(
          test.database,
          { caseId: opened.id, event: { kind: 'complete-step', step: 'sign', actor: staff('management') } },
          NOW,
          { seal },
        );
        const filed = await step(opened.id, 'file-away', staff('archive-employee'));
        assert.equal(filed.case.state, 'result-ready');
        const release = { caseId: opened.id, event: { kind: 'release', actor: { kind: 'system' } } } as const;
        // 004 L1 r.8: not before the additional payment.
        await assert.rejects(applyCaseEvent(test.database, release, NOW), code('payment.not-paid'));
        await paid(opened.id, ['on-filing', 'before-result']);
        const released = await applyCaseEvent(test.database, release, NOW);
        assert.equal(released.case.state, 'issued');
        const events = await eventsOf(opened.id);
        assert.deepEqual(
          events.map((e) => [e.seq, e.event, e.step, e.actor_role]),
          [
            [1, 'open', 'archive', null],
            [2, 'complete-step', 'archive', 'archive-employee'],
            [3, 'complete-step', 'inspect', 'technical-inspector'],
            [4, 'complete-step', 'payment-due', 'executor'],
            [5, 'complete-step', 'sign', 'management'],
            [6, 'complete-step', 'file-away', 'archive-employee'],
            [7, 'release', null, null],
          ],
        );
        const audit = (await auditOf(opened.id)).filter((a) => a.action.startsWith('case-'));
        assert.equal(audit.length, 7);
        assert.deepEqual(audit[1]?.details['role'], 'archive-employee');
        assert.equal(audit[1]?.actor_kind, 'operator');
        const number = `C-${String(released.number).padStart(6, '0')}`;
        assert.equal((await outboxOf('notify-case-payment-due')).filter((p) => p['number'] === number).length, 1);
        assert.equal((await outboxOf('notify-case-result')).filter((p) => p['number'] === number).length, 1);
      });

      it('a wrong role is refused with a code and nothing is written', async () => {
        const { case: opened } = await openServiceCase(test.database, s9b(), NOW);
        await assert.rejects(step(opened.id, 'archive', staff('executor')), code('case.wrong-role'));
        await assert.rejects(step(opened.id, 'inspect', staff('technical-inspector')), code('case.step-out-of-order'));
        const row = await db().selectFrom('cases').selectAll().where('id', '=', opened.id).executeTakeFirstOrThrow();
        assert.deepEqual([row.version, row.state], [1, 'accepted']);
        assert.equal((await eventsOf(opened.id)).length, 1);
        assert.equal((await auditOf(opened.id)).length, 1);
      });

      it('an unknown case is a coded error', async () => {
        await assert.rejects(step(randomUUID(), 'archive', staff('archive-employee')), code('case.not-found'));
      });
    });

    describe('D5: the hearing through the service', () => {
      it('notice (told) → a late objection refused with a code → decision after the period (told)', async () => {
        const filing = {
          ...s9b({ object: 'other', areaM2: 1450 }),
          variant: 'S9c',
          filedAt: '2026-04-06T09:30:00+05:00',
        };
        const { case: opened } = await openServiceCase(test.database, filing, at('2026-04-06T05:00:00Z'));
        assert.equal(opened.dueOn, '2026-04-20');
        const intend = { kind: 'intend-refusal', ground: 1, actor: staff('archive-employee') } as const;
        await applyCaseEvent(test.database, { caseId: opened.id, event: intend }, at('2026-04-10T05:00:00Z'));
        const hearing = await db()
          .selectFrom('outbox')
          .selectAll()
          .where('template', '=', 'notify-case-hearing')
          .execute();
        assert.ok(hearing.some((m) => m.params['objectionBy'] === '14.04.2026' && m.recipient === APPLICANT));
        await assert.rejects(
          applyCaseEvent(
            test.database,
            { caseId: opened.id, event: { kind: 'object', actor: applicant } },
            at('2026-04-15T05:00:00Z'),
          ),
          code('case.objection-late'),
        );
        const refused = await applyCaseEvent(
          test.database,
          { caseId: opened.id, event: { kind: 'decide-after-hearing', outcome: 'refuse', actor: staff('management') } },
          at('2026-04-15T05:00:00Z'),
        );
        assert.equal(refused.case.state, 'refused');
        assert.deepEqual(
          (await eventsOf(opened.id)).map((e) => e.to_state),
          ['accepted', 'refusal-intended', 'refused'],
        );
      });
    });

    describe('queues by role and office, by due date, with the SLA band', () => {
      it("lists the role's open cases at the office, the one due first on top; a move passes the case on", async () => {
        const office = `queue-${engine}`;
        // Filed the same day: due 27 March (flat, 3rd wd), 31 March (house, 5th), 2 April (other ≤ 1000 m², 7th).
        const flat = await openServiceCase(test.database, s9b({ object: 'flat' }, office), NOW);
        const other = await openServiceCase(test.database, s9b({ object: 'other', areaM2: 500 }, office), NOW);
        const house = await openServiceCase(test.database, s9b({ object: 'house' }, office), NOW);
        await openServiceCase(test.database, s9b({ object: 'flat' }, 'elsewhere'), NOW);
        const queue = await caseQueue(db(), { office, role: 'archive-employee', today: '2026-03-27' as IsoDate });
        assert.deepEqual(
          queue.map((q) => [q.id, q.stepDueOn, q.sla.band]),
          [
            [flat.case.id, '2026-03-27', 'due-today'],
            [house.case.id, '2026-03-31', 'on-time'],
            [other.case.id, '2026-04-02', 'on-time'],
          ],
        );
        assert.equal(
          (await caseQueue(db(), { office, role: 'archive-employee', today: '2026-03-30' as IsoDate }))[0]?.sla.overdue,
          true,
        );
        await step(flat.case.id, 'archive', staff('archive-employee', '850101300001', office));
        const archive = await caseQueue(db(), { office, role: 'archive-employee', today: '2026-03-27' as IsoDate });
        assert.deepEqual(
          archive.map((q) => q.id),
          [house.case.id, other.case.id],
        );
        const inspectors = await caseQueue(db(), {
          office,
          role: 'technical-inspector',
          today: '2026-03-27' as IsoDate,
        });
        assert.deepEqual(
          inspectors.map((q) => [q.id, q.step]),
          [[flat.case.id, 'inspect']],
        );
      });
    });

    describe('0015: the queue is read from its index', () => {
      it('by office and role, in due-date order, without a scan or a sort', async () => {
        await test.database.bulk(async (tx) => {
          await tx.query('set local enable_seqscan = off');
          const plan = (
            await tx.query<{ 'QUERY PLAN': string }>(
              `explain select * from cases where office = 'astana-1' and step_role = 'executor'
               order by step_due_on asc nulls last, due_on asc nulls last, id limit 50`,
            )
          )
            .map((r) => r['QUERY PLAN'])
            .join('\n');
          assert.match(plan, /cases_queue/, plan);
          assert.doesNotMatch(plan, /Seq Scan|Sort/, plan);
        });
      });
    });

    describe('issue 13: reading a case', () => {
      it("an employee of the office reads it with its events, and the read is logged; the applicant's own is not", async () => {
        const { case: opened } = await openServiceCase(test.database, s9b(), NOW);
        const view = await readCase(test.database, staff('executor', '850101300002'), opened.id, NOW);
        assert.deepEqual(
          view.events.map((e) => e.event),
          ['open'],
        );
        assert.equal(view.sla.band, 'on-time');
        await readCase(test.database, applicant, opened.id, NOW);
        const logged = await db()
          .selectFrom('personal_data_access')
          .selectAll()
          .where('case_id', '=', opened.id)
          .execute();
        assert.deepEqual(
          logged.map((l) => [l.subject_iin, l.actor_iin, l.actor_role, l.office, l.purpose]),
          [[APPLICANT, '850101300002', 'executor', OFFICE, 'case-read']],
        );
      });

      it('someone else, or another office, is told the case does not exist', async () => {
        const { case: opened } = await openServiceCase(test.database, s9b(), NOW);
        await assert.rejects(
          readCase(test.database, { kind: 'applicant', iin: '000000000000' }, opened.id, NOW),
          code('case.not-found'),
        );
        await assert.rejects(
          readCase(test.database, staff('executor', '850101300002', 'almaty-2'), opened.id, NOW),
          code('case.not-found'),
        );
      });
    });

    describe('race safety: two employees at once', () => {
      it('with the version they saw: one wins, the other gets case.changed', async () => {
        const { case: opened } = await openServiceCase(test.database, s9b(), NOW);
        const results = await Promise.allSettled([
          step(opened.id, 'archive', staff('archive-employee', '850101300001'), 1),
          step(opened.id, 'archive', staff('archive-employee', '850101300003'), 1),
        ]);
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
        const lost = results.find((r) => r.status === 'rejected');
        assert.equal((lost?.reason as { code?: string }).code, 'case.changed');
        assert.equal((await eventsOf(opened.id)).length, 2);
      });

      it('without it: one wins, the other is told the step is no longer the current one', async () => {
        const { case: opened } = await openServiceCase(test.database, s9b(), NOW);
        const results = await Promise.allSettled([
          step(opened.id, 'archive', staff('archive-employee', '850101300001')),
          step(opened.id, 'archive', staff('archive-employee', '850101300003')),
        ]);
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
        const lost = results.find((r) => r.status === 'rejected');
        assert.ok(['case.changed', 'case.step-out-of-order'].includes((lost?.reason as { code: string }).code));
        assert.equal((await eventsOf(opened.id)).length, 2);
      });

      it('the same employee repeating the same move (a lost answer) gets the case back, not a second move', async () => {
        const { case: opened } = await openServiceCase(test.database, s9b(), NOW);
        const first = await step(opened.id, 'archive', staff('archive-employee'), 1);
        const again = await step(opened.id, 'archive', staff('archive-employee'), 1);
        assert.equal(again.case.version, first.case.version);
        assert.equal((await eventsOf(opened.id)).length, 2);
      });
    });

    describe('0015: the events of a case are append-only', () => {
      it('refuses UPDATE and DELETE', async () => {
        await assert.rejects(sql`update case_events set event = 'x'`.execute(db()), /append-only/);
        await assert.rejects(sql`delete from case_events`.execute(db()), /append-only/);
      });
    });
  });
}
