// Dates as people in Kazakhstan read them on documents and pages, whatever the language:
// DD.MM.YYYY, and instants in Astana time (UTC+5 all year since March 2024).
const ASTANA_OFFSET_MS = 5 * 3_600_000;

/** YYYY-MM-DD → DD.MM.YYYY */
export function displayDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/**
 * The last day of a period that ends at `end`, the first moment of the next day in Astana (how
 * deadlines such as the owner's 3 working days, F2, are stored), as DD.MM.YYYY.
 */
export function displayLastDay(end: Date): string {
  const t = new Date(end.getTime() - 1 + ASTANA_OFFSET_MS).toISOString();
  return displayDate(t.slice(0, 10));
}

/** The instant in Astana time, DD.MM.YYYY HH:MM. */
export function displayAstanaDateTime(instant: Date): string {
  const t = new Date(instant.getTime() + ASTANA_OFFSET_MS).toISOString();
  return `${displayDate(t.slice(0, 10))} ${t.slice(11, 16)}`;
}
