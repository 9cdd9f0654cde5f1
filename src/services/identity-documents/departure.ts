// S4 deregistration at the ЦОН (002 R4 cl.4, App1): the ЦОН accepts and checks the documents with
// the ground of cl.4 recorded (15 min); the ҚАІІб enters the deregistration into the register and
// issues the address departure sheet (30 min) — the registration ended, the sheet signed with the
// service's seal and kept, all in one transaction. The sheet's PDF (departure-pdf.ts) is made from
// what was signed, with the signed JSON, the signature and the seal certificate attached, so it is
// checked offline as an address certificate is (C7).
import { jsonText } from '../../db/json-column.ts';
import { todayInAstana } from '../../domain/cases/open.ts';
import type { DepartureGround, DepartureSheet } from '../../domain/identity-documents/departure.ts';
import { isDepartureGround } from '../../domain/identity-documents/departure.ts';
import { isValidIin } from '../../domain/iin.ts';
import { AppError } from '../../errors.ts';
import { sqlRegistrationWrites } from '../../registries/sql/registration-writes.ts';
import type { Actor } from '../actor.ts';
import { applyCaseEventIn } from '../cases/apply.ts';
import { openServiceCaseIn } from '../cases/open.ts';
import { caseNumber, type CaseRecord } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { canonicalBytes } from '../signatures/canonical-json.ts';
import { inTransaction } from '../transaction.ts';
import { renderDeparturePdf } from './departure-pdf.ts';
import { conEmployee } from './intake.ts';
import { chainStaff } from './registers.ts';

export interface CounterDeregistration {
  readonly caseId: string;
  /** The person deregistered. */
  readonly person: string;
  readonly rka: string;
  readonly ground: DepartureGround;
  readonly reference: string;
  /** D1: ISO 8601 with an offset. */
  readonly filedAt: string;
}

/** App1, first step: accepted at the ЦОН with the ground of cl.4; the person must be registered there. */
export async function acceptDeregistration(
  ctx: ServiceContext,
  actor: Actor,
  input: CounterDeregistration,
): Promise<CaseRecord> {
  const staff = conEmployee(actor);
  if (!isValidIin(input.person)) throw new AppError('invalid-iin-input', {}, { path: '/person' });
  if (!isDepartureGround(input.ground)) throw new AppError('invalid-value', { detail: 'ground' }, { path: '/ground' });
  const reference = input.reference.trim();
  if (reference.length === 0 || reference.length > 200)
    throw new AppError('departure.reference-missing', {}, { path: '/reference' });
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const active = await tx
      .selectFrom('registrations')
      .select('id')
      .where('iin', '=', input.person)
      .where('rka', '=', input.rka)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
    if (!active) throw new AppError('departure.not-registered', {}, { path: '/rka' });
    const opened = await openServiceCaseIn(
      tx,
      {
        id: input.caseId,
        service: 'S4',
        variant: 'S4',
        channel: 'con',
        filedAt: input.filedAt,
        facts: {},
        applicant: input.person,
        office: staff.office,
      },
      now,
    );
    if (opened.case.currentStep !== 'accept') return opened; // a retry of the same request
    await tx
      .insertInto('departure_sheets')
      .values({ case_id: input.caseId, person_iin: input.person, rka: input.rka, ground: input.ground, reference })
      .execute();
    return applyCaseEventIn(
      tx,
      {
        caseId: input.caseId,
        event: { kind: 'complete-step', step: 'accept', actor: staff, output: { ground: input.ground } },
      },
      now,
    );
  });
}

/** App1, second step: the ҚАІІб deregisters and issues the sheet, signed with the service seal. */
export async function deregisterAndIssue(ctx: ServiceContext, actor: Actor, caseId: string): Promise<DepartureSheet> {
  const staff = chainStaff(actor);
  const now = ctx.clock.now();
  const today = todayInAstana(now);
  return inTransaction(ctx.database, async (tx) => {
    const request = await tx
      .selectFrom('departure_sheets')
      .selectAll()
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!request) throw new AppError('case.not-found');
    const record = await applyCaseEventIn(
      tx,
      { caseId, event: { kind: 'complete-step', step: 'deregister', actor: staff } },
      now,
    );
    const before = await tx
      .selectFrom('registrations')
      .select(['id', 'kind', 'valid_from'])
      .where('iin', '=', request.person_iin)
      .where('rka', '=', request.rka)
      .where('valid_to', 'is', null)
      .orderBy('id')
      .executeTakeFirst();
    const ended = await sqlRegistrationWrites(tx).closeActiveAt(request.person_iin, request.rka, today);
    if (!before || ended.length === 0) throw new AppError('departure.not-registered');
    const after = await tx
      .selectFrom('registrations')
      .select('valid_to')
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow();
    const sheet: DepartureSheet = {
      kind: 'departure-sheet',
      number: caseNumber(record.number),
      person: request.person_iin,
      rka: request.rka,
      registrationKind: before.kind,
      registeredFrom: before.valid_from,
      registeredTo: after.valid_to ?? today,
      ground: request.ground,
      reference: request.reference,
      office: record.case.office,
      issuedAt: now.toISOString(),
    };
    // cl.4: "with the passport seal and the provider's signature" — here the service's seal.
    const signature = await ctx.seal.sign(canonicalBytes(sheet));
    await tx
      .updateTable('departure_sheets')
      .set({ sheet: jsonText(sheet as unknown as Record<string, unknown>), signature, issued_at: now })
      .where('case_id', '=', caseId)
      .execute();
    return sheet;
  });
}

/** The sheet's PDF, for the ЦОН that issued it or the person it concerns. */
export async function departureSheetPdf(ctx: ServiceContext, actor: Actor, caseId: string): Promise<Uint8Array> {
  const row = await ctx.database.db
    .selectFrom('departure_sheets')
    .innerJoin('cases', 'cases.id', 'departure_sheets.case_id')
    .select(['departure_sheets.sheet', 'departure_sheets.signature', 'cases.office', 'departure_sheets.person_iin'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  const allowed =
    row &&
    ((actor.kind === 'operator' && actor.office === row.office) ||
      (actor.kind === 'citizen' && actor.iin === row.person_iin));
  if (!row || !allowed || !row.sheet || !row.signature) throw new AppError('case.not-found');
  return renderDeparturePdf({
    sheet: row.sheet as unknown as DepartureSheet,
    signature: row.signature,
    sealCertificatePem: ctx.seal.certificatePem,
    seal: ctx.seal.label,
  });
}

/** The office's counter deregistrations: waiting for the ҚАІІб, or issued (newest first); no IINs. */
export async function counterDeregistrations(
  ctx: ServiceContext,
  actor: Actor,
  which: 'waiting' | 'issued',
): Promise<{ readonly id: string; readonly number: string; readonly ground: DepartureGround }[]> {
  const staff = chainStaff(actor);
  const rows = await ctx.database.db
    .selectFrom('departure_sheets')
    .innerJoin('cases', 'cases.id', 'departure_sheets.case_id')
    .select(['cases.id', 'cases.number', 'departure_sheets.ground'])
    .where('cases.office', '=', staff.office)
    .where('departure_sheets.issued_at', which === 'waiting' ? 'is' : 'is not', null)
    .orderBy('cases.number', which === 'waiting' ? 'asc' : 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => ({ id: r.id, number: caseNumber(Number(r.number)), ground: r.ground }));
}
