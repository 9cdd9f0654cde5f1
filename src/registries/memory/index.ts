// The registry ports over a dataset held in memory (a scenario file or generated population):
// the synchronous fact index, answered asynchronously as the ports promise.
import { indexFacts } from '../../domain/fact-index.ts';
import { compareMarriages, type Person, type RegistryDataset } from '../../domain/registry-facts.ts';
import type { Registries } from '../ports.ts';
import { memoryAddressRegistry } from './addresses.ts';
import { memoryLegalEntityRegistry } from './legal-entities.ts';

export function createMemoryRegistries(data: RegistryDataset): Registries {
  const facts = indexFacts(data);
  return {
    persons: {
      person: async (iin) => facts.person(iin),
      persons: async (iins) =>
        [...new Set(iins)]
          .map((iin) => facts.person(iin))
          .filter((p): p is Person => p !== null)
          .sort((a, b) => (a.iin < b.iin ? -1 : 1)),
    },
    civil: {
      birthActOf: async (child) => facts.birthActOf(child),
      birthActsAsParent: async (parent) => facts.birthActsAsParent(parent),
      marriagesOf: async (iin) => facts.marriagesOf(iin),
      deathActOf: async (iin) => facts.deathActOf(iin),
      nameChangesOf: async (iin) => facts.nameChangesOf(iin),
      birthActsOfChildren: async (children) =>
        [...new Set(children)].flatMap((c) => facts.birthActOf(c) ?? []).sort((a, b) => (a.child < b.child ? -1 : 1)),
      birthActsOfParents: async (parents) =>
        [
          ...new Map(
            [...new Set(parents)].flatMap((p) => facts.birthActsAsParent(p)).map((b) => [b.child, b]),
          ).values(),
        ].sort((a, b) => (a.child < b.child ? -1 : 1)),
      marriagesOfAny: async (iins) =>
        [...new Set([...new Set(iins)].flatMap((i) => facts.marriagesOf(i)))].sort(compareMarriages),
      deathActsOf: async (iins) =>
        [...new Set(iins)].flatMap((i) => facts.deathActOf(i) ?? []).sort((a, b) => (a.person < b.person ? -1 : 1)),
    },
    realEstate: {
      dwelling: async (rka) => facts.dwelling(rka),
      dwellingsOwnedBy: async (iin) => facts.dwellingsOwnedBy(iin),
    },
    addresses: memoryAddressRegistry(() => facts.allDwellings()),
    registrations: {
      activeAt: async (rka, date) => facts.registrationsActiveAt(rka, date),
      ofPerson: async (iin) => facts.registrationsOf(iin),
    },
    education: {
      enrolmentsOn: async (iin, date) => facts.enrolmentsOn(iin, date),
      // By IIN, then as the single lookup orders them (start date): the SQL registry's order.
      enrolmentsOfAnyOn: async (iins, date) => [...new Set(iins)].sort().flatMap((i) => facts.enrolmentsOn(i, date)),
    },
    guardianships: {
      guardiansOf: async (ward, date) => facts.guardiansOf(ward, date),
      wardsOf: async (guardian, date) => facts.wardsOf(guardian, date),
      guardiansOfAny: async (wards, date) => [...new Set(wards)].sort().flatMap((w) => facts.guardiansOf(w, date)),
    },
    phones: {
      phoneOf: async (iin) => facts.phoneOf(iin),
    },
    legalEntities: memoryLegalEntityRegistry(data.legalEntities ?? []),
  };
}
