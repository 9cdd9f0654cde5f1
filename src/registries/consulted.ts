// Which state systems were asked about whom (issue 13, the personal-data access log). Wraps the
// registry ports and notes, per call, the people whose data the answer is about: the IINs asked
// for, or for a dwelling looked up by its РКА, its owners and the people registered there. No
// extra round trip: the notes come from the arguments and the answers the caller gets anyway.
import type { Registries } from './ports.ts';

/** The state system a query went to, as the access log names it. */
export type RegistrySystem =
  'gbd-fl' | 'zags' | 'egkn' | 'address' | 'registrations' | 'nobd' | 'guardianships' | 'bmg' | 'gbd-ul';

export interface Consulted {
  registry: RegistrySystem;
  subject: string;
}

export interface ConsultedRegistries {
  registries: Registries;
  /** Each (registry, person) pair once, in the order first asked. */
  consulted(): Consulted[];
}

export function consultedRegistries(inner: Registries): ConsultedRegistries {
  const seen = new Map<string, Consulted>();
  const note = (registry: RegistrySystem, subjects: Iterable<string | null | undefined>) => {
    for (const subject of subjects) {
      if (subject && !seen.has(`${registry}|${subject}`)) seen.set(`${registry}|${subject}`, { registry, subject });
    }
  };
  const { persons, civil, realEstate, addresses, registrations, education, guardianships, phones, legalEntities } =
    inner;
  const registries: Registries = {
    persons: {
      person: (iin) => (note('gbd-fl', [iin]), persons.person(iin)),
      persons: (iins) => (note('gbd-fl', iins), persons.persons(iins)),
    },
    civil: {
      birthActOf: (child) => (note('zags', [child]), civil.birthActOf(child)),
      birthActsAsParent: (parent) => (note('zags', [parent]), civil.birthActsAsParent(parent)),
      marriagesOf: (iin) => (note('zags', [iin]), civil.marriagesOf(iin)),
      deathActOf: (iin) => (note('zags', [iin]), civil.deathActOf(iin)),
      nameChangesOf: (iin) => (note('zags', [iin]), civil.nameChangesOf(iin)),
      birthActsOfChildren: (children) => (note('zags', children), civil.birthActsOfChildren(children)),
      birthActsOfParents: (parents) => (note('zags', parents), civil.birthActsOfParents(parents)),
      marriagesOfAny: (iins) => (note('zags', iins), civil.marriagesOfAny(iins)),
      familyActsOfAny: (iins) => (note('zags', iins), civil.familyActsOfAny(iins)),
      deathActsOf: (iins) => (note('zags', iins), civil.deathActsOf(iins)),
    },
    realEstate: {
      dwelling: async (rka) => {
        const dwelling = await realEstate.dwelling(rka);
        note('egkn', dwelling?.owners.map((o) => o.iin) ?? []);
        return dwelling;
      },
      dwellingsOwnedBy: (iin) => (note('egkn', [iin]), realEstate.dwellingsOwnedBy(iin)),
    },
    // An address search is about a building, not a person: nothing to note.
    addresses,
    registrations: {
      activeAt: async (rka, date) => {
        const found = await registrations.activeAt(rka, date);
        note(
          'registrations',
          found.map((r) => r.iin),
        );
        return found;
      },
      ofPerson: (iin) => (note('registrations', [iin]), registrations.ofPerson(iin)),
    },
    education: {
      enrolmentsOn: (iin, date) => (note('nobd', [iin]), education.enrolmentsOn(iin, date)),
      enrolmentsOfAnyOn: (iins, date) => (note('nobd', iins), education.enrolmentsOfAnyOn(iins, date)),
    },
    guardianships: {
      guardiansOf: (ward, date) => (note('guardianships', [ward]), guardianships.guardiansOf(ward, date)),
      wardsOf: (guardian, date) => (note('guardianships', [guardian]), guardianships.wardsOf(guardian, date)),
      guardiansOfAny: (wards, date) => (note('guardianships', wards), guardianships.guardiansOfAny(wards, date)),
    },
    phones: {
      phoneOf: (iin) => (note('bmg', [iin]), phones.phoneOf(iin)),
    },
    // A legal entity is not a person; its head is, and the answer names them (issue 19).
    legalEntities: {
      entity: async (bin) => {
        const entity = await legalEntities.entity(bin);
        note('gbd-ul', [entity?.head]);
        return entity;
      },
      headedBy: (iin) => (note('gbd-ul', [iin]), legalEntities.headedBy(iin)),
    },
  };
  return { registries, consulted: () => [...seen.values()] };
}
