// The store behind the API's Idempotency-Key (http/api/idempotency.ts; issue 14): one row per
// person's key with the hash of the first request and, once answered, its response. The HTTP
// middleware decides when a key applies and what to replay; this module owns the table.
import { createHmac } from 'node:crypto';
import { jsonText } from '../db/json-column.ts';
import { AppError } from '../errors.ts';
import type { ServiceContext } from './context.ts';

/** The scope of a person's keys: an HMAC of their IIN under the server secret, never the IIN. */
export function idempotencyScope(ctx: ServiceContext, iin: string): string {
  return createHmac('sha256', ctx.secret).update(`idempotency\u0000${iin}`).digest('hex');
}

export interface IdempotentKey {
  subject: string;
  key: string;
}

/** Seconds after which a key still "in progress" counts as abandoned by a crashed attempt. */
export const IN_PROGRESS_STALE_SECONDS = 60;

/** What a claim found: a new key (go on and answer), or the first answer to replay. */
export type Claim = { kind: 'new' } | { kind: 'replay'; status: number; body: unknown };

/**
 * Claims the key for a request with this hash. An expired key is forgotten first, whether or not
 * the retention job has purged it yet. The same key for another request is idempotency-key-reused;
 * one whose first request has not been answered yet is idempotency-in-progress.
 */
export async function claimKey(ctx: ServiceContext, k: IdempotentKey, requestHash: string): Promise<Claim> {
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.settings.idempotencyHours * 3_600_000);
  await db
    .deleteFrom('idempotency_keys')
    .where('subject', '=', k.subject)
    .where('key', '=', k.key)
    .where('expires_at', '<=', now)
    .execute();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ subject: k.subject, key: k.key, request_sha256: requestHash, created_at: now, expires_at: expiresAt })
    .onConflict((oc) => oc.doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { kind: 'new' };
  const prior = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('subject', '=', k.subject)
    .where('key', '=', k.key)
    .executeTakeFirst();
  // Purged between the two statements: the caller may simply retry.
  if (!prior) throw new AppError('idempotency-in-progress');
  if (prior.request_sha256 !== requestHash) throw new AppError('idempotency-key-reused');
  if (prior.status !== null) return { kind: 'replay', status: prior.status, body: prior.body };
  // Issue 16: a first attempt that never finished — its process was killed, or lost the
  // database — would hold the key "in progress" until it expires, and the client could never
  // retry with it. After IN_PROGRESS_STALE_SECONDS (longer than any request runs: registry
  // calls are bounded by their timeouts) the retry takes the key over, one retry only.
  const stale = new Date(now.getTime() - IN_PROGRESS_STALE_SECONDS * 1000);
  const taken = await db
    .updateTable('idempotency_keys')
    .set({ created_at: now })
    .where('subject', '=', k.subject)
    .where('key', '=', k.key)
    .where('status', 'is', null)
    .where('created_at', '<=', stale)
    .returning('key')
    .executeTakeFirst();
  if (!taken) throw new AppError('idempotency-in-progress');
  return { kind: 'new' };
}

/**
 * Issue 16: 16 bytes fixed by the key (its scope and text), for a route whose work must be found
 * again when it runs twice under one key. Under the server secret, so an id chosen by a key is no
 * more guessable than a random one.
 */
export function keySeedOf(ctx: ServiceContext, k: IdempotentKey): Uint8Array {
  return createHmac('sha256', ctx.secret)
    .update(`idempotency-seed\u0000${k.subject}\u0000${k.key}`)
    .digest()
    .subarray(0, 16);
}

/** Forgets a key whose request failed, so that it may be retried with the same key. */
export async function releaseKey(ctx: ServiceContext, k: IdempotentKey): Promise<void> {
  await ctx.database.db
    .deleteFrom('idempotency_keys')
    .where('subject', '=', k.subject)
    .where('key', '=', k.key)
    .execute();
}

/** Keeps the answer to replay for the key. */
export async function rememberAnswer(ctx: ServiceContext, k: IdempotentKey, status: number, body: unknown) {
  await ctx.database.db
    .updateTable('idempotency_keys')
    .set({ status, body: jsonText(body) })
    .where('subject', '=', k.subject)
    .where('key', '=', k.key)
    .execute();
}
