// F2: the data behind the working-day calendar. The statutory holidays are a rule (fixed dates,
// with or without a move off the weekend); Kurban ait and the transfers of days off are facts
// published each year, so they are kept here per year and nowhere else. docs/calendar.md says
// how to add next year's.
import { isoDate, type IsoDate } from './dates.ts';

/**
 * F2: the first year the statutory list below is the law. The 2022 amendments to the Law
 * «О праздниках в Республике Казахстан» restored Republic Day (25 Oct) and dropped the First
 * President's Day (1 Dec), but 2022 still kept 16–17 Dec for Independence Day (17 Dec 2022, a
 * Saturday, moved to Monday 19 Dec); from 2023 it is 16 Dec alone. Earlier years would need
 * another list, so the calendar refuses them rather than answer wrongly.
 */
export const STATUTORY_RULES_FROM = 2023;

export interface FixedHoliday {
  readonly month: number;
  readonly day: number;
  readonly name: string;
  /**
   * F2: a holiday on a Saturday or Sunday makes the next working day a day off (Labour Code,
   * "the next working day after the holiday"). Orthodox Christmas is a religious day off and
   * is not moved; neither is Kurban ait (see KurbanAit below).
   */
  readonly movesOffWeekend: boolean;
}

/** F2: the fixed-date days off, in calendar order (the order the weekend moves are made in). */
export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: 'New Year', movesOffWeekend: true },
  { month: 1, day: 2, name: 'New Year', movesOffWeekend: true },
  { month: 1, day: 7, name: 'Orthodox Christmas', movesOffWeekend: false },
  { month: 3, day: 8, name: "International Women's Day", movesOffWeekend: true },
  { month: 3, day: 21, name: 'Nauryz meirami', movesOffWeekend: true },
  { month: 3, day: 22, name: 'Nauryz meirami', movesOffWeekend: true },
  { month: 3, day: 23, name: 'Nauryz meirami', movesOffWeekend: true },
  { month: 5, day: 1, name: 'Unity Day of the People of Kazakhstan', movesOffWeekend: true },
  { month: 5, day: 7, name: 'Defender of the Fatherland Day', movesOffWeekend: true },
  { month: 5, day: 9, name: 'Victory Day', movesOffWeekend: true },
  { month: 7, day: 6, name: 'Capital Day', movesOffWeekend: true },
  { month: 8, day: 30, name: 'Constitution Day', movesOffWeekend: true },
  { month: 10, day: 25, name: 'Republic Day', movesOffWeekend: true },
  { month: 12, day: 16, name: 'Independence Day', movesOffWeekend: true },
];

/**
 * A decree transfer swaps a weekend day with a weekday: `workingDay` (a Saturday or Sunday)
 * is worked and `dayOff` (a weekday) is rested, so a year's count of working days is unchanged.
 */
export interface DayTransfer {
  readonly workingDay: IsoDate;
  readonly dayOff: IsoDate;
}

export interface Decree {
  /** The act that moved the days, as precisely as known (no number is invented). */
  readonly act: string;
  /** Transfers can be decided during the year (2024's came in April): when the list was last checked. */
  readonly checkedOn: IsoDate;
  readonly transfers: readonly DayTransfer[];
  /** The published count of working days (five-day week), checked by the tests. */
  readonly workingDays: number;
}

export interface KurbanAit {
  /** F2: the first day of Kurban ait is a day off and is not moved when it falls on a weekend. */
  readonly firstDay: IsoDate;
  /** Set by the Spiritual Administration of Muslims of Kazakhstan (ДУМК) from the new moon. */
  readonly source: string;
}

export interface CalendarYear {
  readonly kurbanAit?: KurbanAit;
  /** Present once the year's transfers are known; then the year's calendar is exact ('decree'). */
  readonly decree?: Decree;
}

const d = isoDate;

/**
 * F2: data per year. Confidence, as of the checks below:
 * - 2023: the transfer 1 Jul → 7 Jul is from the Government decree of 25 Apr 2023 (sure); no
 *   other transfer was found. 246 working days is computed, not matched to a published count.
 * - 2024: 4 May → 8 May by order of the Minister of Labour and Social Protection (sure); the
 *   count 249 matches the 117 days of rest published on eGov for 2024.
 * - 2025: Sunday 5 Jan → Friday 3 Jan by order of the Minister of Labour of Nov 2024 (sure; the
 *   day worked is the Sunday, not Saturday 4 Jan); the Ministry said no other transfer was
 *   planned. 246 is the spec's count.
 * - 2026: no transfer (sure as of Jan 2026: the calendar published on eGov shows only the
 *   statutory weekend moves). 246 is the spec's count.
 * The counts cannot confirm transfers: each transfer is a swap and leaves the count unchanged;
 * they confirm the statutory rules and the Kurban ait dates. None of the data is inferred from
 * the counts.
 */
export const CALENDAR_YEARS: Readonly<Partial<Record<number, CalendarYear>>> = {
  2023: {
    kurbanAit: { firstDay: d(2023, 6, 28), source: 'ДУМК calendar for 2023' },
    decree: {
      act: 'Government decree of 25 April 2023 «О переносе дня отдыха в 2023 году»',
      checkedOn: d(2026, 1, 15),
      transfers: [{ workingDay: d(2023, 7, 1), dayOff: d(2023, 7, 7) }],
      workingDays: 246,
    },
  },
  2024: {
    kurbanAit: { firstDay: d(2024, 6, 16), source: 'ДУМК calendar for 2024 (a Sunday, not moved)' },
    decree: {
      act: 'Order of the Minister of Labour and Social Protection «О переносе дня отдыха в 2024 году» (April 2024)',
      checkedOn: d(2026, 1, 15),
      transfers: [{ workingDay: d(2024, 5, 4), dayOff: d(2024, 5, 8) }],
      workingDays: 249,
    },
  },
  2025: {
    kurbanAit: { firstDay: d(2025, 6, 6), source: 'ДУМК calendar for 2025' },
    decree: {
      act: 'Order of the Minister of Labour and Social Protection of 21 November 2024 (transfer of the day off of 5 January 2025)',
      checkedOn: d(2026, 1, 15),
      transfers: [{ workingDay: d(2025, 1, 5), dayOff: d(2025, 1, 3) }],
      workingDays: 246,
    },
  },
  2026: {
    kurbanAit: { firstDay: d(2026, 5, 27), source: 'ДУМК calendar for 2026, published 6 Nov 2025' },
    decree: {
      act: 'No transfer: production calendar for 2026 of the Ministry of Labour and Social Protection',
      checkedOn: d(2026, 1, 15),
      transfers: [],
      workingDays: 246,
    },
  },
  2027: {
    // Provisional: the astronomical estimate (10 Dhu al-Hijjah 1448); ДУМК publishes the
    // year's dates in November. A Sunday, so it changes no working day either way unless
    // ДУМК settles on Monday 17 May.
    kurbanAit: { firstDay: d(2027, 5, 16), source: 'astronomical estimate, to be confirmed by ДУМК' },
  },
};
