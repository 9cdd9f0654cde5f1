// Reading applications for the cabinet, the consent inbox and the ЦОН console.
import { AppError, isAppError } from '../../errors.ts';
import { FINAL_STATES, type State } from '../../domain/lifecycle/states.ts';
import { isUuid } from '../../domain/uuid.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { type AccessPurpose, recordAccess } from '../privacy/access-log.ts';
import { applicationSubjects } from '../privacy/application-subjects.ts';
import { inTransaction } from '../transaction.ts';
import { canRead } from './access.ts';
import { type ApplicationRecord, toRecord } from './record.ts';

/**
 * The application with this id, or null when there is none. Only that is null: a failing database
 * is thrown as it is, so it reaches the error boundary as a failure (500), never as "not found".
 */
export async function applicationById(ctx: ServiceContext, id: string): Promise<ApplicationRecord | null> {
  if (!isUuid(id)) return null;
  const row = await ctx.database.db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function findApplication(ctx: ServiceContext, id: string): Promise<ApplicationRecord> {
  const app = await applicationById(ctx, id);
  if (!app) throw new AppError('application-not-found');
  return app;
}

/** For `.catch`: null when the application is not there (or not the caller's to see), else rethrows. */
export function nullIfNotFound(error: unknown): null {
  if (isAppError(error) && error.code === 'application-not-found') return null;
  throw error;
}

/**
 * One application as `actor` may see it; "not found" when they may not, so ids reveal nothing.
 * An operator's read is an access to the personal data of everyone it names (issue 13): it is
 * recorded, as `purpose` (the decision trace also shows the people its checks name).
 */
export async function readApplication(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  purpose: Extract<AccessPurpose, 'application-read' | 'decision-trace'> = 'application-read',
): Promise<ApplicationRecord> {
  const app = await findApplication(ctx, id);
  if (!canRead(app, actor)) throw new AppError('application-not-found');
  if (actor.kind === 'operator') {
    await noteApplicationRead(ctx, actor, app, purpose);
  } else if (actor.kind === 'citizen' && actor.iin !== app.applicant) {
    // Someone else's application: an owner asked for consent, a member, the person deregistered.
    const consenting = (app.payload.consenters ?? []).some((c) => c.answerer === actor.iin);
    await noteApplicationRead(ctx, actor, app, consenting ? 'owner-consent' : 'application-read');
  }
  return app;
}

/**
 * Records that `actor` saw the personal data of the people `app` names (issue 13). Their own
 * entry is left out by recordAccess; an applicant reading their own application is not recorded.
 */
export async function noteApplicationRead(
  ctx: ServiceContext,
  actor: Actor,
  app: ApplicationRecord,
  purpose: Extract<AccessPurpose, 'application-read' | 'decision-trace' | 'owner-consent'>,
): Promise<void> {
  const subjects = applicationSubjects(app, { withDecision: purpose === 'decision-trace' });
  await inTransaction(ctx.database, (tx) =>
    recordAccess(
      tx,
      ctx.clock.now(),
      subjects.map((subject) => ({ subject, actor, purpose, applicationId: app.id })),
    ),
  );
}

export async function applicationsOf(ctx: ServiceContext, iin: string, limit = 100): Promise<ApplicationRecord[]> {
  const rows = await ctx.database.db
    .selectFrom('applications')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('applicant', '=', iin),
        eb('id', 'in', eb.selectFrom('consents').select('application_id').where('answerer', '=', iin)),
      ]),
    )
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRecord);
}

/**
 * The person's own applications not decided yet (issue 22, finding 10), newest first: a new
 * registration started meanwhile is warned about them, never blocked.
 */
export async function pendingApplicationsOf(ctx: ServiceContext, iin: string): Promise<ApplicationRecord[]> {
  const rows = await ctx.database.db
    .selectFrom('applications')
    .selectAll()
    .where('applicant', '=', iin)
    .where('state', 'not in', [...FINAL_STATES, 'draft'])
    .orderBy('created_at', 'desc')
    .limit(20)
    .execute();
  return rows.map(toRecord);
}

export interface ConsentRequest {
  application: ApplicationRecord;
  owner: string;
  state: string;
}

export async function consentInbox(ctx: ServiceContext, iin: string): Promise<ConsentRequest[]> {
  const rows = await ctx.database.db
    .selectFrom('consents')
    .innerJoin('applications', 'applications.id', 'consents.application_id')
    .selectAll('applications')
    .select(['consents.owner as consent_owner', 'consents.state as consent_state'])
    .where('consents.answerer', '=', iin)
    .orderBy('applications.created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((row) => ({ application: toRecord(row), owner: row.consent_owner, state: row.consent_state }));
}

export async function officeQueue(
  ctx: ServiceContext,
  actor: Actor & { kind: 'operator' },
  filter: { state?: State | undefined; limit?: number | undefined },
): Promise<ApplicationRecord[]> {
  let query = ctx.database.db.selectFrom('applications').selectAll();
  if (actor.role === 'reception' || actor.role === 'hall') {
    query = query.where('channel', '=', 'hall').where('office', '=', actor.office);
  }
  if (filter.state) query = query.where('state', '=', filter.state);
  const rows = await query
    .orderBy('created_at', 'desc')
    .limit(filter.limit ?? 100)
    .execute();
  return rows.map(toRecord);
}

export async function auditTrail(ctx: ServiceContext, id: string) {
  return ctx.database.db
    .selectFrom('audit_events')
    .select(['id', 'at', 'actor_kind', 'actor', 'action', 'from_state', 'to_state', 'details'])
    .where('application_id', '=', id)
    .orderBy('id')
    .execute();
}
