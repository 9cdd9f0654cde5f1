// S7 at the ЦОН counter (003 ¶B2; issue 18 item 4): the operator records which act is to be
// restored and the applicant's facts, the documents the standard asks for given those facts
// (items 1–14, the pre-2008 ones only for a record registered before 2008), and the state duty
// (0.5 MRP of the filing year, or the exemption). The case opens on the case engine with its due
// date (15 calendar days, the acceptance day excluded, D3) and, in the same transaction, the ЦОН's
// `accept` step is done — the receipt — so the file waits in the ЗАГС employee's queue. A missing
// document, an unfit act or a year without an MRP is a coded error, and nothing is written.
import { z } from 'zod';
import { CIVIL_RESTORATION, type RecordedDuty, type RestorationFacts } from '../../domain/cases/civil-act.ts';
import { restorationDocuments } from '../../domain/civil-records/documents.ts';
import type { RestorableAct } from '../../domain/civil-records/restoration.ts';
import { BIRTH_CERTIFICATE_EXEMPT, stateDutyOn, type StateDuty } from '../../domain/civil-records/state-duty.ts';
import { isoDateSchema } from '../../domain/date-schema.ts';
import { dateInAstana, type IsoDate } from '../../domain/dates.ts';
import { isValidIin } from '../../domain/iin.ts';
import { isUuid } from '../../domain/uuid.ts';
import type { ServiceDocument } from '../../domain/public-services/required-documents.ts';
import { AppError } from '../../errors.ts';
import type { Actor, OperatorRole } from '../actor.ts';
import { applyCaseEventIn } from '../cases/apply.ts';
import { openServiceCaseIn } from '../cases/open.ts';
import { type CaseView, readCase } from '../cases/read.ts';
import type { CaseRecord } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { checkRestorableAct } from './restore.ts';

/** The ЦОН staff who accept applications at the counter (the console's roles, P1/P2). */
export const INTAKE_ROLES: readonly OperatorRole[] = ['reception', 'hall', 'supervisor'];
/** The definition's actor of the counter step (standards-003-services.ts ACCEPT_AT_CON). */
const CON_EMPLOYEE = 'con-employee';

export type IntakeOperator = Extract<Actor, { kind: 'operator' }>;

const iin = z.string().refine(isValidIin, 'not a valid IIN');
const flag = z.boolean();

const intakeSchema = z.strictObject({
  applicant: iin,
  /** The act as the application (Standard Annex 3) describes it; the applicant is its subject. */
  act: z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('birth'),
      mother: iin.nullable(),
      father: iin.nullable(),
      registered: isoDateSchema,
    }),
    z.strictObject({ type: z.literal('marriage'), spouse: iin, date: isoDateSchema }),
  ]),
  facts: z.strictObject({
    representative: flag,
    married: flag,
    hasChildren: flag,
    parentsMarried: flag,
    hasLabourBook: flag,
    student: flag,
    militaryLiable: flag,
    pensioner: flag,
  }),
  exemption: z.strictObject({
    statuses: z.array(z.enum(BIRTH_CERTIFICATE_EXEMPT)).max(BIRTH_CERTIFICATE_EXEMPT.length),
    registrationError: flag,
    errorProven: flag,
  }),
});

export type IntakeFacts = z.input<typeof intakeSchema>;
type Parsed = z.output<typeof intakeSchema>;

export interface Intake extends IntakeFacts {
  /** The case's id, made once per intake form: a repeated post opens nothing twice. */
  readonly id: string;
  /** The ids of the documents the operator ticked as handed in. */
  readonly documents: readonly string[];
}

function parse(input: unknown): Parsed {
  const parsed = intakeSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const path = `/${(parsed.error.issues[0]?.path ?? []).join('/')}`;
  throw new AppError('civil-record.invalid', { field: path }, { path });
}

/** The act to restore, with the applicant as its subject (the child, or a spouse). */
function actOf(intake: Parsed): RestorableAct {
  const act: RestorableAct =
    intake.act.type === 'birth'
      ? { child: intake.applicant, ...intake.act }
      : { type: 'marriage', spouses: [intake.applicant, intake.act.spouse], date: intake.act.date, dissolved: null };
  // The same checks as the ЗАГС step will make (no one is their own parent, nor marries themselves).
  return checkRestorableAct(act);
}

export interface Checklist {
  readonly act: RestorableAct;
  readonly recordRegistered: IsoDate;
  /** 003 ¶B2: the documents for these facts, in the standard's order. */
  readonly documents: readonly ServiceDocument[];
  readonly duty: StateDuty;
}

/** What the counter must receive for these facts, and the duty, on the Astana day `filedOn`. */
export function restorationChecklist(input: unknown, filedOn: IsoDate): Checklist {
  const intake = parse(input);
  const act = actOf(intake);
  const recordRegistered = intake.act.type === 'birth' ? intake.act.registered : intake.act.date;
  return {
    act,
    recordRegistered,
    documents: restorationDocuments({ ...intake.facts, recordRegistered }),
    duty: stateDutyOn({ filedOn, record: act.type, ...intake.exemption }),
  };
}

function recorded(duty: StateDuty): RecordedDuty {
  if (duty.kind === 'exempt') return duty;
  // 003 ¶B2: no sum is guessed for a year the MRP table does not hold.
  if (duty.kind === 'mrp-unknown') throw new AppError('civil-record.mrp-unknown', { date: duty.filedOn });
  return { kind: 'due', mrp: duty.mrp, tiyn: duty.tiyn, mrpYear: duty.mrpYear.year, placeholder: duty.placeholder };
}

function intakeOperator(actor: Actor): IntakeOperator {
  if (actor.kind !== 'operator' || !INTAKE_ROLES.includes(actor.role)) throw new AppError('operator-only');
  return actor;
}

/** D1: the moment on Astana's clock (UTC+5), as the engine reads a filing. */
function astanaMoment(now: Date): string {
  return `${new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 19)}+05:00`;
}

/**
 * Opens the S7 case at the operator's ЦОН and completes its counter step, in one transaction.
 * `civil-record.document-missing` (path `/documents/<id>`) names the first document not handed in.
 */
export async function fileRestoration(ctx: ServiceContext, actor: Actor, input: Intake): Promise<CaseRecord> {
  const operator = intakeOperator(actor);
  const now = ctx.clock.now();
  const { id, documents: handedIn, ...facts } = input;
  const list = restorationChecklist(facts, dateInAstana(now));
  // 003 ¶B2: every document the applicant brings must be there; the state system's come by themselves.
  const missing = list.documents.find((d) => d.from === 'applicant' && !handedIn.includes(d.id));
  if (missing)
    throw new AppError('civil-record.document-missing', { document: missing.id }, { path: `/documents/${missing.id}` });
  const intake = parse(facts);
  const restoration: RestorationFacts = {
    act: list.act,
    recordRegistered: list.recordRegistered,
    applicant: intake.facts,
    documents: list.documents.map((d) => d.id),
    duty: recorded(list.duty),
  };
  return inTransaction(ctx.database, async (tx) => {
    const opened = await openServiceCaseIn(
      tx,
      {
        id,
        service: 'S7',
        variant: 'S7',
        channel: 'con',
        filedAt: astanaMoment(now),
        facts: { restoration },
        applicant: intake.applicant,
        office: operator.office,
      },
      now,
    );
    // A repeated post of the same intake: the case is already past the counter.
    if (opened.case.currentStep !== CIVIL_RESTORATION.accept || opened.case.version > 1) return opened;
    return applyCaseEventIn(
      tx,
      {
        caseId: opened.case.id,
        event: {
          kind: 'complete-step',
          step: CIVIL_RESTORATION.accept,
          actor: { kind: 'staff', iin: operator.iin, role: CON_EMPLOYEE, office: operator.office },
        },
      },
      now,
    );
  });
}

/**
 * The receipt of an S7 case for the ЦОН that accepted it (003 ¶B3's receipt on acceptance, read
 * as S7's too): the case with its facts, access-logged as any employee's read (cases/read.ts).
 */
export async function restorationReceipt(ctx: ServiceContext, actor: Actor, caseId: string): Promise<CaseView> {
  const operator = intakeOperator(actor);
  if (!isUuid(caseId)) throw new AppError('case.not-found');
  const view = await readCase(
    ctx.database,
    { kind: 'staff', iin: operator.iin, role: operator.role, office: operator.office },
    caseId,
    ctx.clock.now(),
  );
  if (view.case.service !== CIVIL_RESTORATION.service) throw new AppError('case.not-found');
  return view;
}
