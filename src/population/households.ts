// Where the chunk's living people live: households, their dwellings (ЕГКН) and owners, permanent
// registrations with history, students' temporary registrations, and Astana flats with extra
// temporary registrations so that the 15 m² norm (N1) is reached in a realistic share of them.
import { addDays, addMonths, addYears, ageOn, type IsoDate, isoDate } from '../domain/dates.ts';
import type { Dwelling, Enrolment, Guardianship, Owner, Registration } from '../domain/registry-facts.ts';
import { AS_OF, type ChunkState, type DraftPerson, dateBetween, isAliveOn } from './chunk-state.ts';
import { PLACE_TABLE } from './families.ts';
import { institutionsIn, PLACES, type Place, STREETS, UNIVERSITY_CITIES } from './geography.ts';
import { WeightedTable } from './random.ts';

/** The academic year that contains AS_OF. */
const ACADEMIC_YEAR_START = isoDate(2025, 9, 1);
const ACADEMIC_YEAR_END = isoDate(2026, 6, 30);
const STUDY_CITIES = new WeightedTable<string>(UNIVERSITY_CITIES.map(([c, w]) => [c, w]));
const PLACE_BY_CODE = new Map(PLACES.map((p) => [p.code, p]));

export interface Household {
  members: DraftPerson[];
  place: Place;
  since: IsoDate;
  rka: string;
  couple: [DraftPerson, DraftPerson] | null;
}

export interface Housing {
  dwellings: Dwelling[];
  registrations: Registration[];
  education: Enrolment[];
  guardianships: Guardianship[];
}

class DwellingFactory {
  readonly dwellings: Dwelling[] = [];
  private readonly state: ChunkState;

  constructor(state: ChunkState) {
    this.state = state;
  }

  /** РКА: region (2) + place index (2) + a 12-digit number unique across chunks. */
  private nextRka(place: Place): string {
    const seq = this.state.index * 100_000 + this.dwellings.length;
    return place.region + String(PLACES.indexOf(place)).padStart(2, '0') + String(seq).padStart(12, '0');
  }

  add(place: Place, address: string, area: number, owners: Owner[], stateRental = false): Dwelling {
    const dwelling: Dwelling = {
      rka: this.nextRka(place),
      city: place.code,
      address,
      area,
      owners,
      stateRental,
    };
    this.dwellings.push(dwelling);
    return dwelling;
  }

  address(place: Place, flat: boolean): string {
    const { random } = this.state;
    const street = random.pick(STREETS);
    const house = random.int(1, 180);
    return flat
      ? `${place.name}, ${street}, ${house}-үй, ${random.int(1, 240)}-пәтер`
      : `${place.name}, ${street}, ${house}-үй`;
  }
}

function currentMarriage(state: ChunkState, p: DraftPerson): number | null {
  const id = p.marriages.at(-1);
  if (id === undefined) return null;
  const m = state.marriages[id]!;
  const partner = state.persons[m.husband === p.idx ? m.wife : m.husband]!;
  return m.dissolved === null && isAliveOn(partner, AS_OF) ? id : null;
}

/** Decides who lives with whom; returns households keyed by a stable string. */
function formHouseholds(state: ChunkState): Household[] {
  const { random, persons } = state;
  const living = persons.filter((p) => isAliveOn(p, AS_OF));
  const keyOf = new Map<number, string>();
  const follows = new Map<number, number>();
  for (const p of living) {
    const age = ageOn(p.birth, AS_OF);
    const parent = [p.mother, p.father].map((i) => persons[i]).find((x) => x && isAliveOn(x, AS_OF));
    const marriage = currentMarriage(state, p);
    if (age < 18) {
      const grand = [p.mother, p.father]
        .flatMap((i) => (i >= 0 ? [persons[i]!.mother, persons[i]!.father] : []))
        .map((i) => persons[i])
        .find((x) => x && isAliveOn(x, AS_OF) && ageOn(x.birth, AS_OF) >= 18);
      const carer = parent ?? grand;
      if (carer) follows.set(p.idx, carer.idx);
      else keyOf.set(p.idx, `p${p.idx}`);
    } else if (marriage !== null) {
      keyOf.set(p.idx, `m${marriage}`);
    } else if (age < 27 && parent && random.chance(0.75)) {
      follows.set(p.idx, parent.idx);
    } else {
      const child =
        age >= 72
          ? p.children.map((i) => persons[i]!).find((c) => isAliveOn(c, AS_OF) && ageOn(c.birth, AS_OF) >= 30)
          : undefined;
      if (child && random.chance(0.5)) follows.set(p.idx, child.idx);
      else keyOf.set(p.idx, `p${p.idx}`);
    }
  }
  const resolve = (idx: number, depth: number): string => {
    const own = keyOf.get(idx);
    if (own) return own;
    const next = follows.get(idx);
    const key = next === undefined || depth > 8 ? `p${idx}` : resolve(next, depth + 1);
    keyOf.set(idx, key);
    return key;
  };
  const groups = new Map<string, DraftPerson[]>();
  for (const p of living) {
    const key = resolve(p.idx, 0);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const households: Household[] = [];
  for (const [key, members] of groups) {
    const head = members.reduce((a, b) => (a.birth < b.birth ? a : b));
    const marriage = key.startsWith('m') ? state.marriages[Number(key.slice(1))]! : null;
    const couple: [DraftPerson, DraftPerson] | null = marriage
      ? [persons[marriage.husband]!, persons[marriage.wife]!]
      : null;
    const place = random.chance(0.75) ? head.home : PLACE_TABLE.draw(random);
    const adult = addYears(head.birth, 18);
    const since = marriage
      ? marriage.date
      : dateBetween(random, adult > '2000-01-01' ? adult : isoDate(2000, 1, 1), AS_OF);
    households.push({ members, place, since, rka: '', couple });
  }
  return households;
}

function ownersFor(state: ChunkState, h: Household): Owner[] {
  const { random } = state;
  const minors = h.members.filter((m) => ageOn(m.birth, AS_OF) < 18);
  const adults = h.members.filter((m) => ageOn(m.birth, AS_OF) >= 18);
  // A minor who inherited the flat, or was given a share at privatisation (P1.1 cases).
  if (minors.length > 0 && random.chance(0.012)) return [{ iin: random.pick(minors).iin, share: '1/1' }];
  const holders: DraftPerson[] = [];
  if (h.couple && random.chance(0.45)) holders.push(...h.couple);
  else if (h.couple) holders.push(random.chance(0.6) ? h.couple[0] : h.couple[1]);
  else holders.push(adults[0] ?? h.members[0]!);
  if (minors.length > 0 && random.chance(0.04)) holders.push(random.pick(minors));
  const unique = [...new Set(holders)];
  return unique.map((p) => ({ iin: p.iin, share: `1/${unique.length}` }));
}

function area(state: ChunkState, size: number, urban: boolean): number {
  const { random } = state;
  const rooms = Math.max(1, Math.min(5, size + random.int(-1, 1)));
  const m2 = urban ? rooms * (14 + random.next() * 8) + 10 + random.next() * 10 : 60 + 15 * rooms + random.next() * 60;
  return Math.round(m2 * 10) / 10;
}

export function settle(state: ChunkState): Housing {
  const { random, persons } = state;
  const factory = new DwellingFactory(state);
  const registrations: Registration[] = [];
  const education: Enrolment[] = [];
  const guardianships: Guardianship[] = [];
  const households = formHouseholds(state);
  const householdOf = new Map<number, Household>();

  for (const h of households) {
    const stateRental = random.chance(0.025);
    const owners = stateRental ? [] : ownersFor(state, h);
    const d = factory.add(
      h.place,
      factory.address(h.place, h.place.urban),
      area(state, h.members.length, h.place.urban),
      owners,
      stateRental,
    );
    h.rka = d.rka;
    for (const m of h.members) householdOf.set(m.idx, h);
    // An owner with a second, empty flat (let out or kept): others register there.
    const head = h.members.reduce((a, b) => (a.birth < b.birth ? a : b));
    if (ageOn(head.birth, AS_OF) >= 40 && random.chance(0.06)) {
      factory.add(h.place, factory.address(h.place, true), area(state, random.int(1, 3), true), [
        { iin: head.iin, share: '1/1' },
      ]);
    }
  }

  for (const h of households) {
    for (const m of h.members) {
      if (ageOn(m.birth, AS_OF) >= 18 && random.chance(0.012)) continue; // not registered anywhere
      const from = m.birth > h.since ? m.birth : h.since;
      // History: registered with a parent until moving in here, deregistered automatically.
      const parentHome = [m.mother, m.father].map((i) => householdOf.get(i)).find((x) => x !== undefined);
      if (from > m.birth && parentHome && parentHome.rka !== h.rka) {
        registrations.push({
          iin: m.iin,
          rka: parentHome.rka,
          kind: 'permanent',
          from: m.birth,
          to: addDays(from, -1),
        });
      }
      registrations.push({ iin: m.iin, rka: h.rka, kind: 'permanent', from, to: null });
    }
  }
  // The deceased: their registration at the surviving spouse's home ended on the day of death.
  for (const p of persons) {
    if (p.death === null || p.death > AS_OF) continue;
    const m = p.marriages.at(-1);
    if (m === undefined) continue;
    const marriage = state.marriages[m]!;
    const home = householdOf.get(marriage.husband === p.idx ? marriage.wife : marriage.husband);
    if (home && marriage.date <= p.death) {
      registrations.push({ iin: p.iin, rka: home.rka, kind: 'permanent', from: marriage.date, to: p.death });
    }
  }

  const hasTemporary = new Set<string>();
  const dorms = new Map<string, Dwelling>();
  const dormIn = (place: Place) => {
    let dorm = dorms.get(place.code);
    if (!dorm) {
      dorm = factory.add(
        place,
        `${place.name}, ${random.pick(STREETS)}, ${random.int(1, 90)}-үй, студенттер үйі`,
        2000 + random.int(0, 4000),
        [],
        true,
      );
      dorms.set(place.code, dorm);
    }
    return dorm;
  };
  const homesIn = new Map<string, Dwelling[]>();
  for (const d of factory.dwellings) {
    const list = homesIn.get(d.city);
    if (list) list.push(d);
    else homesIn.set(d.city, [d]);
  }

  for (const p of persons) {
    if (!isAliveOn(p, AS_OF)) continue;
    const h = householdOf.get(p.idx)!;
    const age = ageOn(p.birth, AS_OF);
    const birthYear = Number(p.birth.slice(0, 4));
    if (age >= 7 && age <= 17) {
      education.push({
        iin: p.iin,
        institution: `${h.place.name} №${random.int(1, 90)} мектеп-гимназиясы`,
        city: h.place.code,
        form: 'full-time',
        source: 'nobd',
        from: isoDate(birthYear + 7, 9, 1),
        to: isoDate(birthYear + 18, 6, 30),
      });
    } else if ((age >= 17 && age <= 23 && random.chance(0.55)) || (age > 23 && age <= 45 && random.chance(0.02))) {
      const cityCode = random.chance(0.6) || !h.place.urban ? STUDY_CITIES.draw(random) : h.place.code;
      const place = PLACE_BY_CODE.get(cityCode)!;
      const youngStudent = age <= 23;
      const formDraw = random.next();
      const form = !youngStudent
        ? formDraw < 0.5
          ? 'part-time'
          : 'distance'
        : formDraw < 0.8
          ? 'full-time'
          : formDraw < 0.94
            ? 'part-time'
            : 'distance';
      const startYear = 2025 - random.int(0, 3);
      const from = isoDate(startYear, 9, 1);
      education.push({
        iin: p.iin,
        institution: random.pick(institutionsIn(cityCode, place.name)),
        city: cityCode,
        form,
        source: random.chance(0.75) ? 'epvo' : 'nobd',
        from,
        to: isoDate(startYear + 4, 6, 30),
      });
      if (form === 'full-time' && cityCode !== h.place.code) {
        const hosts = homesIn.get(cityCode);
        const host = hosts && random.chance(0.3) ? random.pick(hosts) : dormIn(place);
        registrations.push({
          iin: p.iin,
          rka: host.rka,
          kind: 'temporary',
          from: ACADEMIC_YEAR_START,
          to: ACADEMIC_YEAR_END,
        });
        hasTemporary.add(p.iin);
      }
    }
    // Е-Собес: a court found the adult legally incapable; a relative is the guardian.
    if (age >= 18 && random.chance(0.015)) {
      p.incapable = true;
      const marriage = currentMarriage(state, p);
      const candidates = [
        marriage === null
          ? -1
          : state.marriages[marriage]!.husband === p.idx
            ? state.marriages[marriage]!.wife
            : state.marriages[marriage]!.husband,
        p.mother,
        p.father,
        ...p.children,
        ...h.members.map((m) => m.idx),
      ]
        .map((i) => persons[i])
        .filter(
          (g): g is DraftPerson =>
            !!g && g.idx !== p.idx && isAliveOn(g, AS_OF) && ageOn(g.birth, AS_OF) >= 18 && !g.incapable,
        );
      if (candidates[0]) {
        const since = dateBetween(random, addYears(p.birth, 18), AS_OF);
        guardianships.push({ ward: p.iin, guardian: candidates[0].iin, from: since, to: null });
      }
    }
    // Minors whose parents have both died live with a guardian (a grandparent).
    if (age < 18) {
      const parents = [p.mother, p.father].filter((i) => i >= 0).map((i) => persons[i]!);
      const carer = h.members.find((m) => ageOn(m.birth, AS_OF) >= 18);
      if (parents.every((x) => !isAliveOn(x, AS_OF)) && carer) {
        const lastDeath = parents.map((x) => x.death!).reduce((a, b) => (a > b ? a : b), p.birth);
        guardianships.push({
          ward: p.iin,
          guardian: carer.iin,
          from: lastDeath,
          to: addDays(addYears(p.birth, 18), -1),
        });
      }
    }
  }

  // Astana: some flats carry temporary registrations of people from other regions (labour
  // migrants), which fills them up to and past the 15 m² norm.
  const migrants = persons.filter(
    (p) =>
      isAliveOn(p, AS_OF) &&
      ageOn(p.birth, AS_OF) >= 18 &&
      !hasTemporary.has(p.iin) &&
      householdOf.get(p.idx)?.place.code !== 'astana',
  );
  for (const d of homesIn.get('astana') ?? []) {
    if (d.stateRental || migrants.length === 0 || !random.chance(0.07)) continue;
    for (let k = random.int(1, 4); k > 0 && migrants.length > 0; k--) {
      // Drawn without replacement: one temporary registration per person at a time.
      const at = random.int(0, migrants.length - 1);
      const migrant = migrants[at]!;
      migrants[at] = migrants[migrants.length - 1]!;
      migrants.pop();
      const from = addDays(AS_OF, -random.int(10, 330));
      const to = addDays(addMonths(from, random.int(1, 12)), -1);
      registrations.push({ iin: migrant.iin, rka: d.rka, kind: 'temporary', from, to });
    }
  }
  return { dwellings: factory.dwellings, registrations, education, guardianships };
}
