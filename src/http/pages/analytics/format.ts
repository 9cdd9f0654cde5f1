// Numbers on the analytics pages in the page's language; a suppressed count is a dash.
import type { Published } from '../../../domain/analytics/suppression.ts';
import { parseTypedDate } from '../../../domain/dates.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import { type Language, translate } from '../../../i18n/messages.ts';

const LOCALES: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function formatCount(lang: Language, value: Published): string {
  return value === null ? '—' : new Intl.NumberFormat(LOCALES[lang]).format(value);
}

export function formatShare(lang: Language, share: Published): string {
  return share === null
    ? '—'
    : new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatM2(lang: Language, m2: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(m2);
}

/** A duration in seconds as days and hours, hours and minutes, or minutes and seconds. */
export function formatDuration(lang: Language, seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.max(0, Math.round(seconds));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return translate(lang, 'duration.days', { d, h });
  if (h > 0) return translate(lang, 'duration.hours', { h, m });
  if (m > 0) return translate(lang, 'duration.minutes', { m, s: s % 60 });
  return translate(lang, 'duration.seconds', { s });
}

/**
 * A filter's date as the pages show dates (DD.MM.YYYY), not as the browser's date picker would
 * (mm/dd/yyyy in an en-US browser, issue 22); what was typed stays when it is not a day.
 */
export function shownDate(typed: string): string {
  const day = parseTypedDate(typed);
  return day === null ? typed : displayDate(day);
}
