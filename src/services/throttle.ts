// Throttling shared by every server process (issue 14): each budget is one row of
// throttle_buckets, spent by one atomic statement, so two processes (or two requests in one)
// cannot both take the last unit. The algorithm is GCRA, a token bucket kept as one timestamp:
// the bucket holds `burst` requests and one more comes back every `everySeconds`. A budget
// with `backoff` (an address's own budget, never a person's) also punishes a caller that keeps
// asking while refused: each refused request pushes its next chance back by twice as long as
// the last (capped), so hammering does not pay, and the penalty is forgotten once the bucket is
// full again. A person's budgets refill steadily instead, so that a stranger's requests can
// never keep them out for longer than one refill.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export interface Budget {
  /** Requests the bucket holds when full. */
  burst: number;
  /** Seconds until one more request is allowed. */
  everySeconds: number;
  /** Exponential backoff for callers that keep asking while refused (address budgets only). */
  backoff?: boolean;
}

/** The longest a refused caller is made to wait by backoff, beyond the ordinary refill. */
export const MAX_PENALTY_SECONDS = 3600;

export type Spent = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Spends one request of the budget `key`; refuses (spending nothing, unless backoff is on)
 * when the bucket is empty, with the seconds until a request would be allowed.
 */
export async function spend(database: Database, key: string, budget: Budget, now: Date): Promise<Spent> {
  const every = budget.everySeconds;
  const capacity = budget.burst * every;
  const penaltyCap = (budget.burst - 1) * every + MAX_PENALTY_SECONDS;
  const seconds = (value: number) => sql`make_interval(secs => ${value}::float8)`;
  const at = sql`${now.toISOString()}::timestamptz`;
  // The old row's values throughout: greatest(b.tat, now) is when the bucket would be at its
  // current level; adding one request must stay within `capacity` of now.
  const fits = sql`greatest(b.tat, ${at}) + ${seconds(every)} <= ${at} + ${seconds(capacity)}`;
  const row = await sql<{ tat: Date; allowed: boolean }>`
    insert into throttle_buckets as b (key, tat, strikes, allowed)
    values (${key}, ${at} + ${seconds(every)}, 0, true)
    on conflict (key) do update set
      allowed = ${fits},
      tat = case
        when ${fits} then greatest(b.tat, ${at}) + ${seconds(every)}
        when ${budget.backoff === true} then least(
          b.tat + ${seconds(every)} * power(2, least(b.strikes, 20)),
          ${at} + ${seconds(penaltyCap)})
        else b.tat
      end,
      strikes = case
        when ${fits} then (case when b.tat <= ${at} then 0 else b.strikes end)
        else least(b.strikes + 1, 1000)
      end
    returning tat, allowed`.execute(database.db);
  const result = row.rows[0]!;
  if (result.allowed) return { ok: true };
  const tat = new Date(result.tat).getTime();
  const wait = (tat + every * 1000 - capacity * 1000 - now.getTime()) / 1000;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
}

/** Buckets that are full again carry no information: the retention job may delete them. */
export async function purgeFullBuckets(database: Database, now: Date): Promise<number> {
  const result = await database.db.deleteFrom('throttle_buckets').where('tat', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
