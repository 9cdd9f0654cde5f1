import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AppError } from '../../src/errors.ts';
import { createMemoryRegistries } from '../../src/registries/memory/index.ts';
import { parseScenarioText, parseScenarioValue } from '../../src/registries/scenario/read.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'spec', 'examples');
const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
const base = () => JSON.parse(readFileSync(join(EXAMPLES, exampleFiles[0]!), 'utf8'));

function rejects(mutate: (s: ReturnType<typeof base>) => unknown, code: string, path: string) {
  const scenario = base();
  const replaced = mutate(scenario);
  try {
    parseScenarioValue(replaced === undefined ? scenario : replaced);
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    assert.equal(error.code, code);
    assert.equal(error.path, path);
    for (const text of Object.values(error.messages)) assert.ok(text.length > 0 && !text.includes('{'), text);
    return;
  }
  assert.fail(`expected ${code} at ${path}`);
}

describe('scenario files (scenario.md): the shared examples', () => {
  it('finds the examples folder', () => assert.ok(exampleFiles.length >= 9));
  for (const file of exampleFiles) {
    it(`reads ${file} and answers its facts through the in-memory registries`, async () => {
      const scenario = parseScenarioText(readFileSync(join(EXAMPLES, file), 'utf8'));
      const registries = createMemoryRegistries(scenario.data);
      const dwelling = await registries.realEstate.dwelling(scenario.application.rka);
      const raw = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));
      assert.deepEqual(
        dwelling?.area,
        raw.dwellings.find((d: { rka: string }) => d.rka === scenario.application.rka)?.area,
      );
      for (const p of raw.persons) assert.equal((await registries.persons.person(p.iin))?.name, p.name);
      // A deceased person's death act is implied by the death date (ГБД ФЛ takes it from ЗАГС).
      for (const p of raw.persons.filter((x: { deathDate: string | null }) => x.deathDate)) {
        assert.equal((await registries.civil.deathActOf(p.iin))?.date, p.deathDate);
      }
    });
  }
});

describe('scenario files: malformed input gets a coded error with a JSON pointer', () => {
  it('invalid JSON', () => {
    assert.throws(
      () => parseScenarioText('{"date": '),
      (e: AppError) => e.code === 'invalid-json' && e.path === '',
    );
  });
  it('unknown field, at any depth', () => {
    rejects((s) => void (s.extra = 1), 'unknown-field', '/extra');
    rejects((s) => void (s.persons[2].nickname = 'x'), 'unknown-field', '/persons/2/nickname');
    rejects(
      (s) => void (s.application.relation = { kind: 'child', side: 'father' }),
      'unknown-field',
      '/application/relation/side',
    );
  });
  it('missing field', () => {
    rejects((s) => void delete s.date, 'missing-field', '/date');
    rejects((s) => void delete s.application.applicant, 'missing-field', '/application/applicant');
  });
  it('wrong type', () => {
    rejects((s) => void (s.dwellings[0].area = '45'), 'invalid-type', '/dwellings/0/area');
    rejects(() => [], 'invalid-type', '');
  });
  it('impossible dates', () => {
    rejects((s) => void (s.date = '2025-02-30'), 'invalid-date', '/date');
    rejects((s) => void (s.persons[0].birthDate = '1990-13-01'), 'invalid-date', '/persons/0/birthDate');
  });
  it('invalid values', () => {
    rejects((s) => void (s.persons[0].iin = '12345'), 'invalid-value', '/persons/0/iin');
    rejects((s) => void (s.dwellings[0].owners[0].share = '3/2'), 'invalid-value', '/dwellings/0/owners/0/share');
    rejects((s) => void (s.application.relation = { kind: 'cousin' }), 'invalid-value', '/application/relation/kind');
    rejects((s) => void (s.dwellings[0].area = -1), 'invalid-value', '/dwellings/0/area');
  });
  it('duplicate keys', () => {
    rejects((s) => void s.persons.push({ ...s.persons[3] }), 'duplicate-key', `/persons/${s().persons.length}/iin`);
    rejects(
      (s) => void s.dwellings.push({ ...s.dwellings[1] }),
      'duplicate-key',
      `/dwellings/${s().dwellings.length}/rka`,
    );
  });
  it('dangling references to persons and dwellings', () => {
    rejects((s) => void (s.civilActs[0].mother = '900701300108'), 'dangling-reference', '/civilActs/0/mother');
    rejects((s) => void (s.registrations[0].rka = '9999999999999999'), 'dangling-reference', '/registrations/0/rka');
    rejects(
      (s) => void (s.guardianships[0].guardian = '900701300108'),
      'dangling-reference',
      '/guardianships/0/guardian',
    );
  });
  it('a birth act where the child is older than the parent', () => {
    rejects(
      (s) =>
        void (s.civilActs[0] = {
          type: 'birth',
          child: s.civilActs[0].father,
          mother: null,
          father: s.civilActs[0].child,
        }),
      'implausible-birth-act',
      '/civilActs/0/father',
    );
  });
  it('a death act that contradicts the person’s death date', () => {
    rejects(
      (s) => void s.civilActs.push({ type: 'death', person: s.persons[1].iin, date: '2020-01-01' }),
      'invalid-value',
      `/civilActs/${base().civilActs.length}/date`,
    );
  });
  it('a period that ends before it starts', () => {
    rejects((s) => void (s.registrations[0].to = '1900-01-01'), 'implausible-period', '/registrations/0/to');
    rejects((s) => void (s.persons[0].deathDate = '1900-01-01'), 'implausible-period', '/persons/0/deathDate');
  });
  it('application identifiers are what a citizen typed: not rejected as a malformed file', () => {
    const s = base();
    s.application.applicant = '90070130010';
    s.application.rka = 'no such place';
    assert.doesNotThrow(() => parseScenarioValue(s));
  });
});

// `s()` in a path expression reads the pristine example.
function s() {
  return base();
}
