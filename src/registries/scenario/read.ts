// Reads a scenario file: JSON syntax, then the schema, then the facts' consistency (unique keys,
// references, plausible dates). The first problem found is reported with a JSON pointer; a
// scenario is either wholly read or rejected, never half-used.
import type { z } from 'zod';
import { addYears, type IsoDate } from '../../domain/dates.ts';
import type { RegistryDataset } from '../../domain/registry-facts.ts';
import { AppError } from '../../errors.ts';
import { checkScenario } from './check.ts';
import type { ScenarioParsed } from './schema.ts';

export interface Scenario {
  date: IsoDate;
  ruleset: string | undefined;
  config: NonNullable<ScenarioParsed['config']>;
  data: RegistryDataset;
  application: ScenarioParsed['application'];
}

/** Youngest age at which a person appears as a parent in a birth act we accept. */
export const MIN_PARENT_AGE = 12;

export function pointer(path: readonly PropertyKey[]): string {
  return path.map((p) => '/' + String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

function describeExpected(expected: string): string {
  return expected === 'nonoptional' ? 'a value' : expected;
}

/** The first zod issue of a strict input schema as a coded error with a JSON pointer. */
export function issueToError(issue: z.core.$ZodIssue): AppError {
  const path = pointer(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const field = issue.keys[0]!;
      return new AppError('unknown-field', { field }, { path: `${path}/${field}` });
    }
    case 'invalid_type':
      if (issue.input === undefined) return new AppError('missing-field', {}, { path });
      return new AppError('invalid-type', { expected: describeExpected(issue.expected) }, { path });
    case 'invalid_union':
      return new AppError('invalid-value', { detail: 'not one of the allowed forms' }, { path });
    case 'custom':
      if (issue.params?.['code'] === 'invalid-date') return new AppError('invalid-date', {}, { path });
      return new AppError('invalid-value', { detail: issue.message }, { path });
    default:
      return new AppError('invalid-value', { detail: issue.message }, { path });
  }
}

export function parseScenarioText(text: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid-json', { detail: (error as Error).message }, { path: '' });
  }
  return parseScenarioValue(json);
}

export function parseScenarioValue(json: unknown): Scenario {
  // Issue 20: schema.ts's rules checked without loading zod (check.ts), the same first issue.
  const result = checkScenario(json);
  if (!result.success) {
    // zod reports an unknown discriminator before anything else in that object; keep its order.
    throw issueToError(result.issue);
  }
  const parsed = result.data;
  const data = withDeathActs(parsed);
  checkConsistency(data);
  // F4: one applies after arriving; an arrival after the application date cannot be true.
  if (parsed.application.arrival !== undefined && parsed.application.arrival > parsed.date)
    throw new AppError('arrival-after-date', {}, { path: '/application/arrival' });
  return {
    date: parsed.date,
    ruleset: parsed.ruleset,
    config: parsed.config ?? {},
    data,
    application: parsed.application,
  };
}

/** ГБД ФЛ takes a death date from a ЗАГС death act: add the acts a scenario leaves implicit. */
function withDeathActs(data: RegistryDataset): RegistryDataset {
  const recorded = new Set(data.civilActs.flatMap((a) => (a.type === 'death' ? [a.person] : [])));
  const implied = data.persons.flatMap((p) =>
    p.deathDate !== null && !recorded.has(p.iin) ? [{ type: 'death' as const, person: p.iin, date: p.deathDate }] : [],
  );
  return implied.length === 0 ? data : { ...data, civilActs: [...data.civilActs, ...implied] };
}

function checkUnique<T>(items: readonly T[], key: (t: T) => string, collection: string, field: string, what: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) throw new AppError('duplicate-key', { what, key: k }, { path: `/${collection}/${i}/${field}` });
    seen.add(k);
  });
}

function checkPeriod(from: string, to: string | null, path: string) {
  if (to !== null && to < from) throw new AppError('implausible-period', {}, { path });
}

/** Unique keys, references into `persons` and `dwellings`, and dates that can be true. */
export function checkConsistency(data: RegistryDataset): void {
  checkUnique(data.persons, (p) => p.iin, 'persons', 'iin', 'IIN');
  checkUnique(data.dwellings, (d) => d.rka, 'dwellings', 'rka', 'RKA');
  checkUnique(data.phones, (p) => p.phone, 'phones', 'phone', 'phone');
  checkUnique(data.phones, (p) => p.iin, 'phones', 'iin', 'IIN');
  const births = data.civilActs.flatMap((a, i) => (a.type === 'birth' ? [{ a, i }] : []));
  checkUnique(births, ({ a }) => a.child, 'civilActs', 'child', 'birth act');

  const persons = new Map(data.persons.map((p) => [p.iin, p]));
  const dwellings = new Set(data.dwellings.map((d) => d.rka));
  const person = (iin: string | null, path: string) => {
    if (iin === null) return null;
    const p = persons.get(iin);
    if (!p) throw new AppError('dangling-reference', { ref: iin, collection: 'persons' }, { path });
    return p;
  };

  data.persons.forEach((p, i) => {
    if (p.deathDate !== null) checkPeriod(p.birthDate, p.deathDate, `/persons/${i}/deathDate`);
  });
  data.civilActs.forEach((a, i) => {
    const at = `/civilActs/${i}`;
    switch (a.type) {
      case 'birth': {
        const child = person(a.child, `${at}/child`)!;
        for (const role of ['mother', 'father'] as const) {
          const parent = person(a[role], `${at}/${role}`);
          if (parent && addYears(parent.birthDate, MIN_PARENT_AGE) > child.birthDate) {
            throw new AppError(
              'implausible-birth-act',
              { child: child.iin, parent: parent.iin, minAge: MIN_PARENT_AGE },
              { path: `${at}/${role}` },
            );
          }
        }
        break;
      }
      case 'marriage':
        person(a.spouses[0], `${at}/spouses/0`);
        person(a.spouses[1], `${at}/spouses/1`);
        if (a.spouses[0] === a.spouses[1]) {
          throw new AppError(
            'invalid-value',
            { detail: 'a person cannot marry themselves' },
            { path: `${at}/spouses/1` },
          );
        }
        checkPeriod(a.date, a.dissolved, `${at}/dissolved`);
        break;
      case 'death': {
        // ГБД ФЛ takes the death date from this act: the two must agree.
        const deceased = person(a.person, `${at}/person`)!;
        if (deceased.deathDate !== a.date) {
          throw new AppError(
            'invalid-value',
            { detail: "the death act and the person's deathDate differ" },
            { path: `${at}/date` },
          );
        }
        break;
      }
      case 'name-change':
        person(a.person, `${at}/person`);
        break;
    }
  });
  data.dwellings.forEach((d, i) => {
    d.owners.forEach((o, j) => {
      person(o.iin, `/dwellings/${i}/owners/${j}/iin`);
    });
    checkUnique(d.owners, (o) => o.iin, `dwellings/${i}/owners`, 'iin', 'owner');
  });
  data.registrations.forEach((r, i) => {
    person(r.iin, `/registrations/${i}/iin`);
    if (!dwellings.has(r.rka))
      throw new AppError(
        'dangling-reference',
        { ref: r.rka, collection: 'dwellings' },
        { path: `/registrations/${i}/rka` },
      );
    checkPeriod(r.from, r.to, `/registrations/${i}/to`);
  });
  data.education.forEach((e, i) => {
    person(e.iin, `/education/${i}/iin`);
    checkPeriod(e.from, e.to, `/education/${i}/to`);
  });
  data.guardianships.forEach((g, i) => {
    person(g.ward, `/guardianships/${i}/ward`);
    person(g.guardian, `/guardianships/${i}/guardian`);
    if (g.ward === g.guardian) {
      throw new AppError(
        'invalid-value',
        { detail: 'a person cannot be their own guardian' },
        { path: `/guardianships/${i}/guardian` },
      );
    }
    checkPeriod(g.from, g.to, `/guardianships/${i}/to`);
  });
  data.phones.forEach((p, i) => {
    person(p.iin, `/phones/${i}/iin`);
  });
}
