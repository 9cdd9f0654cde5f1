// Login by the two methods of F5: a CMS signature over a one-time challenge with a certificate
// that carries the IIN, or IIN + SMS code to the БМГ phone. Either way the person must exist and
// be alive in ГБД ФЛ.
import { randomBytes, randomUUID } from 'node:crypto';
import { parseIin } from '../../domain/iin.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { verifySignature } from '../signatures/verify.ts';
import { inTransaction } from '../transaction.ts';
import { type Caller, spendAddressBudget } from './code-budgets.ts';
import { noSoonerThan } from './even-time.ts';
import { recordChallenge, verifyOtp } from './otp.ts';
import { openSession } from './sessions.ts';

const CHALLENGE_SECONDS = 300;

/** A challenge to sign; each one is a row, so an address may ask for a bounded number (issue 14). */
export async function createLoginChallenge(
  ctx: ServiceContext,
  caller: Caller,
): Promise<{ challengeId: string; nonce: string; expiresAt: Date }> {
  await spendAddressBudget(ctx, caller, 'logins');
  const challengeId = randomUUID();
  const nonce = `tirkeu-login:${randomBytes(24).toString('base64url')}`;
  const expiresAt = new Date(ctx.clock.now().getTime() + CHALLENGE_SECONDS * 1000);
  await ctx.database.db
    .insertInto('auth_challenges')
    .values({ id: challengeId, nonce, expires_at: expiresAt })
    .execute();
  return { challengeId, nonce, expiresAt };
}

async function requireLivingPerson(ctx: ServiceContext, iin: string): Promise<void> {
  const person = await ctx.registries.persons.person(iin);
  if (!person || person.deathDate !== null) throw new AppError('login-person-unknown');
}

export async function loginWithCertificate(
  ctx: ServiceContext,
  input: { challengeId: string; cms: string },
  caller: Caller,
) {
  await spendAddressBudget(ctx, caller, 'logins');
  const now = ctx.clock.now();
  // The challenge is consumed whatever the outcome: a signature can be tried once.
  const challenge = await inTransaction(ctx.database, async (tx) => {
    const row = await tx
      .selectFrom('auth_challenges')
      .selectAll()
      .where('id', '=', input.challengeId)
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.consumed_at || row.expires_at.getTime() <= now.getTime()) return null;
    await tx.updateTable('auth_challenges').set({ consumed_at: now }).where('id', '=', row.id).execute();
    return row;
  });
  if (!challenge) throw new AppError('login-challenge-invalid');
  const check = await verifySignature({
    cms: input.cms,
    content: new TextEncoder().encode(challenge.nonce),
    trust: ctx.trust,
    at: now,
  });
  if (!check.ok) throw new AppError(check.code);
  await requireLivingPerson(ctx, check.iin);
  return { iin: check.iin, ...(await openSession(ctx, check.iin, 'cms')) };
}

/** A login code request as the caller sees it: the same for every valid IIN (no phone, no name). */
export interface LoginCodeRequested {
  challengeId: string;
  expiresAt: Date;
}

/**
 * Sends a login code to the БМГ phone of a living person. The answer does not tell whether the
 * IIN is a person's, a living one's or one with a phone (issue 13: no enumeration): every valid
 * IIN gets a challenge under the same rate limits, the same database work and the same answer
 * time; only a living person with a phone gets an SMS, and any other challenge can only fail at
 * the code step, with the same wrong-code answer. An invalid IIN says so: it reveals nothing.
 */
export async function requestLoginCode(
  ctx: ServiceContext,
  iin: string,
  caller: Caller,
  options: { replaces?: string } = {},
): Promise<LoginCodeRequested> {
  // Issue 14: the address's budget first, before anything about the IIN is looked up, so every
  // request spends it alike; then the IIN's login-code budget from this address, the phone's
  // and the SMS ceiling (code-budgets.ts), decoys included.
  await spendAddressBudget(ctx, caller, 'codeRequests');
  const parsed = parseIin(iin);
  if (!parsed.ok) throw new AppError('invalid-iin-input', {}, { path: '/iin' });
  return noSoonerThan(ctx.settings.loginCodeMinMs, async () => {
    const [person, binding] = await Promise.all([
      ctx.registries.persons.person(iin),
      ctx.registries.phones.phoneOf(iin),
    ]);
    const reachable = person !== null && person.deathDate === null && binding !== null;
    return recordChallenge(ctx, {
      iin,
      purpose: 'login',
      phone: reachable ? binding.phone : null,
      budget: { use: 'login', caller: caller.address },
      replaces:
        options.replaces !== undefined && isUuid(options.replaces) ? { challenge: options.replaces } : undefined,
    });
  });
}

export async function loginWithCode(
  ctx: ServiceContext,
  input: { challengeId: string; code: string; iin: string },
  caller: Caller,
) {
  // Issue 14: guesses per address, whichever challenge (each also allows only otpMaxAttempts).
  await spendAddressBudget(ctx, caller, 'codeGuesses');
  const iin = await verifyOtp(ctx, { ...input, purpose: 'login' });
  return { iin, ...(await openSession(ctx, iin, 'otp')) };
}
