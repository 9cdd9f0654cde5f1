// Issue 16, item 4: checking the tamper-evident audit chain (written by the trigger of migration
// 0011). The hashes are recomputed here, in TypeScript, from the stored fields — not by asking
// the database's own function — so a replaced trigger or digest function does not vouch for
// itself. The first broken link is reported by its place in the chain and its record id only:
// what the hash covers (IINs, details) is never printed.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';

/** The hash the first record points back to. */
export const GENESIS = Buffer.alloc(32);
const BATCH = 1000;

export interface ChainHead {
  seq: number;
  hash: string;
}

export interface ChainReport {
  /** Records checked, the whole chain. */
  verified: number;
  /** The last record's place and hash: record it elsewhere to anchor the chain (--anchor). */
  head: ChainHead;
}

interface StoredRecord {
  id: number;
  /** chain_seq as text (a name of its own: ORDER BY must sort the number, not this text). */
  place: string;
  prev_hash: Uint8Array;
  hash: Uint8Array;
  at_micros: string;
  actor_kind: string;
  actor: string | null;
  action: string;
  application_id: string | null;
  certificate_number: string | null;
  from_state: string | null;
  to_state: string | null;
  details: string;
}

/**
 * The text the hash covers, exactly as migration 0011 builds it with jsonb_build_array(…)::text:
 * numbers in digits, strings escaped as JSON (the same escapes as PostgreSQL's), null, and the
 * details as PostgreSQL renders the stored jsonb, joined by ", ".
 */
function canonicalText(r: StoredRecord): string {
  const str = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));
  const fields = [
    r.place,
    r.at_micros,
    str(r.actor_kind),
    str(r.actor),
    str(r.action),
    str(r.application_id),
    str(r.certificate_number),
    str(r.from_state),
    str(r.to_state),
    r.details,
  ];
  return `[${fields.join(', ')}]`;
}

function digest(prev: Uint8Array, r: StoredRecord): Buffer {
  return createHash('sha256').update(prev).update(canonicalText(r), 'utf8').digest();
}

function broken(code: 'audit.chain-broken' | 'audit.chain-gap', seq: number, id: number): AppError {
  return new AppError(code, { seq, id });
}

async function readBatch(database: Database, afterSeq: number): Promise<StoredRecord[]> {
  const { rows } = await sql<StoredRecord>`
    select id, chain_seq::text as place, prev_hash, hash,
      ((extract(epoch from at) * 1000000)::bigint)::text as at_micros, actor_kind, actor::text as actor,
      action, application_id::text as application_id, certificate_number, from_state, to_state,
      details::text as details
    from audit_events where chain_seq > ${afterSeq} order by chain_seq limit ${BATCH}`.execute(database.db);
  return rows;
}

/**
 * Walks the chain from the genesis and fails on the first record that was changed
 * (audit.chain-broken), a record missing between two others (audit.chain-gap), or records
 * missing at the end (audit.chain-head-mismatch: the head row remembers the last one).
 */
export async function verifyAuditChain(database: Database, anchor?: ChainHead): Promise<ChainReport> {
  let seq = 0;
  let prev: Uint8Array = GENESIS;
  let anchorSeen = anchor === undefined;
  for (;;) {
    const batch = await readBatch(database, seq);
    for (const record of batch) {
      const place = Number(record.place);
      if (place !== seq + 1) throw broken('audit.chain-gap', seq + 1, record.id);
      if (!Buffer.from(record.prev_hash).equals(prev)) throw broken('audit.chain-gap', place, record.id);
      const computed = digest(prev, record);
      if (!computed.equals(record.hash)) throw broken('audit.chain-broken', place, record.id);
      if (anchor && anchor.seq === place) {
        if (computed.toString('hex') !== anchor.hash) throw new AppError('audit.anchor-mismatch', { seq: place });
        anchorSeen = true;
      }
      seq = place;
      prev = computed;
    }
    if (batch.length < BATCH) break;
  }
  const head = await database.db.selectFrom('audit_chain').select(['seq', 'head']).executeTakeFirstOrThrow();
  if (Number(head.seq) !== seq || !Buffer.from(head.head).equals(prev)) {
    throw new AppError('audit.chain-head-mismatch', { seq, head: Number(head.seq) });
  }
  if (!anchorSeen) throw new AppError('audit.anchor-mismatch', { seq: anchor?.seq ?? 0 });
  return { verified: seq, head: { seq, hash: Buffer.from(prev).toString('hex') } };
}
