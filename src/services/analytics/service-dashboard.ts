// Issue 21, service dashboards for supervisors: applications per day by outcome and channel, the
// refusal reasons, the time owners take to consent (P7), how far the outbox lags behind, and the
// SLA compliance of the case engine's services (sla-compliance.ts).
// Aggregates only: no row names a person or an application.
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { addDays, endOfDayInAstana, type IsoDate } from '../../domain/dates.ts';
import { OUTCOMES, type Outcome, outcomeOf } from '../../domain/analytics/outcomes.ts';
import { type SlaRow, slaCompliance } from './sla-compliance.ts';

export interface DayRow {
  day: IsoDate;
  channel: 'online' | 'hall';
  counts: Record<Outcome, number>;
}

/** Seconds: how many, the median and the 90th percentile (null when there are none). */
export interface Durations {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface OutboxLag extends Durations {
  channel: 'sms' | 'cabinet';
  pending: number;
  oldestPendingSeconds: number | null;
}

export interface ServiceDashboard {
  from: IsoDate;
  to: IsoDate;
  days: DayRow[];
  refusals: { reason: string; count: number }[];
  consent: Durations & { answers: Record<'given' | 'declined' | 'expired' | 'pending' | 'withdrawn', number> };
  outbox: OutboxLag[];
  /** Cases of the engine's services accepted in the period, per service, variant and office. */
  sla: SlaRow[];
}

const seconds = (value: number | null) => (value === null ? null : Math.round(value));

export async function serviceDashboard(
  database: Database,
  from: IsoDate,
  to: IsoDate,
  now: Date,
): Promise<ServiceDashboard> {
  const db = database.db;
  const perDay = await db
    .selectFrom('applications')
    .select(['application_date', 'channel', 'state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('application_date', '>=', from)
    .where('application_date', '<=', to)
    .groupBy(['application_date', 'channel', 'state'])
    .orderBy('application_date')
    .orderBy('channel')
    .execute();
  const days = new Map<string, DayRow>();
  for (const r of perDay) {
    const key = `${r.application_date}|${r.channel}`;
    let row = days.get(key);
    if (!row) {
      row = {
        day: r.application_date,
        channel: r.channel,
        counts: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
      };
      days.set(key, row);
    }
    row.counts[outcomeOf(r.state)] += Number(r.n);
  }
  const refusals = await db
    .selectFrom('applications')
    .select([
      (eb) => eb.fn.coalesce('reason', sql<string>`'unknown'`).as('reason'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('state', '=', 'refused')
    .where('application_date', '>=', from)
    .where('application_date', '<=', to)
    .groupBy('reason')
    .orderBy('count', 'desc')
    .orderBy('reason')
    .execute();
  // P7: from the moment the application waited for consent to the owner's answer.
  const consent = await sql<{ count: number; median: number | null; p90: number | null }>`
    select count(*)::int as count,
      percentile_cont(0.5) within group (order by w.secs) as median,
      percentile_cont(0.9) within group (order by w.secs) as p90
    from (
      select extract(epoch from c.answered_at - asked.at)::float8 as secs
      from consents c join applications a on a.id = c.application_id
      join lateral (select min(e.at) as at from audit_events e
                    where e.application_id = a.id and e.to_state = 'consent-pending') asked on asked.at is not null
      where c.state = 'given' and c.answered_at is not null
        and a.application_date between ${from}::date and ${to}::date
    ) w`.execute(db);
  const answers = await db
    .selectFrom('consents')
    .innerJoin('applications', 'applications.id', 'consents.application_id')
    .select(['consents.state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('applications.application_date', '>=', from)
    .where('applications.application_date', '<=', to)
    .groupBy('consents.state')
    .execute();
  // The period's Astana days as instants; messages still unsent count whenever they were made.
  const since = endOfDayInAstana(addDays(from, -1));
  const until = endOfDayInAstana(to);
  const outbox = await sql<{
    channel: 'sms' | 'cabinet';
    count: number;
    median: number | null;
    p90: number | null;
    pending: number;
    oldest: number | null;
  }>`
    select channel,
      count(sent_at)::int as count,
      percentile_cont(0.5) within group (order by extract(epoch from sent_at - created_at)::float8)
        filter (where sent_at is not null) as median,
      percentile_cont(0.9) within group (order by extract(epoch from sent_at - created_at)::float8)
        filter (where sent_at is not null) as p90,
      count(*) filter (where sent_at is null and delivery_status is distinct from 'failed')::int as pending,
      max(extract(epoch from ${now}::timestamptz - created_at)::float8)
        filter (where sent_at is null and delivery_status is distinct from 'failed') as oldest
    from outbox
    where (created_at > ${since} and created_at <= ${until}) or (sent_at is null and created_at <= ${now}::timestamptz)
    group by channel order by channel`.execute(db);
  const c = consent.rows[0] ?? { count: 0, median: null, p90: null };
  return {
    from,
    to,
    days: [...days.values()],
    refusals: refusals.map((r) => ({ reason: r.reason, count: Number(r.count) })),
    consent: {
      count: c.count,
      medianSeconds: seconds(c.median),
      p90Seconds: seconds(c.p90),
      answers: {
        given: 0,
        declined: 0,
        expired: 0,
        pending: 0,
        withdrawn: 0,
        ...Object.fromEntries(answers.map((a) => [a.state, Number(a.n)])),
      },
    },
    outbox: outbox.rows.map((r) => ({
      channel: r.channel,
      count: r.count,
      medianSeconds: seconds(r.median),
      p90Seconds: seconds(r.p90),
      pending: r.pending,
      oldestPendingSeconds: seconds(r.oldest),
    })),
    sla: await slaCompliance(database, from, to, now),
  };
}
