// Issue 21: the analytics as the pages ask for them, each checked against who asks. Analysts and
// supervisors get the norm report; supervisors the service dashboards; anyone the open data,
// which is the report for the capital on today's date with the ruleset's own value. Every one of
// them is aggregates only.
import { addDays, dateInAstana, type IsoDate } from '../../domain/dates.ts';
import { chooseRuleset, effectiveParams } from '../../domain/rulesets.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { listSuccessions } from '../ruleset-successions.ts';
import { pickerCities } from '../addresses.ts';
import { registerCities } from './norm-aggregates.ts';
import { type NormReport, type NormRequest, normReport } from './norm-report.ts';
import { ANALYTICS_ROLES, DASHBOARD_ROLES, mayUse } from './roles.ts';
import { type ServiceDashboard, serviceDashboard } from './service-dashboard.ts';

function requireRole(actor: Actor, roles: typeof ANALYTICS_ROLES): void {
  if (!mayUse(actor, roles)) throw new AppError('operator-only');
}

export function today(ctx: ServiceContext): IsoDate {
  return dateInAstana(ctx.clock.now());
}

/** The ruleset's m² per person and capital on the date (§0), which the pages start from. */
export async function rulesetNorm(
  ctx: ServiceContext,
  date: IsoDate,
): Promise<{ m2PerPerson: number; capital: string }> {
  const choice = chooseRuleset(date, undefined, await listSuccessions(ctx.database.db));
  if (!choice.ok) throw new AppError('unknown-ruleset', { id: choice.id });
  const params = effectiveParams(choice.ruleset);
  return { m2PerPerson: params.astanaAreaPerPerson, capital: params.capital };
}

/** The register's cities, each with the place its addresses name ("Астана қ."; empty for none). */
export async function analyticsCities(ctx: ServiceContext, actor: Actor): Promise<{ city: string; place: string }[]> {
  requireRole(actor, ANALYTICS_ROLES);
  const places = new Map((await pickerCities(ctx)).map((c) => [c.city, c.place]));
  return (await registerCities(ctx.database)).map((city) => ({ city, place: places.get(city) ?? '' }));
}

export async function analystNormReport(ctx: ServiceContext, actor: Actor, request: NormRequest): Promise<NormReport> {
  requireRole(actor, ANALYTICS_ROLES);
  return normReport(ctx.database, request);
}

export async function supervisorDashboard(
  ctx: ServiceContext,
  actor: Actor,
  from: IsoDate,
  to: IsoDate,
): Promise<ServiceDashboard> {
  requireRole(actor, DASHBOARD_ROLES);
  return serviceDashboard(ctx.database, from, to, ctx.clock.now());
}

/** The last 30 days up to today: the dashboards' period unless one is chosen. */
export function defaultPeriod(ctx: ServiceContext): { from: IsoDate; to: IsoDate } {
  const to = today(ctx);
  return { from: addDays(to, -29), to };
}

/** Open data: the capital, today, the ruleset's value. */
export async function openNormReport(ctx: ServiceContext): Promise<NormReport> {
  const date = today(ctx);
  const norm = await rulesetNorm(ctx, date);
  return normReport(ctx.database, { city: norm.capital, date, m2PerPerson: norm.m2PerPerson });
}
