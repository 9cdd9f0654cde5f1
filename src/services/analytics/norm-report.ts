// Issue 21: the norm simulator's report — N1 with X m² per person beside the ruleset's own value,
// the curve from 10 to 25 m², and the distribution of m² per person by district — for the CLI
// (`tirkeu simulate norm`), the analyst's pages and the open data alike. Only published counts
// (domain/analytics/suppression.ts) leave this module.
import type { Database } from '../../db/database.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { type DistrictRow, districtDistribution } from '../../domain/analytics/distribution.ts';
import { type NormOutcome, normCurve, simulateNorm } from '../../domain/analytics/norm-simulation.ts';
import { MIN_CELL_PERSONS } from '../../domain/analytics/suppression.ts';
import { chooseRuleset, effectiveParams } from '../../domain/rulesets.ts';
import { AppError } from '../../errors.ts';
import { listSuccessions } from '../ruleset-successions.ts';
import { type NormAggregates, normAggregates } from './norm-aggregates.ts';

export interface NormRequest {
  city: string;
  date: IsoDate;
  /** X: m² per registered person to simulate. */
  m2PerPerson: number;
}

export type NormReport = NormOutcome & {
  city: string;
  date: IsoDate;
  /** N3: whether the ruleset applies a norm in this city at all (only in the capital). */
  normApplies: boolean;
  ruleset: {
    id: string;
    version: string;
    inForce: boolean;
    m2PerPerson: number;
    rounding: string;
    countsTemporary: boolean;
  };
  /** The same counts with the ruleset's own m² per person, to compare with. */
  atRulesetNorm: NormOutcome;
  curve: NormOutcome[];
  districts: DistrictRow[];
  suppression: { minCellPersons: number };
};

const CITY = /^[a-z][a-z-]{1,39}$/;

export function isCityCode(value: string): boolean {
  return CITY.test(value);
}

// The sums change only as registrations do; analysts move X back and forth over the same date.
// A few minutes' reuse spares the registries a full pass per page (and the open data per download).
const CACHE_MS = 10 * 60_000;
const CACHE_ENTRIES = 32;
type Cached = { until: number; value: Promise<NormAggregates> };
const caches = new WeakMap<Database, Map<string, Cached>>();

function cachedAggregates(database: Database, city: string, date: IsoDate, countTemporary: boolean) {
  let cache = caches.get(database);
  if (!cache) {
    cache = new Map<string, Cached>();
    caches.set(database, cache);
  }
  const key = `${city}|${date}|${countTemporary}`;
  const hit = cache.get(key);
  if (hit && hit.until > performance.now()) return hit.value;
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  const value = normAggregates(database, { city, date, countTemporary });
  cache.set(key, { until: performance.now() + CACHE_MS, value });
  // A failed pass is not kept: the next request tries again.
  void value.catch(() => cache.delete(key));
  return value;
}

export async function normReport(
  database: Database,
  request: NormRequest,
  options: { fresh?: boolean } = {},
): Promise<NormReport> {
  if (!isCityCode(request.city)) throw new AppError('analytics.invalid-city', { city: request.city.slice(0, 40) });
  // §0: the ruleset in force on the date, with the recorded extensions and replacements.
  const choice = chooseRuleset(request.date, undefined, await listSuccessions(database.db));
  if (!choice.ok) throw new AppError('unknown-ruleset', { id: choice.id });
  const params = effectiveParams(choice.ruleset);
  const sums = options.fresh
    ? await normAggregates(database, {
        city: request.city,
        date: request.date,
        countTemporary: params.countTemporaryRegistrations,
      })
    : await cachedAggregates(database, request.city, request.date, params.countTemporaryRegistrations);
  const simulated = simulateNorm(sums.groups, request.m2PerPerson, params.areaRounding);
  return {
    city: request.city,
    date: request.date,
    ...simulated,
    normApplies: request.city === params.capital,
    ruleset: {
      id: choice.ruleset.id,
      version: choice.ruleset.version,
      inForce: choice.inForce,
      m2PerPerson: params.astanaAreaPerPerson,
      rounding: params.areaRounding,
      countsTemporary: params.countTemporaryRegistrations,
    },
    atRulesetNorm: simulateNorm(sums.groups, params.astanaAreaPerPerson, params.areaRounding),
    curve: normCurve(sums.groups, params.areaRounding),
    districts: districtDistribution(request.city, sums.streets),
    suppression: { minCellPersons: MIN_CELL_PERSONS },
  };
}
