// Issue 21 on both engines: the norm simulator's SQL over a generated population counts what the
// decision engine's own N1 check counts dwelling by dwelling, and publishes nothing about fewer
// than 10 persons.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isSmallCell } from '../../../src/domain/analytics/suppression.ts';
import type { IsoDate } from '../../../src/domain/dates.ts';
import { checkNorm } from '../../../src/domain/norm.ts';
import type { RegistryDataset } from '../../../src/domain/registry-facts.ts';
import { KZ_PILOT_2025 } from '../../../src/domain/rulesets.ts';
import { normReport } from '../../../src/services/analytics/norm-report.ts';
import { OpenNormJson, openNormJson } from '../../../src/services/analytics/open-data.ts';
import { ENGINES, openLoadedDatabase, type TestDatabase } from '../../support/engines.ts';
import { population } from '../../support/population.ts';

const DATE = '2025-12-01' as IsoDate;

/** N1 dwelling by dwelling, in TypeScript, with checkNorm: what the SQL must agree with. */
function expected(data: RegistryDataset, m2: number) {
  const active = data.registrations.filter((r) => r.from <= DATE && (r.to === null || r.to >= DATE));
  let reached = 0;
  let persons = 0;
  let total = 0;
  for (const d of data.dwellings.filter((x) => x.city === 'astana')) {
    const norm = checkNorm(
      d.area,
      active.filter((r) => r.rka === d.rka),
      { ...KZ_PILOT_2025.params, astanaAreaPerPerson: m2 },
    );
    total++;
    persons += norm.registered;
    if (norm.reached) reached++;
  }
  return { total, reached, persons };
}

function publishedCounts(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(publishedCounts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(publishedCounts);
  return [];
}

for (const engine of ENGINES) {
  describe(`issue 21: the norm simulator over a generated population (${engine})`, () => {
    const data = population(3000);
    let test: TestDatabase;
    before(async () => {
      test = await openLoadedDatabase(engine, data);
    });
    after(() => test.dispose());

    it('N1: counts dwellings at or above the norm as checkNorm does, for 15 m² and for 20 m²', async () => {
      for (const m2 of [15, 20]) {
        const report = await normReport(
          test.database,
          { city: 'astana', date: DATE, m2PerPerson: m2 },
          { fresh: true },
        );
        const want = expected(data, m2);
        assert.ok(want.total > 50, 'the population has Astana dwellings');
        assert.equal(report.dwellings.total, want.total);
        assert.equal(report.dwellings.atOrAboveNorm, want.reached);
        assert.equal(report.persons.registered, want.persons);
        assert.equal(report.m2PerPerson, m2);
        assert.equal(report.ruleset.m2PerPerson, 15);
        assert.deepEqual(report.atRulesetNorm.dwellings.atOrAboveNorm, expected(data, 15).reached);
      }
    });

    it('draws the curve from 10 to 25 m², and splits Astana into its districts', async () => {
      const report = await normReport(test.database, { city: 'astana', date: DATE, m2PerPerson: 12.5 });
      assert.deepEqual(
        report.curve.map((p) => p.m2PerPerson),
        [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25],
      );
      assert.ok(report.districts.length >= 6);
      assert.ok(report.districts.every((d) => d.district !== 'other'));
      // Every registered person is in one district's row.
      const persons = report.districts.map((d) => d.persons);
      assert.ok(persons.every((p) => p !== null));
      assert.equal(
        persons.reduce<number>((a, b) => a + (b ?? 0), 0),
        report.persons.registered,
      );
      assert.equal(report.normApplies, true);
    });

    it('privacy: no published count is about 1–9 persons', async () => {
      const report = await normReport(test.database, { city: 'astana', date: DATE, m2PerPerson: 15 });
      for (const row of report.districts) {
        for (const cell of [row.persons, ...row.buckets]) assert.ok(cell === null || !isSmallCell(cell));
      }
      const persons = [report.persons, report.atRulesetNorm.persons, ...report.curve.map((p) => p.persons)];
      for (const n of publishedCounts(persons)) assert.ok(!isSmallCell(n), `${n}`);
    });

    it('N3: elsewhere the norm does not apply, the figures say what it would do', async () => {
      const report = await normReport(test.database, { city: 'almaty', date: DATE, m2PerPerson: 15 });
      assert.equal(report.normApplies, false);
      assert.deepEqual(
        report.districts.map((d) => d.district),
        ['whole-city'],
      );
    });

    it('open data: the JSON follows its published schema', async () => {
      const report = await normReport(test.database, { city: 'astana', date: DATE, m2PerPerson: 15 });
      const json = openNormJson(report);
      assert.deepEqual(OpenNormJson.parse(JSON.parse(JSON.stringify(json))), json);
    });
  });
}
