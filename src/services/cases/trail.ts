// What a case move leaves behind, in the move's transaction: its event (append-only, 0015), its
// audit record (services/audit.ts, hash-chained by a trigger) and the applicant's messages
// through the outbox (§5.11). Staff are recorded as operators in the audit trail, with their
// role and office in the details.
import { jsonText } from '../../db/json-column.ts';
import type { Case, CaseActor, CaseState } from '../../domain/cases/case.ts';
import type { Told } from '../../domain/cases/transition.ts';
import { displayDate } from '../../i18n/display-dates.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { SYSTEM } from '../actor.ts';
import { auditRow } from '../audit.ts';
import { enqueue } from '../messaging/outbox.ts';
import type { Tx } from '../transaction.ts';
import { caseNumber } from './record.ts';

export interface CaseMove {
  readonly event: string;
  readonly actor: CaseActor;
  readonly at: Date;
  readonly from: CaseState | null;
  readonly to: Case;
  /** The step the event concerned (a completed step), else the case's current step. */
  readonly step: string | null;
  /** Codes, dates and identifiers only. */
  readonly details: Record<string, unknown>;
  readonly told: readonly Told[];
  readonly number: number;
}

const TEMPLATES: Record<Told['notification'], MessageKey | null> = {
  accepted: 'notify-case-accepted',
  'payment-due': 'notify-case-payment-due',
  extension: 'notify-case-extension',
  hearing: 'notify-case-hearing',
  result: 'notify-case-result',
  refusal: 'notify-case-refusal',
  // Not a case move: refused before a case is opened (portal), or S3's own notice.
  'incomplete-documents': null,
  'registration-done': null,
};

export async function recordCaseMove(tx: Tx, move: CaseMove): Promise<void> {
  const { actor, to } = move;
  await tx
    .insertInto('case_events')
    .values({
      case_id: to.id,
      seq: to.version,
      at: move.at,
      event: move.event,
      actor_kind: actor.kind,
      actor_iin: actor.kind === 'system' ? null : actor.iin,
      actor_role: actor.kind === 'staff' ? actor.role : null,
      office: actor.kind === 'staff' ? actor.office : null,
      from_state: move.from,
      to_state: to.state,
      step: move.step,
      details: jsonText(move.details),
    })
    .execute();
  // auditRow's Actor knows the console's roles only; the actor columns are set below from the
  // case's actor (a back-office employee is an operator, with role and office in the details).
  const audit = auditRow(move.at, SYSTEM, {
    action: `case-${move.event}`,
    details: {
      caseId: to.id,
      service: to.service,
      variant: to.variant,
      from: move.from,
      to: to.state,
      step: move.step,
      ...(actor.kind === 'staff' ? { role: actor.role, office: actor.office } : {}),
      ...move.details,
    },
  });
  await tx
    .insertInto('audit_events')
    .values({
      ...audit,
      actor_kind: actor.kind === 'staff' ? 'operator' : actor.kind === 'applicant' ? 'citizen' : 'system',
      actor: actor.kind === 'system' ? null : actor.iin,
    })
    .execute();
  for (const told of move.told) {
    const template = TEMPLATES[told.notification];
    if (template === null) continue;
    await enqueue(tx, move.at, {
      channel: 'cabinet',
      recipient: to.applicant,
      template,
      params: { number: caseNumber(move.number), ...readable(told.params) },
    });
  }
}

/** Dates as the applicant reads them (DD.MM.YYYY), whatever the language. */
function readable(params: Told['params']): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? displayDate(value) : value,
    ]),
  );
}
