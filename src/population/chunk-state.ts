// What one chunk of the population is made of while it is being generated. Persons are indexed
// by their position in the chunk; -1 stands for "none".
import { fromEpochDay, type IsoDate, isoDate, toEpochDay } from '../domain/dates.ts';
import type { Iin, Sex } from '../domain/iin.ts';
import type { Place } from './geography.ts';
import type { IinAllocator } from './iin-allocator.ts';
import type { Ethnicity } from './names.ts';
import type { Random } from './random.ts';

/** The day the generated registries describe: inside the 2025 pilot period. */
export const AS_OF = isoDate(2025, 12, 1);

export interface DraftPerson {
  idx: number;
  iin: Iin;
  surname: string;
  given: string;
  patronymic: string | null;
  birth: IsoDate;
  sex: Sex;
  death: IsoDate | null;
  ethnicity: Ethnicity;
  home: Place;
  mother: number;
  father: number;
  marriages: number[];
  children: number[];
  incapable: boolean;
}

export interface DraftMarriage {
  husband: number;
  wife: number;
  date: IsoDate;
  dissolved: IsoDate | null;
}

export interface DraftNameChange {
  person: number;
  previousName: string;
  newName: string;
  date: IsoDate;
}

export interface ChunkState {
  index: number;
  random: Random;
  iins: IinAllocator;
  /** How many persons this chunk may still create. */
  budget: number;
  persons: DraftPerson[];
  marriages: DraftMarriage[];
  nameChanges: DraftNameChange[];
}

export function dateBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  return b <= a ? from : fromEpochDay(random.int(a, b));
}

export function dateInYear(random: Random, year: number): IsoDate {
  return dateBetween(random, isoDate(year, 1, 1), isoDate(year, 12, 31));
}

export const isAliveOn = (p: DraftPerson, date: IsoDate) => p.death === null || p.death > date;
