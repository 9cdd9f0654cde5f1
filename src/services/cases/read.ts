// Reading a case with its events (issue 17 item 2). The applicant reads their own; an employee of
// the case's office reads any, and that read of the applicant's data is written to the access log
// (issue 13, purpose `case-read`) in the same transaction, as the console's reads are.
import type { Database } from '../../db/database.ts';
import type { CaseActor, CaseState } from '../../domain/cases/case.ts';
import { todayInAstana } from '../../domain/cases/open.ts';
import { type SlaClock, slaOf } from '../../domain/cases/sla.ts';
import { AppError } from '../../errors.ts';
import { recordAccess } from '../privacy/access-log.ts';
import { inTransaction } from '../transaction.ts';
import { findCase } from './apply.ts';
import type { CaseRecord } from './record.ts';

export interface CaseEventView {
  readonly seq: number;
  readonly at: Date;
  readonly event: string;
  readonly actorKind: 'staff' | 'applicant' | 'system';
  readonly actorRole: string | null;
  readonly from: CaseState | null;
  readonly to: CaseState;
  readonly step: string | null;
  readonly details: Record<string, unknown>;
}

export interface CaseView extends CaseRecord {
  readonly sla: SlaClock;
  readonly events: readonly CaseEventView[];
}

export async function readCase(database: Database, actor: CaseActor, caseId: string, now: Date): Promise<CaseView> {
  return inTransaction(database, async (tx) => {
    const record = await findCase(tx, caseId);
    const kase = record.case;
    if (
      actor.kind === 'applicant' ? actor.iin !== kase.applicant : actor.kind !== 'staff' || actor.office !== kase.office
    )
      // The same answer as for a case that does not exist: a case's existence is not told to others.
      throw new AppError('case.not-found');
    if (actor.kind === 'staff')
      await recordAccess(tx, now, [
        {
          subject: kase.applicant,
          actor: { kind: 'operator', iin: actor.iin, role: actor.role, office: actor.office },
          purpose: 'case-read',
          caseId: kase.id,
        },
      ]);
    const events = await tx
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('seq')
      .execute();
    return {
      ...record,
      sla: slaOf(kase, todayInAstana(now)),
      events: events.map((e) => ({
        seq: e.seq,
        at: e.at,
        event: e.event,
        actorKind: e.actor_kind,
        actorRole: e.actor_role,
        from: e.from_state,
        to: e.to_state,
        step: e.step,
        details: e.details,
      })),
    };
  });
}
