import type { Config } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { AppError } from '../errors.ts';

/** DATABASE_URL when set, else PGlite in TIRKEU_DATA_DIR (DEVELOPERS.md §6). */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.TIRKEU_DATA_DIR,
    preparedStatements: config.TIRKEU_PREPARED_STATEMENTS === 'on',
  });
}

/**
 * Issue 20, scale-out: DATABASE_REPLICA_URL, a streaming replica of the primary, answers the
 * registries' reads; everything that writes — and the norm's re-check at signing, under the
 * dwelling's lock — stays on the primary. Its sessions are read-only, so a write sent there by
 * mistake fails instead of landing on a server that is not the primary. Null when not set.
 */
export async function openReplicaDatabase(config: Config): Promise<Database | null> {
  if (!config.DATABASE_REPLICA_URL) return null;
  assertReplicaSupported(config);
  const url = new URL(config.DATABASE_REPLICA_URL);
  url.searchParams.set('options', '-c default_transaction_read_only=on');
  return openDatabase({ url: url.toString(), preparedStatements: config.TIRKEU_PREPARED_STATEMENTS === 'on' });
}

/** A replica of the embedded database cannot exist: DATABASE_REPLICA_URL needs DATABASE_URL. */
export function assertReplicaSupported(config: Config): void {
  if (config.DATABASE_REPLICA_URL && !config.DATABASE_URL) throw new AppError('replica-needs-database-server');
}
