// Open data (issue 21): the norm aggregates for anyone, without logging in — the curve and the
// distribution by district as CSV, both as JSON, and their schema (a Data Package with a Table
// Schema per CSV; a JSON Schema for the JSON). Only published counts: suppressed cells are empty
// or null. Mounted at /open-data; the report is computed at most every few minutes (norm-report.ts).
import { Hono } from 'hono';
import { html } from 'hono/html';
import {
  curveCsv,
  dataPackage,
  districtsCsv,
  normJsonSchema,
  openNormJson,
} from '../../../services/analytics/open-data.ts';
import { openNormReport, today } from '../../../services/analytics/reports.ts';
import { MIN_CELL_PERSONS } from '../../../domain/analytics/suppression.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';

const BASE = '/open-data';

export function openDataPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  // Open data may be fetched by other sites' pages (no cookies are read here).
  app.use('*', async (c, next) => {
    await next();
    c.header('access-control-allow-origin', '*');
  });

  app.get('/', (c) => {
    const t = translator(c);
    return render(c, {
      title: t('opendata.title'),
      body: html`<h1>${t('opendata.title')}</h1>
        <p>${t('opendata.lead', { date: displayDate(today(ctx)), min: MIN_CELL_PERSONS })}</p>
        <ul class="links">
          <li><a href="${BASE}/norm-curve.csv">${t('opendata.curve')}</a></li>
          <li><a href="${BASE}/norm-districts.csv">${t('opendata.districts')}</a></li>
          <li><a href="${BASE}/norm.json">${t('opendata.json')}</a></li>
          <li><a href="${BASE}/datapackage.json">${t('opendata.schema')}</a></li>
          <li><a href="${BASE}/norm.schema.json">${t('opendata.json-schema')}</a></li>
        </ul>`,
    });
  });

  const csv = (name: string, body: string) =>
    new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
      },
    });

  app.get('/norm-curve.csv', async () => csv('norm-curve.csv', curveCsv(await openNormReport(ctx))));
  app.get('/norm-districts.csv', async () => csv('norm-districts.csv', districtsCsv(await openNormReport(ctx))));
  app.get('/norm.json', async (c) => c.json(openNormJson(await openNormReport(ctx))));
  app.get('/norm.schema.json', (c) => c.json(normJsonSchema() as object));
  app.get('/datapackage.json', (c) => c.json(dataPackage(BASE)));
  return app;
}
