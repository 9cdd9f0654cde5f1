// Issue 17, part 4 (services.md S9/S10 "Fee"; 004 L1 r.8): what an invoice asks for, when a case
// has paid enough, what a gateway report does to an invoice, and the signed callback message.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SIGNATURE_HEADER, signMessage, TIMESTAMP_HEADER, verifyCallback } from '../../src/domain/payments/callback.ts';
import {
  configuredPricesSchema,
  invoiceAmount,
  stagesDue,
  tiynOfKzt,
  unknownPriceKeys,
} from '../../src/domain/payments/fees.ts';
import { issueProblem, paidThrough, transition } from '../../src/domain/payments/invoice.ts';
import { SERVICE_DEFINITIONS } from '../../src/domain/public-services/catalogue.ts';
import { S9, S10 } from '../../src/domain/public-services/cadastre-services.ts';
import { S3 } from '../../src/domain/public-services/residence-services.ts';

describe('S9/S10 fee: amounts by variant and stage (004 L1 r.6, r.8)', () => {
  it('S9b pays a base cost on filing and the rest before the result', () => {
    assert.deepEqual(stagesDue(S9, 'S9b'), ['on-filing', 'before-result']);
    assert.deepEqual(stagesDue(S9, 'S9c'), ['on-filing', 'before-result']);
    const base = invoiceAmount(S9, 'S9b', 'on-filing');
    const rest = invoiceAmount(S9, 'S9b', 'before-result');
    assert.equal(base.kind === 'due' && base.what, 'Base cost of the technical inspection');
    assert.equal(rest.kind === 'due' && rest.what, 'Additional payment (the full cost)');
  });

  it('S9a and S10 pay once, on filing', () => {
    assert.deepEqual(stagesDue(S9, 'S9a'), ['on-filing']);
    assert.deepEqual(stagesDue(S10, 'S10'), ['on-filing']);
    assert.deepEqual(invoiceAmount(S10, 'S10', 'before-result'), { kind: 'none' });
  });

  it('a service without a price list, or an unknown variant, has nothing to pay', () => {
    assert.deepEqual(invoiceAmount(S3, 'S3', 'on-filing'), { kind: 'none' });
    assert.deepEqual(invoiceAmount(S9, 'S9z', 'on-filing'), { kind: 'none' });
    assert.deepEqual(stagesDue(S3, 'S3'), []);
  });

  it('the catalogue figures are marked placeholders (order № 21/НҚ is not in the sources), in tiyn', () => {
    assert.deepEqual(invoiceAmount(S9, 'S9b', 'on-filing'), {
      kind: 'due',
      amount: 500_000,
      placeholder: true,
      what: 'Base cost of the technical inspection',
    });
  });

  it('a configured price replaces the placeholder and is not marked', () => {
    const amount = invoiceAmount(S9, 'S9b', 'before-result', { 'S9b/before-result': 12_345.67 });
    assert.deepEqual(amount, {
      kind: 'due',
      amount: 1_234_567,
      placeholder: false,
      what: 'Additional payment (the full cost)',
    });
    assert.equal(tiynOfKzt(0.1 + 0.2), 30);
  });

  it('configured keys must name a fee stage of the catalogue', () => {
    assert.deepEqual(unknownPriceKeys(SERVICE_DEFINITIONS, { 'S9b/on-filing': 1, 'S10/before-result': 2 }), [
      'S10/before-result',
    ]);
    assert.equal(configuredPricesSchema.safeParse({ 'S9b/on-filing': 5200 }).success, true);
    assert.equal(configuredPricesSchema.safeParse({ S9b: 5200 }).success, false);
    assert.equal(configuredPricesSchema.safeParse({ 'S9b/on-filing': -1 }).success, false);
  });
});

describe('S9b two stages: the result only after the additional payment (004 cl.6, L1 r.8)', () => {
  const due = stagesDue(S9, 'S9b');
  const base = { stage: 'on-filing', state: 'paid' } as const;

  it('nothing paid: not even the first stage', () => {
    assert.equal(paidThrough([], 'on-filing', due), false);
    assert.equal(paidThrough([{ stage: 'on-filing', state: 'issued' }], 'on-filing', due), false);
  });

  it('the base paid: through filing, not through the result', () => {
    assert.equal(paidThrough([base], 'on-filing', due), true);
    assert.equal(paidThrough([base], 'before-result', due), false);
    assert.equal(paidThrough([base, { stage: 'before-result', state: 'issued' }], 'before-result', due), false);
    assert.equal(paidThrough([base, { stage: 'before-result', state: 'expired' }], 'before-result', due), false);
  });

  it('both paid: through the result', () => {
    assert.equal(paidThrough([base, { stage: 'before-result', state: 'paid' }], 'before-result', due), true);
  });

  it('a variant with one stage is paid through the result once it paid on filing (S10)', () => {
    assert.equal(paidThrough([base], 'before-result', stagesDue(S10, 'S10')), true);
  });

  it('the additional payment is not asked for before the base one', () => {
    assert.equal(issueProblem([], 'before-result', due), 'earlier-stage-unpaid');
    assert.equal(issueProblem([{ stage: 'on-filing', state: 'issued' }], 'before-result', due), 'earlier-stage-unpaid');
    assert.equal(issueProblem([base], 'before-result', due), null);
    assert.equal(issueProblem([], 'on-filing', due), null);
    assert.equal(issueProblem([], 'before-result', stagesDue(S10, 'S10')), 'stage-not-due');
  });
});

describe('invoice states: issued → paid | cancelled | expired, and no way back', () => {
  it('an issued invoice moves to what the gateway reports', () => {
    for (const to of ['paid', 'cancelled', 'expired'] as const) {
      assert.deepEqual(transition('issued', to), { kind: 'move', from: 'issued', to });
    }
  });

  it('the same report again changes nothing', () => {
    assert.deepEqual(transition('paid', 'paid'), { kind: 'no-change' });
  });

  it('a closed invoice reported otherwise is a conflict', () => {
    assert.deepEqual(transition('paid', 'expired'), { kind: 'conflict', state: 'paid', reported: 'expired' });
    assert.deepEqual(transition('expired', 'paid'), { kind: 'conflict', state: 'expired', reported: 'paid' });
  });
});

describe('the signed callback: HMAC-SHA256 over timestamp and exact body, bounded clock skew', () => {
  const secret = new TextEncoder().encode('a-shared-secret-of-at-least-32-chars!');
  const now = new Date('2026-03-02T06:00:00Z');
  const body = {
    eventId: 'evt-1',
    invoiceId: '0b6f4c2e-3f1a-4d2b-9c3e-5a6b7c8d9e0f',
    paymentId: 'pay-1',
    status: 'paid',
    amountTiyn: 500_000,
    currency: 'KZT',
    at: '2026-03-02T06:00:00Z',
  };
  const raw = JSON.stringify(body);
  const headersOf = (signed: Record<string, string>) => ({
    timestamp: signed[TIMESTAMP_HEADER],
    signature: signed[SIGNATURE_HEADER],
  });

  it('a message signed with the secret is accepted, with its body', async () => {
    const verdict = await verifyCallback(raw, headersOf(await signMessage(raw, secret, now)), secret, now);
    assert.deepEqual(verdict, { ok: true, body, timestamp: now.getTime() / 1000 });
  });

  it('the signature is v1= and 64 hex digits; the timestamp Unix seconds', async () => {
    const signed = await signMessage(raw, secret, now);
    assert.match(signed[SIGNATURE_HEADER]!, /^v1=[0-9a-f]{64}$/);
    assert.equal(signed[TIMESTAMP_HEADER], '1772431200');
  });

  it('forged: another secret, a changed body, a changed timestamp, a missing or malformed header', async () => {
    const good = headersOf(await signMessage(raw, secret, now));
    const other = new TextEncoder().encode('another-secret-of-at-least-32-characters');
    const forged = [
      await verifyCallback(raw, headersOf(await signMessage(raw, other, now)), secret, now),
      await verifyCallback(raw.replace('500000', '5000000'), good, secret, now),
      // The same JSON re-serialised with a space: not the bytes that were signed.
      await verifyCallback(JSON.stringify(body, null, 1), good, secret, now),
      await verifyCallback(raw, { ...good, timestamp: String(Number(good.timestamp) + 1) }, secret, now),
      await verifyCallback(raw, { ...good, signature: undefined }, secret, now),
      await verifyCallback(raw, { ...good, timestamp: undefined }, secret, now),
      await verifyCallback(raw, { ...good, signature: good.signature!.slice(3) }, secret, now),
      await verifyCallback(raw, { ...good, signature: 'v1=zz' }, secret, now),
    ];
    for (const verdict of forged) assert.deepEqual(verdict, { ok: false, problem: 'signature-invalid' });
  });

  it('genuine but signed beyond the skew (either way) is stale; within it, accepted', async () => {
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    for (const offset of [-301, 301, -3600]) {
      const verdict = await verifyCallback(raw, headersOf(await signMessage(raw, secret, at(offset))), secret, now);
      assert.deepEqual(verdict, { ok: false, problem: 'stale' }, String(offset));
    }
    for (const offset of [-300, 300, 0]) {
      const verdict = await verifyCallback(raw, headersOf(await signMessage(raw, secret, at(offset))), secret, now);
      assert.equal(verdict.ok, true, String(offset));
    }
    const tight = await verifyCallback(raw, headersOf(await signMessage(raw, secret, at(-31))), secret, now, 30);
    assert.deepEqual(tight, { ok: false, problem: 'stale' });
  });

  it('genuine but not the agreed form: body-invalid', async () => {
    for (const text of ['{"a":', JSON.stringify({ ...body, amountTiyn: -5 }), JSON.stringify({ ...body, extra: 1 })]) {
      const verdict = await verifyCallback(text, headersOf(await signMessage(text, secret, now)), secret, now);
      assert.deepEqual(verdict, { ok: false, problem: 'body-invalid' });
    }
  });
});
