// F4: the application is due within 10 calendar days of arrival. Filing later does not stop the
// registration: an eligible decision carries the notice `late-filing` and says the term was
// missed. The arrival date comes from the arrival coupon (scenario.md `application.arrival`).
import { type IsoDate, toEpochDay } from '../dates.ts';
import type { Decision, Notice, TraceEntry } from './types.ts';

/** Calendar days from arrival to the application date (0 when filed on the day of arrival). */
export function daysAfterArrival(arrival: IsoDate, date: IsoDate): number {
  return toEpochDay(date) - toEpochDay(arrival);
}

/** F4: more than `windowDays` calendar days after arrival is late. */
export function isLateFiling(arrival: IsoDate, date: IsoDate, windowDays: number): boolean {
  return daysAfterArrival(arrival, date) > windowDays;
}

/** The F4 trace entry and notices of an eligible decision (none for any other outcome). */
export function arrivalCheck(
  arrival: IsoDate,
  date: IsoDate,
  windowDays: number,
): { entry: TraceEntry; notices: Notice[] } {
  const days = daysAfterArrival(arrival, date);
  const late = days > windowDays;
  return {
    entry: {
      clause: 'F4',
      check: 'arrival-window',
      facts: { arrival, date, days, limit: windowDays },
      result: late ? 'late' : 'in-time',
    },
    notices: late ? ['late-filing'] : [],
  };
}

/**
 * The decision once the arrival date is known (the coupon comes after the checks online): the
 * F4 entry replaces any earlier one and the notices follow it. Outcome, basis and reasons stay.
 */
export function withArrival(decision: Decision, arrival: IsoDate, date: IsoDate, windowDays: number): Decision {
  if (decision.outcome !== 'eligible') return decision;
  const { entry, notices } = arrivalCheck(arrival, date, windowDays);
  const trace = decision.trace.filter((e) => !(e.clause === 'F4' && e.check === 'arrival-window'));
  return { ...decision, trace: [...trace, entry], notices };
}

/** The days counted and the window of a decision's F4 entry, for its notice's message. */
export function arrivalWindowOf(decision: Decision): { days: number; limit: number } {
  const entry = decision.trace.find((e) => e.clause === 'F4' && e.check === 'arrival-window');
  return { days: Number(entry?.facts['days'] ?? 0), limit: Number(entry?.facts['limit'] ?? 10) };
}
