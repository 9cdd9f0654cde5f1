// Issue 14: which budgets a request spends (services/throttle.ts), and the coded refusals.
// Keys are HMACs under the server secret, so the throttle table holds no IIN, phone or address.
//
// - An address's own budgets (code requests, code guesses, certificate logins) are spent first,
//   before anything is looked up, so a known and an unknown IIN spend them alike (issue 13).
// - Codes for one IIN are counted per use — login, signing, consent, each its own budget — and,
//   for login, per requesting address: a stranger's requests spend the stranger's share only,
//   never the person's signing codes (requested only when logged in) nor the person's own share.
// - Codes to one phone (for a decoy: per IIN) are counted per use from every caller.
// - Every code, decoys included (so the ceiling answers alike for any IIN), spends the global
//   SMS ceiling.
import { createHmac } from 'node:crypto';
import { AppError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { type Budget, spend } from '../throttle.ts';

/** Who is asking, as the HTTP boundary sees it (http/client-address.ts). */
export interface Caller {
  address: string;
}

export type CodeUse = 'login' | 'signing' | 'consent';

function bucketKey(ctx: ServiceContext, parts: string[]): string {
  return createHmac('sha256', ctx.secret).update(parts.join('\u0000')).digest('hex').slice(0, 40);
}

async function spendOrThrow(
  ctx: ServiceContext,
  parts: string[],
  budget: Budget,
  refusal: (seconds: number) => AppError,
): Promise<void> {
  const spent = await spend(ctx.database, bucketKey(ctx, parts), budget, ctx.clock.now());
  if (!spent.ok) throw refusal(spent.retryAfterSeconds);
}

const rateLimited = (seconds: number) => new AppError('rate-limited', { seconds });
const codesLimited = (seconds: number) =>
  new AppError('otp-rate-limited', { minutes: Math.ceil(seconds / 60), seconds });

/** One request of a client address's own budget of this kind. */
export function spendAddressBudget(
  ctx: ServiceContext,
  caller: Caller,
  kind: keyof ServiceContext['settings']['addressBudgets'],
): Promise<void> {
  return spendOrThrow(ctx, ['address', kind, caller.address], ctx.settings.addressBudgets[kind], rateLimited);
}

/**
 * One code for `iin` to `phone` (null: a decoy), for `use`, asked by `caller` (an address for
 * login; the person themself, logged in, for signing and consent).
 */
export async function spendCodeBudgets(
  ctx: ServiceContext,
  input: { iin: string; phone: string | null; use: CodeUse; caller: string },
): Promise<void> {
  const { otpPerIin, otpPerPhone, otpRefillSeconds, smsPerMinute } = ctx.settings;
  const phone = input.phone ?? `none:${input.iin}`;
  await spendOrThrow(
    ctx,
    ['code', input.use, 'iin', input.iin, input.caller],
    { burst: otpPerIin, everySeconds: otpRefillSeconds },
    codesLimited,
  );
  await spendOrThrow(
    ctx,
    ['code', input.use, 'phone', phone],
    { burst: otpPerPhone, everySeconds: otpRefillSeconds },
    codesLimited,
  );
  await spendOrThrow(ctx, ['sms'], { burst: smsPerMinute, everySeconds: 60 / smsPerMinute }, rateLimited);
}
