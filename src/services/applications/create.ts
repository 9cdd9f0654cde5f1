// Filing an application: online by the citizen for themself, or in the ЦОН hall by an operator
// on the applicant's behalf (P2). A new application is a draft until it is submitted.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { dateInAstana } from '../../domain/dates.ts';
import type { Claim } from '../../domain/decision/types.ts';
import type { ServiceId } from '../../domain/lifecycle/states.ts';
import { type Actor, actorIin } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import type { ApplicationPayload, ApplicationRecord } from './record.ts';
import { toRecord } from './record.ts';

export interface NewApplication {
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
  return inTransaction(ctx.database, async (tx) => {
    const { n } = await tx.selectNoFrom(sql<string>`nextval('application_numbers')`.as('n')).executeTakeFirstOrThrow();
    const date = dateInAstana(now);
    const row = await tx
      .insertInto('applications')
      .values({
        id: randomUUID(),
        number: `${date.slice(0, 4)}-${String(n).padStart(8, '0')}`,
        service: input.service,
        state: 'draft',
        channel: actor.kind === 'operator' ? 'hall' : 'online',
        office: actor.kind === 'operator' ? actor.office : null,
        applicant: input.applicant,
        filed_by: filedBy,
        rka: input.rka,
        owner: input.owner ?? null,
        representative: input.representative ?? null,
        payload: JSON.stringify(payload),
        application_date: date,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, now, actor, {
      action: 'create',
      applicationId: row.id,
      to: 'draft',
      details: { service: input.service },
    });
    return toRecord(row);
  });
}
