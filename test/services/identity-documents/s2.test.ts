// Issue 18 item 2, S2 temporary identity cards through the service on both engines (002 R2,
// App1): the ЦОН only; accepted and checked (15 min), drawn up by the ҚАІІб with date, position
// and signature and recorded in the issue journal (20 min), issued at the ЦОН (cl.10).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { IsoDate } from '../../../src/domain/dates.ts';
import { isAppError } from '../../../src/errors.ts';
import type { Actor } from '../../../src/services/actor.ts';
import { openServiceCase } from '../../../src/services/cases/open.ts';
import { acceptS2, drawUpS2, issueJournal, issueS2 } from '../../../src/services/identity-documents/temporary-id.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const OFFICE = 'astana-1';
const operator = (role: string, office = OFFICE, iin: string = P.viktor): Actor =>
  ({ kind: 'operator', iin, role, office }) as Actor;
const reception = operator('reception');
const qaiib = operator('qaiib', OFFICE, P.erlan);
const code = (expected: string) => (e: unknown) => isAppError(e) && e.code === expected;

for (const engine of ENGINES) {
  describe(`S2 temporary identity cards [${engine}]`, () => {
    let service: TestService;
    before(async () => {
      service = await openService(engine, { now: '2026-04-06T05:00:00Z' });
    });
    after(() => service.dispose());

    describe('002 R2 cl.6: the ЦОН only', () => {
      it('refuses a portal filing', async () => {
        await assert.rejects(
          openServiceCase(
            service.ctx.database,
            {
              id: randomUUID(),
              service: 'S2',
              variant: 'S2',
              channel: 'portal',
              filedAt: '2026-04-06T10:00:00+05:00',
              facts: {},
              applicant: P.aigerim,
              office: OFFICE,
            },
            service.ctx.clock.now(),
          ),
          code('channel-not-for-service'),
        );
      });
    });

    describe('002 R2 App1: accept 15 min → draw up and journal 20 min → issue', () => {
      it('walks the chain the same day, each step by its role, and keeps the journal', async () => {
        const caseId = randomUUID();
        const accepted = await acceptS2(service.ctx, reception, {
          caseId,
          applicant: P.aigerim,
          filedAt: '2026-04-06T10:00:00+05:00',
        });
        // Minutes: due the same working day.
        assert.deepEqual([accepted.case.currentStep, accepted.case.stepDueOn], ['draw-up', '2026-04-06']);
        await assert.rejects(
          drawUpS2(service.ctx, operator('kqpd'), { caseId, position: 'x' }),
          code('case.wrong-role'),
        );
        await assert.rejects(drawUpS2(service.ctx, qaiib, { caseId, position: ' ' }), code('invalid-value'));
        const entry = await drawUpS2(service.ctx, qaiib, { caseId, position: 'Старший инспектор' });
        assert.deepEqual([entry.drawnUpOn, entry.position, entry.issued], ['2026-04-06', 'Старший инспектор', false]);
        const issued = await issueS2(service.ctx, reception, caseId);
        assert.equal(issued.case.state, 'issued');
        const journal = await issueJournal(service.ctx, qaiib, '2026-04-06' as IsoDate);
        assert.deepEqual(
          journal.map((j) => [j.number, j.caseNumber, j.issued]),
          [[entry.number, entry.caseNumber, true]],
        );
        assert.deepEqual(await issueJournal(service.ctx, operator('qaiib', 'astana-2'), '2026-04-06' as IsoDate), []);
      });

      it('refuses an unknown or deceased person', async () => {
        await assert.rejects(
          acceptS2(service.ctx, reception, {
            caseId: randomUUID(),
            applicant: P.kairat,
            filedAt: '2026-04-06T10:00:00+05:00',
          }),
          code('identity-document.person-unknown'),
        );
      });
    });
  });
}
