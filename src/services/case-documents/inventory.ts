// 004 cl.4: the materials of a cadastral object are "filed chronologically in one inventory file
// (Annex 8), never destroyed". One file per object (unique key), opened by the first case about
// it; each case's filing, documents and results are appended in order. Both tables are
// append-only in the database (migration 0021), so nothing in a file is ever changed or removed.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { isRka } from '../../domain/rka.ts';
import { AppError } from '../../errors.ts';
import type { Tx } from '../transaction.ts';

/** The object a case is about: its cadastral code (РКА), or its address when it has none yet. */
export type CadastreObjectRef =
  { readonly kind: 'rka'; readonly rka: string } | { readonly kind: 'address'; readonly address: string };

export function inventoryKey(object: CadastreObjectRef): string {
  if (object.kind === 'rka') {
    if (!isRka(object.rka)) throw new AppError('case-document.object-invalid', {}, { path: '/object/rka' });
    return `rka:${object.rka}`;
  }
  // The address as filed, with its spacing and case evened out, so one object has one file.
  const address = object.address.trim().replace(/\s+/g, ' ').toLowerCase();
  if (address.length === 0 || address.length > 300)
    throw new AppError('case-document.object-invalid', {}, { path: '/object/address' });
  return `address:${address}`;
}

export interface InventoryEntry {
  readonly seq: number;
  readonly caseId: string;
  readonly entry: 'filing' | 'document' | 'result';
  readonly documentId: string | null;
  readonly kind: string;
  readonly sha256: string | null;
  readonly addedAt: Date;
}

export interface NewEntry {
  readonly caseId: string;
  readonly entry: 'filing' | 'document' | 'result';
  readonly documentId: string | null;
  readonly kind: string;
  readonly sha256: string | null;
}

/** The object's file, opened if this is the first case about the object. */
export async function inventoryFileOf(tx: Tx, key: string, now: Date): Promise<string> {
  await tx
    .insertInto('inventory_files')
    .values({ id: randomUUID(), object_key: key, opened_at: now })
    .onConflict((oc) => oc.column('object_key').doNothing())
    .execute();
  const file = await tx
    .selectFrom('inventory_files')
    .select('id')
    .where('object_key', '=', key)
    .executeTakeFirstOrThrow();
  return file.id;
}

/** Appends entries to a file in order, after the ones it holds. */
export async function appendToInventory(
  tx: Tx,
  fileId: string,
  entries: readonly NewEntry[],
  now: Date,
): Promise<void> {
  if (entries.length === 0) return;
  // Two cases about one object filed at once: appends to one file wait for each other (a lock
  // for the transaction, as the file's row is append-only and cannot be locked for update).
  await sql`select pg_advisory_xact_lock(hashtextextended(${fileId}, 21))`.execute(tx);
  const last = await tx
    .selectFrom('inventory_entries')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  const start = Number(last?.seq ?? 0);
  await tx
    .insertInto('inventory_entries')
    .values(
      entries.map((e, i) => ({
        file_id: fileId,
        seq: start + i + 1,
        case_id: e.caseId,
        entry: e.entry,
        document_id: e.documentId,
        kind: e.kind,
        sha256: e.sha256,
        added_at: now,
      })),
    )
    .execute();
}

/** The file that holds a case (through its filing entry), or null when the case has none. */
export async function inventoryFileOfCase(tx: Tx, caseId: string): Promise<string | null> {
  const row = await tx
    .selectFrom('inventory_entries')
    .select('file_id')
    .where('case_id', '=', caseId)
    .where('entry', '=', 'filing')
    .executeTakeFirst();
  return row?.file_id ?? null;
}

/** An object's file, in order (for the archive employee and the tests); no document content. */
export async function readInventory(database: Database, object: CadastreObjectRef): Promise<InventoryEntry[]> {
  const rows = await database.db
    .selectFrom('inventory_entries as e')
    .innerJoin('inventory_files as f', 'f.id', 'e.file_id')
    .select(['e.seq', 'e.case_id', 'e.entry', 'e.document_id', 'e.kind', 'e.sha256', 'e.added_at'])
    .where('f.object_key', '=', inventoryKey(object))
    .orderBy('e.seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    caseId: r.case_id,
    entry: r.entry,
    documentId: r.document_id,
    kind: r.kind,
    sha256: r.sha256,
    addedAt: r.added_at,
  }));
}
