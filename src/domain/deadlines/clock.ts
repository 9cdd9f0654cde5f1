// D1, D2 (deadlines.md): the filing moment on Astana's clock and the day an application counts
// as accepted. Astana is UTC+5 all year (D1), so the conversion is plain arithmetic.
import { addWorkingDays, isWorkingDay } from '../calendar.ts';
import { type IsoDate, isoDate, parseIsoDate } from '../dates.ts';
import type { FilingChannel } from './rules.ts';

const ASTANA_OFFSET_MINUTES = 5 * 60;
/** D1: the State Corporation's offices close at 18:30 (004 L1 r.7, L2 r.7). */
export const OFFICE_CLOSES_AT_MINUTES = 18 * 60 + 30;

/** A filing moment read on Astana's clock. */
export interface AstanaMoment {
  readonly date: IsoDate;
  /** Minutes since midnight in Astana, seconds as a fraction. */
  readonly minutes: number;
}

// D1: an ISO 8601 date-time with an offset (Z or ±HH:MM); seconds and their fraction optional.
const MOMENT = /^(\d{4}-\d{2}-\d{2})[T](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i;

/** D1: the moment on Astana's clock, or null when the text is not a date-time with an offset. */
export function parseFilingMoment(text: string): AstanaMoment | null {
  const m = MOMENT.exec(text);
  if (!m) return null;
  const date = parseIsoDate(m[1]!);
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  const offsetMinutes = m[6] ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  if (date === null || hour > 23 || minute > 59 || second > 59 || Number(m[9] ?? 0) > 59) return null;
  if (Math.abs(offsetMinutes) > 18 * 60) return null;
  const [y, mo, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  // Wall time at the given offset → UTC → Astana (UTC+5).
  const fraction = Number(m[5] ?? 0);
  const astana = Date.UTC(y, mo - 1, d, hour, minute, second) + (ASTANA_OFFSET_MINUTES - offsetMinutes) * 60_000;
  const t = new Date(astana);
  return {
    date: isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()),
    minutes: t.getUTCHours() * 60 + t.getUTCMinutes() + (t.getUTCSeconds() + fraction) / 60,
  };
}

/** The moment written back as ISO 8601 on Astana's clock (whole seconds), for the answer. */
export function formatAstanaMoment(moment: AstanaMoment): string {
  const total = Math.floor(moment.minutes * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.date}T${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}+05:00`;
}

/**
 * D2: the acceptance day. Portal (24 h): a filing at or after 18:30, or on a day that is not a
 * working day, is accepted on the next working day; before 18:30 on a working day (also before
 * 9:00), that day (004 L1 r.7 (2), L2 r.7 (2)). Counter: the day it is handed in if that is a
 * working day, otherwise the next working day.
 */
export function acceptanceDay(channel: FilingChannel, moment: AstanaMoment): IsoDate {
  if (channel === 'portal' && isWorkingDay(moment.date) && moment.minutes >= OFFICE_CLOSES_AT_MINUTES)
    return addWorkingDays(moment.date, 1);
  return addWorkingDays(moment.date, 0);
}
