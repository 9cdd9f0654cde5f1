// The applicant's signature completes the application (P7): in one transaction the registration
// is recorded, the previous permanent registration ends, the application becomes `registered`,
// and the audit record and notifications are written — all of it or none of it.
//
// N1 under concurrency: two applicants may race for the last free place of an Astana dwelling.
// The dwelling's row is locked (FOR UPDATE) and the norm counted again inside the lock, so the
// second transaction sees the first one's registration and is refused (`norm-reached`).
import { randomUUID } from 'node:crypto';
import { addDays, dateInAstana, type IsoDate } from '../../domain/dates.ts';
import type { Decision } from '../../domain/decision/types.ts';
import { checkNorm } from '../../domain/norm.ts';
import type { Registration } from '../../domain/registry-facts.ts';
import { chooseRuleset, effectiveParams } from '../../domain/rulesets.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import type { OutgoingMessage } from '../messaging/outbox.ts';
import { activeOn } from '../../registries/sql/active-on.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import { requireApplicantSide } from './access.ts';
import { lastDayOfPeriod } from './checks.ts';
import { lockApplication, moveState } from './move.ts';
import { findApplication } from './queries.ts';
import { acceptedMembers, type ApplicationRecord } from './record.ts';
import { type SignatureProof, type VerifiedSignature, verifyProof } from './signature-proof.ts';

export async function signApplication(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  proof: SignatureProof,
): Promise<ApplicationRecord> {
  const before = await findApplication(ctx, id);
  requireApplicantSide(before, actor);
  if (before.state !== 'signature-pending')
    throw new AppError('invalid-transition', { state: before.state, action: 'sign' });
  const signature = await verifyProof(ctx, actor, before, before.applicant, proof);
  return inTransaction(ctx.database, async (tx) => {
    const app = await lockApplication(tx, id);
    if (app.version !== before.version) throw new AppError('application-changed');
    const now = ctx.clock.now();
    await storeSignature(tx, app, signature, now);
    return app.service === 'deregistration'
      ? completeDeregistration(tx, app, actor, now)
      : completeRegistration(tx, app, actor, now);
  });
}

async function storeSignature(tx: Tx, app: ApplicationRecord, s: VerifiedSignature, now: Date): Promise<void> {
  await tx
    .insertInto('signatures')
    .values({
      id: randomUUID(),
      application_id: app.id,
      signer: s.signer,
      role: 'applicant',
      method: s.method,
      payload_sha256: s.digest,
      cms: s.cms,
      certificate_serial: s.certificateSerial,
      signed_at: now,
    })
    .execute();
}

/** The day before `today`, or today for a registration that began today (no empty periods). */
function endDay(from: string, today: IsoDate): IsoDate {
  const yesterday = addDays(today, -1);
  return from > yesterday ? today : yesterday;
}

async function activeRegistrations(tx: Tx, rka: string, date: IsoDate): Promise<Registration[]> {
  const rows = await tx
    .selectFrom('registrations')
    .select(['iin', 'rka', 'kind', 'valid_from', 'valid_to'])
    .where('rka', '=', rka)
    .where(activeOn(date))
    .execute();
  return rows.map((r) => ({
    iin: r.iin,
    rka: r.rka,
    kind: r.kind,
    from: r.valid_from,
    to: r.valid_to,
  }));
}

/** N1 again, under the dwelling's lock, for every person admitted because the norm was not reached. */
async function normStillHolds(
  tx: Tx,
  app: ApplicationRecord,
  area: number,
  decision: Decision,
  date: IsoDate,
): Promise<boolean> {
  const subjects = [decision, ...(decision.members ?? [])];
  if (!subjects.some((d) => d.basis === 'norm-not-reached')) return true;
  const choice = chooseRuleset(date, decision.ruleset.id);
  if (!choice.ok) return false;
  const params = effectiveParams(choice.ruleset);
  const active = await activeRegistrations(tx, app.rka!, date);
  return subjects.every(
    (d, index) => d.basis !== 'norm-not-reached' || !checkNorm(area, active, params, index).reached,
  );
}

async function completeRegistration(
  tx: Tx,
  app: ApplicationRecord,
  actor: Actor,
  now: Date,
): Promise<ApplicationRecord> {
  const decision = app.decision!;
  const today = dateInAstana(now);
  // Lock the dwelling even when the norm does not apply, so registrations into one dwelling
  // are serialised and counts stay exact.
  const dwelling = await tx
    .selectFrom('dwellings')
    .select('area')
    .where('rka', '=', app.rka!)
    .forUpdate()
    .executeTakeFirst();
  if (!dwelling || !(await normStillHolds(tx, app, Number(dwelling.area), decision, today))) {
    return moveState(tx, app, {
      event: 'norm-reached-meanwhile',
      to: 'refused',
      actor,
      at: now,
      set: { outcome: 'refused', reason: 'norm-reached' },
      messages: [
        { channel: 'cabinet', recipient: app.applicant, template: 'notify-refused', params: { number: app.number } },
      ],
    });
  }
  const kind = app.service === 'registration-temporary' ? 'temporary' : 'permanent';
  // I7: the applicant and the members the rules accepted — never a refused member.
  const persons = [app.applicant, ...acceptedMembers(app)];
  const validTo = kind === 'temporary' ? lastDayOfPeriod(today, app.payload.periodMonths ?? 1) : null;
  let firstId: number | null = null;
  for (const iin of persons) {
    if (kind === 'permanent') {
      // P7: the previous permanent registration ends automatically.
      const open = await tx
        .selectFrom('registrations')
        .select(['id', 'valid_from'])
        .where('iin', '=', iin)
        .where('kind', '=', 'permanent')
        .where('valid_to', 'is', null)
        .forUpdate()
        .execute();
      for (const r of open) {
        await tx
          .updateTable('registrations')
          .set({ valid_to: endDay(r.valid_from, today) })
          .where('id', '=', r.id)
          .execute();
      }
    }
    const inserted = await tx
      .insertInto('registrations')
      .values({ iin, rka: app.rka!, kind, valid_from: today, valid_to: validTo })
      .returning('id')
      .executeTakeFirstOrThrow();
    firstId ??= inserted.id;
  }
  const owners = (app.payload.consenters ?? []).map((c) => c.answerer);
  const messages: OutgoingMessage[] = [
    { channel: 'cabinet', recipient: app.applicant, template: 'notify-registered', params: { number: app.number } },
    { channel: 'sms', recipient: app.applicant, template: 'sms-registered', params: { number: app.number } },
    ...owners.map((o) => ({
      channel: 'cabinet' as const,
      recipient: o,
      template: 'notify-owner-registered' as const,
      params: { number: app.number },
    })),
  ];
  return moveState(tx, app, {
    event: 'signed',
    to: 'registered',
    actor,
    at: now,
    set: { registration_id: firstId },
    details: { kind, persons: persons.length, validTo },
    messages,
  });
}

async function completeDeregistration(
  tx: Tx,
  app: ApplicationRecord,
  actor: Actor,
  now: Date,
): Promise<ApplicationRecord> {
  const today = dateInAstana(now);
  const person = app.payload.person ?? app.applicant;
  const rows = await tx
    .selectFrom('registrations')
    .select(['id', 'valid_from'])
    .where('iin', '=', person)
    .where('rka', '=', app.rka!)
    .where(activeOn(today))
    .forUpdate()
    .execute();
  if (rows.length === 0) throw new AppError('not-registered-there');
  for (const r of rows) {
    await tx
      .updateTable('registrations')
      .set({ valid_to: endDay(r.valid_from, today) })
      .where('id', '=', r.id)
      .execute();
  }
  const messages: OutgoingMessage[] = [
    { channel: 'cabinet', recipient: app.applicant, template: 'notify-deregistered', params: { number: app.number } },
  ];
  if (person !== app.applicant) {
    // The owner ended someone else's registration: that person is told, by SMS and in the cabinet.
    messages.push(
      {
        channel: 'cabinet',
        recipient: person,
        template: 'notify-deregistered-by-owner',
        params: { number: app.number },
      },
      { channel: 'sms', recipient: person, template: 'sms-deregistered-by-owner', params: { number: app.number } },
    );
  }
  return moveState(tx, app, {
    event: 'signed',
    to: 'deregistered',
    actor,
    at: now,
    set: { registration_id: rows[0]!.id },
    details: { registrations: rows.length },
    messages,
  });
}
