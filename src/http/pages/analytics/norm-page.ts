// The norm simulator's page (issue 21, N1): an analyst (akimat, maslikhat) or a supervisor
// chooses the m² per registered person, the date and the city; the page shows what that norm
// would do beside the rules in force, the curve from 10 to 25 m², and m² per person by district.
// A GET form: the choice is in the address, so a page can be bookmarked and shared, and works
// without JavaScript. Aggregates only, cells of 1–9 persons shown as a dash.
import type { Context } from 'hono';
import { html } from 'hono/html';
import { bucketLabel } from '../../../domain/analytics/distribution.ts';
import type { NormOutcome } from '../../../domain/analytics/norm-simulation.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { NormReport } from '../../../services/analytics/norm-report.ts';
import { errorOf, errorSummary, type FormErrors, notice, select, table, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { barChart, lineChart, SEQUENTIAL } from './charts.ts';
import { formatCount, formatM2, formatShare, shownDate } from './format.ts';

export interface NormChoice {
  m2: string;
  date: string;
  city: string;
}

export function normPage(
  c: Context<PageEnv>,
  o: {
    choice: NormChoice;
    errors: FormErrors;
    /** The register's cities: the code the form sends and the name in the page's language. */
    cities: readonly { code: string; name: string }[];
    rulesetM2: number;
    report: NormReport | null;
    dashboards: boolean;
  },
) {
  const t = translator(c);
  const lang = c.get('lang');
  const count = (v: number | null) => formatCount(lang, v);
  const share = (v: number | null) => formatShare(lang, v);
  const choiceForm = html`<form method="get" action="/analytics" novalidate class="analytics-form">
    ${textField(lang, {
      name: 'm2',
      label: t('analytics.form.m2'),
      hint: t('analytics.form.m2-hint', { m2: formatM2(lang, o.rulesetM2) }),
      value: o.choice.m2,
      error: errorOf(o.errors, 'm2'),
      width: 'short',
      maxlength: 5,
    })}
    ${textField(lang, {
      name: 'date',
      label: t('analytics.form.date'),
      hint: t('form.date.typed-hint'),
      value: shownDate(o.choice.date),
      error: errorOf(o.errors, 'date'),
      width: 'short',
    })}
    ${select(lang, {
      name: 'city',
      label: t('analytics.form.city'),
      options: o.cities.map((city) => ({ value: city.code, label: city.name })),
      value: o.choice.city,
      error: errorOf(o.errors, 'city'),
    })}
    <button type="submit" class="button primary">${t('analytics.form.show')}</button>
  </form>`;
  const r = o.report;
  return render(c, {
    title: t('analytics.title'),
    hasErrors: o.errors.length > 0,
    body: html`${errorSummary(lang, o.errors)}
      <h1>${t('analytics.title')}</h1>
      ${r ? html`<p>${t('analytics.lead', { date: displayDate(r.date), min: r.suppression.minCellPersons })}</p>` : ''}
      ${choiceForm} ${r ? results(c, r, count, share) : ''}
      <ul class="links">
        <li><a href="/open-data">${t('analytics.open-data')}</a></li>
        ${o.dashboards ? html`<li><a href="/analytics/service">${t('analytics.dashboard-link')}</a></li>` : ''}
      </ul>`,
  });
}

function results(
  c: Context<PageEnv>,
  r: NormReport,
  count: (v: number | null) => string,
  share: (v: number | null) => string,
) {
  const t = translator(c);
  const lang = c.get('lang');
  const m2 = (v: number) => formatM2(lang, v);
  const rows: [MessageKey, (o: NormOutcome) => string][] = [
    ['analytics.row.dwellings', (o) => count(o.dwellings.total)],
    ['analytics.row.below', (o) => count(o.dwellings.belowNorm)],
    ['analytics.row.at', (o) => count(o.dwellings.atNorm)],
    ['analytics.row.above', (o) => count(o.dwellings.aboveNorm)],
    ['analytics.row.reached', (o) => count(o.nonRelatives.refusedInDwellings)],
    ['analytics.row.share', (o) => share(o.nonRelatives.refusedShare)],
    ['analytics.row.persons', (o) => count(o.persons.registered)],
    ['analytics.row.persons-above', (o) => count(o.persons.inDwellingsAboveNorm)],
    ['analytics.row.beyond', (o) => count(o.persons.beyondCapacity)],
    ['analytics.row.places', (o) => count(o.nonRelatives.placesLeft)],
  ];
  const first = r.curve[0];
  const last = r.curve.at(-1);
  const districtName = (d: string) => t(`analytics.district.${d}` as MessageKey);
  const buckets = r.districts[0]?.buckets.map((_, b) => bucketLabel(b)) ?? [];
  return html`${r.normApplies ? '' : notice('info', t('analytics.not-capital'))}
    <h2>${t('analytics.summary.title', { m2: m2(r.m2PerPerson) })}</h2>
    ${table(
      [
        t('analytics.col.what'),
        t('analytics.col.simulated', { m2: m2(r.m2PerPerson) }),
        t('analytics.col.current', { m2: m2(r.ruleset.m2PerPerson) }),
      ],
      rows.map(([key, value]) => [t(key), value(r), value(r.atRulesetNorm)]),
      t('analytics.summary.title', { m2: m2(r.m2PerPerson) }),
    )}
    <h2>${t('analytics.curve.title')}</h2>
    <p>${t('analytics.curve.lead')}</p>
    ${lineChart({
      id: 'curve',
      title: t('analytics.curve.title'),
      desc: t('analytics.curve.desc', {
        from: share(first?.nonRelatives.refusedShare ?? null),
        to: share(last?.nonRelatives.refusedShare ?? null),
      }),
      points: r.curve.map((p) => ({ x: p.m2PerPerson, y: p.nonRelatives.refusedShare })),
      xLabel: t('analytics.curve.x'),
      yLabel: t('analytics.curve.y'),
      markers: [
        { x: r.m2PerPerson, label: `${t('analytics.curve.chosen')}: ${m2(r.m2PerPerson)}`, tone: 'chosen' },
        {
          x: r.ruleset.m2PerPerson,
          label: `${t('analytics.curve.current')}: ${m2(r.ruleset.m2PerPerson)}`,
          tone: 'current',
        },
      ],
      formatY: (y) => share(y),
    })}
    <details>
      <summary>${t('analytics.curve.table')}</summary>
      ${table(
        [t('analytics.curve.x'), t('analytics.row.reached'), t('analytics.row.share'), t('analytics.row.places')],
        r.curve.map((p) => [
          m2(p.m2PerPerson),
          count(p.nonRelatives.refusedInDwellings),
          share(p.nonRelatives.refusedShare),
          count(p.nonRelatives.placesLeft),
        ]),
        t('analytics.curve.table'),
      )}
    </details>
    <h2>${t('analytics.districts.title')}</h2>
    <p>${t('analytics.districts.lead')}</p>
    ${barChart({
      id: 'districts',
      title: t('analytics.districts.chart'),
      desc: t('analytics.districts.lead'),
      rows: r.districts.map((d) => ({ label: districtName(d.district), values: d.buckets, total: d.persons })),
      series: buckets.map((b) => `${b} m²`),
      colours: SEQUENTIAL,
      scale: 'share',
      hiddenLabel: '—',
    })}
    ${table(
      [
        t('analytics.col.district'),
        t('analytics.col.persons'),
        ...buckets.map((b) => `${b} m²`),
        t('analytics.col.empty'),
      ],
      r.districts.map((d) => [
        districtName(d.district),
        count(d.persons),
        ...d.buckets.map(count),
        count(d.emptyDwellings),
      ]),
      t('analytics.districts.title'),
    )}
    <p class="hint">${t('analytics.suppressed', { min: r.suppression.minCellPersons })}</p>`;
}
