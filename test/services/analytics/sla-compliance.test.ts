// Issue 21 item 2 over issue 17's cases: SLA compliance per service and office on both engines. A
// case closed by its due day is on time, one closed after it late, a withdrawn one apart, an open
// one overdue only once its due day has passed; the supervisors' dashboard and its CSV carry it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { IsoDate } from '../../../src/domain/dates.ts';
import { migrateToLatest } from '../../../src/db/migrations/index.ts';
import { dashboardCsv } from '../../../src/services/analytics/dashboard-csv.ts';
import { serviceDashboard } from '../../../src/services/analytics/service-dashboard.ts';
import { slaCompliance } from '../../../src/services/analytics/sla-compliance.ts';
import { applyCaseEvent } from '../../../src/services/cases/apply.ts';
import { issueTestSeal, type Seal } from '../../../src/services/certificates/seal.ts';
import { createTestCa } from '../../../src/services/signatures/test-ca.ts';
import { openCaseWithFile, passportInFile } from '../../support/case-files.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../support/engines.ts';

const OFFICE = 'astana-cad-1';
const APPLICANT = '900701300108';
const DAY = '2026-03-19' as IsoDate;
const OBJECT = { kind: 'rka', rka: '2301000000000011' } as const;
const VALID = { notBefore: new Date('2020-01-01'), notAfter: new Date('2040-01-01') };
// 11:00 in Astana on Thursday 19 March 2026, and a day weeks after every due day.
const NOW = new Date('2026-03-19T06:00:00Z');
const LATER = new Date('2026-05-20T06:00:00Z');

for (const engine of ENGINES) {
  describe(`issue 21: SLA compliance per service and office (${engine})`, () => {
    let test: TestDatabase;
    let seal: Seal;
    const open = async () => {
      const id = randomUUID();
      const filing = {
        id,
        service: 'S10' as const,
        variant: 'S10',
        channel: 'portal' as const,
        filedAt: '2026-03-19T11:00:00+05:00',
        facts: { object: 'flat' as const, areaM2: 50 },
        applicant: APPLICANT,
        office: OFFICE,
      };
      // 004 cl.9: the duplicates copy the object's passport in its inventory file.
      await openCaseWithFile(test.database, filing, NOW, OBJECT);
      return id;
    };
    /** Completes each step with a staff member of its role until the case leaves the queue. */
    const finish = async (id: string, at: Date) => {
      for (let i = 0; i < 10; i++) {
        const row = await test.database.db
          .selectFrom('cases')
          .select(['current_step', 'step_role'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        if (row.current_step === null || row.step_role === null) return;
        const actor = { kind: 'staff' as const, iin: '850101300001', role: row.step_role, office: OFFICE };
        await applyCaseEvent(
          test.database,
          { caseId: id, event: { kind: 'complete-step', step: row.current_step, actor } },
          at,
          { seal },
        );
      }
      throw new Error(`case ${id} did not close`);
    };

    before(async () => {
      test = await openTestDatabase(engine);
      await migrateToLatest(test.database.db);
      seal = await issueTestSeal(await createTestCa(VALID), VALID);
      // The passport the duplicates copy, from an S9b accepted before the period counted.
      await passportInFile({ database: test.database, seal }, OBJECT, APPLICANT, new Date('2026-03-02T06:00:00Z'));
      await finish(await open(), NOW);
      await finish(await open(), LATER);
      await open();
      const withdrawn = await open();
      await applyCaseEvent(
        test.database,
        { caseId: withdrawn, event: { kind: 'withdraw', actor: { kind: 'applicant', iin: APPLICANT } } },
        NOW,
      );
    });
    after(() => test.dispose());

    it('counts on time, late, withdrawn and open cases; overdue only after the due day', async () => {
      const [row, ...rest] = await slaCompliance(test.database, DAY, DAY, NOW);
      assert.deepEqual(rest, []);
      // The variant's name comes from the service's definition, in each language.
      assert.ok(row && row.name.en !== 'S10' && row.name.kk !== row.name.en, JSON.stringify(row?.name));
      assert.deepEqual(
        { ...row, name: null },
        {
          service: 'S10',
          variant: 'S10',
          name: null,
          office: OFFICE,
          cases: 4,
          onTime: 1,
          late: 1,
          withdrawn: 1,
          open: 1,
          openOverdue: 0,
          compliance: 0.5,
        },
      );
      assert.equal((await slaCompliance(test.database, DAY, DAY, LATER))[0]?.openOverdue, 1);
      // Cases accepted outside the period do not count.
      assert.deepEqual(await slaCompliance(test.database, '2026-03-20' as IsoDate, '2026-03-31' as IsoDate, NOW), []);
    });

    it('is part of the supervisors’ dashboard and its CSV, with no case or person named', async () => {
      const d = await serviceDashboard(test.database, DAY, DAY, NOW);
      assert.equal(d.sla.length, 1);
      const csv = dashboardCsv(d, 'sla');
      assert.match(
        csv,
        /^service,variant,office,cases,on_time,late,withdrawn,open,open_overdue,compliance\r\nS10,S10,astana-cad-1,4,1,1,1,1,0,0.5\r\n$/,
      );
      assert.doesNotMatch(csv, new RegExp(APPLICANT));
    });
  });
}
