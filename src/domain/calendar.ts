// F2: the working-day calendar of Kazakhstan (five-day week), for deadlines such as "owner
// consent within 3 working days". The rules are in code, the yearly facts in calendar-data.ts.
// Each year is built once into a bitmap with running counts, so every query is a lookup or a
// short scan.
import { CALENDAR_YEARS, FIXED_HOLIDAYS, STATUTORY_RULES_FROM } from './calendar-data.ts';
import { fromEpochDay, isoDate, type IsoDate, toEpochDay } from './dates.ts';

/**
 * 'decree': the year's transfers are recorded, the calendar is exact. 'statutory': only the
 * statutory rules (and Kurban ait if its date is recorded) apply; callers should warn that a
 * transfer or an unrecorded Kurban ait can still change the answer.
 */
export type CalendarCoverage = 'decree' | 'statutory';

interface YearCalendar {
  readonly year: number;
  /** Epoch day of 1 January. */
  readonly start: number;
  /** 1 where the day (index from 1 January) is worked. */
  readonly working: Uint8Array;
  /** Working days from 1 January through the day, inclusive. */
  readonly through: Uint16Array;
  readonly total: number;
  /** Weekdays that are days off, ascending. */
  readonly holidays: readonly IsoDate[];
}

const cache = new Map<number, YearCalendar>();

/** 1970-01-01 was a Thursday; 0 = Sunday … 6 = Saturday. */
function weekday(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

function isWeekend(epochDay: number): boolean {
  const w = weekday(epochDay);
  return w === 0 || w === 6;
}

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < STATUTORY_RULES_FROM || year > 9999)
    throw new RangeError(`F2 calendar: no holiday rules for ${year} (known from ${STATUTORY_RULES_FROM})`);
}

function buildYear(year: number): YearCalendar {
  const start = toEpochDay(isoDate(year, 1, 1));
  const length = toEpochDay(isoDate(year + 1, 1, 1)) - start;
  const working = new Uint8Array(length);
  for (let i = 0; i < length; i++) working[i] = isWeekend(start + i) ? 0 : 1;
  const index = (date: IsoDate): number => {
    const i = toEpochDay(date) - start;
    if (i < 0 || i >= length) throw new RangeError(`F2 calendar data: ${date} is not in ${year}`);
    return i;
  };
  const data = CALENDAR_YEARS[year];

  // F2: every holiday that falls on a weekday is off, before any weekend move is placed, so a
  // move skips later holidays (2026: Saturday 21 Mar moves past Monday 23 Mar to Tuesday 24).
  // Christmas and Kurban ait count here too: a moved day never lands on them.
  const fixed = FIXED_HOLIDAYS.map((h) => ({ ...h, at: index(isoDate(year, h.month, h.day)) }));
  for (const h of fixed) working[h.at] = 0;
  if (data?.kurbanAit) working[index(data.kurbanAit.firstDay)] = 0;

  // F2: a holiday on a Saturday or Sunday makes the next working day off, in calendar order;
  // Orthodox Christmas and Kurban ait are not moved.
  for (const h of fixed) {
    if (!h.movesOffWeekend || !isWeekend(start + h.at)) continue;
    let i = h.at + 1;
    while (i < length && working[i] === 0) i++;
    if (i >= length) throw new RangeError(`F2 calendar: ${year}-${h.month}-${h.day} moves past the year end`);
    working[i] = 0;
  }

  // F2: decree transfers swap a weekend day (worked) with a weekday (rested).
  for (const t of data?.decree?.transfers ?? []) {
    const workedAt = index(t.workingDay);
    const offAt = index(t.dayOff);
    if (!isWeekend(start + workedAt) || working[workedAt] === 1)
      throw new RangeError(`F2 calendar data: ${t.workingDay} is not a weekend day off`);
    if (isWeekend(start + offAt) || working[offAt] === 0)
      throw new RangeError(`F2 calendar data: ${t.dayOff} is not a working weekday`);
    working[workedAt] = 1;
    working[offAt] = 0;
  }

  const through = new Uint16Array(length);
  const holidays: IsoDate[] = [];
  let total = 0;
  for (let i = 0; i < length; i++) {
    total += working[i]!;
    through[i] = total;
    if (working[i] === 0 && !isWeekend(start + i)) holidays.push(fromEpochDay(start + i));
  }
  return { year, start, working, through, total, holidays };
}

function calendarOf(year: number): YearCalendar {
  let cal = cache.get(year);
  if (!cal) {
    assertYear(year);
    cal = buildYear(year);
    cache.set(year, cal);
  }
  return cal;
}

/** Whether the year's transfers are recorded ('decree', exact) or only the statutory rules apply. */
export function calendarCoverage(year: number): CalendarCoverage {
  assertYear(year);
  return CALENDAR_YEARS[year]?.decree ? 'decree' : 'statutory';
}

/**
 * F2: the weekdays (Monday–Friday) of `year` that are days off: holidays on weekdays, the days
 * a weekend holiday moved to, Orthodox Christmas and Kurban ait on weekdays, and decree days
 * off; ascending. A holiday on a Saturday or Sunday is not listed (its moved day is), nor is a
 * weekend day made working by decree.
 */
export function holidaysOf(year: number): IsoDate[] {
  return [...calendarOf(year).holidays];
}

export function isWorkingDay(date: IsoDate): boolean {
  const cal = calendarOf(yearOf(date));
  return cal.working[toEpochDay(date) - cal.start] === 1;
}

export function workingDaysInYear(year: number): number {
  return calendarOf(year).total;
}

/** Working days from 1 January through the day at index i (-1: none). */
function throughIndex(cal: YearCalendar, i: number): number {
  return i < 0 ? 0 : cal.through[i]!;
}

/**
 * The n-th working day after `date` (n ≥ 0, an integer). Deadline convention: the day of the
 * event does not count, so "within 3 working days" of a Friday ends on the third working day
 * after it. n = 0 gives `date` itself if it is a working day, else the next working day (the
 * first day a step due "immediately" can be done).
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  let cal = calendarOf(yearOf(date));
  let i = toEpochDay(date) - cal.start;
  let remaining = n;
  if (remaining === 0) {
    if (cal.working[i] === 1) return date;
    remaining = 1; // the next working day after a day off
  }
  // Skip whole years by their counts; then scan the last stretch day by day.
  while (remaining > cal.total - throughIndex(cal, i)) {
    remaining -= cal.total - throughIndex(cal, i);
    cal = calendarOf(cal.year + 1);
    i = -1;
  }
  while (remaining > 0) {
    i++;
    remaining -= cal.working[i]!;
  }
  return fromEpochDay(cal.start + i);
}

/**
 * The number of working days in (from, to]: `from` excluded, `to` included, so
 * workingDaysBetween(d, addWorkingDays(d, n)) = n for n ≥ 1. Negative when `to` is before
 * `from` (the count in (to, from], negated); 0 when they are equal.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  // `0 - n`, not `-n`: a span with no working day is 0, never -0 (which Object.is tells apart).
  if (to < from) return 0 - workingDaysBetween(to, from);
  const fromCal = calendarOf(yearOf(from));
  const toCal = calendarOf(yearOf(to));
  const fromIndex = toEpochDay(from) - fromCal.start;
  const toIndex = toEpochDay(to) - toCal.start;
  if (fromCal === toCal) return throughIndex(toCal, toIndex) - throughIndex(fromCal, fromIndex);
  let count = fromCal.total - throughIndex(fromCal, fromIndex);
  for (let y = fromCal.year + 1; y < toCal.year; y++) count += calendarOf(y).total;
  return count + throughIndex(toCal, toIndex);
}
