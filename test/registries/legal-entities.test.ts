// ГБД ЮЛ (issue 19 item 2): one contract over every implementation — in memory, PGlite and the
// PostgreSQL server — with the expected answers computed by brute force over the generated
// population, and malformed answers refused with a coded error on each.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { type Bin, composeBin } from '../../src/domain/bin.ts';
import type { Iin } from '../../src/domain/iin.ts';
import { compareLegalEntities, type LegalEntity, readLegalEntity } from '../../src/domain/legal-entity.ts';
import type { RegistryDataset } from '../../src/domain/registry-facts.ts';
import { isAppError } from '../../src/errors.ts';
import { consultedRegistries } from '../../src/registries/consulted.ts';
import { createMemoryRegistries } from '../../src/registries/memory/index.ts';
import type { Registries } from '../../src/registries/ports.ts';
import { resilientRegistries } from '../../src/registries/resilient.ts';
import { createSqlRegistries } from '../../src/registries/sql/index.ts';
import { ENGINES, openLoadedDatabase, openTestDatabase, type TestDatabase } from '../support/engines.ts';
import { population } from '../support/population.ts';

const generated = population(3000, 31n, 1000);
const entities = generated.legalEntities ?? [];
const sample = <T>(items: readonly T[], n: number) =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / n)) === 0);

// Two rows another state system might send that the rules must never see: a BIN whose check
// digit is wrong, and a head whose IIN is not one. Both fit the table's column checks.
const good = entities[0]!;
const BAD_BIN = `${good.bin.slice(0, 11)}${(Number(good.bin[11]) + 1) % 10}` as Bin;
const BAD_HEAD_BIN = composeBin({
  year: 2023,
  month: 3,
  entityType: 'resident',
  attribute: 'head-office',
  serial: 99_990,
})!;
const OUTSIDER = '900701300108' as Iin; // a valid IIN the generated population does not hold
const malformed: LegalEntity[] = [
  { ...good, bin: BAD_BIN, head: OUTSIDER },
  { ...good, bin: BAD_HEAD_BIN, head: '900701300107' as Iin },
];
const data: RegistryDataset = { ...generated, legalEntities: [...entities, ...malformed] };

function rejectsAsMalformed(promise: Promise<unknown>, field: string) {
  return assert.rejects(promise, (error) => {
    assert.ok(isAppError(error), String(error));
    assert.equal(error.code, 'registry-answer-invalid');
    assert.deepEqual(error.params, { registry: 'ГБД ЮЛ', field });
    return true;
  });
}

function legalEntityContract(
  name: string,
  setup: () => Promise<{ registries: Registries; dispose?: () => Promise<void> }>,
) {
  describe(`ГБД ЮЛ port [${name}]`, () => {
    let registries: Registries;
    let dispose: (() => Promise<void>) | undefined;
    before(async () => {
      ({ registries, dispose } = await setup());
    });
    after(async () => dispose?.());

    it('finds each entity by its BIN, with names, form, dates, status, head and address', async () => {
      for (const e of sample(entities, 60)) assert.deepEqual(await registries.legalEntities.entity(e.bin), e);
      const liquidated = entities.find((e) => e.status.kind === 'liquidated')!;
      assert.deepEqual(await registries.legalEntities.entity(liquidated.bin), liquidated);
    });

    it('answers null for a BIN it does not hold, or for a person’s IIN', async () => {
      assert.equal(await registries.legalEntities.entity('230340123459'), null);
      assert.equal(await registries.legalEntities.entity(good.head), null);
    });

    it('lists the entities a person heads, liquidated ones included, by BIN', async () => {
      for (const e of sample(entities, 30)) {
        const expected = entities.filter((x) => x.head === e.head).sort(compareLegalEntities);
        assert.deepEqual(await registries.legalEntities.headedBy(e.head), expected);
      }
      const nobody = generated.persons.find((p) => !entities.some((e) => e.head === p.iin))!;
      assert.deepEqual(await registries.legalEntities.headedBy(nobody.iin), []);
    });

    it('refuses an answer with a wrong BIN check digit as a coded error', async () => {
      await rejectsAsMalformed(registries.legalEntities.entity(BAD_BIN), 'bin');
    });

    it('refuses an answer whose head is not a valid IIN, also in a list', async () => {
      await rejectsAsMalformed(registries.legalEntities.entity(BAD_HEAD_BIN), 'head');
      await rejectsAsMalformed(registries.legalEntities.headedBy('900701300107'), 'head');
    });
  });
}

legalEntityContract('memory', async () => ({ registries: createMemoryRegistries(data) }));

for (const engine of ENGINES) {
  let test: TestDatabase;
  legalEntityContract(engine, async () => {
    test = await openLoadedDatabase(engine, data);
    return { registries: createSqlRegistries(test.database.db), dispose: () => test.dispose() };
  });

  describe(`ГБД ЮЛ lookups are index-backed [${engine}]`, () => {
    let db: TestDatabase;
    before(async () => {
      db = await openTestDatabase(engine);
      await migrateToLatest(db.database.db);
    });
    after(() => db.dispose());

    for (const [what, query] of Object.entries({
      'an entity by BIN': `select * from legal_entities where bin = '230340123459'`,
      'the entities a person heads': `select * from legal_entities where head_iin = '900701300108' order by bin`,
    })) {
      it(what, async () => {
        await db.database.bulk(async (tx) => {
          await tx.query('set local enable_seqscan = off');
          const plan = (await tx.query<{ 'QUERY PLAN': string }>(`explain ${query}`))
            .map((r) => r['QUERY PLAN'])
            .join('\n');
          assert.doesNotMatch(plan, /Seq Scan/, plan);
        });
      });
    }

    it('the table refuses what no registry may hold: a liquidation before registration, a short BIN', async () => {
      const row = {
        bin: '230340123459',
        name_kk: 'А',
        name_ru: 'А',
        legal_form: 'llp' as const,
        registered_on: '2023-03-01',
        liquidated_on: null,
        head_iin: '900701300108',
        address: 'Астана қ.',
        address_rka: null,
      };
      await assert.rejects(
        db.database.db
          .insertInto('legal_entities')
          .values({ ...row, liquidated_on: '2020-01-01' })
          .execute(),
      );
      await assert.rejects(
        db.database.db
          .insertInto('legal_entities')
          .values({ ...row, bin: '2303401234' })
          .execute(),
      );
      await assert.rejects(sql`insert into legal_entities (bin) values ('230340123459')`.execute(db.database.db));
    });
  });
}

describe('ГБД ЮЛ answers through the other wrappers', () => {
  it('a malformed answer is not retried as an outage: its code survives resilientRegistries', async () => {
    let calls = 0;
    const inner = createMemoryRegistries(data);
    const counting: Registries = {
      ...inner,
      legalEntities: { ...inner.legalEntities, entity: (bin) => (calls++, inner.legalEntities.entity(bin)) },
    };
    const registries = resilientRegistries(counting, { timeoutMs: 1000, retries: 2 });
    await rejectsAsMalformed(registries.legalEntities.entity(BAD_BIN), 'bin');
    assert.equal(calls, 1);
  });

  it('the access log notes the head an answer names (ГБД ЮЛ, gbd-ul)', async () => {
    const wrapped = consultedRegistries(createMemoryRegistries(data));
    await wrapped.registries.legalEntities.entity(good.bin);
    await wrapped.registries.legalEntities.headedBy(good.head);
    assert.deepEqual(wrapped.consulted(), [{ registry: 'gbd-ul', subject: good.head }]);
  });
});

describe('ГБД ЮЛ answer checks (readLegalEntity)', () => {
  const answer = (change: Record<string, unknown>) => ({ ...good, ...change });
  it('accepts a well-formed entity and says which field is wrong otherwise', () => {
    assert.deepEqual(readLegalEntity(good), { ok: true, entity: good });
    assert.deepEqual(readLegalEntity(answer({ legalForm: 'sole-trader' })), { ok: false, field: 'legalForm' });
    assert.deepEqual(readLegalEntity(answer({ registeredOn: '2023-02-30' })), { ok: false, field: 'registeredOn' });
    assert.deepEqual(readLegalEntity(answer({ name: { kk: ' ', ru: 'ТОО' } })), { ok: false, field: 'name.kk' });
    assert.deepEqual(readLegalEntity(answer({ address: { text: 'x', rka: '123' } })), {
      ok: false,
      field: 'address.rka',
    });
    assert.deepEqual(readLegalEntity(answer({ status: { kind: 'closed' } })), { ok: false, field: 'status.kind' });
    assert.deepEqual(readLegalEntity(answer({ extra: 1 })), { ok: false, field: '(answer)' });
    assert.deepEqual(readLegalEntity(null), { ok: false, field: '(answer)' });
  });

  it('refuses a liquidation dated before the registration', () => {
    assert.deepEqual(
      readLegalEntity(answer({ registeredOn: '2020-05-05', status: { kind: 'liquidated', on: '2020-05-04' } })),
      { ok: false, field: 'status.on' },
    );
  });
});
