// Issue 21: the norm simulator counts N1 as the decision engine does (domain/norm.ts), over
// groups of dwellings with the same area and number of registered persons.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bucketLabel, districtDistribution } from '../../../src/domain/analytics/distribution.ts';
import { districtOf } from '../../../src/domain/analytics/districts.ts';
import {
  curveValues,
  normCurve,
  parseM2PerPerson,
  simulateNorm,
} from '../../../src/domain/analytics/norm-simulation.ts';
import { checkNorm } from '../../../src/domain/norm.ts';
import { KZ_PILOT_2025 } from '../../../src/domain/rulesets.ts';
import { STREETS } from '../../../src/population/geography.ts';
import type { Registration } from '../../../src/domain/registry-facts.ts';
import type { IsoDate } from '../../../src/domain/dates.ts';

const registrations = (n: number): Registration[] =>
  Array.from({ length: n }, (_, i) => ({
    iin: String(i).padStart(12, '0'),
    rka: '0101000000000001',
    kind: 'permanent',
    from: '2020-01-01' as IsoDate,
    to: null,
  }));

const groups = fc.array(
  fc.record({
    area: fc.integer({ min: 100, max: 2500 }).map((a) => a / 10),
    registered: fc.integer({ min: 0, max: 12 }),
    dwellings: fc.integer({ min: 1, max: 400 }),
  }),
  { maxLength: 30 },
);

describe('N1 in the simulator: the same capacity and "reached" as the decision engine', () => {
  it('puts a dwelling below, at or above the norm as checkNorm decides', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 2500 }).map((a) => a / 10),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 50, max: 300 }).map((x) => x / 10),
        (area, registered, m2) => {
          const params = { ...KZ_PILOT_2025.params, astanaAreaPerPerson: m2 };
          const norm = checkNorm(area, registrations(registered), params);
          // 20 identical dwellings, so that no cell is suppressed.
          const outcome = simulateNorm([{ area, registered, dwellings: 20 }], m2, 'floor');
          const persons = registered * 20;
          if (persons === 0 || persons >= 10) {
            assert.equal(outcome.dwellings.atOrAboveNorm, norm.reached ? 20 : 0);
            assert.equal(outcome.dwellings.atNorm, norm.reached && registered === norm.capacity ? 20 : 0);
            assert.equal(outcome.nonRelatives.placesLeft, norm.reached ? 0 : (norm.capacity - registered) * 20);
          }
        },
      ),
    );
  });

  it('with 15 m²: 45 m² holds 3, so 2 registered leave 1 place; 3 reach it; 4 are above', () => {
    const outcome = simulateNorm(
      [
        { area: 45, registered: 2, dwellings: 10 },
        { area: 45, registered: 3, dwellings: 10 },
        { area: 45, registered: 4, dwellings: 10 },
      ],
      15,
      'floor',
    );
    assert.deepEqual(outcome.dwellings, { total: 30, belowNorm: 10, atNorm: 10, aboveNorm: 10, atOrAboveNorm: 20 });
    assert.deepEqual(outcome.persons, {
      registered: 90,
      inDwellingsBelowNorm: 20,
      inDwellingsAtNorm: 30,
      inDwellingsAboveNorm: 40,
      beyondCapacity: 10,
    });
    assert.deepEqual(outcome.nonRelatives, { placesLeft: 10, refusedInDwellings: 20, refusedShare: 0.6667 });
  });

  it('property: the dwellings add up, and a larger area per person never refuses fewer', () => {
    fc.assert(
      fc.property(groups, (gs) => {
        const curve = normCurve(gs, 'floor');
        const total = gs.reduce((s, g) => s + g.dwellings, 0);
        let previous = -1;
        for (const point of curve) {
          assert.equal(point.dwellings.total, total);
          const { belowNorm, atNorm, aboveNorm, atOrAboveNorm } = point.dwellings;
          if (belowNorm !== null && atNorm !== null && aboveNorm !== null) {
            assert.equal(belowNorm + atNorm + aboveNorm, total);
            assert.equal(atOrAboveNorm, atNorm + aboveNorm);
          }
          // Unsuppressed here: compare the raw counts through a fresh, unsuppressed copy.
          const raw = simulateNorm(
            gs.map((g) => ({ ...g, dwellings: g.dwellings * 10 })),
            point.m2PerPerson,
            'floor',
          ).dwellings.atOrAboveNorm!;
          assert.ok(raw >= previous, `at ${point.m2PerPerson} m²`);
          previous = raw;
        }
      }),
    );
  });

  it('draws the curve from 10 to 25 m²', () => {
    assert.deepEqual(curveValues(), [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    assert.equal(curveValues(0.5).length, 31);
  });

  it('reads m² per person with a point or a comma, one decimal, from 1 to 100', () => {
    assert.deepEqual(['15', '12.5', '12,5', ' 18 ', '0', '101', '12.55', 'abc', '', '1e2'].map(parseM2PerPerson), [
      15,
      12.5,
      12.5,
      18,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('the distribution of m² per registered person by district', () => {
  it('knows the district of every street the population generator uses in Astana', () => {
    for (const street of STREETS) assert.notEqual(districtOf('astana', `Астана қ., ${street}`), 'other', street);
    // A dormitory is registered as a building on a street.
    assert.equal(districtOf('astana', 'Астана қ., Абай даңғылы, 26-үй, студенттер үйі'), 'saryarka');
    assert.equal(districtOf('astana', 'Астана қ., Жаңа көше'), 'other');
    assert.equal(districtOf('almaty', STREETS[0]), 'whole-city');
  });

  it('sums streets into districts, keeps empty dwellings apart, and suppresses small cells', () => {
    const rows = districtDistribution('astana', [
      { street: 'Астана қ., Абай даңғылы', bucket: 1, dwellings: 10, persons: 30 },
      { street: 'Астана қ., Сарыарқа даңғылы', bucket: 1, dwellings: 5, persons: 15 },
      { street: 'Астана қ., Абай даңғылы', bucket: 3, dwellings: 2, persons: 4 },
      { street: 'Астана қ., Абай даңғылы', bucket: 4, dwellings: 4, persons: 12 },
      { street: 'Астана қ., Абай даңғылы', bucket: null, dwellings: 7, persons: 0 },
    ]);
    const saryarka = rows.find((r) => r.district === 'saryarka')!;
    assert.deepEqual(saryarka, {
      district: 'saryarka',
      dwellings: 21,
      persons: 61,
      buckets: [0, 45, 0, null, null, 0, 0],
      emptyDwellings: 7,
    });
    assert.equal(
      rows.find((r) => r.district === 'other'),
      undefined,
      'no "other" when every street is known',
    );
    assert.equal(bucketLabel(0), '<10');
    assert.equal(bucketLabel(1), '10–15');
    assert.equal(bucketLabel(6), '≥40');
  });
});
