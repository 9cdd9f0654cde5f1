// One-time SMS codes (F5) to the phone bound in БМГ: for login and for signing. A code is kept
// only as an HMAC under the server secret, lives 5 minutes, allows 3 attempts, and sending is
// throttled per IIN, per phone and service-wide (code-budgets.ts), in the database so it holds
// across instances.
import { createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { enqueue } from '../messaging/outbox.ts';
import { SYSTEM } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction } from '../transaction.ts';
import { type CodeUse, spendCodeBudgets } from './code-budgets.ts';

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

/**
 * Sends a code for `purpose` (e.g. "sign:<application>:<sha256>") to the logged-in person's
 * phone, under the person's own budget for `use`; a new code replaces the person's earlier ones
 * for the same purpose ("send a new code": the old one stops working).
 */
export async function issueOtp(
  ctx: ServiceContext,
  iin: string,
  purpose: string,
  use: Exclude<CodeUse, 'login'>,
): Promise<OtpIssued> {
  const binding = await ctx.registries.phones.phoneOf(iin);
  if (!binding) throw new AppError('otp-no-phone');
  const recorded = await recordChallenge(ctx, {
    iin,
    purpose,
    phone: binding.phone,
    budget: { use, caller: 'self' },
    replaces: 'all',
  });
  return { ...recorded, phoneMasked: maskPhone(binding.phone) };
}

/** The `phone` of a challenge no code was sent for: one per IIN, so its phone budget is the IIN's. */
const noPhone = (iin: string) => `none:${iin}`;

/**
 * Records a challenge under the code budgets (code-budgets.ts) and, with a phone, enqueues the
 * SMS with its code. Without one (a login asked for an IIN that has no living person or no БМГ
 * phone, login.ts) the challenge is a decoy: it spends the same budgets as any other and is
 * answered with wrong-code like any other, but its hash is of random bytes, so no code can ever
 * match it. `replaces`: the challenge this one supersedes (a login's "send a new code", whose
 * caller holds its id), or 'all' of the IIN's live ones for the purpose (a logged-in person's).
 * The budgets are spent outside the transaction: a refused or failed request still counts.
 */
export async function recordChallenge(
  ctx: ServiceContext,
  input: {
    iin: string;
    purpose: string;
    phone: string | null;
    budget: { use: CodeUse; caller: string };
    replaces?: { challenge: string } | 'all' | undefined;
  },
): Promise<{ challengeId: string; expiresAt: Date }> {
  const { iin, purpose } = input;
  const phone = input.phone ?? noPhone(iin);
  await spendCodeBudgets(ctx, { iin, phone: input.phone, ...input.budget });
  const now = ctx.clock.now();
  const challengeId = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const hash = input.phone === null ? randomBytes(32).toString('hex') : codeHash(ctx.secret, challengeId, code);
  const expiresAt = new Date(now.getTime() + ctx.settings.otpTtlSeconds * 1000);
  await inTransaction(ctx.database, async (tx) => {
    if (input.replaces !== undefined) {
      let superseded = tx
        .updateTable('otp_challenges')
        .set({ consumed_at: now })
        .where('iin', '=', iin)
        .where('purpose', '=', purpose)
        .where('consumed_at', 'is', null);
      if (input.replaces !== 'all') superseded = superseded.where('id', '=', input.replaces.challenge);
      await superseded.execute();
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
