// One-time SMS codes (F5) to the phone bound in БМГ: for login and for signing. A code is kept
// only as an HMAC under the server secret, lives 5 minutes, allows 3 attempts, and sending is
// rate-limited per IIN and per phone, counted in the database so it holds across instances.
import { createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { enqueue } from '../messaging/outbox.ts';
import { SYSTEM } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction } from '../transaction.ts';

export interface OtpIssued {
  challengeId: string;
  phoneMasked: string;
  expiresAt: Date;
}

function codeHash(secret: Uint8Array, challengeId: string, code: string): string {
  return createHmac('sha256', secret).update(`${challengeId}:${code}`).digest('hex');
}

export function maskPhone(phone: string): string {
  return `${phone.slice(0, 4)}***${phone.slice(-4, -2)}**`;
}

/** Sends a code for `purpose` (e.g. "login", "sign:<application>:<sha256>") to the person's phone. */
export async function issueOtp(ctx: ServiceContext, iin: string, purpose: string): Promise<OtpIssued> {
  const binding = await ctx.registries.phones.phoneOf(iin);
  if (!binding) throw new AppError('otp-no-phone');
  const recorded = await recordChallenge(ctx, { iin, purpose, phone: binding.phone });
  return { ...recorded, phoneMasked: maskPhone(binding.phone) };
}

/** The `phone` of a challenge no code was sent for: one per IIN, so its phone count is the IIN's. */
const noPhone = (iin: string) => `none:${iin}`;

/**
 * Records a challenge under the rate limits and, with a phone, enqueues the SMS with its code.
 * Without one (a login asked for an IIN that has no living person or no БМГ phone, login.ts)
 * the challenge is a decoy: counted against the IIN's limit like any other and answered with
 * wrong-code like any other, but its hash is of random bytes, so no code can ever match it.
 */
export async function recordChallenge(
  ctx: ServiceContext,
  input: { iin: string; purpose: string; phone: string | null },
): Promise<{ challengeId: string; expiresAt: Date }> {
  const { iin, purpose } = input;
  const phone = input.phone ?? noPhone(iin);
  const now = ctx.clock.now();
  const windowStart = new Date(now.getTime() - ctx.settings.otpWindowSeconds * 1000);
  const challengeId = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const hash = input.phone === null ? randomBytes(32).toString('hex') : codeHash(ctx.secret, challengeId, code);
  const expiresAt = new Date(now.getTime() + ctx.settings.otpTtlSeconds * 1000);
  await inTransaction(ctx.database, async (tx) => {
    const [byIin, byPhone] = await Promise.all([
      tx
        .selectFrom('otp_challenges')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('iin', '=', iin)
        .where('created_at', '>', windowStart)
        .executeTakeFirstOrThrow(),
      tx
        .selectFrom('otp_challenges')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('phone', '=', phone)
        .where('created_at', '>', windowStart)
        .executeTakeFirstOrThrow(),
    ]);
    if (Number(byIin.n) >= ctx.settings.otpPerIin || Number(byPhone.n) >= ctx.settings.otpPerPhone) {
      throw new AppError('otp-rate-limited', { minutes: Math.ceil(ctx.settings.otpWindowSeconds / 60) });
    }
    await tx
      .insertInto('otp_challenges')
      .values({ id: challengeId, iin, phone, purpose, code_hash: hash, created_at: now, expires_at: expiresAt })
      .execute();
    if (input.phone === null) return;
    await enqueue(tx, now, {
      channel: 'sms',
      recipient: iin,
      template: purpose === 'login' ? 'sms-otp-login' : 'sms-otp-sign',
      params: { code, minutes: Math.round(ctx.settings.otpTtlSeconds / 60) },
    });
  });
  return { challengeId, expiresAt };
}

type Verdict = { ok: true; iin: string } | { ok: false; error: AppError };

/**
 * Checks a code. A wrong code still commits its counted attempt, so the verdict is returned
 * from the transaction and thrown after it.
 */
export async function verifyOtp(
  ctx: ServiceContext,
  input: { challengeId: string; code: string; purpose: string; iin?: string },
): Promise<string> {
  const now = ctx.clock.now();
  const verdict = await inTransaction(ctx.database, async (tx): Promise<Verdict> => {
    const row = await tx
      .selectFrom('otp_challenges')
      .selectAll()
      .where('id', '=', input.challengeId)
      .forUpdate()
      .executeTakeFirst();
    if (
      !row ||
      row.purpose !== input.purpose ||
      (input.iin !== undefined && row.iin !== input.iin) ||
      row.consumed_at
    ) {
      return { ok: false, error: new AppError('otp-invalid') };
    }
    if (row.expires_at.getTime() <= now.getTime()) return { ok: false, error: new AppError('otp-expired') };
    if (row.attempts >= ctx.settings.otpMaxAttempts) return { ok: false, error: new AppError('otp-attempts-exceeded') };
    const expected = Buffer.from(row.code_hash, 'hex');
    const given = Buffer.from(codeHash(ctx.secret, row.id, input.code), 'hex');
    if (!timingSafeEqual(expected, given)) {
      const attempts = row.attempts + 1;
      await tx.updateTable('otp_challenges').set({ attempts }).where('id', '=', row.id).execute();
      await recordAudit(tx, now, SYSTEM, { action: 'otp-wrong-code', details: { challenge: row.id, attempts } });
      const left = ctx.settings.otpMaxAttempts - attempts;
      return {
        ok: false,
        error: left > 0 ? new AppError('otp-wrong-code', { left }) : new AppError('otp-attempts-exceeded'),
      };
    }
    await tx.updateTable('otp_challenges').set({ consumed_at: now }).where('id', '=', row.id).execute();
    return { ok: true, iin: row.iin };
  });
  if (!verdict.ok) throw verdict.error;
  return verdict.iin;
}
