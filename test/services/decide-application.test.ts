// The same engine, unchanged, over the SQL registries and over a dataset in memory: the same
// decisions, trace included.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Application } from '../../src/domain/decision/types.ts';
import { ALL_RELATIONS } from '../../src/domain/kinship.ts';
import { AS_OF } from '../../src/population/generator.ts';
import { Random } from '../../src/population/random.ts';
import { createMemoryRegistries } from '../../src/registries/memory/index.ts';
import { createSqlRegistries } from '../../src/registries/sql/index.ts';
import { decideApplication } from '../../src/services/decide-application.ts';
import { ENGINES, openLoadedDatabase, type TestDatabase } from '../support/engines.ts';
import { population } from '../support/population.ts';

const data = population(3000, 5150n, 1000);

/** Realistic applications: relatives and strangers of Astana owners, through every channel. */
export function generatedApplications(count: number, seed = 7): Application[] {
  const random = new Random(seed);
  const owned = data.dwellings.filter((d) => d.owners.length > 0);
  const astana = owned.filter((d) => d.city === 'astana');
  const claims = [...ALL_RELATIONS, { kind: 'student' as const }, { kind: 'none' as const }];
  const apps: Application[] = [];
  while (apps.length < count) {
    const dwelling = random.chance(0.8) ? random.pick(astana) : random.pick(owned);
    const owner = random.pick(dwelling.owners).iin;
    const applicant = random.pick(data.persons).iin;
    apps.push({
      service: random.chance(0.8) ? 'permanent' : 'temporary',
      channel: random.pick(['online', 'online', 'online', 'reception', 'hall'] as const),
      applicant,
      rka: dwelling.rka,
      owner,
      representative: random.pick(data.persons).iin,
      relation: random.pick(claims),
      period: { from: AS_OF, to: '2026-05-31' as never },
    });
  }
  return apps;
}

for (const engine of ENGINES) {
  describe(`decisions on the SQL registries equal decisions in memory [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openLoadedDatabase(engine, data);
    });
    after(() => test.dispose());

    it('for generated applications of every kind', async () => {
      const sql = createSqlRegistries(test.database.db);
      const memory = createMemoryRegistries(data);
      const outcomes = new Set<string>();
      for (const application of generatedApplications(150)) {
        const request = { date: AS_OF, application };
        const fromSql = await decideApplication(sql, request);
        assert.deepEqual(fromSql, await decideApplication(memory, request));
        outcomes.add(`${fromSql.outcome} ${fromSql.basis ?? fromSql.reasons[0]}`);
      }
      assert.ok(outcomes.size >= 6, [...outcomes].join(', '));
    });
  });
}
