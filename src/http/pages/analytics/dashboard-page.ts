// The service dashboards for supervisors (issue 21): applications per day by outcome and channel,
// refusal reasons, time to the owner's consent (P7) and the outbox's lag, each downloadable as
// CSV (dashboard-csv.ts). A GET form chooses the period.
import type { Context } from 'hono';
import { html } from 'hono/html';
import { OUTCOMES } from '../../../domain/analytics/outcomes.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceDashboard } from '../../../services/analytics/service-dashboard.ts';
import {
  backLink,
  errorOf,
  errorSummary,
  type FormErrors,
  summaryList,
  table,
  textField,
} from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { barChart, CATEGORICAL } from './charts.ts';
import { formatCount, formatDuration, formatShare, shownDate } from './format.ts';

export function dashboardPage(
  c: Context<PageEnv>,
  o: { from: string; to: string; errors: FormErrors; dashboard: ServiceDashboard | null },
) {
  const t = translator(c);
  const lang = c.get('lang');
  const d = o.dashboard;
  const query = `from=${encodeURIComponent(o.from)}&to=${encodeURIComponent(o.to)}`;
  const csv = (part: string) =>
    html`<p><a href="/analytics/service/${part}.csv?${query}" download>${t('dashboard.csv')}</a></p>`;
  return render(c, {
    title: t('dashboard.title'),
    hasErrors: o.errors.length > 0,
    body: html`${backLink(lang, '/analytics')} ${errorSummary(lang, o.errors)}
      <h1>${t('dashboard.title')}</h1>
      <form method="get" action="/analytics/service" novalidate class="analytics-form">
        ${textField(lang, { name: 'from', label: t('dashboard.form.from'), hint: t('form.date.typed-hint'), value: shownDate(o.from), error: errorOf(o.errors, 'from'), width: 'short' })}
        ${textField(lang, { name: 'to', label: t('dashboard.form.to'), hint: t('form.date.typed-hint'), value: shownDate(o.to), width: 'short' })}
        <button type="submit" class="button primary">${t('analytics.form.show')}</button>
      </form>
      ${d ? sections(c, d, csv) : ''}`,
  });
}

function sections(c: Context<PageEnv>, d: ServiceDashboard, csv: (part: string) => ReturnType<typeof html>) {
  const t = translator(c);
  const lang = c.get('lang');
  const n = (v: number) => formatCount(lang, v);
  const outcome = (o: string) => t(`dashboard.outcome.${o}` as MessageKey);
  const none = html`<p>${t('dashboard.none')}</p>`;
  // The chart sums both channels per day; the table beside it keeps them apart.
  const perDay = new Map<string, number[]>();
  for (const row of d.days) {
    const sums = perDay.get(row.day) ?? OUTCOMES.map(() => 0);
    perDay.set(
      row.day,
      sums.map((sum, i) => sum + row.counts[OUTCOMES[i]!]),
    );
  }
  return html`<p>${t('dashboard.lead', { from: displayDate(d.from), to: displayDate(d.to) })}</p>
    <h2>${t('dashboard.days.title')}</h2>
    ${
      d.days.length === 0
        ? none
        : html`${barChart({
            id: 'days',
            title: t('dashboard.days.chart'),
            desc: t('dashboard.lead', { from: displayDate(d.from), to: displayDate(d.to) }),
            rows: [...perDay.entries()].map(([day, values]) => ({
              label: displayDate(day),
              values,
              total: values.reduce((a, b) => a + b, 0),
            })),
            series: OUTCOMES.map(outcome),
            colours: CATEGORICAL,
            scale: 'count',
          })}
          ${table(
            [t('dashboard.col.day'), t('dashboard.col.channel'), ...OUTCOMES.map(outcome)],
            d.days.map((row) => [
              displayDate(row.day),
              t(`dashboard.channel.${row.channel}` as MessageKey),
              ...OUTCOMES.map((o) => n(row.counts[o])),
            ]),
            t('dashboard.days.title'),
          )}`
    }
    ${csv('days')}
    <h2>${t('dashboard.refusals.title')}</h2>
    ${
      d.refusals.length === 0
        ? none
        : table(
            [t('dashboard.col.reason'), t('dashboard.col.count')],
            d.refusals.map((r) => [html`<code>${r.reason}</code>`, n(r.count)]),
            t('dashboard.refusals.title'),
          )
    }
    ${csv('refusals')}
    <h2>${t('dashboard.consent.title')}</h2>
    ${summaryList(lang, [
      { key: t('dashboard.consent.count'), value: n(d.consent.count) },
      { key: t('dashboard.consent.median'), value: formatDuration(lang, d.consent.medianSeconds) },
      { key: t('dashboard.consent.p90'), value: formatDuration(lang, d.consent.p90Seconds) },
      ...(['given', 'declined', 'expired', 'pending', 'withdrawn'] as const).map((a) => ({
        key: t(`dashboard.consent.${a}`),
        value: n(d.consent.answers[a]),
      })),
    ])}
    ${csv('consent')}
    <h2>${t('dashboard.outbox.title')}</h2>
    ${
      d.outbox.length === 0
        ? none
        : table(
            [
              t('dashboard.col.channel'),
              t('dashboard.col.sent'),
              t('dashboard.col.median'),
              t('dashboard.col.p90'),
              t('dashboard.col.pending'),
              t('dashboard.col.oldest'),
            ],
            d.outbox.map((o) => [
              t(`dashboard.channel.${o.channel}`),
              n(o.count),
              formatDuration(lang, o.medianSeconds),
              formatDuration(lang, o.p90Seconds),
              n(o.pending),
              formatDuration(lang, o.oldestPendingSeconds),
            ]),
            t('dashboard.outbox.title'),
          )
    }
    ${csv('outbox')}
    <h2>${t('dashboard.sla.title')}</h2>
    <p>${t('dashboard.sla.lead')}</p>
    ${
      d.sla.length === 0
        ? none
        : table(
            [
              t('dashboard.sla.col.service'),
              t('dashboard.sla.col.office'),
              t('dashboard.sla.col.cases'),
              t('dashboard.sla.col.on-time'),
              t('dashboard.sla.col.late'),
              t('dashboard.sla.col.compliance'),
              t('dashboard.sla.col.withdrawn'),
              t('dashboard.sla.col.open'),
              t('dashboard.sla.col.overdue'),
            ],
            d.sla.map((r) => [
              `${r.name[lang]} (${r.variant})`,
              r.office,
              n(r.cases),
              n(r.onTime),
              n(r.late),
              formatShare(lang, r.compliance),
              n(r.withdrawn),
              n(r.open),
              n(r.openOverdue),
            ]),
            t('dashboard.sla.title'),
          )
    }
    ${csv('sla')}`;
}
