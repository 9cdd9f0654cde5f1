// The registry ports over a dataset held in memory (a scenario file or generated population):
// the synchronous fact index, answered asynchronously as the ports promise.
import { indexFacts } from '../../domain/fact-index.ts';
import type { Person, RegistryDataset } from '../../domain/registry-facts.ts';
import type { Registries } from '../ports.ts';
import { memoryAddressRegistry } from './addresses.ts';
import { memoryLegalEntityRegistry } from './legal-entities.ts';
import { type MemoryCivilStore, memoryCivilStore } from './civil.ts';

/**
 * The registries over the dataset. `civil` may be given: a store of memoryCivilStore, so a test
 * restores acts (S7) into the very ЗАГС the rules then read.
 */
export function createMemoryRegistries(data: RegistryDataset, civil?: MemoryCivilStore): Registries {
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
    civil: (civil ?? memoryCivilStore(data.civilActs, facts)).registry,
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
