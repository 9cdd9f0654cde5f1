// The analytics pages (issue 21), mounted at /analytics: the norm simulator for analysts and
// supervisors, the service dashboards (and their CSV) for supervisors. Every route asks for the
// roles first; the services check them again (services/analytics/reports.ts).
import { Hono } from 'hono';
import { parseM2PerPerson } from '../../../domain/analytics/norm-simulation.ts';
import { addressIn } from '../../../domain/address-rendering.ts';
import { type IsoDate, parseTypedDate, toEpochDay } from '../../../domain/dates.ts';
import { DASHBOARD_PARTS, type DashboardPart, dashboardCsv } from '../../../services/analytics/dashboard-csv.ts';
import { ANALYTICS_ROLES, DASHBOARD_ROLES } from '../../../services/analytics/roles.ts';
import {
  analyticsCities,
  analystNormReport,
  defaultPeriod,
  rulesetNorm,
  supervisorDashboard,
  today,
} from '../../../services/analytics/reports.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { operatorActor } from '../console/actor.ts';
import type { FieldError } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { requireOperator } from '../shared/session.ts';
import { dashboardPage } from './dashboard-page.ts';
import { normPage } from './norm-page.ts';

/** The longest period a dashboard sums (a year and a day). */
const MAX_PERIOD_DAYS = 366;

function period(from: string | undefined, to: string | undefined, fallback: { from: IsoDate; to: IsoDate }) {
  const first = from === undefined || from === '' ? fallback.from : parseTypedDate(from);
  const last = to === undefined || to === '' ? fallback.to : parseTypedDate(to);
  const ok = first !== null && last !== null && first <= last && toEpochDay(last) - toEpochDay(first) < MAX_PERIOD_DAYS;
  return ok ? { from: first, to: last } : null;
}

export function analyticsPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const analysts = requireOperator(ANALYTICS_ROLES);
  const supervisors = requireOperator(DASHBOARD_ROLES);

  app.get('/', analysts, async (c) => {
    const actor = operatorActor(c);
    const date = c.req.query('date') ?? today(ctx);
    const lang = c.get('lang');
    const cities = (await analyticsCities(ctx, actor)).map(({ city, place }) => ({
      code: city,
      name: place === '' ? city : addressIn(lang, place),
    }));
    const parsedDate = parseTypedDate(date);
    const norm = await rulesetNorm(ctx, parsedDate ?? today(ctx));
    const choice = {
      m2: c.req.query('m2') ?? String(norm.m2PerPerson),
      date,
      city: c.req.query('city') ?? norm.capital,
    };
    const m2 = parseM2PerPerson(choice.m2);
    const errors: FieldError[] = [];
    if (m2 === null) errors.push({ field: 'm2', key: 'analytics.error.m2' });
    if (parsedDate === null) errors.push({ field: 'date', key: 'analytics.error.date' });
    if (!cities.some((city) => city.code === choice.city)) errors.push({ field: 'city', key: 'analytics.error.city' });
    const report =
      m2 === null || parsedDate === null || errors.length > 0
        ? null
        : await analystNormReport(ctx, actor, { city: choice.city, date: parsedDate, m2PerPerson: m2 });
    return normPage(c, {
      choice,
      errors,
      cities,
      rulesetM2: norm.m2PerPerson,
      report,
      dashboards: DASHBOARD_ROLES.includes(actor.role),
    });
  });

  app.get('/service', supervisors, async (c) => {
    const fallback = defaultPeriod(ctx);
    const from = c.req.query('from') ?? fallback.from;
    const to = c.req.query('to') ?? fallback.to;
    const chosen = period(from, to, fallback);
    if (!chosen) {
      return dashboardPage(c, {
        from,
        to,
        errors: [{ field: 'from', key: 'dashboard.error.period' }],
        dashboard: null,
      });
    }
    const dashboard = await supervisorDashboard(ctx, operatorActor(c), chosen.from, chosen.to);
    return dashboardPage(c, { from: chosen.from, to: chosen.to, errors: [], dashboard });
  });

  app.get('/service/:file{[a-z]+\\.csv}', supervisors, async (c) => {
    const part = c.req.param('file').replace(/\.csv$/, '') as DashboardPart;
    if (!DASHBOARD_PARTS.includes(part)) return c.notFound();
    const chosen = period(c.req.query('from'), c.req.query('to'), defaultPeriod(ctx));
    const fallback = defaultPeriod(ctx);
    const { from, to } = chosen ?? fallback;
    const dashboard = await supervisorDashboard(ctx, operatorActor(c), from, to);
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="tirkeu-${part}-${from}-${to}.csv"`);
    return c.body(dashboardCsv(dashboard, part));
  });

  return app;
}
