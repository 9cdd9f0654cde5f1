import { type Kysely, sql } from 'kysely';

/**
 * Runs a migration script one statement at a time: PGlite's query path (the extended protocol)
 * takes a single statement per call. Statements are split on semicolons at line ends, so keep
 * semicolons out of string literals in migration scripts.
 */
export async function runStatements(db: Kysely<unknown>, script: string): Promise<void> {
  const withoutComments = script.replace(/^\s*--.*$/gm, '');
  for (const statement of withoutComments.split(/;\s*$/m)) {
    if (statement.trim() !== '') await sql.raw(statement).execute(db);
  }
}
