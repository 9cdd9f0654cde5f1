// The monthly calculation index (MRP, айлық есептік көрсеткіш) per year, as effective-dated data.
// 003 ¶B2 sets the S7 duty in MRP ("0,5 айлық есептік көрсеткіш") but no source in ../shared gives
// the tenge value of one MRP: each year's republican budget law sets it. The figures below are
// therefore configurable placeholders, marked as the price placeholders of the cadastre services
// are (public-services/cadastre-services.ts): replace them with the budget law's figures before
// use, or pass a table of your own to stateDutyOn.
import type { IsoDate } from '../dates.ts';

export interface MrpYear {
  readonly year: number;
  /** First and last day the value is in force: the calendar year, as the budget law sets it. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** One MRP in tiyn (1 tenge = 100 tiyn), so halves stay whole numbers. */
  readonly tiyn: number;
  /** True while the figure is not taken from a cited source. */
  readonly placeholder: boolean;
  readonly note: string;
}

const placeholderYear = (year: number, kzt: number): MrpYear => ({
  year,
  from: `${year}-01-01` as IsoDate,
  to: `${year}-12-31` as IsoDate,
  tiyn: kzt * 100,
  placeholder: true,
  note: `Placeholder: the MRP of ${year} is set by that year's republican budget law, which is not in the sources; configure the real figure.`,
});

/**
 * The MRP table the service uses unless given another. Figures are placeholders (see above); they
 * are the values the budget laws are believed to set, kept only so a demo shows plausible sums.
 */
export const MRP_TABLE: readonly MrpYear[] = [
  placeholderYear(2023, 3450),
  placeholderYear(2024, 3692),
  placeholderYear(2025, 3932),
  placeholderYear(2026, 4325),
];

/** The MRP in force on the date, or null when the table has no figure for it. */
export function mrpOn(date: IsoDate, table: readonly MrpYear[] = MRP_TABLE): MrpYear | null {
  return table.find((m) => m.from <= date && date <= m.to) ?? null;
}
