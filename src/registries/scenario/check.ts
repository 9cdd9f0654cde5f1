// The scenario file format of ../shared/spec/scenario.md checked without zod, for the lean
// `tirkeu decide` (issue 20, item 3): importing zod costs about 17 MB of a first run's memory in
// Node (no tree-shaking: `zod` and `zod/mini` both load the whole core with its 48 locales, the
// JSON-schema generator and the compiler). schema.ts stays the format's reference (its types, the
// `relation` the HTTP API reuses); this file mirrors it rule by rule and reports the issue zod
// would report first, in zod's form, so that issueToError (read.ts) gives the same coded error
// with the same JSON pointer. test/registries/scenario-check.test.ts compares the two on every
// example file and on many broken variants of them.
//
// Order of the first issue, as in zod 4: an object's fields in the schema's order, then its
// unknown keys; an array's items in order, then its own size; a tuple's length before its items.
import type { z } from 'zod';
import { type IsoDate, parseIsoDate } from '../../domain/dates.ts';
import type { ScenarioParsed } from './schema.ts';

type Path = PropertyKey[];
type Check<T> = (input: unknown, path: Path) => T;

/** The first problem found, as the zod issue it stands for; thrown inside this module only. */
class Issue extends Error {
  readonly issue: z.core.$ZodIssue;
  constructor(issue: z.core.$ZodIssue) {
    super(issue.message);
    this.issue = issue;
  }
}

function fail(issue: Record<string, unknown>, path: Path, input: unknown): never {
  throw new Issue({ ...issue, path, input } as unknown as z.core.$ZodIssue);
}

function quote(values: readonly unknown[], separator: string): string {
  return values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(separator);
}

function typeOf(input: unknown, expected: string, test: boolean, path: Path): void {
  if (!test) fail({ code: 'invalid_type', expected, message: `Invalid input: expected ${expected}` }, path, input);
}

interface StringRules {
  trim?: boolean;
  min?: number;
  max?: number;
  regex?: { pattern: RegExp; message: string };
  refine?: { test: (s: string) => boolean; message: string };
}

const str =
  (rules: StringRules = {}): Check<string> =>
  (input, path) => {
    typeOf(input, 'string', typeof input === 'string', path);
    const s = rules.trim ? (input as string).trim() : (input as string);
    if (rules.min !== undefined && s.length < rules.min)
      fail(
        {
          code: 'too_small',
          origin: 'string',
          minimum: rules.min,
          inclusive: true,
          message: `Too small: expected string to have >=${rules.min} characters`,
        },
        path,
        s,
      );
    if (rules.max !== undefined && s.length > rules.max)
      fail(
        {
          code: 'too_big',
          origin: 'string',
          maximum: rules.max,
          inclusive: true,
          message: `Too big: expected string to have <=${rules.max} characters`,
        },
        path,
        s,
      );
    if (rules.regex && !rules.regex.pattern.test(s))
      fail({ code: 'invalid_format', format: 'regex', message: rules.regex.message }, path, s);
    if (rules.refine && !rules.refine.test(s)) fail({ code: 'custom', message: rules.refine.message }, path, s);
    return s;
  };

const isoDate: Check<IsoDate> = (input, path) => {
  const text = str()(input, path);
  const date = parseIsoDate(text);
  if (date === null)
    fail({ code: 'custom', message: 'must be a date YYYY-MM-DD', params: { code: 'invalid-date' } }, path, text);
  return date;
};

const num =
  (max: number): Check<number> =>
  (input, path) => {
    typeOf(input, 'number', typeof input === 'number' && Number.isFinite(input), path);
    const n = input as number;
    if (n <= 0)
      fail(
        {
          code: 'too_small',
          origin: 'number',
          minimum: 0,
          inclusive: false,
          message: 'Too small: expected number to be >0',
        },
        path,
        n,
      );
    if (n > max)
      fail(
        {
          code: 'too_big',
          origin: 'number',
          maximum: max,
          inclusive: true,
          message: `Too big: expected number to be <=${max}`,
        },
        path,
        n,
      );
    return n;
  };

const bool: Check<boolean> = (input, path) => {
  typeOf(input, 'boolean', typeof input === 'boolean', path);
  return input as boolean;
};

const oneOf =
  <const T extends string>(values: readonly T[]): Check<T> =>
  (input, path) => {
    if (!(values as readonly unknown[]).includes(input)) {
      const message =
        values.length === 1
          ? `Invalid input: expected ${quote(values, '')}`
          : `Invalid option: expected one of ${quote(values, '|')}`;
      fail({ code: 'invalid_value', values, message }, path, input);
    }
    return input as T;
  };

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (input, path) =>
    input === null ? null : check(input, path);

// An absent field: `optional` leaves it out, `withDefault` puts the default in (zod's .optional(), .default()).
const OPTIONAL = Symbol('optional');
type Field<T> = Check<T> & { [OPTIONAL]?: true };

function optional<T>(check: Check<T>): Field<T | undefined> {
  const field: Field<T | undefined> = (input, path) => (input === undefined ? undefined : check(input, path));
  field[OPTIONAL] = true;
  return field;
}

const withDefault =
  <T, D extends T>(check: Check<T>, value: D): Check<T> =>
  (input, path) =>
    input === undefined ? value : check(input, path);

function isObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: ReturnType<S[K]>;
};

/** A strict object: every field in the shape's order, then an unknown key is an error. */
const object =
  <S extends Shape>(shape: S): Check<Out<S>> =>
  (input, path) => {
    typeOf(input, 'object', isObject(input), path);
    const record = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const present = key in record;
      if (!present && (check as Field<unknown>)[OPTIONAL]) continue;
      const value = check(record[key], [...path, key]);
      if (value !== undefined || present) out[key] = value;
    }
    for (const key in record) {
      if (!Object.hasOwn(shape, key))
        fail({ code: 'unrecognized_keys', keys: [key], message: `Unrecognized key: "${key}"` }, path, record);
    }
    return out as Out<S>;
  };

const array =
  <T>(item: Check<T>, max?: number): Check<T[]> =>
  (input, path) => {
    typeOf(input, 'array', Array.isArray(input), path);
    const items = (input as unknown[]).map((value, i) => item(value, [...path, i]));
    if (max !== undefined && items.length > max)
      fail(
        {
          code: 'too_big',
          origin: 'array',
          maximum: max,
          inclusive: true,
          message: `Too big: expected array to have <=${max} items`,
        },
        path,
        input,
      );
    return items;
  };

const pair =
  <T>(item: Check<T>): Check<[T, T]> =>
  (input, path) => {
    typeOf(input, 'tuple', Array.isArray(input), path);
    const items = input as unknown[];
    if (items.length < 2)
      fail(
        {
          code: 'too_small',
          origin: 'array',
          minimum: 2,
          inclusive: true,
          message: 'Too small: expected array to have >=2 items',
        },
        path,
        input,
      );
    if (items.length > 2)
      fail(
        {
          code: 'too_big',
          origin: 'array',
          maximum: 2,
          inclusive: true,
          message: 'Too big: expected array to have <=2 items',
        },
        path,
        input,
      );
    return [item(items[0], [...path, 0]), item(items[1], [...path, 1])];
  };

/** A discriminated union: the option whose `key` value the input has, else invalid_union at that key. */
function union<K extends string, O extends Record<string, Check<unknown>>>(
  key: K,
  options: O,
): Check<ReturnType<O[keyof O]>> {
  return (input, path) => {
    typeOf(input, 'object', isObject(input), path);
    const tag = (input as Record<string, unknown>)[key];
    if (typeof tag !== 'string' || !Object.hasOwn(options, tag))
      fail(
        { code: 'invalid_union', errors: [], note: 'No matching discriminator', message: 'Invalid input' },
        [...path, key],
        input,
      );
    return options[tag]!(input, path) as ReturnType<O[keyof O]>;
  };
}

// ——— the format, rule by rule as in schema.ts ———

const nullableDate = nullable(isoDate);
const iin12 = str({ regex: { pattern: /^[0-9]{12}$/, message: '12 digits' } });
const rka16 = str({ regex: { pattern: /^[0-9]{16}$/, message: '16 digits' } });
const period = { from: isoDate, to: nullableDate };

const person = object({
  iin: iin12,
  name: str({ trim: true, min: 1, max: 300 }),
  birthDate: isoDate,
  sex: oneOf(['M', 'F']),
  deathDate: withDefault(nullableDate, null),
  incapable: withDefault(bool, false),
});

const birthAct = object({
  type: oneOf(['birth']),
  child: iin12,
  mother: nullable(iin12),
  father: nullable(iin12),
  registered: withDefault(nullableDate, null),
});
const marriageAct = object({
  type: oneOf(['marriage']),
  spouses: pair(iin12),
  date: isoDate,
  dissolved: withDefault(nullableDate, null),
});
const deathAct = object({ type: oneOf(['death']), person: iin12, date: isoDate });
const nameChangeAct = object({
  type: oneOf(['name-change']),
  person: iin12,
  previousName: str({ min: 1, max: 300 }),
  newName: str({ min: 1, max: 300 }),
  date: isoDate,
});
const civilAct = union('type', {
  birth: birthAct,
  marriage: marriageAct,
  death: deathAct,
  'name-change': nameChangeAct,
});

const share = str({
  regex: { pattern: /^[1-9][0-9]*\/[1-9][0-9]*$/, message: 'a fraction such as 1/2' },
  refine: {
    test: (s) => {
      const [n, d] = s.split('/').map(Number);
      return n! <= d!;
    },
    message: 'a share cannot exceed 1/1',
  },
});

const dwelling = object({
  rka: rka16,
  city: str({ trim: true, min: 1, max: 100 }),
  address: str({ trim: true, min: 1, max: 500 }),
  area: num(100_000),
  owners: array(object({ iin: iin12, share })),
  stateRental: withDefault(bool, false),
});

const registration = object({ iin: iin12, rka: rka16, kind: oneOf(['permanent', 'temporary']), ...period });

const enrolment = object({
  iin: iin12,
  institution: str({ trim: true, min: 1, max: 300 }),
  city: str({ trim: true, min: 1, max: 100 }),
  form: oneOf(['full-time', 'part-time', 'distance']),
  source: withDefault(oneOf(['nobd', 'epvo']), 'epvo'),
  ...period,
});

const guardianship = object({ ward: iin12, guardian: iin12, ...period });

const phone = object({
  iin: iin12,
  phone: str({ regex: { pattern: /^\+7[0-9]{10}$/, message: 'a phone number such as +77011234567' } }),
  boundAt: isoDate,
});

const side = oneOf(['father', 'mother']);
const plainRelation = object({
  kind: oneOf(['child', 'parent', 'spouse', 'sibling-full', 'in-law', 'student', 'none']),
});
const sideRelation = object({ kind: oneOf(['grandparent', 'grandchild']), side });
const relation = union('kind', {
  child: plainRelation,
  parent: plainRelation,
  spouse: plainRelation,
  'sibling-full': plainRelation,
  'in-law': plainRelation,
  student: plainRelation,
  none: plainRelation,
  'sibling-half': object({ kind: oneOf(['sibling-half']), parent: oneOf(['mother', 'father']) }),
  grandparent: sideRelation,
  grandchild: sideRelation,
});

const typedId = str({ max: 64 });

const application = object({
  service: oneOf(['permanent', 'temporary']),
  channel: oneOf(['reception', 'hall', 'online']),
  applicant: typedId,
  rka: typedId,
  owner: optional(typedId),
  representative: optional(typedId),
  relation: optional(relation),
  members: optional(array(typedId, 20)),
  arrival: optional(isoDate),
  period: optional(object({ from: isoDate, to: isoDate })),
});

const config = object({
  astanaAreaPerPerson: optional(num(1000)),
  areaRounding: optional(oneOf(['floor', 'round', 'ceil'])),
  countTemporaryRegistrations: optional(bool),
  ownerConsent: optional(oneOf(['all', 'any'])),
});

const scenario = object({
  date: isoDate,
  ruleset: optional(str({ min: 1, max: 100 })),
  config: optional(config),
  persons: array(person),
  civilActs: withDefault(array(civilAct), []),
  dwellings: withDefault(array(dwelling), []),
  registrations: withDefault(array(registration), []),
  education: withDefault(array(enrolment), []),
  guardianships: withDefault(array(guardianship), []),
  phones: withDefault(array(phone), []),
  application,
});

export type ScenarioCheck = { success: true; data: ScenarioParsed } | { success: false; issue: z.core.$ZodIssue };

/** The scenario as schema.ts would parse it, or the first issue zod would report. */
export function checkScenario(input: unknown): ScenarioCheck {
  try {
    const data: ScenarioParsed = scenario(input, []);
    return { success: true, data };
  } catch (error) {
    if (error instanceof Issue) return { success: false, issue: error.issue };
    throw error;
  }
}
