// N1–N3: the Astana norm of one registered person per 15 m² of area.
import type { Registration } from './registry-facts.ts';
import type { RulesetParams } from './rulesets.ts';

export interface NormCheck {
  area: number;
  areaPerPerson: number;
  capacity: number;
  /** Distinct persons counted as registered (before the applicant). */
  registered: number;
  permanent: number;
  temporary: number;
  reached: boolean;
}

const ROUND = { floor: Math.floor, round: Math.round, ceil: Math.ceil } as const;

/**
 * N1: how many persons the dwelling's area allows, round(area / areaPerPerson). The decision
 * engine (checkNorm) and the norm simulator (domain/analytics) both count with this one function.
 */
export function normCapacity(
  area: number,
  params: Pick<RulesetParams, 'astanaAreaPerPerson' | 'areaRounding'>,
): number {
  // A quotient within floating-point noise of a whole number is that number (45.3 / 15.1 is 3).
  const quotient = area / params.astanaAreaPerPerson;
  const snapped = Math.abs(quotient - Math.round(quotient)) < 1e-9 ? Math.round(quotient) : quotient;
  return ROUND[params.areaRounding](snapped);
}

/** N1: reached when the persons registered (before the applicant) fill the capacity. */
export function normReached(registered: number, capacity: number): boolean {
  return registered >= capacity;
}

/**
 * N1: capacity = round(area / areaPerPerson); reached when registered ≥ capacity before adding
 * the applicant. A person registered both permanently and temporarily counts once. `extra` adds
 * persons already accepted in the same application (I7 members after the applicant).
 */
export function checkNorm(
  area: number,
  active: readonly Registration[],
  params: Pick<RulesetParams, 'astanaAreaPerPerson' | 'areaRounding' | 'countTemporaryRegistrations'>,
  extra = 0,
): NormCheck {
  const counted = active.filter((r) => r.kind === 'permanent' || params.countTemporaryRegistrations);
  const persons = new Set(counted.map((r) => r.iin));
  const permanent = new Set(counted.filter((r) => r.kind === 'permanent').map((r) => r.iin)).size;
  const capacity = normCapacity(area, params);
  const registered = persons.size + extra;
  return {
    area,
    areaPerPerson: params.astanaAreaPerPerson,
    capacity,
    registered,
    permanent,
    temporary: persons.size - permanent,
    reached: normReached(registered, capacity),
  };
}
