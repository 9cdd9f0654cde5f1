import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addYears, ageOn, type IsoDate, withinPeriod } from '../../src/domain/dates.ts';
import { isValidIin } from '../../src/domain/iin.ts';
import type { BirthAct, MarriageAct } from '../../src/domain/registry-facts.ts';
import { AS_OF, PopulationGenerator, phoneFor } from '../../src/population/generator.ts';
import { checkConsistency } from '../../src/registries/scenario/read.ts';
import { population } from '../support/population.ts';

const data = population(20_000, 77n, 5000);
const persons = new Map(data.persons.map((p) => [p.iin, p]));
const births = data.civilActs.filter((a): a is BirthAct => a.type === 'birth');
const marriages = data.civilActs.filter((a): a is MarriageAct => a.type === 'marriage');
const dwellings = new Map(data.dwellings.map((d) => [d.rka, d]));
const alive = data.persons.filter((p) => p.deathDate === null || p.deathDate > AS_OF);
const parentsOf = new Map(births.map((b) => [b.child, b]));

describe('population: size and determinism', () => {
  it('has exactly the persons asked for, in every chunk size', () => {
    assert.equal(data.persons.length, 20_000);
    assert.equal(PopulationGenerator.generateAll({ seed: 1n, persons: 1234, chunkSize: 500 }).persons.length, 1234);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = PopulationGenerator.generateAll({ seed: 5n, persons: 2000, chunkSize: 1000 });
    const b = PopulationGenerator.generateAll({ seed: 5n, persons: 2000, chunkSize: 1000 });
    const c = PopulationGenerator.generateAll({ seed: 6n, persons: 2000, chunkSize: 1000 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(
      a.persons.map((p) => p.iin),
      c.persons.map((p) => p.iin),
    );
  });

  it('gives the same chunk after skipping as after generating (what a resumed seed relies on)', () => {
    const straight = new PopulationGenerator({ seed: 9n, persons: 3000, chunkSize: 1000 });
    straight.next();
    straight.next();
    const resumed = new PopulationGenerator({ seed: 9n, persons: 3000, chunkSize: 1000 });
    resumed.skip(2);
    assert.deepEqual(resumed.next(), straight.next());
  });
});

describe('population: registry invariants', () => {
  it('passes the same consistency checks as a scenario file (references, periods, unique keys)', () => {
    assert.doesNotThrow(() => checkConsistency(data));
  });

  it('gives every person a valid (F1) and unique IIN', () => {
    assert.equal(persons.size, data.persons.length);
    for (const p of data.persons) assert.ok(isValidIin(p.iin), p.iin);
  });

  it('has birth acts whose parents exist, have the right sex and plausible ages, and were alive', () => {
    for (const b of births) {
      const child = persons.get(b.child)!;
      for (const role of ['mother', 'father'] as const) {
        const iin = b[role];
        if (iin === null) continue;
        const parent = persons.get(iin)!;
        assert.equal(parent.sex, role === 'mother' ? 'F' : 'M');
        const age = ageOn(parent.birthDate, child.birthDate);
        assert.ok(age >= 16 && age <= 70, `${role} aged ${age} at the birth`);
        const latest = role === 'mother' ? parent.deathDate : parent.deathDate && addDays(parent.deathDate, 280);
        assert.ok(latest === null || child.birthDate <= latest, `${role} died before the birth`);
      }
      assert.ok(b.registered === null || (b.registered >= child.birthDate && b.registered <= AS_OF));
    }
  });

  it('marries only adults, of opposite sex, alive on the wedding day, at most one marriage at a time', () => {
    const open = new Map<string, MarriageAct[]>();
    for (const m of marriages) {
      const [a, b] = m.spouses.map((s) => persons.get(s)!);
      assert.notEqual(a!.sex, b!.sex);
      for (const s of [a!, b!]) {
        assert.ok(ageOn(s.birthDate, m.date) >= 16, 'spouse under 16');
        assert.ok(s.deathDate === null || s.deathDate > m.date, 'married after death');
        open.set(s.iin, [...(open.get(s.iin) ?? []), m]);
      }
    }
    for (const [iin, list] of open) {
      const sorted = list.sort((x, y) => (x.date < y.date ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        assert.ok(prev.dissolved !== null && prev.dissolved <= sorted[i]!.date, `${iin} married twice at once`);
      }
    }
  });

  it('records a death act for every death and none for the living', () => {
    const deathActs = new Map(data.civilActs.flatMap((a) => (a.type === 'death' ? [[a.person, a.date] as const] : [])));
    for (const p of data.persons) assert.equal(deathActs.get(p.iin) ?? null, p.deathDate);
  });

  it('never has two permanent registrations of one person overlapping, nor registrations after death', () => {
    const byPerson = new Map<string, { from: IsoDate; to: IsoDate | null }[]>();
    for (const r of data.registrations) {
      assert.ok(dwellings.has(r.rka));
      const p = persons.get(r.iin)!;
      assert.ok(r.from >= p.birthDate, 'registered before birth');
      if (p.deathDate) assert.ok(r.to !== null && r.to <= p.deathDate, 'registration outlives the person');
      if (r.kind === 'permanent') byPerson.set(r.iin, [...(byPerson.get(r.iin) ?? []), r]);
    }
    for (const [iin, list] of byPerson) {
      const sorted = list.sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++)
        assert.ok(sorted[i - 1]!.to !== null && sorted[i - 1]!.to! < sorted[i]!.from, iin);
    }
  });

  it('keeps temporary registrations to at most twelve months', () => {
    for (const r of data.registrations) {
      if (r.kind === 'temporary') assert.ok(r.to !== null && r.to < addYears(r.from, 1), `${r.from}…${r.to}`);
    }
  });

  it('gives owners shares that add up to the whole dwelling', () => {
    for (const d of data.dwellings) {
      if (d.stateRental) continue;
      const total = d.owners.reduce((sum, o) => {
        const [n, den] = o.share.split('/').map(Number);
        return sum + n! / den!;
      }, 0);
      assert.ok(Math.abs(total - 1) < 1e-9, `${d.rka} shares ${total}`);
      for (const o of d.owners) assert.ok(persons.has(o.iin));
    }
  });

  it('binds unique, well-formed phones to living people aged 16 or more', () => {
    const phones = new Set(data.phones.map((p) => p.phone));
    assert.equal(phones.size, data.phones.length);
    for (const b of data.phones) {
      assert.match(b.phone, /^\+7(70[0-9]|747|77[0-9])[0-9]{7}$/);
      const p = persons.get(b.iin)!;
      assert.ok(p.deathDate === null && ageOn(p.birthDate, AS_OF) >= 16);
    }
    const many = new Set(Array.from({ length: 200_000 }, (_, i) => phoneFor(i * 97)));
    assert.equal(many.size, 200_000);
  });
});

describe('population: shaped like Kazakhstan (F3)', () => {
  const activeOn = (r: { from: IsoDate; to: IsoDate | null }) => withinPeriod(AS_OF, r.from, r.to);
  const permanentCity = new Map(
    data.registrations
      .filter((r) => r.kind === 'permanent' && activeOn(r))
      .map((r) => [r.iin, dwellings.get(r.rka)!.city]),
  );

  it('registers about 8 % of the living in Astana', () => {
    const share = [...permanentCity.values()].filter((c) => c === 'astana').length / permanentCity.size;
    assert.ok(share > 0.05 && share < 0.12, `Astana share ${share}`);
  });

  it('has half-siblings, and three- and four-generation families', () => {
    const childrenOf = (parent: string, role: 'mother' | 'father') => births.filter((b) => b[role] === parent);
    const halfSiblings = births.some((b) => {
      if (!b.mother || !b.father) return false;
      return childrenOf(b.mother, 'mother').some((s) => s.father !== null && s.father !== b.father);
    });
    assert.ok(halfSiblings, 'no half-siblings');
    const depth = (iin: string): number => {
      const act = parentsOf.get(iin);
      if (!act) return 1;
      return 1 + Math.max(act.mother ? depth(act.mother) : 0, act.father ? depth(act.father) : 0);
    };
    const depths = data.persons.map((p) => depth(p.iin));
    assert.ok(depths.some((x) => x === 3));
    assert.ok(depths.some((x) => x >= 4));
  });

  it('has marriages, divorces, remarriages, name changes and deaths', () => {
    assert.ok(marriages.some((m) => m.dissolved !== null));
    assert.ok(data.civilActs.some((a) => a.type === 'name-change'));
    assert.ok(
      births.some((b) => b.father === null),
      'a birth act without a father',
    );
    const deaths = data.persons.filter((p) => p.deathDate !== null).length / data.persons.length;
    assert.ok(deaths > 0.03 && deaths < 0.3, `deaths ${deaths}`);
  });

  it('has a few percent of legally incapable adults, each with a guardian', () => {
    const adults = alive.filter((p) => ageOn(p.birthDate, AS_OF) >= 18);
    const incapable = adults.filter((p) => p.incapable);
    const share = incapable.length / adults.length;
    assert.ok(share > 0.005 && share < 0.04, `incapable ${share}`);
    const wards = new Set(data.guardianships.map((g) => g.ward));
    assert.ok(incapable.filter((p) => wards.has(p.iin)).length / incapable.length > 0.9);
  });

  it('has minors who own dwellings', () => {
    const minorOwners = data.dwellings.filter((d) =>
      d.owners.some((o) => ageOn(persons.get(o.iin)!.birthDate, AS_OF) < 18),
    );
    assert.ok(minorOwners.length > 10, `minor-owned ${minorOwners.length}`);
  });

  it('has full-time and part-time students in Astana and elsewhere, away students registered temporarily', () => {
    const studies = data.education.filter((e) => e.source === 'epvo' && withinPeriod(AS_OF, e.from, e.to));
    for (const form of ['full-time', 'part-time'] as const) {
      assert.ok(
        studies.some((e) => e.form === form && e.city === 'astana'),
        `${form} in Astana`,
      );
      assert.ok(
        studies.some((e) => e.form === form && e.city !== 'astana'),
        `${form} elsewhere`,
      );
    }
    const temporary = new Set(
      data.registrations.filter((r) => r.kind === 'temporary' && activeOn(r)).map((r) => r.iin),
    );
    const away = studies.filter((e) => e.form === 'full-time' && permanentCity.get(e.iin) !== e.city);
    assert.ok(away.length > 0 && away.filter((e) => temporary.has(e.iin)).length / away.length > 0.5);
  });

  it('has Astana dwellings below, at and above the 15 m² norm (N1)', () => {
    const registered = new Map<string, number>();
    for (const r of data.registrations) if (activeOn(r)) registered.set(r.rka, (registered.get(r.rka) ?? 0) + 1);
    const astana = data.dwellings.filter((d) => d.city === 'astana' && !d.stateRental);
    const load = astana.map((d) => (registered.get(d.rka) ?? 0) - Math.floor(d.area / 15));
    assert.ok(
      load.some((x) => x < 0),
      'below the norm',
    );
    assert.ok(
      load.some((x) => x === 0),
      'exactly at the norm',
    );
    assert.ok(
      load.some((x) => x > 0),
      'above the norm',
    );
    const reached = load.filter((x) => x >= 0).length / load.length;
    assert.ok(reached > 0.1 && reached < 0.6, `norm reached in ${reached}`);
  });

  it('writes Kazakh and Russian names', () => {
    assert.ok(data.persons.some((p) => /[әғқңөұүһі]/i.test(p.name)));
    assert.ok(data.persons.some((p) => /(ович|овна|евич|евна)$/.test(p.name)));
  });
});
