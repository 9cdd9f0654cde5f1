// Filing an application: online by the citizen for themself, or in the ЦОН hall by an operator
// on the applicant's behalf (P2). A new application is a draft until it is submitted.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { dateInAstana } from '../../domain/dates.ts';
import { AppError } from '../../errors.ts';
import { jsonText } from '../../db/json-column.ts';
import type { Claim } from '../../domain/decision/types.ts';
import type { ServiceId } from '../../domain/lifecycle/states.ts';
import { type Actor, actorIin } from '../actor.ts';
import { auditRow } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import type { ApplicationPayload, ApplicationRecord } from './record.ts';
import { toRecord } from './record.ts';

export interface NewApplication {
  /** Chosen by the caller when a retry must meet the same application (pages' drafts). */
  id?: string | undefined;
  service: ServiceId;
  applicant: string;
  rka: string;
  owner?: string | undefined;
  representative?: string | undefined;
  relation?: Claim | undefined;
  members?: string[] | undefined;
  periodMonths?: number | undefined;
  person?: string | undefined;
  authorityDocument?: string | undefined;
}

/**
 * A citizen's online applications of the last 24 hours, this one (a retried id) not counted. Only
 * whether the allowance is used up matters, so at most that many rows are read (issue 20: an
 * unbounded count read every application of the day, a cost that grew with each one).
 */
async function requireDailyAllowance(ctx: ServiceContext, iin: string, id: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - 24 * 3600 * 1000);
  const allowance = ctx.settings.applicationsPerDay;
  const { count } = await ctx.database.db
    .selectFrom((db) =>
      db
        .selectFrom('applications')
        .select('id')
        .where('applicant', '=', iin)
        .where('created_at', '>', since)
        .where('channel', '=', 'online')
        .where('id', '!=', id)
        .limit(allowance)
        .as('recent'),
    )
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  if (Number(count) >= allowance) throw new AppError('too-many-applications');
}

export async function createApplication(
  ctx: ServiceContext,
  actor: Actor,
  input: NewApplication,
): Promise<ApplicationRecord> {
  const now = ctx.clock.now();
  const filedBy = actorIin(actor) ?? input.applicant;
  const payload: ApplicationPayload = {
    ...(input.relation ? { relation: input.relation } : {}),
    ...(input.members?.length ? { members: input.members } : {}),
    ...(input.periodMonths !== undefined ? { periodMonths: input.periodMonths } : {}),
    ...(input.person ? { person: input.person } : {}),
    ...(input.authorityDocument ? { authorityDocument: input.authorityDocument } : {}),
  };
  const id = input.id ?? randomUUID();
  if (actor.kind === 'citizen') await requireDailyAllowance(ctx, actor.iin, id, now);
  const date = dateInAstana(now);
  // One statement, so one implicit transaction (a change is never without its audit record, see
  // audit.ts): the number from the sequence, the row and its audit record, instead of BEGIN,
  // nextval, INSERT, INSERT, COMMIT. The number keeps at least eight digits and, unlike a plain
  // lpad, never truncates a longer one.
  const number = sql<string>`(select ${`${date.slice(0, 4)}-`} || lpad(n::text, greatest(8, length(n::text)), '0')
    from nextval('application_numbers') as n)`;
  const row = await ctx.database.db
    .with('created', (db) =>
      db
        .insertInto('applications')
        .values({
          id,
          number,
          service: input.service,
          state: 'draft',
          channel: actor.kind === 'operator' ? 'hall' : 'online',
          office: actor.kind === 'operator' ? actor.office : null,
          applicant: input.applicant,
          filed_by: filedBy,
          rka: input.rka,
          owner: input.owner ?? null,
          representative: input.representative ?? null,
          payload: jsonText(payload),
          application_date: date,
          created_at: now,
          updated_at: now,
        })
        .returningAll(),
    )
    // The audit row's foreign key to the application is checked at the end of the statement,
    // when the row of the first part exists.
    .with('audited', (db) =>
      db.insertInto('audit_events').values(
        auditRow(now, actor, {
          action: 'create',
          applicationId: id,
          to: 'draft',
          details: { service: input.service },
        }),
      ),
    )
    .selectFrom('created')
    .selectAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}
