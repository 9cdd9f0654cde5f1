// Ports to the state registries. The rules and services read facts only through these, so the
// same code runs on the SQL reference registries and on a scenario file held in memory.
// Every method that the rules call is backed by an index in the SQL implementation.
import type { RestorableAct, Restoration, RestorationRecord } from '../domain/civil-records/restoration.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { LegalEntity } from '../domain/legal-entity.ts';
import type {
  BirthAct,
  DeathAct,
  Dwelling,
  Enrolment,
  Guardianship,
  MarriageAct,
  NameChangeAct,
  Person,
  PhoneBinding,
  Registration,
  WantedEntry,
} from '../domain/registry-facts.ts';

/** ГБД ФЛ, with Е-Собес incapacity. */
export interface PersonRegistry {
  person(iin: string): Promise<Person | null>;
  persons(iins: readonly string[]): Promise<Person[]>;
}

/** Birth acts sorted by child, marriages by compareMarriages; each act once. */
export interface FamilyActs {
  births: BirthAct[];
  marriages: MarriageAct[];
}

/** ЗАГС civil-status acts. */
export interface CivilRegistry {
  birthActOf(child: string): Promise<BirthAct | null>;
  /** Birth acts naming the person as mother or father. */
  birthActsAsParent(parent: string): Promise<BirthAct[]>;
  /** All marriages of the person, dissolved ones included; the rules pick by date (I6). */
  marriagesOf(iin: string): Promise<MarriageAct[]>;
  deathActOf(iin: string): Promise<DeathAct | null>;
  nameChangesOf(iin: string): Promise<NameChangeAct[]>;
  /** Batch forms for loading a kinship neighbourhood in one round trip per step. */
  birthActsOfChildren(children: readonly string[]): Promise<BirthAct[]>;
  birthActsOfParents(parents: readonly string[]): Promise<BirthAct[]>;
  marriagesOfAny(iins: readonly string[]): Promise<MarriageAct[]>;
  /**
   * One step of kinship in one round trip (issue 20): what the three batch forms above answer
   * together: the birth acts naming any of them as child, mother or father, and their marriages.
   */
  familyActsOfAny(iins: readonly string[]): Promise<FamilyActs>;
  deathActsOf(iins: readonly string[]): Promise<DeathAct[]>;
}

/** What a restoration writes: the act with its record, or nothing when the act is already there. */
export type RestoreOutcome = { kind: 'restored'; restoration: Restoration } | { kind: 'act-exists' };

/**
 * ЗАГС's write side (S7, 003 ¶B2): restores a birth or marriage act with the record of its
 * restoration, and lists the restorations. The SQL implementation is bound to the caller's
 * transaction, so the act, its record and the audit record commit together (sql/civil-writes.ts).
 */
export interface CivilRecordWrites {
  restore(act: RestorableAct, record: RestorationRecord): Promise<RestoreOutcome>;
  /** Restorations of acts about the person (the child, or either spouse), oldest first. */
  restorationsOf(iin: string): Promise<Restoration[]>;
}

/** A check's answer: a hit is an outcome with the entry, never an exception (S1 stops the case on it). */
export type WantedAnswer = { outcome: 'clear' } | { outcome: 'wanted'; entry: WantedEntry };

/**
 * КҚПД's wanted-persons database (S1, 002 R1 App1 st.6: "checks the applicant in the database of
 * wanted persons"). The service asks it through checkWanted (registries/wanted.ts), which
 * validates the question and the answer at this boundary.
 */
export interface WantedPersonsRegistry {
  /** Whether the person is wanted on the date (from ≤ date ≤ to, open end allowed); the earliest entry in force. */
  check(iin: string, date: IsoDate): Promise<WantedAnswer>;
}

/** ЕГКН real-estate cadastre. */
export interface RealEstateRegistry {
  /** The dwelling with its owners in IIN order. */
  dwelling(rka: string): Promise<Dwelling | null>;
  dwellingsOwnedBy(iin: string): Promise<Dwelling[]>;
}

export interface AddressEntry {
  rka: string;
  city: string;
  address: string;
}

/** A street of the address register, with the place before it, as registered (Kazakh). */
export interface StreetEntry {
  /** streetId of src/domain/address-parts.ts. */
  id: number;
  city: string;
  place: string;
  name: string;
}

/** A house number of a street (null: addresses with no house number) and how many dwellings it has. */
export interface HouseEntry {
  house: number | null;
  dwellings: number;
}

/**
 * Address register: find a real-estate object by its address text, or step by step — the places
 * (cities), their streets, a street's houses and a house's dwellings — in address order
 * (compareAddresses of src/domain/address-parts.ts).
 */
export interface AddressRegistry {
  search(query: { city?: string; text: string; limit: number }): Promise<AddressEntry[]>;
  /** Each city with the first place (code-point order) its addresses name, empty when none does. */
  cities(): Promise<{ city: string; place: string }[]>;
  /** The streets of a city, by place and name (code-point order). */
  streets(city: string): Promise<StreetEntry[]>;
  street(id: number): Promise<StreetEntry | null>;
  houses(street: number): Promise<HouseEntry[]>;
  /** The dwellings of one house of the street (house null: those with no house number). */
  dwellingsAt(street: number, house: number | null): Promise<AddressEntry[]>;
}

export interface RegistrationRegistry {
  /** Registrations of the dwelling active on the date (from ≤ date ≤ to, open end allowed). */
  activeAt(rka: string, date: IsoDate): Promise<Registration[]>;
  /** All registrations of the person, past ones included, oldest first. */
  ofPerson(iin: string): Promise<Registration[]>;
}

/** A dwelling locked for the rest of the transaction, with the registrations active there. */
export interface LockedDwelling {
  /** ЕГКН total area, m² (P4.1). */
  area: number;
  active: Registration[];
}

/**
 * The registration register as this service records into it (P7). It is bound to the caller's
 * transaction: a registration, the end of the previous one and the application's move commit
 * together or not at all. Only the SQL reference implements it (sql/registration-writes.ts): a
 * scenario file held in memory is read, never recorded into.
 */
export interface RegistrationWrites {
  /**
   * N1 under concurrency: locks the dwelling's row until the transaction ends, so registrations
   * into one dwelling are serialised, then reads the registrations active there on the date.
   * Null when ЕГКН has no such dwelling.
   */
  activeAtLocked(rka: string, date: IsoDate): Promise<LockedDwelling | null>;
  /** P7: the person's open permanent registration ends automatically on a new one from `date`. */
  closeOpenPermanent(iin: string, date: IsoDate): Promise<void>;
  /** Ends the person's registrations at the dwelling active on `date`; their ids, oldest row first. */
  closeActiveAt(iin: string, rka: string, date: IsoDate): Promise<number[]>;
  /** Records a registration; its id. */
  open(registration: Registration): Promise<number>;
}

/**
 * ЕГКН as the cadastre services record into it (004 cl.4: S9a's executor enters a new object).
 * Bound to the caller's transaction, so the object and the case's move commit together; only the
 * SQL reference implements it (sql/cadastre-writes.ts), as for RegistrationWrites.
 */
export interface CadastreWrites {
  /** Records a new object with its owners and street; false (nothing written) when ЕГКН has the РКА. */
  recordObject(object: Dwelling): Promise<boolean>;
  /** Whether ЕГКН has an object with this РКА (S9a checks it on filing, before the executor's step). */
  hasObject(rka: string): Promise<boolean>;
}

/** A street of the address register as a renaming decision names it (004 cl.7). */
export interface RegisterStreet {
  readonly id: number;
  readonly city: string;
  readonly place: string;
  readonly name: string;
}

/** One object's address before and after a renaming decision. */
export interface ChangedAddress {
  readonly rka: string;
  readonly oldAddress: string;
  readonly newAddress: string;
}

/**
 * 004 cl.7: a street renamed or a building renumbered by a joint decision of the local bodies,
 * in ЕГКН's objects and the address register's streets. Bound to the caller's transaction (the
 * decision, the addresses and the corrections commit together); only the SQL reference
 * implements it (sql/address-renames.ts), as for CadastreWrites.
 */
export interface AddressRenames {
  /** The city's streets named `name`, case and spacing aside; null when the register has no such city. */
  streetsNamed(city: string, name: string): Promise<RegisterStreet[] | null>;
  /** Renames the street; its objects' addresses follow. 'exists': the city has a street by the new name there. */
  renameStreet(street: RegisterStreet, newName: string): Promise<ChangedAddress[] | 'exists'>;
  /** Renumbers a building of the street. 'unknown': no such house; 'exists': the new number is taken. */
  renumberBuilding(street: RegisterStreet, from: number, to: number): Promise<ChangedAddress[] | 'unknown' | 'exists'>;
}

/** НОБД / ЕПВО. */
export interface EducationRegistry {
  /** Enrolments of the person active on the date. */
  enrolmentsOn(iin: string, date: IsoDate): Promise<Enrolment[]>;
  /** Batch form: enrolments of any of the persons active on the date, by IIN then start. */
  enrolmentsOfAnyOn(iins: readonly string[], date: IsoDate): Promise<Enrolment[]>;
}

export interface GuardianshipRegistry {
  guardiansOf(ward: string, date: IsoDate): Promise<Guardianship[]>;
  wardsOf(guardian: string, date: IsoDate): Promise<Guardianship[]>;
  /** Batch form: guardianships of any of the wards active on the date, by ward then start. */
  guardiansOfAny(wards: readonly string[], date: IsoDate): Promise<Guardianship[]>;
}

/** БМГ mobile-citizen database. */
export interface PhoneRegistry {
  phoneOf(iin: string): Promise<PhoneBinding | null>;
}

/**
 * ГБД ЮЛ, the state database of legal entities (issue 19). Every answer is checked field by field
 * (readLegalEntity); a malformed one fails with `registry-answer-invalid` instead of reaching the
 * rules.
 */
export interface LegalEntityRegistry {
  entity(bin: string): Promise<LegalEntity | null>;
  /** The entities the person heads, liquidated ones included, by BIN. */
  headedBy(iin: string): Promise<LegalEntity[]>;
}

export interface Registries {
  persons: PersonRegistry;
  civil: CivilRegistry;
  realEstate: RealEstateRegistry;
  addresses: AddressRegistry;
  registrations: RegistrationRegistry;
  education: EducationRegistry;
  guardianships: GuardianshipRegistry;
  phones: PhoneRegistry;
  legalEntities: LegalEntityRegistry;
}
