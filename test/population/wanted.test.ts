// The generated КҚПД wanted-persons database (population.md): a few persons per chunk, by a fixed
// rule, never anyone the demo prints.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addDays } from '../../src/domain/dates.ts';
import { findDemoPeople } from '../../src/population/demo-people.ts';
import { AS_OF, PopulationGenerator } from '../../src/population/generator.ts';
import { PERSONS_PER_WANTED } from '../../src/population/wanted.ts';
import { sqlWantedPersons } from '../../src/registries/sql/wanted-persons.ts';
import { ENGINES, openLoadedDatabase, type TestDatabase } from '../support/engines.ts';
import { population } from '../support/population.ts';

const data = population(3000, 20251111n, 1000);
const wanted = data.wanted ?? [];

describe('population: КҚПД wanted persons', () => {
  it('marks one person in a thousand per chunk', () => {
    assert.equal(wanted.length, 3000 / PERSONS_PER_WANTED);
    assert.equal(new Set(wanted.map((w) => w.iin)).size, wanted.length);
    const small = PopulationGenerator.generateAll({ persons: 1500, seed: 1n, chunkSize: 750 });
    assert.deepEqual(small.wanted, [], 'a chunk under a thousand persons has none');
  });

  it('gives the same persons for the same seed, others for another seed', () => {
    const again = PopulationGenerator.generateAll({ persons: 3000, seed: 20251111n, chunkSize: 1000 });
    assert.deepEqual(again.wanted, wanted);
    const other = PopulationGenerator.generateAll({ persons: 3000, seed: 7n, chunkSize: 1000 });
    assert.notDeepEqual(
      other.wanted?.map((w) => w.iin),
      wanted.map((w) => w.iin),
    );
  });

  it('marks only living adults with no phone, no dwelling and no child, searched for since before AS_OF', () => {
    const phones = new Set(data.phones.map((p) => p.iin));
    const owners = new Set(data.dwellings.flatMap((d) => d.owners.map((o) => o.iin)));
    const parents = new Set(
      data.civilActs.flatMap((a) => (a.type === 'birth' ? [a.mother, a.father] : [])).filter((x) => x !== null),
    );
    for (const w of wanted) {
      const person = data.persons.find((p) => p.iin === w.iin);
      assert.ok(person, w.iin);
      assert.equal(person.deathDate, null);
      assert.ok(person.birthDate <= addDays(AS_OF, -18 * 365), person.birthDate);
      assert.ok(!phones.has(w.iin) && !owners.has(w.iin) && !parents.has(w.iin), w.iin);
      assert.ok(w.from < AS_OF && w.to === null);
    }
  });
});

for (const engine of ENGINES) {
  describe(`population: the demo never prints a wanted person [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openLoadedDatabase(engine, data);
    });
    after(() => test.dispose());

    it('loads the wanted persons, and none of the demo people is among them', async () => {
      const registry = sqlWantedPersons(test.database.db);
      for (const w of wanted) assert.equal((await registry.check(w.iin, AS_OF)).outcome, 'wanted');
      const people = await findDemoPeople(test.database, AS_OF);
      assert.ok(people.length >= 6, JSON.stringify(people));
      for (const p of people) assert.equal((await registry.check(p.iin, AS_OF)).outcome, 'clear', p.role);
    });
  });
}
