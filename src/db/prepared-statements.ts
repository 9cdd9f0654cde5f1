// Issue 20 (API at 150 applications/s on 2 cores): every parameterised statement is sent as a
// named prepared statement, so that PostgreSQL parses and analyses each distinct statement once
// per connection instead of on every execution, and after five executions may keep one generic
// plan (plan_cache_mode auto). The statements are Kysely's compiled ones: their text is fixed by
// the code (values travel as parameters), so the distinct texts are few — about as many as the
// queries in src/. A cap bounds them anyway (an `in (…)` list compiles one text per length):
// past it, statements go unnamed, as without this module.
//
// Not for a pooler in transaction mode (PgBouncer < 1.21 without max_prepared_statements): a
// prepared statement belongs to a server connection, which such a pooler hands to another client
// between transactions. TIRKEU_PREPARED_STATEMENTS=off turns this off for such a deployment.
import pg from 'pg';

/** Distinct statement texts named per process; beyond, statements are sent unnamed. */
export const MAX_NAMED_STATEMENTS = 2000;

const names = new Map<string, string>();

/** The name of a statement's text, the same on every connection; undefined past the cap. */
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED_STATEMENTS) {
    name = `tirkeu_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

/** How many texts have a name (the cap's test reads it). */
export function namedStatementCount(): number {
  return names.size;
}

type AnyQuery = (this: pg.Client, ...args: unknown[]) => unknown;
/** pg's own query, looked up at each call: bench/statements.ts counts round trips by wrapping it. */
const plainQuery = () => Reflect.get(pg.Client.prototype, 'query') as AnyQuery;

/**
 * A pg client that names what Kysely sends — `query(text, values)` with at least one value —
 * and passes everything else (COPY streams, cursors, BEGIN/COMMIT, callbacks) through as it is.
 */
export class PreparingClient extends pg.Client {}

// Assigned, not declared as a method: pg's overloads of query cannot be restated one by one, and
// the arguments are checked here at run time.
PreparingClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [text, values] = args;
  if (args.length === 2 && typeof text === 'string' && Array.isArray(values) && values.length > 0) {
    const name = statementName(text);
    if (name !== undefined) return plainQuery().call(this, { name, text, values });
  }
  return plainQuery().apply(this, args);
} as pg.Client['query'];
