// The registry ports over a dataset held in memory (a scenario file or generated population).
// Lookups go through maps built once, so rules run as fast here as the SQL indexes allow there.
import { type IsoDate, withinPeriod } from '../../domain/dates.ts';
import {
  addressSearchKey,
  type BirthAct,
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
} from '../../domain/registry-facts.ts';
import type { AddressEntry, Registries } from '../ports.ts';

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

const byDate = <T extends { from: IsoDate }>(a: T, b: T) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);

export function createMemoryRegistries(data: RegistryDataset): Registries {
  const persons = new Map<string, Person>(data.persons.map((p) => [p.iin, p]));
  const births = data.civilActs.filter((a): a is BirthAct => a.type === 'birth');
  const birthByChild = new Map(births.map((b) => [b.child, b]));
  const birthsByParent = groupBy(births, (b) => [b.mother, b.father]);
  const marriagesBySpouse = groupBy(
    data.civilActs.filter((a): a is MarriageAct => a.type === 'marriage'),
    (m) => m.spouses,
  );
  const deathByPerson = new Map(
    data.civilActs.filter((a): a is DeathAct => a.type === 'death').map((d) => [d.person, d]),
  );
  const nameChanges = groupBy(
    data.civilActs.filter((a): a is NameChangeAct => a.type === 'name-change'),
    (n) => [n.person],
  );
  // Owners in IIN order, as the SQL registry gives them (the port's contract).
  const dwellings = new Map<string, Dwelling>(
    data.dwellings.map((d) => [d.rka, { ...d, owners: [...d.owners].sort((a, b) => (a.iin < b.iin ? -1 : 1)) }]),
  );
  const dwellingsByOwner = groupBy([...dwellings.values()], (d) => d.owners.map((o) => o.iin));
  const registrationsByRka = groupBy(data.registrations, (r) => [r.rka]);
  const registrationsByIin = groupBy(data.registrations, (r) => [r.iin]);
  const enrolmentsByIin = groupBy(data.education, (e) => [e.iin]);
  const guardiansByWard = groupBy(data.guardianships, (g) => [g.ward]);
  const wardsByGuardian = groupBy(data.guardianships, (g) => [g.guardian]);
  const phoneByIin = new Map<string, PhoneBinding>(data.phones.map((p) => [p.iin, p]));

  const activeOn = <T extends { from: IsoDate; to: IsoDate | null }>(list: T[] | undefined, date: IsoDate): T[] =>
    (list ?? []).filter((x) => withinPeriod(date, x.from, x.to)).sort(byDate);

  return {
    persons: {
      person: async (iin) => persons.get(iin) ?? null,
      persons: async (iins) =>
        [...new Set(iins)]
          .map((iin) => persons.get(iin))
          .filter((p): p is Person => p !== undefined)
          .sort((a, b) => (a.iin < b.iin ? -1 : 1)),
    },
    civil: {
      birthActOf: async (child) => birthByChild.get(child) ?? null,
      birthActsAsParent: async (parent) =>
        [...(birthsByParent.get(parent) ?? [])].sort((a, b) => (a.child < b.child ? -1 : 1)),
      marriagesOf: async (iin) =>
        [...(marriagesBySpouse.get(iin) ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      deathActOf: async (iin) => deathByPerson.get(iin) ?? null,
      nameChangesOf: async (iin) =>
        [...(nameChanges.get(iin) ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    },
    realEstate: {
      dwelling: async (rka) => dwellings.get(rka) ?? null,
      dwellingsOwnedBy: async (iin) => [...(dwellingsByOwner.get(iin) ?? [])].sort((a, b) => (a.rka < b.rka ? -1 : 1)),
    },
    addresses: {
      search: async ({ city, text, limit }) => {
        const prefix = addressSearchKey(text);
        const found: AddressEntry[] = [];
        for (const d of dwellings.values()) {
          if ((city === undefined || d.city === city) && addressSearchKey(d.address).startsWith(prefix)) {
            found.push({ rka: d.rka, city: d.city, address: d.address });
          }
        }
        return found
          .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : a.rka < b.rka ? -1 : 1))
          .slice(0, limit);
      },
    },
    registrations: {
      activeAt: async (rka, date): Promise<Registration[]> => activeOn(registrationsByRka.get(rka), date),
      ofPerson: async (iin) => [...(registrationsByIin.get(iin) ?? [])].sort(byDate),
    },
    education: {
      enrolmentsOn: async (iin, date): Promise<Enrolment[]> => activeOn(enrolmentsByIin.get(iin), date),
    },
    guardianships: {
      guardiansOf: async (ward, date): Promise<Guardianship[]> => activeOn(guardiansByWard.get(ward), date),
      wardsOf: async (guardian, date): Promise<Guardianship[]> => activeOn(wardsByGuardian.get(guardian), date),
    },
    phones: {
      phoneOf: async (iin) => phoneByIin.get(iin) ?? null,
    },
  };
}
