// Issue 17 (docs/payments.md): which payments the environment asks for, and what it refuses
// before anything starts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { AppError } from '../../src/errors.ts';
import { paymentModeOf, paymentsFromEnv } from '../../src/cli/payments-from-env.ts';

const GATEWAY = { TIRKEU_PAYMENT_GATEWAY_URL: 'https://pay.example.kz/v1', TIRKEU_PAYMENT_SECRET: 's'.repeat(32) };

function invalid(run: () => unknown, variable: string): void {
  assert.throws(
    run,
    (e: unknown) => e instanceof AppError && e.code === 'invalid-config' && e.params['variable'] === variable,
  );
}

describe('payments from the environment', () => {
  it('default: the development gateway, except in production where payments are off', () => {
    assert.deepEqual(paymentModeOf(loadConfig({})), { kind: 'dev' });
    assert.deepEqual(paymentModeOf(loadConfig({ NODE_ENV: 'test' })), { kind: 'dev' });
    assert.deepEqual(paymentModeOf(loadConfig({ NODE_ENV: 'production' })), { kind: 'off' });
    assert.deepEqual(paymentModeOf(loadConfig({ TIRKEU_PAYMENTS: 'off' })), { kind: 'off' });
  });

  it('a gateway address with its secret is the real gateway', () => {
    assert.deepEqual(paymentModeOf(loadConfig(GATEWAY)), {
      kind: 'gateway',
      url: GATEWAY.TIRKEU_PAYMENT_GATEWAY_URL,
      secret: GATEWAY.TIRKEU_PAYMENT_SECRET,
    });
  });

  it('refuses a gateway without a secret, a short secret, or together with TIRKEU_PAYMENTS', () => {
    invalid(
      () => paymentModeOf(loadConfig({ TIRKEU_PAYMENT_GATEWAY_URL: 'https://pay.example.kz' })),
      'TIRKEU_PAYMENT_SECRET',
    );
    invalid(() => loadConfig({ ...GATEWAY, TIRKEU_PAYMENT_SECRET: 'short' }), 'TIRKEU_PAYMENT_SECRET');
    invalid(() => paymentModeOf(loadConfig({ ...GATEWAY, TIRKEU_PAYMENTS: 'dev' })), 'TIRKEU_PAYMENTS');
    invalid(() => loadConfig({ TIRKEU_PAYMENTS: 'yes' }), 'TIRKEU_PAYMENTS');
  });

  it('prices: JSON of VARIANT/stage → tenge, every key a fee stage of the catalogue', () => {
    assert.deepEqual(loadConfig({ TIRKEU_PAYMENT_PRICES: '{"S9b/on-filing": 5200}' }).TIRKEU_PAYMENT_PRICES, {
      'S9b/on-filing': 5200,
    });
    invalid(() => loadConfig({ TIRKEU_PAYMENT_PRICES: '{oops' }), 'TIRKEU_PAYMENT_PRICES');
    invalid(() => loadConfig({ TIRKEU_PAYMENT_PRICES: '{"S9b": 5200}' }), 'TIRKEU_PAYMENT_PRICES');
    invalid(
      () => paymentModeOf(loadConfig({ TIRKEU_PAYMENT_PRICES: '{"S10/before-result": 5}' })),
      'TIRKEU_PAYMENT_PRICES',
    );
  });

  it('dev: a gateway on this machine whose callbacks go to this process; production refuses placeholders', async () => {
    const dev = await paymentsFromEnv(loadConfig({}), 'http://127.0.0.1:4321');
    try {
      assert.equal(dev.payments?.callbackUrl, 'http://127.0.0.1:4321/api/v1/payments/callback');
      assert.equal(dev.payments?.refusePlaceholderPrices, false);
      assert.equal(dev.payments?.secret.length, 32);
    } finally {
      await dev.close();
    }
    const real = await paymentsFromEnv(
      loadConfig({ ...GATEWAY, NODE_ENV: 'production', TIRKEU_PUBLIC_URL: 'https://tirkeu.example.kz' }),
      'http://127.0.0.1:4321',
    );
    assert.equal(real.payments?.callbackUrl, 'https://tirkeu.example.kz/api/v1/payments/callback');
    assert.equal(real.payments?.refusePlaceholderPrices, true);
    assert.equal((await paymentsFromEnv(loadConfig({ TIRKEU_PAYMENTS: 'off' }), 'http://x')).payments, undefined);
  });
});
