// Issue 21, privacy: what an analyst or the open data sees are aggregates only, and no cell may
// count so few persons that one of them could be singled out. A cell about 1–9 persons is not
// shown; a row whose total is shown must not give such a cell back by subtraction, so a lone
// suppressed cell takes the next smallest one with it (complementary suppression).

/** A cell about fewer persons than this (and more than none) is suppressed. */
export const MIN_CELL_PERSONS = 10;

/** A published count: the number, or null where it is suppressed. */
export type Published = number | null;

/** A cell counting persons: nobody is fine (it names no one), 1–9 persons are too few. */
export function isSmallCell(persons: number): boolean {
  return persons > 0 && persons < MIN_CELL_PERSONS;
}

/** A single count published on its own (no total beside it). */
export function publishCount(persons: number, value: number = persons): Published {
  return isSmallCell(persons) ? null : value;
}

/**
 * Which cells of a row to suppress, given the persons each counts. The row's total (the sum) is
 * published unless it is itself small, in which case every non-empty cell goes. Otherwise small
 * cells go, and when exactly one went, the smallest other non-empty cell goes too: with the total
 * shown, one hidden cell would be the total minus the others.
 */
export function suppressedInRow(persons: readonly number[]): boolean[] {
  const total = persons.reduce((sum, p) => sum + p, 0);
  if (isSmallCell(total)) return persons.map((p) => p > 0);
  const hidden = persons.map(isSmallCell);
  if (hidden.filter(Boolean).length === 1) {
    let partner = -1;
    persons.forEach((p, i) => {
      if (!hidden[i] && p > 0 && (partner < 0 || p < persons[partner]!)) partner = i;
    });
    if (partner >= 0) hidden[partner] = true;
  }
  return hidden;
}

/** A row of counts as published: its cells (null where suppressed) and its total. */
export function publishRow(persons: readonly number[]): { cells: Published[]; total: Published } {
  const hidden = suppressedInRow(persons);
  const total = persons.reduce((sum, p) => sum + p, 0);
  return { cells: persons.map((p, i) => (hidden[i] ? null : p)), total: publishCount(total) };
}
