// A role's queue at an office (issue 17 item 2): the open cases whose current step is that
// role's, the one due first on top, each with its SLA clock (sla.ts) as data for the colours.
// The items carry no personal data (no IIN), so listing a queue is not a read of anyone's data;
// opening a case is (read.ts).
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { CaseState } from '../../domain/cases/case.ts';
import { type SlaClock, slaOf } from '../../domain/cases/sla.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { caseNumber, toCase } from './record.ts';

export interface QueueItem {
  readonly id: string;
  readonly number: string;
  readonly service: string;
  readonly variant: string;
  readonly state: CaseState;
  readonly step: string | null;
  readonly acceptedOn: IsoDate;
  readonly dueOn: IsoDate | null;
  readonly stepDueOn: IsoDate | null;
  readonly version: number;
  readonly sla: SlaClock;
}

export const MAX_QUEUE = 200;

/** The queue of `role` at `office` on `today` (Astana), by the step's due date, then the service's. */
export async function caseQueue(
  db: Kysely<Schema>,
  query: { office: string; role: string; today: IsoDate; limit?: number },
): Promise<QueueItem[]> {
  const limit = Math.min(Math.max(1, Math.trunc(query.limit ?? 50)), MAX_QUEUE);
  // Served by cases_queue (office, step_role, step_due_on, due_on, id).
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('office', '=', query.office)
    .where('step_role', '=', query.role)
    .orderBy('step_due_on', (ob) => ob.asc().nullsLast())
    .orderBy('due_on', (ob) => ob.asc().nullsLast())
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const { case: kase, number } = toCase(row);
    return {
      id: kase.id,
      number: caseNumber(number),
      service: kase.service,
      variant: kase.variant,
      state: kase.state,
      step: kase.currentStep,
      acceptedOn: kase.acceptedOn,
      dueOn: kase.dueOn,
      stepDueOn: kase.stepDueOn,
      version: kase.version,
      sla: slaOf(kase, query.today),
    };
  });
}
