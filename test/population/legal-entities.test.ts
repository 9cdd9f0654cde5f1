// Issue 19 item 3: the generated ГБД ЮЛ — heads from the adult population, one entity per 40
// capable adults, valid and unique BINs that carry the registration month, addresses from the
// address register where the head lives — deterministic from the seed, and seeded on both engines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { binParts, isValidBin } from '../../src/domain/bin.ts';
import { addYears } from '../../src/domain/dates.ts';
import { compareLegalEntities, isActiveOn, readLegalEntity } from '../../src/domain/legal-entity.ts';
import { demoText } from '../../src/cli/demo-text.ts';
import { findDemoPeople } from '../../src/population/demo-people.ts';
import { AS_OF, PopulationGenerator } from '../../src/population/generator.ts';
import { ADULTS_PER_ENTITY } from '../../src/population/legal-entities.ts';
import { seedDatabase } from '../../src/population/seed-database.ts';
import { createSqlRegistries } from '../../src/registries/sql/index.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

const OPTIONS = { seed: 7n, persons: 4000, chunkSize: 1000 };
const data = PopulationGenerator.generateAll(OPTIONS);
const entities = data.legalEntities ?? [];
const persons = new Map(data.persons.map((p) => [p.iin, p]));
const capableAdult = (iin: string) => {
  const p = persons.get(iin);
  return (
    p !== undefined &&
    !p.incapable &&
    (p.deathDate === null || p.deathDate > AS_OF) &&
    addYears(p.birthDate, 18) <= AS_OF
  );
};

describe('generated legal entities: heads from the adult population', () => {
  it('gives each chunk one entity per 40 capable adults (the remainder by chance)', () => {
    const generator = new PopulationGenerator(OPTIONS);
    for (let i = 0; i < generator.chunkCount; i++) {
      const chunk = generator.next();
      const adults = chunk.persons.filter((p) => capableAdult(p.iin)).length;
      const count = chunk.legalEntities?.length ?? 0;
      const whole = Math.floor(adults / ADULTS_PER_ENTITY);
      assert.ok(count === whole || count === whole + 1, `chunk ${i}: ${count} entities for ${adults} adults`);
      assert.ok(count > 0);
    }
  });

  it('takes each head from the population: alive, capable, adult when the entity was registered', () => {
    for (const e of entities) {
      assert.ok(capableAdult(e.head), e.head);
      assert.ok(addYears(persons.get(e.head)!.birthDate, 18) <= e.registeredOn, e.bin);
    }
    assert.equal(new Set(entities.map((e) => e.head)).size, entities.length);
  });

  it('gives valid, unique BINs whose year and month are those of the registration', () => {
    assert.equal(new Set(entities.map((e) => e.bin)).size, entities.length);
    for (const e of entities) {
      assert.ok(isValidBin(e.bin), e.bin);
      const parts = binParts(e.bin);
      assert.equal(parts.year, Number(e.registeredOn.slice(0, 4)));
      assert.equal(parts.month, Number(e.registeredOn.slice(5, 7)));
      assert.equal(parts.entityType, 'resident');
      assert.equal(parts.attribute, 'head-office');
    }
  });

  it('produces only answers ГБД ЮЛ would pass: well-formed, liquidated after registration', () => {
    for (const e of entities) assert.deepEqual(readLegalEntity(e), { ok: true, entity: e });
    const liquidated = entities.filter((e) => e.status.kind === 'liquidated');
    assert.ok(liquidated.length > 0 && liquidated.length < entities.length / 4, String(liquidated.length));
  });

  it('gives a legal address with the РКА of a dwelling of the address register where it has one', () => {
    const dwellings = new Map(data.dwellings.map((d) => [d.rka, d]));
    const withRka = entities.filter((e) => e.address.rka !== null);
    assert.ok(withRka.length > entities.length / 2 && withRka.length < entities.length);
    for (const e of withRka) assert.equal(dwellings.get(e.address.rka!)?.address, e.address.text);
    for (const e of entities.filter((x) => x.address.rka === null)) assert.match(e.address.text, /-кеңсе$/);
  });

  it('is deterministic from the seed, and another seed gives other entities', () => {
    assert.deepEqual(PopulationGenerator.generateAll(OPTIONS).legalEntities, entities);
    const other = PopulationGenerator.generateAll({ ...OPTIONS, seed: 8n }).legalEntities ?? [];
    assert.notDeepEqual(
      other.map((e) => e.head),
      entities.map((e) => e.head),
    );
  });
});

for (const engine of ENGINES) {
  describe(`generated legal entities seeded into ГБД ЮЛ [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
      await seedDatabase(test.database, OPTIONS);
    });
    after(() => test.dispose());

    it('answers every generated entity from the database as generated', async () => {
      const registries = createSqlRegistries(test.database.db);
      for (const e of entities) assert.deepEqual(await registries.legalEntities.entity(e.bin), e);
      const head = entities[0]!.head;
      assert.deepEqual(
        await registries.legalEntities.headedBy(head),
        entities.filter((e) => e.head === head).sort(compareLegalEntities),
      );
    });

    it('prints in the demo banner a head who can act for their company and one whose company is liquidated', async () => {
      const people = await findDemoPeople(test.database, AS_OF);
      const registries = createSqlRegistries(test.database.db);
      const head = people.find((p) => p.role === 'company-head');
      const former = people.find((p) => p.role === 'liquidated-company-head');
      assert.ok(head?.bin && former?.bin, JSON.stringify(people));
      const company = await registries.legalEntities.entity(head.bin);
      assert.equal(company?.head, head.iin);
      assert.ok(company && isActiveOn(company, AS_OF));
      const closed = await registries.legalEntities.entity(former.bin);
      assert.equal(closed?.head, former.iin);
      assert.ok(closed && !isActiveOn(closed, AS_OF));
      const text = demoText(people, 3000);
      assert.match(text, new RegExp(`${head.iin} {2}head of a company: acts for it.* — БИН ${head.bin}`));
      assert.match(text, new RegExp(`${former.iin} {2}head of a liquidated company.* — БИН ${former.bin}`));
    });
  });
}
