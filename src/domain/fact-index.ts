// Registry facts indexed for synchronous lookup. The rules read facts only through this view,
// filled either from a whole dataset (a scenario file) or from what a loader fetched through
// the registry ports (SQL). Keeping it synchronous keeps the rules pure: no I/O, no awaiting.
import { type IsoDate, withinPeriod } from './dates.ts';
import {
  type BirthAct,
  compareMarriages,
  type DeathAct,
  type Dwelling,
  type Enrolment,
  type Guardianship,
  type MarriageAct,
  type NameChangeAct,
  type Person,
  type PhoneBinding,
  type Registration,
  type RegistryDataset,
} from './registry-facts.ts';

export interface FactView {
  person(iin: string): Person | null;
  birthActOf(child: string): BirthAct | null;
  /** Birth acts naming the person as mother or father, by child's IIN. */
  birthActsAsParent(parent: string): BirthAct[];
  /** All marriages of the person, dissolved ones included, oldest first. */
  marriagesOf(iin: string): MarriageAct[];
  /** The dwelling with its owners in IIN order. */
  dwelling(rka: string): Dwelling | null;
  registrationsActiveAt(rka: string, date: IsoDate): Registration[];
  registrationsOf(iin: string): Registration[];
  enrolmentsOn(iin: string, date: IsoDate): Enrolment[];
  guardiansOf(ward: string, date: IsoDate): Guardianship[];
}

export interface FactIndex extends FactView {
  deathActOf(iin: string): DeathAct | null;
  nameChangesOf(iin: string): NameChangeAct[];
  dwellingsOwnedBy(iin: string): Dwelling[];
  allDwellings(): Iterable<Dwelling>;
  wardsOf(guardian: string, date: IsoDate): Guardianship[];
  phoneOf(iin: string): PhoneBinding | null;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly (string | null)[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      if (key === null) continue;
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byFrom = <T extends { from: IsoDate }>(a: T, b: T) => compare(a.from, b.from);

export function indexFacts(data: RegistryDataset): FactIndex {
  const persons = new Map<string, Person>(data.persons.map((p) => [p.iin, p]));
  const births = data.civilActs.filter((a): a is BirthAct => a.type === 'birth');
  const birthByChild = new Map(births.map((b) => [b.child, b]));
  const birthsByParent = groupBy(births, (b) => [b.mother, b.father]);
  for (const list of birthsByParent.values()) list.sort((a, b) => compare(a.child, b.child));
  const marriagesBySpouse = groupBy(
    data.civilActs.filter((a): a is MarriageAct => a.type === 'marriage'),
    (m) => m.spouses,
  );
  for (const list of marriagesBySpouse.values()) list.sort(compareMarriages);
  const deathByPerson = new Map(
    data.civilActs.filter((a): a is DeathAct => a.type === 'death').map((d) => [d.person, d]),
  );
  const nameChanges = groupBy(
    data.civilActs.filter((a): a is NameChangeAct => a.type === 'name-change'),
    (n) => [n.person],
  );
  for (const list of nameChanges.values()) list.sort((a, b) => compare(a.date, b.date));
  // Owners in IIN order, as the SQL registry gives them (the ports' contract).
  const dwellings = new Map<string, Dwelling>(
    data.dwellings.map((d) => [d.rka, { ...d, owners: [...d.owners].sort((a, b) => compare(a.iin, b.iin)) }]),
  );
  const dwellingsByOwner = groupBy([...dwellings.values()], (d) => d.owners.map((o) => o.iin));
  for (const list of dwellingsByOwner.values()) list.sort((a, b) => compare(a.rka, b.rka));
  const registrationsByRka = groupBy(data.registrations, (r) => [r.rka]);
  const registrationsByIin = groupBy(data.registrations, (r) => [r.iin]);
  for (const list of registrationsByIin.values()) list.sort(byFrom);
  const enrolmentsByIin = groupBy(data.education, (e) => [e.iin]);
  const guardiansByWard = groupBy(data.guardianships, (g) => [g.ward]);
  const wardsByGuardian = groupBy(data.guardianships, (g) => [g.guardian]);
  const phoneByIin = new Map<string, PhoneBinding>(data.phones.map((p) => [p.iin, p]));

  const activeOn = <T extends { from: IsoDate; to: IsoDate | null }>(list: T[] | undefined, date: IsoDate): T[] =>
    (list ?? []).filter((x) => withinPeriod(date, x.from, x.to)).sort(byFrom);

  return {
    person: (iin) => persons.get(iin) ?? null,
    birthActOf: (child) => birthByChild.get(child) ?? null,
    birthActsAsParent: (parent) => [...(birthsByParent.get(parent) ?? [])],
    marriagesOf: (iin) => [...(marriagesBySpouse.get(iin) ?? [])],
    deathActOf: (iin) => deathByPerson.get(iin) ?? null,
    nameChangesOf: (iin) => [...(nameChanges.get(iin) ?? [])],
    dwelling: (rka) => dwellings.get(rka) ?? null,
    dwellingsOwnedBy: (iin) => [...(dwellingsByOwner.get(iin) ?? [])],
    allDwellings: () => dwellings.values(),
    registrationsActiveAt: (rka, date) => activeOn(registrationsByRka.get(rka), date),
    registrationsOf: (iin) => [...(registrationsByIin.get(iin) ?? [])],
    enrolmentsOn: (iin, date) => activeOn(enrolmentsByIin.get(iin), date),
    guardiansOf: (ward, date) => activeOn(guardiansByWard.get(ward), date),
    wardsOf: (guardian, date) => activeOn(wardsByGuardian.get(guardian), date),
    phoneOf: (iin) => phoneByIin.get(iin) ?? null,
  };
}
