// S1 intake at a ЦОН (002 R1 App1 st.1–2; 003 ¶B5: any ЦОН accepts): the documents are checked
// (st.1), the person is found in the population database and the photo is taken (staged), then
// the e-formular naming the photo's hash is signed with the employee's EDS (st.2) and the case
// opens with its registration coupon in one transaction — a refused signature opens nothing.
// Steps 1–2 are done at the counter by the employee who accepts; the case then waits for the
// ҚАІІб's register (st.3).
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { jsonText } from '../../db/json-column.ts';
import { detectMediaType } from '../../domain/case-documents/file-type.ts';
import { parseFilingMoment } from '../../domain/deadlines/clock.ts';
import type { CaseActor } from '../../domain/cases/case.ts';
import {
  issueOfficeFor,
  readyOnOf,
  S1_DOCUMENT_KINDS,
  S1_EXTRA_CHECKS,
  S1_REASONS,
  type S1DocumentKind,
  type S1ExtraCheck,
  type S1Formular,
  type S1Reason,
} from '../../domain/identity-documents/s1.ts';
import { URGENCIES, type Urgency } from '../../domain/public-services/definition.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { applyCaseEventIn } from '../cases/apply.ts';
import { openServiceCaseIn } from '../cases/open.ts';
import { caseNumber, type CaseRecord, toCase } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { canonicalBytes } from '../signatures/canonical-json.ts';
import { verifySignature } from '../signatures/verify.ts';
import { inTransaction } from '../transaction.ts';
import { chainFor } from './tracking.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { todayInAstana } from '../../domain/cases/open.ts';

/** The role that accepts at a ЦОН and hands the document over (S1's steps 1, 2, 14). */
export const CON_ROLE = 'reception';
/** Largest photo taken: a 3×4 portrait, well under this. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export interface S1IntakeInput {
  /** The case's id, made once per intake (a retry sends the same). */
  readonly caseId: string;
  readonly applicant: string;
  readonly documentKind: S1DocumentKind;
  readonly reason: S1Reason;
  readonly urgency: Urgency;
  /** 003 ¶B5: the extra check or decision the case needs (none: issued where accepted). */
  readonly extraCheck?: S1ExtraCheck | null | undefined;
  /** D1: the moment of filing, ISO 8601 with an offset. */
  readonly filedAt: string;
  readonly photo: Uint8Array;
  /** The employee's EDS: a CMS over the canonical JSON of `s1Formular(…)`. */
  readonly formularCms: string;
}

export interface S1Intake {
  readonly record: CaseRecord;
  readonly coupon: string;
  readonly formular: S1Formular;
  /** 003 ¶B5: the production time told at filing — the day the document is due at the issuing ЦОН. */
  readonly readyOn: IsoDate | null;
}

/** The ЦОН employee behind a login: reception at an office. */
export function conEmployee(actor: Actor): CaseActor & { kind: 'staff' } {
  if (actor.kind !== 'operator' || actor.role !== CON_ROLE) throw new AppError('operator-only');
  return { kind: 'staff', iin: actor.iin, role: actor.role, office: actor.office };
}

export function photoSha256(photo: Uint8Array): string {
  return createHash('sha256').update(photo).digest('hex');
}

/** App1 st.2: the e-formular the employee signs, as the page shows it before signing. */
export function s1Formular(
  input: Omit<S1IntakeInput, 'formularCms' | 'photo'>,
  office: string,
  photoHash: string,
  issueOffice: string = office,
) {
  const formular: S1Formular = {
    service: 'S1',
    caseId: input.caseId,
    applicant: input.applicant,
    documentKind: input.documentKind,
    reason: input.reason,
    urgency: input.urgency,
    office,
    extraCheck: input.extraCheck ?? null,
    issueOffice,
    photoSha256: photoHash,
    filedAt: input.filedAt,
  };
  return formular;
}

/**
 * App1 st.1–2, first move: the documents checked, the person found in the population register,
 * the photo taken — kept with the data until the employee signs the e-formular (returned, to be
 * shown and signed). Staging again under the same case id (a page sent twice) replaces it.
 */
export async function stageS1(
  ctx: ServiceContext,
  actor: Actor,
  input: Omit<S1IntakeInput, 'formularCms'>,
): Promise<S1Formular> {
  const staff = conEmployee(actor);
  if (!(S1_DOCUMENT_KINDS as readonly string[]).includes(input.documentKind))
    throw new AppError('invalid-value', { detail: 'documentKind' }, { path: '/documentKind' });
  if (!(S1_REASONS as readonly string[]).includes(input.reason))
    throw new AppError('invalid-value', { detail: 'reason' }, { path: '/reason' });
  if (!(URGENCIES as readonly string[]).includes(input.urgency))
    throw new AppError('invalid-value', { detail: 'urgency' }, { path: '/urgency' });
  const extraCheck = input.extraCheck ?? null;
  if (extraCheck !== null && !(S1_EXTRA_CHECKS as readonly string[]).includes(extraCheck))
    throw new AppError('invalid-value', { detail: 'extraCheck' }, { path: '/extraCheck' });
  const moment = parseFilingMoment(input.filedAt);
  if (!moment) throw new AppError('invalid-moment', {}, { path: '/filedAt' });
  // App1 st.2: the photo, a JPEG or PNG taken at the counter.
  const photoType = detectMediaType(input.photo);
  if (
    input.photo.length === 0 ||
    input.photo.length > MAX_PHOTO_BYTES ||
    (photoType !== 'image/jpeg' && photoType !== 'image/png')
  )
    throw new AppError('identity-document.photo-invalid', {}, { path: '/photo' });
  // App1 st.2: "checks in the database" — the applicant is a living person of the population register.
  const person = await ctx.registries.persons.person(input.applicant);
  if (!person || person.deathDate !== null)
    throw new AppError('identity-document.person-unknown', {}, { path: '/applicant' });
  // 003 ¶B5: an extra check or decision sends the document to the registered address's ЦОН.
  const issueOffice =
    extraCheck === null
      ? staff.office
      : issueOfficeFor(staff.office, await registeredCity(ctx, input.applicant, todayInAstana(ctx.clock.now())));
  const formular = s1Formular(input, staff.office, photoSha256(input.photo), issueOffice);
  const row = {
    operator_iin: staff.iin,
    office: staff.office,
    applicant_iin: input.applicant,
    document_kind: input.documentKind,
    reason: input.reason,
    urgency: input.urgency,
    filed_at: input.filedAt,
    photo: input.photo,
    photo_type: photoType,
    photo_sha256: formular.photoSha256,
    created_at: ctx.clock.now(),
    extra_check: extraCheck,
    issue_office: extraCheck === null ? null : issueOffice,
  };
  await inTransaction(ctx.database, async (tx) => {
    const opened = await tx.selectFrom('cases').select('id').where('id', '=', input.caseId).executeTakeFirst();
    if (opened) throw new AppError('case.changed');
    await tx
      .insertInto('identity_document_intakes')
      .values({ case_id: input.caseId, ...row })
      .onConflict((oc) => oc.column('case_id').doUpdateSet(row))
      .execute();
  });
  return formular;
}

/** The staged intake's e-formular, for the page that asks the employee to sign it. */
export async function stagedFormular(ctx: ServiceContext, actor: Actor, caseId: string): Promise<S1Formular> {
  const staff = conEmployee(actor);
  const staged = await ctx.database.db
    .selectFrom('identity_document_intakes')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!staged || staged.operator_iin !== staff.iin || staged.office !== staff.office)
    throw new AppError('case.not-found');
  return formularOf(staged);
}

function formularOf(staged: Selectable<Schema['identity_document_intakes']>): S1Formular {
  return {
    service: 'S1',
    caseId: staged.case_id,
    applicant: staged.applicant_iin,
    documentKind: staged.document_kind,
    reason: staged.reason as S1Reason,
    urgency: staged.urgency,
    office: staged.office,
    extraCheck: staged.extra_check,
    issueOffice: staged.issue_office ?? staged.office,
    photoSha256: staged.photo_sha256,
    filedAt: staged.filed_at,
  };
}

/**
 * App1 st.2, second move: the employee's EDS over the staged e-formular; the case opens with
 * its registration coupon, steps 1–2 done, in one transaction. Signing an intake already signed
 * (a page sent twice) gives the same case back.
 */
export async function signS1(
  ctx: ServiceContext,
  actor: Actor,
  input: { readonly caseId: string; readonly formularCms: string },
): Promise<S1Intake> {
  const staff = conEmployee(actor);
  const now = ctx.clock.now();
  const done = await signedIntake(ctx, input.caseId);
  if (done) return done;
  const formular = await stagedFormular(ctx, actor, input.caseId);
  // App1 st.2: confirmed with the employee's EDS (F5: a CMS with the signer's IIN in the certificate).
  const check = await verifySignature({
    cms: input.formularCms,
    content: canonicalBytes(formular),
    trust: ctx.trust,
    at: now,
    expectedIin: staff.iin,
  });
  if (!check.ok) throw new AppError(check.code);
  return inTransaction(ctx.database, async (tx) => {
    const staged = await tx
      .deleteFrom('identity_document_intakes')
      .where('case_id', '=', input.caseId)
      .returningAll()
      .executeTakeFirst();
    if (!staged) throw new AppError('case.changed');
    const opened = await openServiceCaseIn(
      tx,
      {
        id: input.caseId,
        service: 'S1',
        variant: 'S1',
        channel: 'con',
        filedAt: staged.filed_at,
        facts: {
          urgency: staged.urgency,
          ...(staged.issue_office === null ? {} : { issueOffice: staged.issue_office }),
        },
        applicant: staged.applicant_iin,
        office: staff.office,
      },
      now,
    );
    const coupon = caseNumber(opened.number);
    await tx
      .insertInto('identity_document_files')
      .values({
        case_id: input.caseId,
        document_kind: staged.document_kind,
        reason: staged.reason,
        photo: staged.photo,
        photo_type: staged.photo_type,
        photo_sha256: staged.photo_sha256,
        formular: jsonText(formular as unknown as Record<string, unknown>),
        formular_cms: input.formularCms,
        formular_signer: staff.iin,
        coupon,
        created_at: now,
      })
      .execute();
    // App1 st.1–2 are the counter's own work: done in this visit, by this employee.
    await applyCaseEventIn(
      tx,
      { caseId: input.caseId, event: { kind: 'complete-step', step: 'accept', actor: staff } },
      now,
    );
    const record = await applyCaseEventIn(
      tx,
      { caseId: input.caseId, event: { kind: 'complete-step', step: 'formular', actor: staff, output: { coupon } } },
      now,
    );
    const readyOn = readyOnOf(await chainFor(tx, record.case, todayInAstana(now)));
    return { record, coupon, formular, readyOn };
  });
}

async function signedIntake(ctx: ServiceContext, caseId: string): Promise<S1Intake | null> {
  const file = await ctx.database.db
    .selectFrom('identity_document_files')
    .select(['coupon', 'formular'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!file) return null;
  const row = await ctx.database.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
  const record = toCase(row);
  const readyOn = readyOnOf(await chainFor(ctx.database.db, record.case, todayInAstana(ctx.clock.now())));
  return { record, coupon: file.coupon, formular: file.formular as unknown as S1Formular, readyOn };
}

/** Both moves at once: staged and signed (the API, tests). */
export async function acceptS1(ctx: ServiceContext, actor: Actor, input: S1IntakeInput): Promise<S1Intake> {
  await stageS1(ctx, actor, input);
  return signS1(ctx, actor, { caseId: input.caseId, formularCms: input.formularCms });
}

/**
 * 003 ¶B5: the city of the applicant's permanent registration open on `today` (the registrations
 * register, the dwelling's city in the cadastre); none is a coded refusal — the document could
 * not be issued "at the registered address".
 */
async function registeredCity(ctx: ServiceContext, iin: string, today: IsoDate): Promise<string> {
  const open = (await ctx.registries.registrations.ofPerson(iin)).filter(
    (r) => r.kind === 'permanent' && r.from <= today && (r.to === null || r.to >= today),
  );
  const latest = open.at(-1);
  const dwelling = latest ? await ctx.registries.realEstate.dwelling(latest.rka) : null;
  if (!dwelling) throw new AppError('identity-document.no-registration', {}, { path: '/extraCheck' });
  return dwelling.city;
}
