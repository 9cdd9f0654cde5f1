// Issue 21 item 2 with issue 17's case engine: SLA compliance per service and office. A case
// counts in the period it was accepted (D2); it is on time when its first closing move — the
// result ready, or a refusal — fell on or before its due day (D3, Astana's calendar day), late
// after it; a case withdrawn by its applicant counts apart; an open case past its due day is
// overdue now. Aggregates only: no row names a case or a person.
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { dateInAstana, type IsoDate } from '../../domain/dates.ts';
import { latestDefinitions } from '../../domain/public-services/catalogue.ts';

export interface SlaRow {
  service: string;
  variant: string;
  /** The variant's name in each language, from the service's definition. */
  name: { kk: string; ru: string; en: string };
  office: string;
  /** Cases accepted in the period. */
  cases: number;
  onTime: number;
  late: number;
  withdrawn: number;
  open: number;
  openOverdue: number;
  /** onTime / (onTime + late), null while none is closed. */
  compliance: number | null;
}

function variantName(service: string, variant: string): SlaRow['name'] {
  const definition = latestDefinitions().find((d) => d.id === service);
  const named = definition?.variants.find((v) => v.id === variant)?.name ?? definition?.name;
  return named ?? { kk: variant, ru: variant, en: variant };
}

export async function slaCompliance(database: Database, from: IsoDate, to: IsoDate, now: Date): Promise<SlaRow[]> {
  const today = dateInAstana(now);
  // Astana is UTC+5 all year (dates.ts): a moment's day there without the server's time zone data.
  const rows = await sql<{
    service: string;
    variant: string;
    office: string;
    cases: number;
    on_time: number;
    late: number;
    withdrawn: number;
    open: number;
    open_overdue: number;
  }>`
    select c.service, c.variant, c.office, count(*)::int as cases,
      count(*) filter (where c.state <> 'withdrawn' and closed.day is not null and closed.day <= c.due_on)::int as on_time,
      count(*) filter (where c.state <> 'withdrawn' and closed.day is not null and closed.day > c.due_on)::int as late,
      count(*) filter (where c.state = 'withdrawn')::int as withdrawn,
      count(*) filter (where closed.day is null)::int as open,
      count(*) filter (where closed.day is null and c.due_on < ${today}::date)::int as open_overdue
    from cases c
    left join lateral (
      select ((min(e.at) at time zone 'UTC') + interval '5 hours')::date as day
      from case_events e
      where e.case_id = c.id and e.to_state in ('result-ready', 'issued', 'refused', 'withdrawn')
    ) closed on true
    where c.accepted_on between ${from}::date and ${to}::date
    group by c.service, c.variant, c.office
    order by c.service, c.variant, c.office`.execute(database.db);
  return rows.rows.map((r) => ({
    service: r.service,
    variant: r.variant,
    name: variantName(r.service, r.variant),
    office: r.office,
    cases: r.cases,
    onTime: r.on_time,
    late: r.late,
    withdrawn: r.withdrawn,
    open: r.open,
    openOverdue: r.open_overdue,
    compliance: r.on_time + r.late === 0 ? null : r.on_time / (r.on_time + r.late),
  }));
}
