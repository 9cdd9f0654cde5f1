// Issue 20, item 3: `tirkeu decide` reads scenario files with check.ts, without zod. It must accept
// what the zod schema (schema.ts, scenario.md) accepts with the same values, and reject what it
// rejects with the same coded error at the same JSON pointer. Compared on every shared example and
// on every field of a scenario that has every kind of fact, broken in many ways.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkScenario } from '../../src/registries/scenario/check.ts';
import { issueToError } from '../../src/registries/scenario/read.ts';
import { scenarioSchema } from '../../src/registries/scenario/schema.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'spec', 'examples');
const exampleFiles = ['', 'members-arrival'].flatMap((dir) =>
  readdirSync(join(EXAMPLES, dir))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => join(EXAMPLES, dir, f)),
);

type Json = unknown;
/** An object or array of a parsed file, indexed by key or position. */
type Container = Record<string | number, Json> & Json[];

/** What each reader makes of the input: the parsed value, or the coded error and its pointer. */
function viaZod(input: Json): unknown {
  const r = scenarioSchema.safeParse(input, { reportInput: true });
  if (r.success) return { ok: r.data };
  const e = issueToError(r.error.issues[0]!);
  return { error: { code: e.code, params: e.params, path: e.path } };
}
function viaCheck(input: Json): unknown {
  const r = checkScenario(input);
  if (r.success) return { ok: r.data };
  const e = issueToError(r.issue);
  return { error: { code: e.code, params: e.params, path: e.path } };
}

const A = '800101300011';
const B = '820202400022';
const RKA = '0201004000000000';
/** One of every kind of fact and every optional field (schema only: not a consistent family). */
const rich = {
  date: '2025-12-01',
  ruleset: '2025',
  config: { astanaAreaPerPerson: 15, areaRounding: 'floor', countTemporaryRegistrations: true, ownerConsent: 'any' },
  persons: [
    { iin: A, name: ' Асқар ', birthDate: '1980-01-01', sex: 'M', deathDate: null, incapable: false },
    { iin: B, name: 'Сара', birthDate: '1982-02-02', sex: 'F' },
  ],
  civilActs: [
    { type: 'birth', child: B, mother: null, father: A, registered: '1982-02-10' },
    { type: 'marriage', spouses: [A, B], date: '2005-05-05', dissolved: null },
    { type: 'death', person: A, date: '2020-01-01' },
    { type: 'name-change', person: B, previousName: 'Сара', newName: 'Сарa', date: '2010-01-01' },
  ],
  dwellings: [
    { rka: RKA, city: 'astana', address: 'D1', area: 45.5, owners: [{ iin: A, share: '1/2' }], stateRental: true },
  ],
  registrations: [{ iin: A, rka: RKA, kind: 'permanent', from: '2020-01-01', to: null }],
  education: [
    {
      iin: B,
      institution: 'ЕҰУ',
      city: 'astana',
      form: 'full-time',
      source: 'nobd',
      from: '2024-09-01',
      to: '2028-06-30',
    },
  ],
  guardianships: [{ ward: B, guardian: A, from: '2015-01-01', to: null }],
  phones: [{ iin: A, phone: '+77011234567', boundAt: '2024-01-01' }],
  application: {
    service: 'temporary',
    channel: 'hall',
    applicant: A,
    rka: RKA,
    owner: A,
    representative: B,
    relation: { kind: 'sibling-half', parent: 'mother' },
    members: [B],
    arrival: '2025-11-20',
    period: { from: '2025-12-01', to: '2026-12-01' },
  },
};

/** Values a broken file may hold anywhere: wrong types, edge lengths, bad dates, other tags. */
const VALUES: Json[] = [
  null,
  true,
  0,
  -1,
  0.5,
  1000,
  1000.5,
  100_000,
  100_000.5,
  '',
  '   ',
  'x',
  ' M ',
  ...[64, 100, 300, 500].flatMap((n) => ['x'.repeat(n), 'x'.repeat(n + 1), ` ${'x'.repeat(n)} `]),
  '2025-02-30',
  '2025-13-01',
  '2024-02-29',
  '12345678901',
  A,
  RKA,
  '1/2',
  '3/2',
  '0/1',
  '+7701123456',
  ...['birth', 'marriage', 'death', 'name-change', 'child', 'sibling-half', 'grandparent', 'none', 'mother'],
  [],
  [null],
  [A],
  [A, B, A],
  Array.from({ length: 21 }, () => A),
  {},
  { zzz: 1 },
  { kind: 'grandchild', side: 'father' },
  { kind: 'grandchild' },
];

/** Every path into a value, the root included. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

/** A copy of `root` with `change` applied to the value at `path` (its parent and key). */
function edit(root: Json, path: (string | number)[], change: (parent: Container, key: string | number) => void): Json {
  const copy = structuredClone(root);
  if (path.length === 0) return copy;
  let parent = copy as Container;
  for (const key of path.slice(0, -1)) parent = parent[key] as Container;
  change(parent, path.at(-1)!);
  return copy;
}

function same(input: Json, what: string): void {
  assert.deepStrictEqual(viaCheck(input), viaZod(input), what);
}

describe('scenario.md read without zod (issue 20 item 3): the same result as the zod schema', () => {
  it('every shared example: the same parsed scenario', () => {
    assert.ok(exampleFiles.length >= 9);
    for (const file of exampleFiles) {
      const input = JSON.parse(readFileSync(file, 'utf8')) as Json;
      assert.ok('ok' in (viaZod(input) as object), file);
      same(input, file);
    }
    same(rich, 'the scenario with every kind of fact');
    assert.ok('ok' in (viaZod(rich) as object));
  });

  it('not an object, or an empty one', () => {
    for (const input of [null, 1, 'x', [], {}, undefined]) same(input, JSON.stringify(input));
  });

  it('every field missing, replaced by a wrong value, or beside an unknown key: the same coded error and pointer', () => {
    let compared = 0;
    for (const path of paths(rich)) {
      const where = `/${path.join('/')}`;
      same(
        edit(rich, path, (p, k) => {
          if (Array.isArray(p)) p.splice(Number(k), 1);
          else delete p[k];
        }),
        `${where} removed`,
      );
      for (const value of VALUES) {
        same(
          edit(rich, path, (p, k) => {
            p[k] = structuredClone(value);
          }),
          `${where} = ${JSON.stringify(value)}`,
        );
        compared++;
      }
      // An unknown key is reported after the object's own fields: with a broken field beside it too.
      same(
        edit(rich, path, (p, k) => {
          const value = p[k];
          if (value !== null && typeof value === 'object' && !Array.isArray(value)) (value as Container)['zzz'] = 1;
        }),
        `${where} with an unknown key`,
      );
      same(
        edit(rich, path, (p, k) => {
          p[k] = null;
          if (!Array.isArray(p)) (p as Record<string, Json>)['zzz'] = 1;
        }),
        `${where} = null beside an unknown key`,
      );
    }
    assert.ok(compared > 3000, String(compared));
  });
});
