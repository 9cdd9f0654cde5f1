import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/tirkeu_bench_address_1000000' });
await c.connect();
console.log((await c.query(`select city, place, name from streets where search_key like '%kabanbai%' order by city limit 12`)).rows);
console.log((await c.query(`select count(distinct city) c, count(distinct place) p from streets`)).rows);
console.log((await c.query(`select pg_size_pretty(pg_relation_size('dwellings')) t, pg_size_pretty(pg_indexes_size('dwellings')) i`)).rows);
await c.end();
