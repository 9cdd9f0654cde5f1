// services.md §5: the shape every public service shares, as a zod schema. A service is data
// (like a ruleset, pilot.md §0): effective-dated, versioned, with its sources; the catalogue
// is validated against this schema by its test, and the case engine will run what it says.
// Free text here (titles of documents, steps) is English for operators and reviewers; what a
// citizen reads comes from the message catalogs by the stable ids (docs/service-engine.md).
import { z } from 'zod';
import { DEADLINE_SERVICES, FILING_CHANNELS, OBJECT_KINDS } from '../deadlines/rules.ts';

export const SERVICE_IDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/);
/**
 * A service or its variant as services.md names them (S3, S9a), or a variant the sources describe
 * without a letter, named for what it does (S9-correction, 004 cl.7).
 */
const variantId = z.string().regex(/^S\d{1,2}([a-z]|-[a-z]+)?$/);
const text = z.string().trim().min(1);
/**
 * A clause reference in services.md's form (`002 R3 cl.6`, `004 L1 r.8`, `003 ¶B2`), or in
 * pilot.md's for what Tirkeu runs under the pilot (`001 P3`).
 */
const source = z.string().regex(/^00[0-4] /);
export const localizedSchema = z.strictObject({ kk: text, ru: text, en: text });

/** §5.1: validity. `from: null` where the sources give no date (undated excerpts, 003). */
const validity = z.strictObject({ from: isoDate.nullable(), to: isoDate.nullable(), note: text });

/** §5.1: where one applies. */
const territory = z.enum(['registration-place', 'residence-or-arrival', 'object-location', 'any-con', 'not-stated']);

/** §5.3: a channel and what it needs; `preconditions` are alternatives (EDS, or an SMS code to a БМГ phone). */
export const CHANNEL_KINDS = ['portal', 'con', 'provider-office'] as const;
const channel = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  preconditions: z.array(z.enum(['eds', 'sms-code-bmg', 'chip-id', 'login-password'])),
  source,
});

/** §5.4: when a document is required; a list of conditions all of which must hold (none: always). */
const condition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('variant'), variants: z.array(variantId).min(1) }),
  z.strictObject({ kind: z.literal('representative') }),
  z.strictObject({ kind: z.literal('paid-outside-gateway') }),
  /** The civil-status registration the service is about was made before `date` (S7: before 2008). */
  z.strictObject({ kind: z.literal('registered-before'), date: isoDate }),
  /** …or on `date` or later (S7: later acts come from the state system). */
  z.strictObject({ kind: z.literal('registered-from'), date: isoDate }),
  z.strictObject({
    kind: z.literal('applicant-states'),
    fact: z.enum([
      'married',
      'military-liable',
      'intermediary',
      'has-labour-book',
      'has-land-plot-document',
      'purpose-not-repair',
      'has-children',
      'student',
      'parents-married',
      'pensioner',
    ]),
  }),
]);

/** What an applicant may state about themselves, for the `applicant-states` condition. */
export type ApplicantFact = Extract<z.infer<typeof condition>, { kind: 'applicant-states' }>['fact'];

const document = z.strictObject({
  id: slug,
  kind: z.enum(['request', 'identity', 'authority', 'e-copy', 'copy', 'original', 'form', 'photo', 'payment-proof']),
  /** Where it comes from: the applicant (upload or paper) or a state system through the gateway (ЭҮШ). */
  from: z.enum(['applicant', 'state-system']),
  title: text,
  when: z.array(condition),
  source,
});

/** §5.5: consent to use legally protected data; missing consent is a refusal ground where `refusalGround` says. */
const consent = z.strictObject({
  required: z.boolean(),
  means: z.array(z.enum(['eds', 'sms-code', 'written'])),
  refusalGround: z.int().positive().nullable(),
  source: source.nullable(),
});

/** §5.6: a step's time limit as the source writes it; "1 day" without working or calendar is `days`. */
const limit = z.discriminatedUnion('unit', [
  z.strictObject({
    unit: z.enum(['minutes', 'working-days', 'calendar-days', 'days', 'months']),
    value: z.number().positive(),
  }),
  z.strictObject({ unit: z.literal('not-stated') }),
]);

/** 002 R1 App1: the urgency categories U1–U3; the general procedure is the step's `limit`. */
export const URGENCIES = ['u1', 'u2', 'u3', 'general'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * 002 R1 App1: the units above the office that accepted the case (ЦОН/ҚАІІб), through which S1's
 * registers travel — the region's migration police directorate (КҚПБ), the MVD's Migration Police
 * Department (КҚПД) and its production centre (АӨО РМК). Absent: the case's own office acts.
 */
export const STEP_UNITS = ['kqpb', 'kqpd', 'aoo-rmk'] as const;
export type StepUnit = (typeof STEP_UNITS)[number];

const step = z.strictObject({
  id: slug,
  actor: slug,
  action: text,
  output: text,
  limit,
  /** 002 R1 App1: the limit by urgency category U1–U3 where it differs (`limit` is the general one). */
  urgency: z.strictObject({ u1: limit, u2: limit, u3: limit }).optional(),
  /** The unit above the accepting office that does the step (S1's chain); none: the case's office. */
  unit: z.enum(STEP_UNITS).optional(),
  /**
   * 003 ¶B5: the step is done at the case's issue office (`facts.issueOffice`) when the case has
   * one — S1's hand-over where an extra check or decision sends the document to the registered
   * address. None, or a case without it: as `unit` says.
   */
  issuing: z.literal(true).optional(),
  /** The variants the step belongs to (none: all). */
  variants: z.array(variantId).optional(),
});

const term = z.strictObject({ unit: z.enum(['working-days', 'calendar-days']), days: z.int().positive() });
const objectKind = z.enum(OBJECT_KINDS);
/** deadlines.md D4, as src/domain/deadlines/rules.ts holds it. */
export const deadlineRuleSchema = z.strictObject({
  service: z.enum(DEADLINE_SERVICES),
  channels: z.array(z.enum(FILING_CHANNELS)).min(1),
  facts: z.array(z.enum(['object', 'areaM2', 'astana', 'extensionDays'])),
  period: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fixed'), term }),
    z.strictObject({ kind: z.literal('by-city'), term, astana: term }),
    z.strictObject({
      kind: z.literal('by-object'),
      unit: z.literal('working-days'),
      byKind: z.partialRecord(objectKind.exclude(['other']), z.int().positive()),
      otherUpTo1000: z.int().positive(),
      otherOver1000: z.int().positive(),
    }),
  ]),
  extension: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({
      kind: z.literal('calendar-days'),
      maxDays: z.int().positive(),
      noticeWorkingDays: z.int().positive(),
    }),
    z.strictObject({ kind: z.literal('by-agreement'), capMonths: z.int().positive() }),
  ]),
  refusal: z.enum(['hearing-when-over-3-working-days', 'not-stated']),
  source,
});

/** §5.7: the deadline of a variant — a D4 rule, or none stated (Standard cl.4 is absent for S1–S5). */
const deadline = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rule'), rule: deadlineRuleSchema }),
  z.strictObject({ kind: z.literal('not-stated'), source }),
]);

/** §5.8: a price as data. The sources give no figures: every amount is a marked placeholder. */
const price = z.strictObject({ kzt: z.number().nonnegative(), placeholder: z.boolean(), note: text });
const feeStage = z.strictObject({
  stage: z.enum(['on-filing', 'before-result']),
  what: text,
  price,
  variants: z.array(variantId).optional(),
});
const fee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('not-stated') }),
  z.strictObject({ kind: z.literal('free'), source }),
  z.strictObject({
    kind: z.literal('state-duty'),
    mrp: z.number().positive(),
    paidVia: z.enum(['bank', 'payment-gateway']),
    exemptions: z.array(text),
    source,
  }),
  z.strictObject({
    kind: z.literal('price-list'),
    act: text,
    paidVia: z.literal('payment-gateway'),
    stages: z.array(feeStage).min(1),
    source,
  }),
]);

/** §5.9: the result of a variant and how it reaches the applicant. */
const result = z.strictObject({
  what: text,
  form: z.enum(['electronic', 'paper', 'registry-change', 'not-stated']),
  signedBy: z.enum(['eds-management', 'eds-ministries', 'seal-and-signature', 'not-stated']),
  delivery: z.array(z.enum(['cabinet', 'con'])),
  source: source.nullable(),
});

const variant = z.strictObject({ id: variantId, name: localizedSchema, deadline, result });

/** §5.10: refusal grounds and the procedure before a refusal (D5). */
const refusal = z.strictObject({
  grounds: z.array(z.strictObject({ id: z.int().positive(), text, source })),
  /** §2: the portal's automatic refusals (violations in user, EDS or applicant data). */
  automatic: z.boolean(),
  procedure: z.enum(['hearing-when-over-3-working-days', 'not-stated']),
});

/** §5.11: what the applicant is told. */
export const NOTIFICATIONS = [
  'accepted',
  'incomplete-documents',
  'payment-due',
  'extension',
  'hearing',
  'result',
  'refusal',
  'registration-done',
] as const;

export const serviceDefinitionSchema = z.strictObject({
  id: z.enum(SERVICE_IDS),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  name: localizedSchema,
  /** The source text the service was catalogued from, in services.md's citation form. */
  source,
  validity,
  provider: text,
  territory,
  applicants: z.strictObject({
    kinds: z.array(z.enum(['individual', 'legal-entity'])).min(1),
    onBehalfOf: z.array(z.enum(['self', 'child', 'spouse', 'relative', 'represented'])).min(1),
  }),
  channels: z.array(channel).min(1),
  documents: z.array(document),
  consent,
  steps: z.array(step),
  variants: z.array(variant).min(1),
  fees: fee,
  refusal,
  notifications: z.array(z.enum(NOTIFICATIONS)),
});

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A definition as the catalogue holds it (read-only; the schema is what its test checks). */
export type ServiceDefinition = DeepReadonly<z.infer<typeof serviceDefinitionSchema>>;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
