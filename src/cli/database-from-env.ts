import type { Config } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';

/** DATABASE_URL when set, else PGlite in TIRKEU_DATA_DIR (DEVELOPERS.md §6). */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.DATABASE_URL, dataDir: config.TIRKEU_DATA_DIR });
}
