// The facts state registries hold, as the rules see them. Field names follow scenario.md so that
// a scenario file, the SQL registries and the rules speak one model.
import type { IsoDate } from './dates.ts';
import type { Sex } from './iin.ts';
import type { LegalEntity } from './legal-entity.ts';

/** ГБД ФЛ person, with legal incapacity from Е-Собес folded in. */
export interface Person {
  iin: string;
  name: string;
  birthDate: IsoDate;
  sex: Sex;
  deathDate: IsoDate | null;
  incapable: boolean;
}

/** ЗАГС birth act: a missing parent is null (e.g. no father entered). */
export interface BirthAct {
  type: 'birth';
  child: string;
  mother: string | null;
  father: string | null;
  /** Registration date of the act, when known (address certificates depend on it). */
  registered: IsoDate | null;
}

export interface MarriageAct {
  type: 'marriage';
  spouses: [string, string];
  date: IsoDate;
  /** Date of divorce, or null while the marriage stands. */
  dissolved: IsoDate | null;
}

export interface DeathAct {
  type: 'death';
  person: string;
  date: IsoDate;
}

export interface NameChangeAct {
  type: 'name-change';
  person: string;
  previousName: string;
  newName: string;
  date: IsoDate;
}

export type CivilAct = BirthAct | MarriageAct | DeathAct | NameChangeAct;

/** The order every registry lists marriages in: by date, then by the spouses' IINs. */
export function compareMarriages(a: MarriageAct, b: MarriageAct): number {
  const x = `${a.date}|${a.spouses[0]}|${a.spouses[1]}`;
  const y = `${b.date}|${b.spouses[0]}|${b.spouses[1]}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface Owner {
  iin: string;
  /** Share as a reduced fraction, e.g. "1/2". */
  share: string;
}

/** ЕГКН real-estate object with its address-register entry. */
export interface Dwelling {
  rka: string;
  city: string;
  address: string;
  /** Total area in m². */
  area: number;
  owners: Owner[];
  stateRental: boolean;
}

export type RegistrationKind = 'permanent' | 'temporary';

export interface Registration {
  iin: string;
  rka: string;
  kind: RegistrationKind;
  from: IsoDate;
  /** Last day of the registration; null while open-ended. */
  to: IsoDate | null;
}

export type StudyForm = 'full-time' | 'part-time' | 'distance';
export type EducationSource = 'nobd' | 'epvo';

/** НОБД (schools, colleges) or ЕПВО (higher education) enrolment. */
export interface Enrolment {
  iin: string;
  institution: string;
  city: string;
  form: StudyForm;
  from: IsoDate;
  to: IsoDate | null;
  source: EducationSource;
}

export interface Guardianship {
  ward: string;
  guardian: string;
  from: IsoDate;
  to: IsoDate | null;
}

/** БМГ: a phone number bound to an IIN for one-time SMS passwords. */
export interface PhoneBinding {
  iin: string;
  phone: string;
  boundAt: IsoDate;
}

/** КҚПД's wanted-persons database (S1, 002 R1 App1 st.6): one search of a person, with its period. */
export interface WantedEntry {
  iin: string;
  from: IsoDate;
  /** Last day on the list; null while the search goes on. */
  to: IsoDate | null;
  /** The body that declared the search. */
  initiator: string;
  reference: string;
}

/** A whole registry snapshot (what a scenario file or the generator holds). */
export interface RegistryDataset {
  persons: Person[];
  civilActs: CivilAct[];
  dwellings: Dwelling[];
  registrations: Registration[];
  education: Enrolment[];
  guardianships: Guardianship[];
  phones: PhoneBinding[];
  /** ГБД ЮЛ (issue 19); absent in scenario files, which describe one residence case. */
  legalEntities?: LegalEntity[];
  /** КҚПД wanted persons: generated populations mark a few (population.md); scenario files hold none. */
  wanted?: WantedEntry[];
}
