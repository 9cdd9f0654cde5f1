import { sql } from 'kysely';
import type { IsoDate } from '../../domain/dates.ts';

/**
 * A period row (valid_from, valid_to) is active on a date from its first to its last day, and
 * without end while valid_to is null (scenario.md). Served by the (…, valid_from) indexes.
 */
export function activeOn(date: IsoDate) {
  return sql<boolean>`valid_from <= ${date} and (valid_to is null or valid_to >= ${date})`;
}
