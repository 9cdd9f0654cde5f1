// Writes registry facts into the reference tables with COPY, inside the caller's transaction.
import { addressSearchKey } from '../domain/address-search.ts';
import type { RegistryDataset } from '../domain/registry-facts.ts';
import { CopyBuffer } from './copy-text.ts';
import type { BulkTransaction } from './database.ts';

export interface LoadCounts {
  [table: string]: number;
}

function parseShare(share: string): [number, number] {
  const [num, den] = share.split('/').map(Number);
  return [num!, den!];
}

/** Converts a dataset to one COPY buffer per table, in an order that satisfies foreign keys. */
export function toCopyBuffers(data: RegistryDataset): CopyBuffer[] {
  const persons = new CopyBuffer('persons', ['iin', 'full_name', 'birth_date', 'sex', 'death_date']);
  const incapacities = new CopyBuffer('incapacities', ['iin', 'since', 'court_decision']);
  for (const p of data.persons) {
    persons.add([p.iin, p.name, p.birthDate, p.sex, p.deathDate]);
    if (p.incapable) incapacities.add([p.iin, null, null]);
  }
  const births = new CopyBuffer('birth_acts', ['child', 'mother', 'father', 'registered']);
  const marriages = new CopyBuffer('marriage_acts', ['spouse_a', 'spouse_b', 'registered', 'dissolved']);
  const deaths = new CopyBuffer('death_acts', ['iin', 'death_date']);
  const names = new CopyBuffer('name_change_acts', ['iin', 'previous_name', 'new_name', 'changed_on']);
  for (const a of data.civilActs) {
    switch (a.type) {
      case 'birth':
        births.add([a.child, a.mother, a.father, a.registered]);
        break;
      case 'marriage':
        marriages.add([a.spouses[0], a.spouses[1], a.date, a.dissolved]);
        break;
      case 'death':
        deaths.add([a.person, a.date]);
        break;
      case 'name-change':
        names.add([a.person, a.previousName, a.newName, a.date]);
        break;
    }
  }
  const dwellings = new CopyBuffer('dwellings', ['rka', 'city', 'address', 'address_key', 'area', 'state_rental']);
  const owners = new CopyBuffer('dwelling_owners', ['rka', 'iin', 'share_num', 'share_den']);
  for (const d of data.dwellings) {
    dwellings.add([d.rka, d.city, d.address, addressSearchKey(d.address), d.area, d.stateRental]);
    for (const o of d.owners) owners.add([d.rka, o.iin, ...parseShare(o.share)]);
  }
  const registrations = new CopyBuffer('registrations', ['iin', 'rka', 'kind', 'valid_from', 'valid_to']);
  for (const r of data.registrations) registrations.add([r.iin, r.rka, r.kind, r.from, r.to]);
  const enrolments = new CopyBuffer('enrolments', [
    'iin',
    'institution',
    'city',
    'form',
    'source',
    'valid_from',
    'valid_to',
  ]);
  for (const e of data.education) enrolments.add([e.iin, e.institution, e.city, e.form, e.source, e.from, e.to]);
  const guardianships = new CopyBuffer('guardianships', ['ward', 'guardian', 'valid_from', 'valid_to']);
  for (const g of data.guardianships) guardianships.add([g.ward, g.guardian, g.from, g.to]);
  const phones = new CopyBuffer('phone_bindings', ['phone', 'iin', 'bound_at']);
  for (const p of data.phones) phones.add([p.phone, p.iin, p.boundAt]);
  return [
    persons,
    incapacities,
    births,
    marriages,
    deaths,
    names,
    dwellings,
    owners,
    registrations,
    enrolments,
    guardianships,
    phones,
  ];
}

export async function loadDataset(tx: BulkTransaction, data: RegistryDataset): Promise<LoadCounts> {
  const counts: LoadCounts = {};
  for (const buffer of toCopyBuffers(data)) {
    counts[buffer.table] = buffer.rows;
    if (buffer.rows > 0) await tx.copy(buffer.table, buffer.columns, buffer.text());
  }
  return counts;
}
