// People worth logging in as in the demo, found in whatever population was generated: the owner
// of an Astana flat with room for one more, an owner of a full Astana flat, a newcomer without an Astana registration, a full-time student in the
// capital, a minor owner and their parent (the hall case), a parent who may obtain their child's address certificate online (C3),
// the head of a company who acts for it without a power of attorney and the head of a liquidated
// one who no longer can (ГБД ЮЛ, issue 19), two ЦОН operators, an analyst of the maslikhat
// (issue 21, /analytics) and the back office of one State Corporation office (issue 17 item 6,
// /backoffice: archive employee, executor, technical inspector, management) made for the demo.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export interface DemoPerson {
  role:
    | 'owner-roomy-flat'
    | 'owner-full-flat'
    | 'newcomer'
    | 'student'
    | 'minor-owner'
    | 'minor-owner-parent'
    | 'parent'
    | 'company-head'
    | 'liquidated-company-head'
    | 'hall-operator'
    | 'reception-operator'
    | 'analyst'
    | 'archive-employee'
    | 'executor'
    | 'technical-inspector'
    | 'management';
  iin: string;
  rka?: string;
  /** For `parent`: the child whose certificate they may obtain; for `minor-owner-parent`: the minor owner. */
  child?: string;
  /** For the company heads: the BIN of the legal entity they head. */
  bin?: string;
}

export const DEMO_OFFICE = 'astana-esil-1';
/** Issue 21: the demo analyst's office; an analyst sees aggregates only, wherever they work. */
export const DEMO_ANALYST_OFFICE = 'astana-maslikhat';
/** Issue 17 item 6: the State Corporation office whose back office works the demo's S9/S10 requests. */
export const DEMO_SC_OFFICE = 'astana-sc-1';

/**
 * How many newcomers (adults with a phone, no Astana registration, owning nothing; the first by
 * IIN) the demo takes: the first is the README's newcomer, the others become its staff. A test
 * population run under `tirkeu start` puts this many decoys first so none of its own people
 * becomes staff (test/support/crash-population.ts).
 */
export const DEMO_NEWCOMER_ROWS = 8;

export async function findDemoPeople(database: Database, date: string): Promise<DemoPerson[]> {
  const db = database.db;
  const found: DemoPerson[] = [];
  const full = await sql<{ iin: string; rka: string }>`
    select o.iin, d.rka from dwellings d
    join dwelling_owners o on o.rka = d.rka
    join persons p on p.iin = o.iin and p.death_date is null and p.birth_date <= ${date}::date - interval '18 years'
    where d.city = 'astana'
      and (select count(distinct r.iin) from registrations r
           where r.rka = d.rka and r.valid_from <= ${date} and (r.valid_to is null or r.valid_to >= ${date})) >= floor(d.area / 15)
      and not exists (select 1 from incapacities i where i.iin = o.iin)
      and exists (select 1 from phone_bindings b where b.iin = o.iin)
    order by d.rka limit 1`.execute(db);
  if (full.rows[0]) found.push({ role: 'owner-full-flat', ...full.rows[0] });
  // The README's first walk-through: a newcomer registers in this flat, its one owner consents.
  const roomy = await sql<{ iin: string; rka: string }>`
    select o.iin, d.rka from dwellings d
    join dwelling_owners o on o.rka = d.rka
    join persons p on p.iin = o.iin and p.death_date is null and p.birth_date <= ${date}::date - interval '18 years'
    where d.city = 'astana'
      and (select count(*) from dwelling_owners x where x.rka = d.rka) = 1
      and (select count(distinct r.iin) from registrations r
           where r.rka = d.rka and r.valid_from <= ${date} and (r.valid_to is null or r.valid_to >= ${date})) + 1 <= floor(d.area / 15)
      and not exists (select 1 from incapacities i where i.iin = o.iin)
      and exists (select 1 from phone_bindings b where b.iin = o.iin)
    order by d.rka limit 1`.execute(db);
  if (roomy.rows[0]) found.push({ role: 'owner-roomy-flat', ...roomy.rows[0] });
  const newcomer = await sql<{ iin: string }>`
    select p.iin from persons p
    where p.death_date is null and p.birth_date <= ${date}::date - interval '25 years'
      and exists (select 1 from phone_bindings b where b.iin = p.iin)
      and not exists (select 1 from registrations r join dwellings d on d.rka = r.rka
                      where r.iin = p.iin and d.city = 'astana')
      and not exists (select 1 from dwelling_owners o where o.iin = p.iin)
    order by p.iin limit ${DEMO_NEWCOMER_ROWS}`.execute(db);
  if (newcomer.rows[0]) found.push({ role: 'newcomer', iin: newcomer.rows[0].iin });
  const student = await sql<{ iin: string }>`
    select e.iin from enrolments e
    where e.city = 'astana' and e.form = 'full-time' and e.valid_from <= ${date} and (e.valid_to is null or e.valid_to >= ${date})
      and exists (select 1 from phone_bindings b where b.iin = e.iin)
    order by e.iin limit 1`.execute(db);
  if (student.rows[0]) found.push({ role: 'student', iin: student.rows[0].iin });
  // The hall case (P2): a minor owner with a living adult parent by the birth act, who comes to
  // the hall as the owner's legal representative (P2.2); any minor owner when none has one.
  const minor = await sql<{ iin: string; rka: string; parent: string | null }>`
    select o.iin, o.rka, coalesce(m.iin, f.iin) as parent
    from dwelling_owners o join persons p on p.iin = o.iin
    left join birth_acts b on b.child = o.iin
    left join persons m on m.iin = b.mother and m.death_date is null
      and m.birth_date <= ${date}::date - interval '18 years'
    left join persons f on f.iin = b.father and f.death_date is null
      and f.birth_date <= ${date}::date - interval '18 years'
    where p.death_date is null and p.birth_date > ${date}::date - interval '18 years'
    order by (coalesce(m.iin, f.iin) is null), o.rka limit 1`.execute(db);
  const minorOwner = minor.rows[0];
  if (minorOwner) {
    found.push({ role: 'minor-owner', iin: minorOwner.iin, rka: minorOwner.rka });
    if (minorOwner.parent)
      found.push({ role: 'minor-owner-parent', iin: minorOwner.parent, rka: minorOwner.rka, child: minorOwner.iin });
  }
  const parent = await sql<{ iin: string; child: string }>`
    select b.mother as iin, b.child from birth_acts b
    join persons c on c.iin = b.child and c.death_date is null
    join persons m on m.iin = b.mother and m.death_date is null
    where b.registered >= '2007-08-13'
      and exists (select 1 from phone_bindings p where p.iin = b.mother)
      and exists (select 1 from registrations r where r.iin = b.child and r.valid_from <= ${date}
                  and (r.valid_to is null or r.valid_to >= ${date}))
    order by b.child limit 1`.execute(db);
  if (parent.rows[0]) found.push({ role: 'parent', ...parent.rows[0] });
  // Issue 19: a head who may act for an active company, and one whose company is liquidated.
  for (const [role, liquidated] of [
    ['company-head', false],
    ['liquidated-company-head', true],
  ] as const) {
    const head = await sql<{ iin: string; bin: string }>`
      select e.head_iin as iin, e.bin from legal_entities e
      join persons p on p.iin = e.head_iin and p.death_date is null
      where (e.liquidated_on is not null) = ${liquidated} and e.registered_on <= ${date}
        and not exists (select 1 from incapacities i where i.iin = e.head_iin)
        and exists (select 1 from phone_bindings b where b.iin = e.head_iin)
      order by e.bin limit 1`.execute(db);
    if (head.rows[0]) found.push({ role, ...head.rows[0] });
  }
  // Operators are persons too (they log in like anyone); seven of the newcomers become staff: two
  // ЦОН operators, an analyst, and one person per back-office role of the State Corporation.
  const staff = newcomer.rows.slice(1, DEMO_NEWCOMER_ROWS);
  const roles = [
    { role: 'hall', office: DEMO_OFFICE, demo: 'hall-operator' },
    { role: 'reception', office: DEMO_OFFICE, demo: 'reception-operator' },
    { role: 'analyst', office: DEMO_ANALYST_OFFICE, demo: 'analyst' },
    { role: 'archive-employee', office: DEMO_SC_OFFICE, demo: 'archive-employee' },
    { role: 'executor', office: DEMO_SC_OFFICE, demo: 'executor' },
    { role: 'technical-inspector', office: DEMO_SC_OFFICE, demo: 'technical-inspector' },
    { role: 'management', office: DEMO_SC_OFFICE, demo: 'management' },
  ] as const;
  for (const [i, person] of staff.entries()) {
    const { role, office, demo } = roles[i]!;
    await db
      .insertInto('operators')
      .values({ iin: person.iin, role, office })
      .onConflict((oc) => oc.column('iin').doNothing())
      .execute();
    found.push({ role: demo, iin: person.iin });
  }
  return found;
}
