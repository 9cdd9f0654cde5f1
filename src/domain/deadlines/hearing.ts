// D5 (deadlines.md; 004 cl.5-1): before refusing, when the term is over three working days, the
// provider sends a preliminary decision with a hearing notice no later than the 3rd working day
// before the due date; the applicant may object within 2 working days of receiving it; only then
// comes the refusal (or the result). With three working days or less, the refusal is sent directly.
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../calendar.ts';
import { addDays, type IsoDate } from '../dates.ts';
import type { RefusalProcedure } from './rules.ts';

/** D5: the longest term (in working days) with which a refusal is sent without a hearing. */
export const DIRECT_REFUSAL_MAX_WORKING_DAYS = 3;
/** D5: the hearing notice goes out no later than this many working days before the due date. */
export const HEARING_NOTICE_WORKING_DAYS_BEFORE = 3;
/** D5: the applicant may object within this many working days of receiving the notice. */
export const OBJECTION_WORKING_DAYS = 2;

export type RefusalPath =
  | { readonly procedure: 'direct'; readonly termWorkingDays: number }
  | {
      readonly procedure: 'hearing';
      readonly termWorkingDays: number;
      /** The last day the preliminary decision and hearing notice may be sent. */
      readonly noticeBy: IsoDate;
      readonly objectionWorkingDays: number;
    }
  | { readonly procedure: 'not-stated' };

/** The n-th working day before `date` (n ≥ 1): the mirror of addWorkingDays. */
export function workingDaysBefore(date: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`workingDaysBefore: n must be ≥ 1, got ${n}`);
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * D5: how a refusal must go for an application accepted on `acceptedOn` and due on `dueOn`. The
 * term is counted in working days, as the due date was (acceptance day excluded), so "3rd
 * working day" is a term of three and a refusal goes directly.
 */
export function refusalPath(procedure: RefusalProcedure, acceptedOn: IsoDate, dueOn: IsoDate): RefusalPath {
  if (procedure === 'not-stated') return { procedure: 'not-stated' };
  const termWorkingDays = workingDaysBetween(acceptedOn, dueOn);
  if (termWorkingDays <= DIRECT_REFUSAL_MAX_WORKING_DAYS) return { procedure: 'direct', termWorkingDays };
  return {
    procedure: 'hearing',
    termWorkingDays,
    noticeBy: workingDaysBefore(dueOn, HEARING_NOTICE_WORKING_DAYS_BEFORE),
    objectionWorkingDays: OBJECTION_WORKING_DAYS,
  };
}

/** D5: the last day an objection counts, for a hearing notice received on `receivedOn`. */
export function objectionDeadline(receivedOn: IsoDate): IsoDate {
  return addWorkingDays(receivedOn, OBJECTION_WORKING_DAYS);
}

/** D5: whether an objection made on `objectedOn` is in time (a late one is not heard). */
export function objectionInTime(receivedOn: IsoDate, objectedOn: IsoDate): boolean {
  return objectedOn <= objectionDeadline(receivedOn);
}
