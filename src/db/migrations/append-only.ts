// The statements that make a table append-only at the database level: a trigger refuses UPDATE,
// DELETE and TRUNCATE, so not even the service's own database user can rewrite the record
// (the access log, 0005; ruleset successions, 0014). The SQL is the same for every such table.

/** For runStatements: the function body stays on one line (it splits at line-ending semicolons). */
export function appendOnlyStatements(table: string): string {
  return `
    create function ${table}_append_only() returns trigger language plpgsql as $$
    begin raise exception '${table} is append-only: % refused', tg_op using errcode = '55000'; end
    $$;
    create trigger ${table}_no_update before update or delete on ${table}
      for each row execute function ${table}_append_only();
    create trigger ${table}_no_truncate before truncate on ${table}
      for each statement execute function ${table}_append_only();
    `;
}
