// GOV.UK "one specific message per field and per way it can be wrong" for the fields several
// pages share: an IIN and a date typed as day, month and year. Spaces a person pastes or types
// are stripped, never cut by a `maxlength`.
import { isValidIin } from '../../../domain/iin.ts';
import { type IsoDate, parseIsoDate } from '../../../domain/dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';

/** An IIN as typed, without the spaces people paste or group digits with. */
export function compactIin(typed: string): string {
  return typed.replace(/\s+/g, '');
}

/** Whose IIN the field asks for: the empty field's message names it. */
export type IinOwner = 'yours' | 'owner';

/** The specific problem with a typed (compacted) IIN, or null when it is valid. */
export function iinProblem(iin: string, whose: IinOwner): MessageKey | null {
  if (iin === '') return whose === 'yours' ? 'form.iin.missing-yours' : 'form.iin.missing-owner';
  if (!/^\d+$/.test(iin)) return 'form.iin.digits-only';
  if (iin.length !== 12) return 'form.iin.length';
  return isValidIin(iin) ? null : 'invalid-iin-input';
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The three fields of a date input (`<name>-day`, `-month`, `-year`) from a posted form. */
export function dateParts(fields: Record<string, string>, name: string): DateParts {
  const part = (p: string) => (fields[`${name}-${p}`] ?? '').replace(/\s+/g, '');
  return { day: part('day'), month: part('month'), year: part('year') };
}

/** The date's parts from an ISO date (a saved answer), for showing it again. */
export function partsOf(date: string | null | undefined): DateParts {
  const iso = date ? parseIsoDate(date) : null;
  if (!iso) return { day: '', month: '', year: '' };
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** What can be wrong with a date typed in three fields; the page's catalog words each for its question. */
export type DateProblem =
  | 'missing'
  | 'day-missing'
  | 'month-missing'
  | 'year-missing'
  | 'numbers'
  | 'year-four-digits'
  | 'impossible'
  | 'too-early';

export type DateCheck =
  { ok: true; date: IsoDate } | { ok: false; problem: DateProblem; part: keyof DateParts | 'all' };

/**
 * The date the parts name, or the first thing wrong with them: missing, not a number, a year not of
 * four digits or before 1900, not a real date (31 April).
 */
export function checkDateParts(parts: DateParts): DateCheck {
  const { day, month, year } = parts;
  if (!day && !month && !year) return { ok: false, problem: 'missing', part: 'all' };
  if (!day) return { ok: false, problem: 'day-missing', part: 'day' };
  if (!month) return { ok: false, problem: 'month-missing', part: 'month' };
  if (!year) return { ok: false, problem: 'year-missing', part: 'year' };
  if (![day, month, year].every((p) => /^\d+$/.test(p))) return { ok: false, problem: 'numbers', part: 'all' };
  if (year.length !== 4) return { ok: false, problem: 'year-four-digits', part: 'year' };
  if (Number(year) < 1900) return { ok: false, problem: 'too-early', part: 'year' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = day.length <= 2 && month.length <= 2 ? parseIsoDate(iso) : null;
  return date ? { ok: true, date } : { ok: false, problem: 'impossible', part: 'all' };
}
