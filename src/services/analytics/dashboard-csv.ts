// Issue 21: the service dashboards as CSV, one file per table, for supervisors to take further.
import { OUTCOMES } from '../../domain/analytics/outcomes.ts';
import { toCsv } from './csv.ts';
import type { ServiceDashboard } from './service-dashboard.ts';

export const DASHBOARD_PARTS = ['days', 'refusals', 'consent', 'outbox', 'sla'] as const;
export type DashboardPart = (typeof DASHBOARD_PARTS)[number];

export function dashboardCsv(d: ServiceDashboard, part: DashboardPart): string {
  switch (part) {
    case 'days':
      return toCsv(
        ['day', 'channel', ...OUTCOMES.map((o) => o.replace('-', '_'))],
        d.days.map((r) => [r.day, r.channel, ...OUTCOMES.map((o) => r.counts[o])]),
      );
    case 'refusals':
      return toCsv(
        ['reason', 'applications'],
        d.refusals.map((r) => [r.reason, r.count]),
      );
    case 'consent':
      return toCsv(
        [
          'from',
          'to',
          'consents_given',
          'median_seconds',
          'p90_seconds',
          'declined',
          'expired',
          'pending',
          'withdrawn',
        ],
        [
          [
            d.from,
            d.to,
            d.consent.count,
            d.consent.medianSeconds,
            d.consent.p90Seconds,
            d.consent.answers.declined,
            d.consent.answers.expired,
            d.consent.answers.pending,
            d.consent.answers.withdrawn,
          ],
        ],
      );
    case 'outbox':
      return toCsv(
        ['channel', 'sent', 'median_seconds', 'p90_seconds', 'pending', 'oldest_pending_seconds'],
        d.outbox.map((o) => [o.channel, o.count, o.medianSeconds, o.p90Seconds, o.pending, o.oldestPendingSeconds]),
      );
    case 'sla':
      return toCsv(
        ['service', 'variant', 'office', 'cases', 'on_time', 'late', 'withdrawn', 'open', 'open_overdue', 'compliance'],
        d.sla.map((r) => [
          r.service,
          r.variant,
          r.office,
          r.cases,
          r.onTime,
          r.late,
          r.withdrawn,
          r.open,
          r.openOverdue,
          r.compliance === null ? null : Number(r.compliance.toFixed(4)),
        ]),
      );
  }
}
