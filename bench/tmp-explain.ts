import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/tirkeu_bench_address_1000000' });
await c.connect();
const ex = async (q: string, p: unknown[]) => {
  const r = await c.query('explain (analyze, buffers, summary) ' + q, p);
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  console.log('---');
};
console.log((await c.query('select count(*) from streets')).rows);
await ex(`select id, search_key from streets where word_similarity($1, search_key) >= 0.5 and exists (select 1 from unnest(string_to_array(search_key, ' ')) as k(w) where k.w !~ '^[0-9]' and (starts_with(k.w, $1) or similarity($1, k.w) >= 0.5)) and word_similarity($2, search_key) >= 0.5 and exists (select 1 from unnest(string_to_array(search_key, ' ')) as k(w) where k.w !~ '^[0-9]' and (starts_with(k.w, $2) or similarity($2, k.w) >= 0.5))`, ['kabanbai', 'batira']);
const ids = (await c.query(`select id from streets where search_key like '%kabanbai%'`)).rows.map((r) => r.id);
await ex(`select rka, city, address from (
  select d.rka, d.city, d.address, s.address_prefix, d.house, d.flat from streets s cross join lateral (
    select rka, city, address, house, flat from dwellings where street_id = s.id and house = $2 and flat = $3
    order by house nulls first, flat nulls first, rka limit 20) d where s.id = any($1::bigint[])) r
  order by address_prefix collate "C", house nulls first, flat nulls first, rka limit 20`, [ids, 12, 4]);
await ex(`select rka, city, address from (
  select d.rka, d.city, d.address, s.address_prefix, d.house, d.flat from streets s cross join lateral (
    select rka, city, address, house, flat from dwellings where street_id = s.id and true
    order by house nulls first, flat nulls first, rka limit 20) d where s.id = any($1::bigint[])) r
  order by address_prefix collate "C", house nulls first, flat nulls first, rka limit 20`, [ids]);
await ex(`select rka, city, address from (
  select d.rka, d.city, d.address, s.address_prefix, d.house, d.flat from streets s cross join lateral (
    select rka, city, address, house, flat from dwellings where street_id = s.id and house = $2
    order by house nulls first, flat nulls first, rka limit 20) d where s.id = any($1::bigint[])
  union all
  select d.rka, d.city, d.address, s.address_prefix, d.house, d.flat from streets s cross join lateral (
    select rka, city, address, house, flat from dwellings where street_id = s.id and flat = $2 and house is distinct from $2
    order by house nulls first, flat nulls first, rka limit 20) d where s.id = any($1::bigint[])) r
  order by address_prefix collate "C", house nulls first, flat nulls first, rka limit 20`, [ids, 12]);
await c.end();
