// The people and dwellings `npm run bench:api` files applications with, drawn from the 1M
// population: adult living persons with a БМГ phone, and dwellings whose owners are all adult,
// living and capable (so no case is routed to the hall). Each work item is one applicant, one
// dwelling and one claim, chosen so that the mix of outcomes is known in advance:
//   30 % outside Astana                                → coupon-pending (outside-astana)
//   30 % Astana, norm not reached                       → coupon-pending (norm-not-reached)
//   20 % Astana, norm reached, an owner's adult child  → coupon-pending (relation-confirmed)
//   10 % Astana, norm reached, no relation claimed      → refused (norm-reached)
//   10 % Astana, norm reached, a stranger claims a sibling → refused (no-kinship)
// Selection is deterministic (hashes of seed 2025) except that persons who were sent a code in
// the last 15 minutes are left out (the service allows three codes per IIN in 15 minutes), and
// those who filed 200 applications in the last 24 hours (below).
import { sql } from 'kysely';
import type { Database } from '../src/db/database.ts';
import type { IsoDate } from '../src/domain/dates.ts';

export type ItemKind = 'outside-astana' | 'astana-free' | 'astana-relative' | 'astana-none' | 'astana-stranger';

export interface WorkItem {
  kind: ItemKind;
  iin: string;
  phone: string;
  rka: string;
  relation: { kind: 'none' } | { kind: 'child' } | { kind: 'sibling-full' };
}

interface DwellingRow {
  rka: string;
  city: string;
  reached: boolean;
  owners: string[];
}

const SHARES: [ItemKind, number][] = [
  ['outside-astana', 0.3],
  ['astana-free', 0.3],
  ['astana-relative', 0.2],
  ['astana-none', 0.1],
  ['astana-stranger', 0.1],
];

/** How many items of each kind for `n` items: the shares above, rounded, summing to n. */
function counts(n: number): Map<ItemKind, number> {
  const result = new Map<ItemKind, number>();
  let left = n;
  for (const [kind, share] of SHARES.slice(1)) {
    const k = Math.round(n * share);
    result.set(kind, k);
    left -= k;
  }
  result.set('outside-astana', left);
  return result;
}

/** N1 on `today` for the dwelling d: distinct persons registered ≥ floor(area / 15). */
const normReached = (today: IsoDate) => sql<boolean>`
  (select count(distinct r.iin) from registrations r
    where r.rka = d.rka and r.valid_from <= ${today} and (r.valid_to is null or r.valid_to >= ${today}))
  >= floor(d.area / 15)`;

/** Every owner of the dwelling d is adult, living and capable (no case goes to the hall). */
const capableOwners = (today: IsoDate) => sql<boolean>`
  not exists (
    select 1 from dwelling_owners o2 join persons p2 on p2.iin = o2.iin
    where o2.rka = d.rka and (p2.death_date is not null or p2.birth_date > ${today}::date - interval '18 years'
      or exists (select 1 from incapacities i where i.iin = o2.iin)))`;

/** Dwellings with only adult, living, capable owners, and whether the Astana norm is reached on `today`. */
async function dwellings(database: Database, today: IsoDate, where: ReturnType<typeof sql>, limit: number) {
  const rows = await sql<DwellingRow>`
    select d.rka, d.city, o.owners, ${normReached(today)} as reached
    from dwellings d
    cross join lateral (select array_agg(o.iin order by o.iin) as owners from dwelling_owners o where o.rka = d.rka) o
    where ${where} and o.owners is not null and ${capableOwners(today)}
    order by md5(d.rka || '2025')
    limit ${limit}`.execute(database.db);
  return rows.rows;
}

// Also left out: persons who filed 200 applications or more in the last 24 hours (earlier runs'
// applicants). A run files 60–90 per applicant, far beyond a citizen's day, and the service reads
// a person's recent applications at each filing (at most the daily allowance of them, and the
// bench lifts the allowance), so a reused applicant would make each run slower than the last.
const livingAdultWithPhone = (today: IsoDate) => sql`
  p.death_date is null and p.birth_date <= ${today}::date - interval '18 years'
  and not exists (select 1 from otp_challenges c where c.iin = p.iin and c.created_at > now() - interval '16 minutes')
  and (select count(*) from (select 1 from applications a
         where a.applicant = p.iin and a.created_at > now() - interval '24 hours' limit 200) r) < 200`;

export async function pickWorkItems(database: Database, n: number, today: IsoDate): Promise<WorkItem[]> {
  const want = counts(n);
  const astana = await dwellings(database, today, sql`d.city = 'astana'`, 20 * n);
  const elsewhere = await dwellings(
    database,
    today,
    sql`d.city <> 'astana' and d.rka in (select rka from dwellings tablesample system (1) repeatable (2025))`,
    want.get('outside-astana')!,
  );
  const free = astana.filter((d) => !d.reached);
  const reached = astana.filter((d) => d.reached);

  // Adult children of an owner of an Astana dwelling where the norm is reached, not registered
  // there; searched over all of Astana, as codes sent in the last runs leave some out.
  const relatives = await sql<{ rka: string; iin: string; phone: string }>`
    select * from (
      select distinct on (o.rka) o.rka, p.iin, ph.phone
      from dwellings d
      join dwelling_owners o on o.rka = d.rka
      -- a union, not "b.mother = o.iin or b.father = o.iin": PostgreSQL plans that OR as a scan of
      -- every birth act per owner (minutes on 1M persons); each side of the union is an index lookup
      cross join lateral (
        select child from birth_acts where mother = o.iin
        union all
        select child from birth_acts where father = o.iin) b
      join persons p on p.iin = b.child
      join phone_bindings ph on ph.iin = p.iin
      where d.city = 'astana'
        and ${livingAdultWithPhone(today)}
        and not exists (select 1 from dwelling_owners x where x.rka = o.rka and x.iin = p.iin)
        and not exists (select 1 from registrations r where r.rka = o.rka and r.iin = p.iin
          and r.valid_from <= ${today} and (r.valid_to is null or r.valid_to >= ${today}))
        and ${normReached(today)}
        and ${capableOwners(today)}
      order by o.rka, md5(p.iin || '2025')) x
    order by md5(rka || '2025')
    limit ${n}`.execute(database.db);
  const strangers = await sql<{ iin: string; phone: string }>`
    select p.iin, ph.phone
    from persons p tablesample system (1) repeatable (2025)
    join phone_bindings ph on ph.iin = p.iin
    where ${livingAdultWithPhone(today)}
    order by md5(p.iin || '2025')
    limit ${3 * n}`.execute(database.db);

  const items: WorkItem[] = [];
  const used = new Set<string>();
  const owners = new Set([...astana, ...elsewhere].flatMap((d) => d.owners));
  const nextStranger = () => {
    const s = strangers.rows.find((r) => !used.has(r.iin) && !owners.has(r.iin));
    if (!s) throw new Error('not enough persons with a phone who were not sent a code lately');
    used.add(s.iin);
    return s;
  };
  const relativeItems = relatives.rows.filter((r) => !used.has(r.iin)).slice(0, want.get('astana-relative'));
  for (const r of relativeItems) {
    used.add(r.iin);
    items.push({ kind: 'astana-relative', iin: r.iin, phone: r.phone, rka: r.rka, relation: { kind: 'child' } });
  }
  const taken = new Set(relativeItems.map((r) => r.rka));
  const otherReached = reached.filter((d) => !taken.has(d.rka));
  // Too few relatives: the rest of that share claims nothing.
  const none = want.get('astana-none')! + want.get('astana-relative')! - relativeItems.length;
  const plan: [ItemKind, DwellingRow[], number, WorkItem['relation']][] = [
    ['outside-astana', elsewhere, want.get('outside-astana')!, { kind: 'none' }],
    ['astana-free', free, want.get('astana-free')!, { kind: 'none' }],
    ['astana-none', otherReached, none, { kind: 'none' }],
    ['astana-stranger', otherReached.slice(none), want.get('astana-stranger')!, { kind: 'sibling-full' }],
  ];
  for (const [kind, pool, count, relation] of plan) {
    if (pool.length < count) throw new Error(`only ${pool.length} dwellings for ${count} ${kind} items`);
    for (const d of pool.slice(0, count)) items.push({ kind, ...nextStranger(), rka: d.rka, relation });
  }
  // Interleave the kinds so that neighbouring clients do different work.
  return items
    .map((item, i) => ({ item, key: (i * 7919) % items.length }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}
