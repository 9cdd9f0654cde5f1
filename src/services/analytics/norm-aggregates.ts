// Issue 21: the registries summed for the norm simulator, in one statement that reads each
// dwelling of the city once. Per dwelling: its area and the distinct persons N1 counts as
// registered on the date (permanent, and temporary when the ruleset counts them). Then two
// groupings of those rows (GROUPING SETS, one pass): by (area, registered) for the simulator and
// the curve, and by (street, bucket of m² per person) for the distribution by district. No row
// names a dwelling or a person; the domain turns these sums into what may be published.
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { M2_BUCKET_EDGES, type StreetBucket } from '../../domain/analytics/distribution.ts';
import type { AreaGroup } from '../../domain/analytics/norm-simulation.ts';

export interface NormAggregates {
  groups: AreaGroup[];
  streets: StreetBucket[];
}

export interface AggregateQuery {
  city: string;
  date: IsoDate;
  /** N1 (ruleset parameter): whether active temporary registrations count. */
  countTemporary: boolean;
}

interface Row {
  by_street: number;
  area: number | null;
  registered: number | null;
  street: string | null;
  bucket: number | null;
  dwellings: number;
  persons: number;
}

export async function normAggregates(database: Database, q: AggregateQuery): Promise<NormAggregates> {
  // The bucket edges are the domain's constants, written into the statement as numbers.
  const edges = sql.raw(`array[${M2_BUCKET_EDGES.map(Number).join(', ')}]::float8[]`);
  const { rows } = await sql<Row>`
    with per_dwelling as (
      select d.area::float8 as area, d.street_id, count(distinct r.iin)::int as registered
      from dwellings d
      left join registrations r on r.rka = d.rka
        and r.valid_from <= ${q.date}::date and (r.valid_to is null or r.valid_to >= ${q.date}::date)
        and (r.kind = 'permanent' or ${q.countTemporary}::boolean)
      where d.city = ${q.city}
      group by d.rka
    ), bucketed as (
      select p.area, p.registered, p.street_id,
        case when p.registered = 0 then null else width_bucket(p.area / p.registered, ${edges}) end as bucket
      from per_dwelling p
    )
    select grouping(b.area)::int as by_street, b.area, b.registered, s.place || ', ' || s.name as street, b.bucket,
      count(*)::int as dwellings, sum(b.registered)::int as persons
    from bucketed b join streets s on s.id = b.street_id
    group by grouping sets ((b.area, b.registered), (s.place, s.name, b.bucket))`.execute(database.db);
  const groups: AreaGroup[] = [];
  const streets: StreetBucket[] = [];
  for (const r of rows) {
    if (r.by_street === 0) groups.push({ area: r.area!, registered: r.registered!, dwellings: r.dwellings });
    else streets.push({ street: r.street!, bucket: r.bucket, dwellings: r.dwellings, persons: r.persons });
  }
  return { groups, streets };
}

/** The cities of the address register (its streets table: a few hundred rows, not the dwellings). */
export async function registerCities(database: Database): Promise<string[]> {
  const rows = await database.db.selectFrom('streets').select('city').distinct().orderBy('city').execute();
  return rows.map((r) => r.city);
}
