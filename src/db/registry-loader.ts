// Writes registry facts into the reference tables with COPY, inside the caller's transaction.
import { addressKeyOf } from '../domain/address-parts.ts';
import type { RegistryDataset } from '../domain/registry-facts.ts';
import { CopyBuffer } from './copy-text.ts';
import type { BulkTransaction } from './database.ts';
import { STREET_COLUMNS, StreetRows } from './street-rows.ts';

export interface LoadCounts {
  [table: string]: number;
}

function parseShare(share: string): [number, number] {
  const [num, den] = share.split('/').map(Number);
  return [num!, den!];
}

/** One per process: a seed's chunks share their streets, so their rows are remembered across them. */
const streetRows = new StreetRows();

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
  const streets = new CopyBuffer('streets', STREET_COLUMNS);
  const streetsSeen = new Set<number>();
  const dwellings = new CopyBuffer('dwellings', [
    'rka',
    'city',
    'address',
    'address_key',
    'area',
    'state_rental',
    'street_id',
    'house',
    'flat',
  ]);
  const owners = new CopyBuffer('dwelling_owners', ['rka', 'iin', 'share_num', 'share_den']);
  for (const d of data.dwellings) {
    const street = streetRows.of(d.city, d.address);
    if (!streetsSeen.has(street.id)) {
      streetsSeen.add(street.id);
      streets.add(STREET_COLUMNS.map((column) => street[column]));
    }
    dwellings.add([
      d.rka,
      d.city,
      d.address,
      addressKeyOf(street.search_key, street),
      d.area,
      d.stateRental,
      street.id,
      street.house,
      street.flat,
    ]);
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
  const legalEntities = new CopyBuffer('legal_entities', [
    'bin',
    'name_kk',
    'name_ru',
    'legal_form',
    'registered_on',
    'liquidated_on',
    'head_iin',
    'address',
    'address_rka',
  ]);
  for (const e of data.legalEntities ?? []) {
    legalEntities.add([
      e.bin,
      e.name.kk,
      e.name.ru,
      e.legalForm,
      e.registeredOn,
      e.status.kind === 'liquidated' ? e.status.on : null,
      e.head,
      e.address.text,
      e.address.rka,
    ]);
  }
  const wanted = new CopyBuffer('wanted_persons', ['iin', 'wanted_from', 'wanted_to', 'initiator', 'search_reference']);
  for (const w of data.wanted ?? []) wanted.add([w.iin, w.from, w.to, w.initiator, w.reference]);
  return [
    persons,
    incapacities,
    births,
    marriages,
    deaths,
    names,
    streets,
    dwellings,
    owners,
    registrations,
    enrolments,
    guardianships,
    phones,
    legalEntities,
    wanted,
  ];
}

/**
 * Writes one table's COPY text. Streets are shared by the chunks of a seed and by later loads, so
 * they go through a staging table and are added only when new (their id is their identity).
 */
export async function copyTable(
  tx: BulkTransaction,
  table: { table: string; columns: readonly string[]; text: string },
): Promise<void> {
  if (table.table !== 'streets') return tx.copy(table.table, table.columns, table.text);
  await tx.query('create temp table incoming_streets (like streets) on commit drop');
  await tx.copy('incoming_streets', table.columns, table.text);
  await tx.query('insert into streets select * from incoming_streets order by id on conflict (id) do nothing');
  await tx.query('drop table incoming_streets');
}

export async function loadDataset(tx: BulkTransaction, data: RegistryDataset): Promise<LoadCounts> {
  const counts: LoadCounts = {};
  for (const buffer of toCopyBuffers(data)) {
    counts[buffer.table] = buffer.rows;
    if (buffer.rows > 0) await copyTable(tx, { table: buffer.table, columns: buffer.columns, text: buffer.text() });
  }
  return counts;
}
