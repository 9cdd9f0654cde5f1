// The scenario file format of ../shared/spec/scenario.md as a zod schema. Every object is
// strict: an unknown field is an error (`unknown-field`), never silently dropped.
// Extensions beyond scenario.md (documented in docs/scenario-format.md): death and name-change
// acts, a birth act's optional `registered` date, an enrolment's optional `source`, and the
// optional top-level `phones` (БМГ) list.
// `tirkeu decide` reads files with check.ts, the same rules without zod (issue 20, a lean CLI):
// a change here is made there too; test/registries/scenario-check.test.ts compares the two.
import { z } from 'zod';
import { isoDateSchema } from '../../domain/date-schema.ts';

const isoDate = isoDateSchema;
const nullableDate = isoDate.nullable();
const iin12 = z.string().regex(/^[0-9]{12}$/, '12 digits');
const rka16 = z.string().regex(/^[0-9]{16}$/, '16 digits');
const period = { from: isoDate, to: nullableDate };

const person = z.strictObject({
  iin: iin12,
  name: z.string().trim().min(1).max(300),
  birthDate: isoDate,
  sex: z.enum(['M', 'F']),
  deathDate: nullableDate.default(null),
  incapable: z.boolean().default(false),
});

const birthAct = z.strictObject({
  type: z.literal('birth'),
  child: iin12,
  mother: iin12.nullable(),
  father: iin12.nullable(),
  registered: nullableDate.default(null),
});
const marriageAct = z.strictObject({
  type: z.literal('marriage'),
  spouses: z.tuple([iin12, iin12]),
  date: isoDate,
  dissolved: nullableDate.default(null),
});
const deathAct = z.strictObject({ type: z.literal('death'), person: iin12, date: isoDate });
const nameChangeAct = z.strictObject({
  type: z.literal('name-change'),
  person: iin12,
  previousName: z.string().min(1).max(300),
  newName: z.string().min(1).max(300),
  date: isoDate,
});
const civilAct = z.discriminatedUnion('type', [birthAct, marriageAct, deathAct, nameChangeAct]);

const share = z
  .string()
  .regex(/^[1-9][0-9]*\/[1-9][0-9]*$/, 'a fraction such as 1/2')
  .refine((s) => {
    const [n, d] = s.split('/').map(Number);
    return n! <= d!;
  }, 'a share cannot exceed 1/1');

const dwelling = z.strictObject({
  rka: rka16,
  city: z.string().trim().min(1).max(100),
  address: z.string().trim().min(1).max(500),
  area: z.number().positive().max(100_000),
  owners: z.array(z.strictObject({ iin: iin12, share })),
  stateRental: z.boolean().default(false),
});

const registration = z.strictObject({
  iin: iin12,
  rka: rka16,
  kind: z.enum(['permanent', 'temporary']),
  ...period,
});

const enrolment = z.strictObject({
  iin: iin12,
  institution: z.string().trim().min(1).max(300),
  city: z.string().trim().min(1).max(100),
  form: z.enum(['full-time', 'part-time', 'distance']),
  source: z.enum(['nobd', 'epvo']).default('epvo'),
  ...period,
});

const guardianship = z.strictObject({ ward: iin12, guardian: iin12, ...period });

const phone = z.strictObject({
  iin: iin12,
  phone: z.string().regex(/^\+7[0-9]{10}$/, 'a phone number such as +77011234567'),
  boundAt: isoDate,
});

const side = z.enum(['father', 'mother']);
/** A claimed relation or category (P5), as applications and scenario files state it. */
export const relation = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.enum(['child', 'parent', 'spouse', 'sibling-full', 'in-law', 'student', 'none']),
  }),
  z.strictObject({ kind: z.literal('sibling-half'), parent: z.enum(['mother', 'father']) }),
  z.strictObject({ kind: z.enum(['grandparent', 'grandchild']), side }),
]);

// Identifiers in the application are what a citizen typed: their validity (F1) and existence
// are decided by the rules (I8), not rejected as a malformed file.
const typedId = z.string().max(64);

const application = z.strictObject({
  service: z.enum(['permanent', 'temporary']),
  channel: z.enum(['reception', 'hall', 'online']),
  applicant: typedId,
  rka: typedId,
  owner: typedId.optional(),
  representative: typedId.optional(),
  relation: relation.optional(),
  members: z.array(typedId).max(20).optional(),
  // F4: the arrival date from the arrival coupon; not after the application date (read.ts).
  arrival: isoDate.optional(),
  period: z.strictObject({ from: isoDate, to: isoDate }).optional(),
});

const config = z.strictObject({
  astanaAreaPerPerson: z.number().positive().max(1000).optional(),
  areaRounding: z.enum(['floor', 'round', 'ceil']).optional(),
  countTemporaryRegistrations: z.boolean().optional(),
  ownerConsent: z.enum(['all', 'any']).optional(),
});

export const scenarioSchema = z.strictObject({
  date: isoDate,
  ruleset: z.string().min(1).max(100).optional(),
  config: config.optional(),
  persons: z.array(person),
  civilActs: z.array(civilAct).default([]),
  dwellings: z.array(dwelling).default([]),
  registrations: z.array(registration).default([]),
  education: z.array(enrolment).default([]),
  guardianships: z.array(guardianship).default([]),
  phones: z.array(phone).default([]),
  application,
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioParsed = z.output<typeof scenarioSchema>;
