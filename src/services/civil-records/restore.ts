// S7 (003 ¶B2), the ЗАГС step: a birth or marriage act is restored into the civil registry with
// the record of its restoration (who, when, on what basis, in which case) and its audit record,
// in one transaction (migration 0019). From the next read on, the registration rules see the act:
// a kinship that could not be confirmed for want of it is confirmed (P5, I1).
import { z } from 'zod';
import type { Restoration, RestorableAct } from '../../domain/civil-records/restoration.ts';
import { isoDateSchema } from '../../domain/date-schema.ts';
import { isValidIin } from '../../domain/iin.ts';
import { AppError } from '../../errors.ts';
import { sqlCivilRecordWrites } from '../../registries/sql/civil-writes.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction, type Tx } from '../transaction.ts';

/** A ЗАГС employee: restoring an act is an office's act, never a citizen's or the system's. */
export type Registrar = Extract<Actor, { kind: 'operator' }>;

const iin = z.string().refine(isValidIin, 'not a valid IIN');
const text = (max: number) => z.string().trim().min(1).max(max);

const birthAct = z
  .strictObject({
    type: z.literal('birth'),
    child: iin,
    mother: iin.nullable(),
    father: iin.nullable(),
    registered: isoDateSchema.nullable(),
  })
  // The act table's own rule (0001): no one is their own parent, nor both parents.
  .refine((a) => a.mother !== a.child && a.father !== a.child, { path: ['child'] })
  .refine((a) => a.mother === null || a.mother !== a.father, { path: ['father'] });

const marriageAct = z
  .strictObject({
    type: z.literal('marriage'),
    spouses: z.tuple([iin, iin]),
    date: isoDateSchema,
    dissolved: isoDateSchema.nullable(),
  })
  .refine((m) => m.spouses[0] !== m.spouses[1], { path: ['spouses', 1] })
  .refine((m) => m.dissolved === null || m.dissolved >= m.date, { path: ['dissolved'] });

const requestSchema = z.strictObject({
  act: z.discriminatedUnion('type', [birthAct, marriageAct]),
  /** The documents the restoration rests on (003 ¶B2 items 3–12). */
  basis: text(500),
  /** The S7 case the restoration belongs to. */
  caseReference: text(100),
});

export type RestorationRequest = z.input<typeof requestSchema>;

/** Validates the request as it comes in (an API body, a CLI flag set): coded errors with a path. */
function parseRequest(input: unknown): z.output<typeof requestSchema> {
  const parsed = requestSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const path = `/${(parsed.error.issues[0]?.path ?? []).join('/')}`;
  throw new AppError('civil-record.invalid', { field: path }, { path });
}

/**
 * Restores the act. Throws `civil-record.act-exists` (nothing written) when ЗАГС already holds it:
 * a restoration never overwrites an act.
 */
export async function restoreCivilAct(
  ctx: Pick<ServiceContext, 'database' | 'clock'>,
  registrar: Registrar,
  input: unknown,
): Promise<Restoration> {
  const request = parseRequest(input);
  const at = ctx.clock.now();
  return inTransaction(ctx.database, (tx) => restoreIn(tx, at, registrar, request));
}

/**
 * The same inside the caller's transaction: the S7 case's ЗАГС step (services/cases/registry-writes.ts)
 * restores the act in the step's own transaction, so the step and the act commit together or not at all.
 */
export async function restoreCivilActIn(tx: Tx, at: Date, registrar: Registrar, input: unknown): Promise<Restoration> {
  return restoreIn(tx, at, registrar, parseRequest(input));
}

/** Whether the act is fit to restore (the same checks as restoreCivilAct), as a coded error with its path. */
export function checkRestorableAct(act: unknown): RestorableAct {
  return parseRequest({ act, basis: 'check', caseReference: 'check' }).act;
}

async function restoreIn(
  tx: Tx,
  at: Date,
  registrar: Registrar,
  request: z.output<typeof requestSchema>,
): Promise<Restoration> {
  const act: RestorableAct = request.act;
  const outcome = await sqlCivilRecordWrites(tx).restore(act, {
    basis: request.basis,
    caseReference: request.caseReference,
    restoredBy: { iin: registrar.iin, office: registrar.office },
    restoredAt: at,
  });
  if (outcome.kind === 'act-exists') throw new AppError('civil-record.act-exists', {}, { path: '/act' });
  // Identifiers only: the act itself is in the restoration record, not in the audit trail.
  await recordAudit(tx, at, registrar, {
    action: `civil-act-restored`,
    details: { restoration: outcome.restoration.id, act: act.type, case: request.caseReference },
  });
  return outcome.restoration;
}

/** The restorations of acts about the person (child or spouse), oldest first: the history, never edited. */
export async function restorationHistory(
  ctx: Pick<ServiceContext, 'database'>,
  person: string,
): Promise<Restoration[]> {
  if (!isValidIin(person)) throw new AppError('invalid-iin-input', {}, { path: '/iin' });
  return sqlCivilRecordWrites(ctx.database.db).restorationsOf(person);
}
