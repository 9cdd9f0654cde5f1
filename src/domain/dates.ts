// Calendar dates as ISO strings (YYYY-MM-DD). Registries speak in dates, not instants: using
// strings avoids the time-zone shifts a JS Date brings (Astana is UTC+5).

declare const isoDateBrand: unique symbol;
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date in YYYY-MM-DD form (rejects 2025-02-30), or null. */
export function parseIsoDate(input: string): IsoDate | null {
  const m = ISO_DATE.exec(input);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1800 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return input as IsoDate;
}

/**
 * A day as a person types it into a one-field date (staff pages' filters): DD.MM.YYYY as pages
 * show dates, or YYYY-MM-DD as links and exports carry them. Null when it is not a real day.
 */
export function parseTypedDate(input: string): IsoDate | null {
  const text = input.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!dotted) return parseIsoDate(text);
  return parseIsoDate(`${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** Digit `i` of the date's text: an IsoDate is YYYY-MM-DD, digits only where read. */
const digit = (date: IsoDate, i: number) => date.charCodeAt(i) - 48;

// Read digit by digit, not Number(slice): the population generator calls this millions of
// times a chunk (issue 20: a sixth of the seeder's own time went to date arithmetic).
function parts(date: IsoDate): [number, number, number] {
  return [
    digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3),
    digit(date, 5) * 10 + digit(date, 6),
    digit(date, 8) * 10 + digit(date, 9),
  ];
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function fromEpochDay(day: number): IsoDate {
  const t = new Date(day * 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Adds calendar months; a day past the target month's end lands on its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Completed years of age on `on` for someone born on `birth` (a 29 Feb birthday counts on 28 Feb). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = parts(birth);
  const [oy, om, od] = parts(on);
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age--;
  return age;
}

/** Is `date` inside [from, to], with an open end when `to` is null. */
export function withinPeriod(date: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return from <= date && (to === null || date <= to);
}

/**
 * The calendar date in Astana (UTC+5; all of Kazakhstan since March 2024) at an instant:
 * applications are dated by the place of service, not by the server's time zone.
 */
export function dateInAstana(instant: Date): IsoDate {
  const t = new Date(instant.getTime() + 5 * 3_600_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The instant a date ends in Astana (the first moment of the next day). */
export function endOfDayInAstana(date: IsoDate): Date {
  return new Date((toEpochDay(date) + 1) * 86_400_000 - 5 * 3_600_000);
}
