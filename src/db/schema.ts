// Kysely table types: one interface per table of the reference registries and the service.
// Dates are carried as 'YYYY-MM-DD' strings (see db/type-parsers.ts).
import type { ColumnType, Generated } from 'kysely';

type DateColumn = ColumnType<string, string, string>;

export interface PersonsTable {
  iin: string;
  full_name: string;
  birth_date: DateColumn;
  sex: 'M' | 'F';
  death_date: DateColumn | null;
}

/** Е-Собес: court decisions on legal incapacity. */
export interface IncapacitiesTable {
  iin: string;
  since: DateColumn | null;
  court_decision: string | null;
}

export interface BirthActsTable {
  id: Generated<number>;
  child: string;
  mother: string | null;
  father: string | null;
  registered: DateColumn | null;
}

export interface MarriageActsTable {
  id: Generated<number>;
  spouse_a: string;
  spouse_b: string;
  registered: DateColumn;
  dissolved: DateColumn | null;
}

export interface DeathActsTable {
  id: Generated<number>;
  iin: string;
  death_date: DateColumn;
}

export interface NameChangeActsTable {
  id: Generated<number>;
  iin: string;
  previous_name: string;
  new_name: string;
  changed_on: DateColumn;
}

export interface DwellingsTable {
  rka: string;
  city: string;
  address: string;
  address_key: string;
  area: ColumnType<number, number | string, number | string>;
  state_rental: boolean;
}

export interface DwellingOwnersTable {
  rka: string;
  iin: string;
  share_num: number;
  share_den: number;
}

export interface RegistrationsTable {
  id: Generated<number>;
  iin: string;
  rka: string;
  kind: 'permanent' | 'temporary';
  valid_from: DateColumn;
  valid_to: DateColumn | null;
}

export interface EnrolmentsTable {
  id: Generated<number>;
  iin: string;
  institution: string;
  city: string;
  form: 'full-time' | 'part-time' | 'distance';
  source: 'nobd' | 'epvo';
  valid_from: DateColumn;
  valid_to: DateColumn | null;
}

export interface GuardianshipsTable {
  id: Generated<number>;
  ward: string;
  guardian: string;
  valid_from: DateColumn;
  valid_to: DateColumn | null;
}

export interface PhoneBindingsTable {
  phone: string;
  iin: string;
  bound_at: DateColumn;
}

export interface SeedRunsTable {
  id: number;
  seed: string;
  persons: number;
  chunk_size: number;
  chunks_total: number;
  chunks_done: number;
  generator_version: number;
  started_at: ColumnType<Date, Date | string | undefined, Date | string>;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface Schema {
  persons: PersonsTable;
  incapacities: IncapacitiesTable;
  birth_acts: BirthActsTable;
  marriage_acts: MarriageActsTable;
  death_acts: DeathActsTable;
  name_change_acts: NameChangeActsTable;
  dwellings: DwellingsTable;
  dwelling_owners: DwellingOwnersTable;
  registrations: RegistrationsTable;
  enrolments: EnrolmentsTable;
  guardianships: GuardianshipsTable;
  phone_bindings: PhoneBindingsTable;
  seed_runs: SeedRunsTable;
}
