// Issue 21: what a different Astana norm (N1) would do, over the dwellings as the registries hold
// them on a date. The registries are summed to groups of dwellings with the same area and the
// same number of registered persons; everything here is arithmetic on those groups, with the
// capacity counted by the decision engine's own normCapacity (domain/norm.ts), so the simulator
// and the decisions cannot disagree on the rule.
import { normCapacity, normReached } from '../norm.ts';
import type { AreaRounding } from '../rulesets.ts';
import { isSmallCell, type Published, publishCount } from './suppression.ts';

/** Dwellings of one area with one number of registered persons (N1: those the norm counts). */
export interface AreaGroup {
  area: number;
  registered: number;
  dwellings: number;
}

/** The m² per person the simulator accepts, and the range the curve shows (issue 21: 10 to 25). */
export const M2_MIN = 1;
export const M2_MAX = 100;
export const CURVE_FROM = 10;
export const CURVE_TO = 25;

/** "15", "12.5" or "12,5": m² per person with at most one decimal, within M2_MIN–M2_MAX. */
export function parseM2PerPerson(text: string): number | null {
  const match = /^([0-9]{1,3})(?:[.,]([0-9]))?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(`${match[1]}.${match[2] ?? '0'}`);
  return value >= M2_MIN && value <= M2_MAX ? value : null;
}

interface Tally {
  dwellings: number;
  persons: number;
}

/** N1 at one value of m² per person. Counts of dwellings and persons; null where suppressed. */
export interface NormOutcome {
  m2PerPerson: number;
  dwellings: {
    total: number;
    /** Fewer registered than the capacity: a non-relative may still register. */
    belowNorm: Published;
    /** Exactly as many registered as the capacity. */
    atNorm: Published;
    /** More registered than the capacity (registrations made before, or exempt by N2). */
    aboveNorm: Published;
    /** The norm is reached (N1): a non-relative's registration is refused. */
    atOrAboveNorm: Published;
  };
  persons: {
    registered: Published;
    inDwellingsBelowNorm: Published;
    inDwellingsAtNorm: Published;
    inDwellingsAboveNorm: Published;
    /** Persons registered beyond the capacity, summed over the dwellings above the norm. */
    beyondCapacity: Published;
  };
  nonRelatives: {
    /** How many more persons who are not relatives (N2) the norm still lets register. */
    placesLeft: Published;
    /** Dwellings where a would-be registration of a non-relative is refused (= atOrAboveNorm). */
    refusedInDwellings: Published;
    /** That, as a share of all dwellings (0–1, four decimals); null with the count. */
    refusedShare: Published;
  };
}

/** N1 over the groups with `m2PerPerson` in place of the ruleset's value; rounding as the ruleset's. */
export function simulateNorm(groups: readonly AreaGroup[], m2PerPerson: number, rounding: AreaRounding): NormOutcome {
  const params = { astanaAreaPerPerson: m2PerPerson, areaRounding: rounding };
  const below: Tally = { dwellings: 0, persons: 0 };
  const at: Tally = { dwellings: 0, persons: 0 };
  const above: Tally = { dwellings: 0, persons: 0 };
  let placesLeft = 0;
  let beyond = 0;
  for (const g of groups) {
    const capacity = normCapacity(g.area, params);
    const tally = !normReached(g.registered, capacity) ? below : g.registered === capacity ? at : above;
    tally.dwellings += g.dwellings;
    tally.persons += g.registered * g.dwellings;
    if (tally === below) placesLeft += (capacity - g.registered) * g.dwellings;
    if (tally === above) beyond += (g.registered - capacity) * g.dwellings;
  }
  const total = below.dwellings + at.dwellings + above.dwellings;
  const reached = { dwellings: at.dwellings + above.dwellings, persons: at.persons + above.persons };
  // A count of dwellings tells about the persons registered in them: it is suppressed with them.
  const cell = (t: Tally, value = t.dwellings) => publishCount(t.persons, value);
  return {
    m2PerPerson,
    dwellings: {
      total,
      belowNorm: cell(below),
      atNorm: cell(at),
      aboveNorm: cell(above),
      atOrAboveNorm: cell(reached),
    },
    persons: {
      registered: publishCount(below.persons + reached.persons),
      inDwellingsBelowNorm: cell(below, below.persons),
      inDwellingsAtNorm: cell(at, at.persons),
      inDwellingsAboveNorm: cell(above, above.persons),
      // A count of persons in its own right too: suppressed when it is about 1–9 of them.
      beyondCapacity: isSmallCell(beyond) ? null : cell(above, beyond),
    },
    nonRelatives: {
      placesLeft: cell(below, placesLeft),
      refusedInDwellings: cell(reached),
      refusedShare: cell(reached, total === 0 ? 0 : Math.round((reached.dwellings / total) * 10_000) / 10_000),
    },
  };
}

/** The values of m² per person the curve is drawn through: CURVE_FROM to CURVE_TO by `step`. */
export function curveValues(step = 1): number[] {
  const values: number[] = [];
  for (let i = 0; CURVE_FROM + i * step <= CURVE_TO + 1e-9; i++)
    values.push(Math.round((CURVE_FROM + i * step) * 10) / 10);
  return values;
}

/** The effect of the norm from CURVE_FROM to CURVE_TO m² per person: one outcome per value. */
export function normCurve(groups: readonly AreaGroup[], rounding: AreaRounding, step = 1): NormOutcome[] {
  return curveValues(step).map((m2) => simulateNorm(groups, m2, rounding));
}
