// Every registry query, on every implementation: in memory, PGlite and the PostgreSQL server.
// Expected answers are computed by brute force over the generated dataset.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { addDays, type IsoDate, withinPeriod } from '../../src/domain/dates.ts';
import type { BirthAct, MarriageAct, RegistryDataset } from '../../src/domain/registry-facts.ts';
import { addressMatches, addressSearchKey, parseAddressQuery } from '../../src/domain/address-search.ts';
import { addressParts, compareAddresses, streetText } from '../../src/domain/address-parts.ts';
import { compareMarriages } from '../../src/domain/registry-facts.ts';
import { AS_OF } from '../../src/population/generator.ts';
import { createMemoryRegistries } from '../../src/registries/memory/index.ts';
import type { Registries } from '../../src/registries/ports.ts';
import { createSqlRegistries } from '../../src/registries/sql/index.ts';
import { ENGINES, openLoadedDatabase, openTestDatabase, type TestDatabase } from '../support/engines.ts';
import { population } from '../support/population.ts';

const data: RegistryDataset = population(3000, 31n, 1000);
const births = data.civilActs.filter((a): a is BirthAct => a.type === 'birth');
const marriages = data.civilActs.filter((a): a is MarriageAct => a.type === 'marriage');
const byChild = <T extends { child: string }>(a: T, b: T) => (a.child < b.child ? -1 : 1);
const byFrom = <T extends { from: string }>(a: T, b: T) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
const sample = <T>(items: readonly T[], n: number) =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / n)) === 0);
const DATES = [AS_OF, '2010-06-15' as IsoDate, '2026-03-01' as IsoDate];

function registryContract(
  name: string,
  setup: () => Promise<{ registries: Registries; dispose?: () => Promise<void> }>,
) {
  describe(`registry ports [${name}]`, () => {
    let registries: Registries;
    let dispose: (() => Promise<void>) | undefined;
    before(async () => {
      ({ registries, dispose } = await setup());
    });
    after(async () => dispose?.());

    describe('ГБД ФЛ and Е-Собес: persons', () => {
      it('finds each person with death date and incapacity, and nobody else', async () => {
        for (const p of sample(data.persons, 150)) assert.deepEqual(await registries.persons.person(p.iin), p);
        assert.equal(await registries.persons.person('900701300108'), null);
        const some = sample(data.persons, 40);
        assert.deepEqual(
          await registries.persons.persons([...some.map((p) => p.iin), '900701300108', some[0]!.iin]),
          [...some].sort((a, b) => (a.iin < b.iin ? -1 : 1)),
        );
        assert.deepEqual(await registries.persons.persons([]), []);
      });
    });

    describe('ЗАГС: civil acts', () => {
      it('gives a child’s birth act with mother and father (or none)', async () => {
        const withAct = new Map(births.map((b) => [b.child, b]));
        for (const p of sample(data.persons, 150))
          assert.deepEqual(await registries.civil.birthActOf(p.iin), withAct.get(p.iin) ?? null);
      });

      it('gives the children of a mother and of a father', async () => {
        const parents = [
          ...new Set(births.flatMap((b) => [b.mother, b.father]).filter((x): x is string => x !== null)),
        ];
        for (const parent of sample(parents, 120)) {
          const expected = births.filter((b) => b.mother === parent || b.father === parent).sort(byChild);
          assert.deepEqual(await registries.civil.birthActsAsParent(parent), expected);
        }
      });

      it('gives all marriages of a person, dissolved ones included, oldest first', async () => {
        const spouses = [...new Set(marriages.flatMap((m) => m.spouses))];
        const divorced = marriages.filter((m) => m.dissolved !== null).flatMap((m) => m.spouses);
        for (const iin of [...sample(spouses, 100), ...divorced.slice(0, 20)]) {
          const expected = marriages.filter((m) => m.spouses.includes(iin)).sort(compareMarriages);
          assert.deepEqual(await registries.civil.marriagesOf(iin), expected);
        }
      });

      it('answers the batch lookups as the single ones, each act once', async () => {
        const people = sample(data.persons, 60).map((p) => p.iin);
        const withDuplicates = [...people, ...people.slice(0, 5)];
        const byChildAsc = <T extends { child: string }>(list: T[]) => [...list].sort(byChild);
        const single = async <T>(f: (iin: string) => Promise<T[] | T | null>) =>
          (await Promise.all(people.map(f))).flat().filter((x): x is T => x !== null);
        assert.deepEqual(
          await registries.civil.birthActsOfChildren(withDuplicates),
          byChildAsc(await single((i) => registries.civil.birthActOf(i))),
        );
        const asParent = [
          ...new Map((await single((i) => registries.civil.birthActsAsParent(i))).map((b) => [b.child, b])).values(),
        ];
        assert.deepEqual(await registries.civil.birthActsOfParents(withDuplicates), byChildAsc(asParent));
        const married = [...new Set(marriages.filter((m) => m.spouses.some((x) => people.includes(x))))];
        assert.deepEqual(await registries.civil.marriagesOfAny(withDuplicates), married.sort(compareMarriages));
        const deaths = data.civilActs.filter((a) => a.type === 'death' && people.includes(a.person));
        assert.deepEqual(
          await registries.civil.deathActsOf(withDuplicates),
          deaths.sort((a, b) => ((a as { person: string }).person < (b as { person: string }).person ? -1 : 1)),
        );
        // Issue 20: the one-statement step answers what the three batch forms answer together.
        const family = await registries.civil.familyActsOfAny(withDuplicates);
        const births = new Map(
          [...(await registries.civil.birthActsOfChildren(people)), ...asParent].map((b) => [b.child, b]),
        );
        assert.deepEqual(family.births, byChildAsc([...births.values()]));
        assert.deepEqual(family.marriages, married.sort(compareMarriages));
        assert.ok(family.births.length > 0 && family.marriages.length > 0, 'the sample names acts of both kinds');
        assert.deepEqual(await registries.civil.familyActsOfAny([]), { births: [], marriages: [] });
        for (const empty of [
          registries.civil.birthActsOfChildren([]),
          registries.civil.birthActsOfParents([]),
          registries.civil.marriagesOfAny([]),
          registries.civil.deathActsOf([]),
        ]) {
          assert.deepEqual(await empty, []);
        }
      });

      it('gives death acts and name changes', async () => {
        for (const p of sample(data.persons, 150)) {
          const death = data.civilActs.find((a) => a.type === 'death' && a.person === p.iin) ?? null;
          assert.deepEqual(await registries.civil.deathActOf(p.iin), death);
          const names = data.civilActs.filter((a) => a.type === 'name-change' && a.person === p.iin);
          assert.deepEqual(await registries.civil.nameChangesOf(p.iin), names);
        }
        const changed = data.civilActs.find((a) => a.type === 'name-change')!;
        assert.equal((await registries.civil.nameChangesOf((changed as { person: string }).person)).length >= 1, true);
      });
    });

    describe('ЕГКН and the address register: dwellings', () => {
      it('gives a dwelling with area, state-rental flag and owners with shares', async () => {
        for (const d of sample(data.dwellings, 150)) {
          const got = await registries.realEstate.dwelling(d.rka);
          assert.deepEqual(got, { ...d, owners: [...d.owners].sort((a, b) => (a.iin < b.iin ? -1 : 1)) });
        }
        assert.equal(await registries.realEstate.dwelling('0000000000000000'), null);
      });

      it('gives the dwellings an owner holds', async () => {
        const owners = [...new Set(data.dwellings.flatMap((d) => d.owners.map((o) => o.iin)))];
        for (const iin of sample(owners, 100)) {
          const expected = data.dwellings
            .filter((d) => d.owners.some((o) => o.iin === iin))
            .map((d) => d.rka)
            .sort();
          assert.deepEqual(
            (await registries.realEstate.dwellingsOwnedBy(iin)).map((d) => d.rka),
            expected,
          );
        }
      });

      it('finds addresses as people type them: either alphabet, street-type words, numbers, typos', async () => {
        const target = data.dwellings.find(
          (d) => d.city === 'astana' && /^Астана қ\., Қабанбай батыр даңғылы, [0-9]+-үй, [0-9]+-пәтер$/.test(d.address),
        )!;
        assert.ok(target, 'the population has a flat on Қабанбай батыр даңғылы');
        const [, house, flat] = /([0-9]+)-үй, ([0-9]+)-пәтер/.exec(target.address)!;
        const queries = [
          `Кабанбай батыра ${house} кв ${flat}`,
          `Kabanbay batyr ${house}, flat ${flat}`,
          `КАБАНБАЙ БАТЫР ПРОСПЕКТ ${house}-${flat}`,
          `Кабанбаи батыр ${house} ${flat}`,
          `Астана, пр. Кабанбай батыра, д. ${house}, кв. ${flat}`,
          target.address,
        ];
        for (const text of queries) {
          const got = await registries.addresses.search({ text, limit: 50 });
          assert.ok(
            got.some((e) => e.rka === target.rka),
            `${text} finds ${target.address}`,
          );
        }
        // Every implementation answers as the rule computed by brute force over the dataset.
        const brute = (text: string, limit: number, city?: string) => {
          const q = parseAddressQuery(text);
          if (!q) return [];
          return data.dwellings
            .filter((d) => (city === undefined || d.city === city) && addressMatches(q, addressSearchKey(d.address)))
            .map((d) => ({ rka: d.rka, city: d.city, address: d.address }))
            .sort(compareAddresses)
            .slice(0, limit);
        };
        const probes: [string, number, string?][] = [
          ['Абай 1', 15],
          ['Абай', 15],
          ['абай даңғылы', 10, 'almaty'],
          ['Достык', 10],
          ['dostyk 5', 20],
          ['Сейфулин', 10],
          ['Туран 17', 10, 'astana'],
          ['Жибек жолы', 12],
          ['Zhibek zholy 3', 12],
          ['Бог', 10],
          ['Тole bi', 10],
          ['Kabnbay batir', 10],
          ['Бейбитшлик 4', 10],
          ['Сатпаев', 10],
          ['Gagarina 1', 10],
          ['Назарбаева пр', 10],
          ...queries.map((t): [string, number] => [t, 10]),
        ];
        for (const [text, limit, city] of probes) {
          const expected = brute(text, limit, city);
          assert.deepEqual(
            await registries.addresses.search({ text, limit, ...(city ? { city } : {}) }),
            expected,
            text,
          );
        }
        assert.ok(brute('Абай', 15).length > 0 && brute('Kabanbai', 5).length > 0);
        assert.deepEqual(await registries.addresses.search({ text: '100%_\\ nowhere', limit: 5 }), []);
        assert.deepEqual(await registries.addresses.search({ text: '12', limit: 5 }), [], 'numbers alone find nothing');
      });

      it('lists cities, their streets, a street’s houses and a house’s dwellings, in address order', async () => {
        const located = data.dwellings.map((d) => ({ d, parts: addressParts(d.address) }));
        const cities = [...new Set(data.dwellings.map((d) => d.city))].sort();
        assert.deepEqual(
          (await registries.addresses.cities()).map((c) => c.city),
          cities,
        );
        for (const city of cities.slice(0, 3)) {
          const here = located.filter((l) => l.d.city === city);
          const texts = [...new Set(here.map((l) => streetText(l.parts)))].sort((a, b) => (a < b ? -1 : 1));
          const streets = await registries.addresses.streets(city);
          assert.deepEqual(
            streets.map((s) => streetText({ place: s.place, street: s.name })),
            texts,
          );
          const street = streets[0]!;
          assert.deepEqual(await registries.addresses.street(street.id), street);
          const on = here.filter((l) => l.parts.place === street.place && l.parts.street === street.name);
          const houses = await registries.addresses.houses(street.id);
          assert.deepEqual(
            houses.map((h) => h.house),
            [...new Set(on.map((l) => l.parts.house))].sort((a, b) => (a ?? -1) - (b ?? -1)),
          );
          assert.equal(
            houses.reduce((n, h) => n + h.dwellings, 0),
            on.length,
          );
          const house = houses.at(-1)!.house;
          assert.deepEqual(
            await registries.addresses.dwellingsAt(street.id, house),
            on
              .filter((l) => l.parts.house === house)
              .map((l) => ({ rka: l.d.rka, city: l.d.city, address: l.d.address }))
              .sort(compareAddresses),
          );
        }
        assert.equal(await registries.addresses.street(1), null);
      });
    });

    describe('registration register', () => {
      it('gives the registrations of a dwelling active on a date (first and last day included)', async () => {
        const rkas = sample([...new Set(data.registrations.map((r) => r.rka))], 120);
        for (const rka of rkas) {
          for (const date of DATES) {
            const expected = data.registrations
              .filter((r) => r.rka === rka && withinPeriod(date, r.from, r.to))
              .sort(byFrom);
            const got = await registries.registrations.activeAt(rka, date);
            assert.deepEqual(
              [...got].sort(byFrom).map((r) => `${r.iin}${r.from}`),
              expected.map((r) => `${r.iin}${r.from}`),
            );
          }
        }
        const closed = data.registrations.find((r) => r.to !== null)!;
        assert.ok((await registries.registrations.activeAt(closed.rka, closed.to!)).some((r) => r.iin === closed.iin));
        assert.ok(
          !(await registries.registrations.activeAt(closed.rka, addDays(closed.to!, 1))).some(
            (r) => r.iin === closed.iin && r.to === closed.to,
          ),
        );
      });

      it('gives a person’s registrations, past ones included', async () => {
        const people = sample([...new Set(data.registrations.map((r) => r.iin))], 120);
        for (const iin of people) {
          const expected = data.registrations.filter((r) => r.iin === iin).sort(byFrom);
          assert.deepEqual([...(await registries.registrations.ofPerson(iin))].sort(byFrom), expected);
        }
      });
    });

    describe('НОБД / ЕПВО, guardianships, БМГ', () => {
      it('gives the enrolments active on a date', async () => {
        for (const iin of sample([...new Set(data.education.map((e) => e.iin))], 120)) {
          for (const date of DATES) {
            const expected = data.education
              .filter((e) => e.iin === iin && withinPeriod(date, e.from, e.to))
              .sort(byFrom);
            assert.deepEqual(await registries.education.enrolmentsOn(iin, date), expected);
          }
        }
      });

      it('gives guardians of a ward and wards of a guardian on a date', async () => {
        assert.ok(data.guardianships.length > 0);
        for (const g of data.guardianships) {
          for (const date of DATES) {
            const active = (x: { from: IsoDate; to: IsoDate | null }) => withinPeriod(date, x.from, x.to);
            assert.deepEqual(
              await registries.guardianships.guardiansOf(g.ward, date),
              data.guardianships.filter((x) => x.ward === g.ward && active(x)).sort(byFrom),
            );
            assert.deepEqual(
              await registries.guardianships.wardsOf(g.guardian, date),
              data.guardianships.filter((x) => x.guardian === g.guardian && active(x)).sort(byFrom),
            );
          }
        }
      });

      it('gives the enrolments and guardians of many persons at once, as one by one in IIN order', async () => {
        const students = sample([...new Set(data.education.map((e) => e.iin))], 60);
        const wards = [...new Set(data.guardianships.map((g) => g.ward))];
        const unknown = '900701300108';
        for (const date of DATES) {
          const oneByOne = async <T>(iins: string[], one: (iin: string) => Promise<T[]>) =>
            (await Promise.all([...iins].sort().map(one))).flat();
          assert.deepEqual(
            await registries.education.enrolmentsOfAnyOn([...students, students[0]!, unknown], date),
            await oneByOne(students, (iin) => registries.education.enrolmentsOn(iin, date)),
          );
          assert.deepEqual(
            await registries.guardianships.guardiansOfAny([...wards, wards[0]!, unknown], date),
            await oneByOne(wards, (ward) => registries.guardianships.guardiansOf(ward, date)),
          );
        }
        assert.deepEqual(await registries.education.enrolmentsOfAnyOn([], AS_OF), []);
        assert.deepEqual(await registries.guardianships.guardiansOfAny([], AS_OF), []);
      });

      it('gives the phone bound to an IIN', async () => {
        const phones = new Map(data.phones.map((p) => [p.iin, p]));
        for (const p of sample(data.persons, 150))
          assert.deepEqual(await registries.phones.phoneOf(p.iin), phones.get(p.iin) ?? null);
      });
    });
  });
}

registryContract('memory', async () => ({ registries: createMemoryRegistries(data) }));

for (const engine of ENGINES) {
  let test: TestDatabase;
  registryContract(engine, async () => {
    test = await openLoadedDatabase(engine, data);
    return { registries: createSqlRegistries(test.database.db), dispose: () => test.dispose() };
  });

  describe(`the rules' queries are index-backed [${engine}]`, () => {
    let db: TestDatabase;
    before(async () => {
      db = await openTestDatabase(engine);
      await migrateToLatest(db.database.db);
    });
    after(() => db.dispose());

    // With sequential scans disabled, a plan still shows "Seq Scan" only when no index can serve
    // the query, so this proves an index exists for each lookup the rules make.
    const queries: Record<string, string> = {
      'parents of a person': `select * from birth_acts where child = '900701300108'`,
      'children of a mother': `select * from birth_acts where mother = '900701300108'`,
      'children of a father': `select * from birth_acts where father = '900701300108'`,
      'spouses of a person': `select * from marriage_acts where spouse_a = '900701300108' union all select * from marriage_acts where spouse_b = '900701300108'`,
      'owners of a dwelling': `select * from dwelling_owners where rka = '0101000000000001'`,
      'dwellings of an owner': `select * from dwelling_owners where iin = '900701300108'`,
      'active registrations of a dwelling on a date': `select * from registrations where rka = '0101000000000001' and valid_from <= '2025-12-01' and (valid_to is null or valid_to >= '2025-12-01')`,
      'registrations of a person': `select * from registrations where iin = '900701300108'`,
      'enrolment on a date': `select * from enrolments where iin = '900701300108' and valid_from <= '2025-12-01' and (valid_to is null or valid_to >= '2025-12-01')`,
      'guardians of a ward': `select * from guardianships where ward = '900701300108'`,
      'guardians of many wards on a date': `select * from guardianships where ward in ('900701300108', '930303410331') and valid_from <= '2025-12-01' and (valid_to is null or valid_to >= '2025-12-01')`,
      'enrolments of many persons on a date': `select * from enrolments where iin in ('900701300108', '930303410331') and valid_from <= '2025-12-01' and (valid_to is null or valid_to >= '2025-12-01')`,
      'a dwelling with its owners': `select * from dwellings d left join dwelling_owners o on o.rka = d.rka where d.rka in ('0101000000000001')`,
      'phone of a person': `select * from phone_bindings where iin = '900701300108'`,
      'houses and flats of a street': `select * from dwellings where street_id = 1 and house = 12 order by house nulls first, flat nulls first, rka limit 20`,
      'a flat number on a street': `select * from dwellings where street_id = 1 and flat = 12`,
      'streets of a city': `select * from streets where city = 'astana' order by name`,
      // Issue 18: КҚПД's wanted-persons check (S1) and ЗАГС's restoration history (S7).
      'wanted-persons entries of a person on a date': `select * from wanted_persons where iin = '900701300108' and wanted_from <= '2025-12-01' and (wanted_to is null or wanted_to >= '2025-12-01')`,
      'restorations of acts about a person': `select * from civil_act_restorations where person = '900701300108' union select * from civil_act_restorations where other_person = '900701300108'`,
      // Issue 20: one step of kinship in one statement (SqlCivilRegistry.familyActsOfAny).
      'the acts of a kinship step, in one statement': `select child, mother, father from birth_acts where child = any('{900701300108,930303410331}')
        union select child, mother, father from birth_acts where mother = any('{900701300108,930303410331}')
        union select child, mother, father from birth_acts where father = any('{900701300108,930303410331}')
        union select spouse_a, spouse_b, null from marriage_acts where spouse_a = any('{900701300108,930303410331}')
        union select spouse_a, spouse_b, null from marriage_acts where spouse_b = any('{900701300108,930303410331}')`,
    };
    for (const [what, query] of Object.entries(queries)) {
      it(what, async () => {
        await db.database.bulk(async (tx) => {
          await tx.query('set local enable_seqscan = off');
          const plan = (await tx.query<{ 'QUERY PLAN': string }>(`explain ${query}`))
            .map((r) => r['QUERY PLAN'])
            .join('\n');
          assert.doesNotMatch(plan, /Seq Scan/, plan);
          assert.match(plan, /Index|Bitmap/, plan);
        });
      });
    }
  });
}
