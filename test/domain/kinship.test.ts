// Properties of kinship, the norm and the rules, over the generator's population.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { IsoDate } from '../../src/domain/dates.ts';
import { decide } from '../../src/domain/decision/decide.ts';
import type { Application } from '../../src/domain/decision/types.ts';
import { indexFacts } from '../../src/domain/fact-index.ts';
import { composeIin } from '../../src/domain/iin.ts';
import { ALL_RELATIONS, confirmRelation, type Relation, relationLabel, spousesOn } from '../../src/domain/kinship.ts';
import { checkNorm } from '../../src/domain/norm.ts';
import type { CivilAct, Person, Registration, RegistryDataset } from '../../src/domain/registry-facts.ts';
import { effectiveParams, KZ_PILOT_2025 } from '../../src/domain/rulesets.ts';
import { AS_OF } from '../../src/population/generator.ts';
import { loadFacts } from '../../src/registries/fact-loader.ts';
import { createMemoryRegistries } from '../../src/registries/memory/index.ts';
import { population } from '../support/population.ts';

const data = population(6000, 1917n, 2000);
const facts = indexFacts(data);
const date = AS_OF;

/** Pairs of people within a few steps of kinship: where relations are worth testing. */
function relatedPairs(d: RegistryDataset): [string, string][] {
  const f = indexFacts(d);
  const pairs: [string, string][] = [];
  for (const p of d.persons) {
    const near = new Set<string>();
    const act = f.birthActOf(p.iin);
    for (const parent of [act?.mother, act?.father]) {
      if (!parent) continue;
      near.add(parent);
      for (const b of f.birthActsAsParent(parent)) near.add(b.child);
      const up = f.birthActOf(parent);
      for (const g of [up?.mother, up?.father]) if (g) near.add(g);
    }
    for (const b of f.birthActsAsParent(p.iin)) {
      near.add(b.child);
      for (const gc of f.birthActsAsParent(b.child)) near.add(gc.child);
    }
    // Relatives of a spouse, up to three steps away: their parents, siblings and grandparents (I1).
    for (const s of spousesOn(f, p.iin, date)) {
      near.add(s);
      const sAct = f.birthActOf(s);
      for (const x of [sAct?.mother, sAct?.father]) {
        if (!x) continue;
        near.add(x);
        for (const b of f.birthActsAsParent(x)) near.add(b.child);
        const up = f.birthActOf(x);
        for (const g of [up?.mother, up?.father]) if (g) near.add(g);
      }
    }
    near.delete(p.iin);
    for (const q of near) pairs.push([p.iin, q]);
  }
  return pairs;
}

const pairs = relatedPairs(data);
const anyPair = fc.integer({ min: 0, max: pairs.length - 1 }).map((i) => pairs[i]!);
const holds = (a: string, b: string, r: Relation) => confirmRelation(facts, a, b, r, date).confirmed;
const side = fc.constantFrom('mother' as const, 'father' as const);

describe('kinship: dual relations agree (P5)', () => {
  it('has thousands of related pairs to test', () => assert.ok(pairs.length > 5000, String(pairs.length)));

  it('a is b’s child exactly when b is a’s parent', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => assert.equal(holds(a, b, { kind: 'child' }), holds(b, a, { kind: 'parent' }))),
      { numRuns: 2000 },
    );
  });
  it('a is b’s grandparent on a side exactly when b is a’s grandchild on that side', () => {
    fc.assert(
      fc.property(anyPair, side, ([a, b], s) =>
        assert.equal(holds(a, b, { kind: 'grandparent', side: s }), holds(b, a, { kind: 'grandchild', side: s })),
      ),
      { numRuns: 2000 },
    );
  });
  it('siblings, spouses and in-laws are symmetric', () => {
    fc.assert(
      fc.property(anyPair, side, ([a, b], s) => {
        for (const r of [
          { kind: 'sibling-full' },
          { kind: 'sibling-half', parent: s },
          { kind: 'spouse' },
          { kind: 'in-law' },
        ] as Relation[]) {
          assert.equal(holds(a, b, r), holds(b, a, r), relationLabel(r));
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('full siblings are half siblings through each parent; nobody is their own relative', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        if (holds(a, b, { kind: 'sibling-full' })) {
          assert.ok(
            holds(a, b, { kind: 'sibling-half', parent: 'mother' }) &&
              holds(a, b, { kind: 'sibling-half', parent: 'father' }),
          );
        }
        for (const r of ALL_RELATIONS) assert.equal(holds(a, a, r), false, relationLabel(r));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('kinship: a confirmed relation stays confirmed when unrelated people are added', () => {
  // New people with serials the generator never reaches, linked only among themselves.
  const stranger = fc.record({
    birthDate: fc.integer({ min: 1930, max: 2020 }).map((y) => `${y}-06-15`),
    sex: fc.constantFrom('M' as const, 'F' as const),
    serial: fc.integer({ min: 9000, max: 9999 }),
  });
  const strangers = fc.uniqueArray(stranger, {
    minLength: 2,
    maxLength: 12,
    selector: (s) => `${s.birthDate}${s.sex}${s.serial}`,
  });

  it('for every relation kind, on either side', () => {
    fc.assert(
      fc.property(anyPair, strangers, fc.integer({ min: 0, max: 1000 }), ([a, b], people, salt) => {
        const persons: Person[] = people.flatMap((s) => {
          const iin = composeIin(s.birthDate, s.sex, s.serial);
          return iin && !facts.person(iin)
            ? [
                {
                  iin,
                  name: 'Бөгде Адам',
                  birthDate: s.birthDate as IsoDate,
                  sex: s.sex,
                  deathDate: null,
                  incapable: false,
                },
              ]
            : [];
        });
        fc.pre(persons.length >= 2);
        const [x, y] = [persons[salt % persons.length]!, persons[(salt + 1) % persons.length]!];
        const acts: CivilAct[] =
          x.iin !== y.iin && x.sex !== y.sex
            ? [{ type: 'marriage', spouses: [x.iin, y.iin], date: '2000-01-01' as IsoDate, dissolved: null }]
            : [];
        const grown = indexFacts({
          ...data,
          persons: [...data.persons, ...persons],
          civilActs: [...data.civilActs, ...acts],
        });
        for (const r of ALL_RELATIONS) {
          assert.equal(confirmRelation(grown, a, b, r, date).confirmed, holds(a, b, r), relationLabel(r));
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('I6: a divorce dated after the application date does not break a spouse claim', () => {
  const married = data.civilActs.filter((a) => a.type === 'marriage' && a.date <= date && a.dissolved === null);
  it('for any later divorce date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: married.length - 1 }),
        fc.integer({ min: 1, max: 5000 }),
        (i, daysLater) => {
          const m = married[i]!;
          if (m.type !== 'marriage') return;
          const dissolved = new Date(Date.parse(date) + daysLater * 86_400_000).toISOString().slice(0, 10) as IsoDate;
          const changed = indexFacts({
            ...data,
            civilActs: data.civilActs.map((a) => (a === m ? { ...m, dissolved } : a)),
          });
          assert.ok(confirmRelation(changed, m.spouses[0], m.spouses[1], { kind: 'spouse' }, date).confirmed);
          assert.ok(!confirmRelation(changed, m.spouses[0], m.spouses[1], { kind: 'spouse' }, dissolved).confirmed);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('N1: the norm is monotone in the number of registered persons', () => {
  const registration = fc.record({
    iin: fc.integer({ min: 0, max: 40 }).map((n) => `iin${n}`),
    kind: fc.constantFrom('permanent' as const, 'temporary' as const),
  });
  it('once reached, more registrations keep it reached; a larger area never reaches it sooner', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.array(registration, { maxLength: 30 }),
        fc.array(registration, { maxLength: 10 }),
        fc.boolean(),
        fc.constantFrom('floor' as const, 'round' as const, 'ceil' as const),
        (area, base, more, countTemporary, areaRounding) => {
          const params = { astanaAreaPerPerson: 15, areaRounding, countTemporaryRegistrations: countTemporary };
          const toRegs = (list: typeof base) =>
            list.map((r) => ({ ...r, rka: 'x', from: '2020-01-01', to: null }) as Registration);
          const before = checkNorm(area, toRegs(base), params);
          const after = checkNorm(area, toRegs([...base, ...more]), params);
          assert.ok(after.registered >= before.registered);
          if (before.reached) assert.ok(after.reached);
          if (checkNorm(area + 15, toRegs(base), params).reached) assert.ok(before.reached);
        },
      ),
    );
  });
});

describe('the fact loader gives the rules everything they read', () => {
  const registries = createMemoryRegistries(data);
  it('reaches a spouse’s siblings and grandparents, three steps away, for in-law claims (I1)', async () => {
    let checked = 0;
    for (const [applicant, owner] of pairs) {
      if (!holds(applicant, owner, { kind: 'in-law' }) || holds(owner, applicant, { kind: 'parent' })) continue;
      const loaded = indexFacts(await loadFacts(registries, { date, rka: 'none', people: [applicant, owner] }));
      assert.ok(
        confirmRelation(loaded, applicant, owner, { kind: 'in-law' }, date).confirmed,
        `${applicant} → ${owner}`,
      );
      if (++checked >= 400) break;
    }
    assert.ok(checked > 100, String(checked));
  });

  const astana = data.dwellings.filter((d) => d.city === 'astana' && d.owners.length > 0);
  const claims = [...ALL_RELATIONS, { kind: 'student' }, { kind: 'none' }] as const;
  it('deciding on the loaded facts equals deciding on the whole population', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: pairs.length - 1 }),
        fc.integer({ min: 0, max: astana.length - 1 }),
        fc.integer({ min: 0, max: claims.length - 1 }),
        fc.constantFrom('online' as const, 'reception' as const, 'hall' as const),
        async (p, d, c, channel) => {
          const dwelling = astana[d]!;
          const [applicant, relative] = pairs[p]!;
          // Half of the cases: the relative owns the dwelling, so relations are really checked.
          const owned = data.dwellings.find((x) => x.city === 'astana' && x.owners.some((o) => o.iin === relative));
          const target = p % 2 === 0 && owned ? owned : dwelling;
          const application: Application = {
            service: 'permanent',
            channel,
            applicant,
            rka: target.rka,
            owner: target.owners[0]!.iin,
            representative: relative,
            relation: claims[c]!,
          };
          const input = {
            ruleset: KZ_PILOT_2025,
            params: effectiveParams(KZ_PILOT_2025),
            inForce: true,
            application,
            date,
          };
          const loaded = indexFacts(
            await loadFacts(registries, {
              date,
              rka: target.rka,
              people: [applicant, target.owners[0]!.iin, relative],
            }),
          );
          assert.deepEqual(decide({ ...input, facts: loaded }), decide({ ...input, facts }));
        },
      ),
      { numRuns: 120 },
    );
  });
});
