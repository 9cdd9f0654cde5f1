// The message the payment gateway signs (docs/payments.md): a JSON body, and two headers —
// the time it was signed (Unix seconds) and an HMAC-SHA256 under the secret shared with the
// gateway, over `<timestamp>.<the exact body bytes>`. The body is verified as it arrived, never
// as re-serialised JSON (a re-encoding would change the bytes); the timestamp is inside the MAC,
// so an old message cannot be given a fresh time, and one older than the allowed clock skew is
// refused even when genuine. The same scheme signs Tirkeu's own requests to the gateway.
// WebCrypto (a global, no import) keeps this layer free of I/O; its HMAC verify compares in
// constant time.
import { z } from 'zod';
import { isUuid } from '../uuid.ts';

export const TIMESTAMP_HEADER = 'x-payment-timestamp';
export const SIGNATURE_HEADER = 'x-payment-signature';
/** Seconds a message's timestamp may be off the receiver's clock, either way. */
export const DEFAULT_MAX_SKEW_SECONDS = 300;

const SIGNATURE = /^v1=([0-9a-f]{64})$/;
const TIMESTAMP = /^[0-9]{1,12}$/;

/** What the gateway reports about one invoice. Amounts in tiyn; KZT only. */
export const callbackBodySchema = z.strictObject({
  /** The gateway's id of this report: the same on every redelivery, so a replay is recognised. */
  eventId: z.string().regex(/^[A-Za-z0-9_\-:.]{1,100}$/),
  invoiceId: z.string().refine(isUuid, 'a UUID'),
  paymentId: z.string().regex(/^[A-Za-z0-9_\-:.]{1,100}$/),
  status: z.enum(['paid', 'cancelled', 'expired']),
  amountTiyn: z.int().positive().max(10_000_000_000),
  currency: z.literal('KZT'),
  at: z.iso.datetime({ offset: true }),
});
export type CallbackBody = z.infer<typeof callbackBodySchema>;

export type CallbackVerdict =
  | { ok: true; body: CallbackBody; timestamp: number }
  | { ok: false; problem: 'signature-invalid' | 'stale' | 'body-invalid' };

const encoder = new TextEncoder();

function hmacKey(secret: Uint8Array, use: 'sign' | 'verify') {
  return crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [use]);
}

const signedText = (timestamp: string, raw: string) => encoder.encode(`${timestamp}.${raw}`);

/** The two headers that sign `raw` at `now`. */
export async function signMessage(raw: string, secret: Uint8Array, now: Date): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), signedText(timestamp, raw)),
  );
  const hex = Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `v1=${hex}` };
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g)!, (pair) => Number.parseInt(pair, 16));
}

/** Whether `raw` carries a valid signature made within `maxSkewSeconds` of `now`. */
export async function verifySignature(
  raw: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  secret: Uint8Array,
  now: Date,
  maxSkewSeconds: number = DEFAULT_MAX_SKEW_SECONDS,
): Promise<{ ok: true; timestamp: number } | { ok: false; problem: 'signature-invalid' | 'stale' }> {
  const { timestamp, signature } = headers;
  const mac = SIGNATURE.exec(signature ?? '')?.[1];
  if (timestamp === undefined || !TIMESTAMP.test(timestamp) || mac === undefined) {
    return { ok: false, problem: 'signature-invalid' };
  }
  const genuine = await crypto.subtle.verify(
    'HMAC',
    await hmacKey(secret, 'verify'),
    hexBytes(mac),
    signedText(timestamp, raw),
  );
  if (!genuine) return { ok: false, problem: 'signature-invalid' };
  const seconds = Number(timestamp);
  // Checked after the MAC: only a genuine message is told it is merely old.
  if (Math.abs(now.getTime() / 1000 - seconds) > maxSkewSeconds) return { ok: false, problem: 'stale' };
  return { ok: true, timestamp: seconds };
}

/** A callback as received: signature, freshness, then the body's shape. */
export async function verifyCallback(
  raw: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  secret: Uint8Array,
  now: Date,
  maxSkewSeconds: number = DEFAULT_MAX_SKEW_SECONDS,
): Promise<CallbackVerdict> {
  const signed = await verifySignature(raw, headers, secret, now, maxSkewSeconds);
  if (!signed.ok) return signed;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'body-invalid' };
  }
  const body = callbackBodySchema.safeParse(parsed);
  return body.success
    ? { ok: true, body: body.data, timestamp: signed.timestamp }
    : { ok: false, problem: 'body-invalid' };
}
