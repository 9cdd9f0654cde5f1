// Issue 13, item 3: production (NODE_ENV=production) refuses each unsafe setting with a coded
// error naming the variable; development and test accept the same settings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../src/config.ts';
import { AppError } from '../src/errors.ts';
import { translate } from '../src/i18n/messages.ts';
import { assertSafeForProduction, unsafeProductionSettings } from '../src/production-policy.ts';

/** Everything production needs, each set safely. */
export const SAFE_PRODUCTION: Record<string, string> = {
  NODE_ENV: 'production',
  TIRKEU_SMS: 'https://sms.example.kz/v1/sms',
  TIRKEU_SMS_TOKEN: 'a-gateway-token',
  TIRKEU_TRUST_DIR: '/etc/tirkeu/trust',
  TIRKEU_SECRET: 'x'.repeat(40),
  TIRKEU_PUBLIC_URL: 'https://tirkeu.example.kz',
  TIRKEU_SEAL_DIR: '/etc/tirkeu/seal',
};

/** A real payment gateway, set safely (issue 17). */
const PAYMENT_GATEWAY: Record<string, string> = {
  TIRKEU_PAYMENT_GATEWAY_URL: 'https://pay.example.kz/v1',
  TIRKEU_PAYMENT_SECRET: 'p'.repeat(40),
  TIRKEU_PAYMENT_PRICES: '{"S9b/on-filing": 5200, "S9b/before-result": 11000}',
};

const without = (name: string) => Object.fromEntries(Object.entries(SAFE_PRODUCTION).filter(([k]) => k !== name));
const paymentWithout = (name: string) =>
  Object.fromEntries(Object.entries({ ...SAFE_PRODUCTION, ...PAYMENT_GATEWAY }).filter(([k]) => k !== name));

function refusal(env: Record<string, string>): AppError {
  try {
    assertSafeForProduction(loadConfig(env));
  } catch (error) {
    assert.ok(error instanceof AppError);
    return error;
  }
  return assert.fail('production should have refused');
}

describe('production policy: a safe configuration starts', () => {
  it('accepts every setting made safely', () => {
    assert.deepEqual(unsafeProductionSettings(loadConfig(SAFE_PRODUCTION)), []);
    assert.doesNotThrow(() => assertSafeForProduction(loadConfig(SAFE_PRODUCTION)));
  });

  it('development and test start with the defaults (dev SMS, test CA, generated secret)', () => {
    for (const NODE_ENV of ['development', 'test']) {
      assert.deepEqual(unsafeProductionSettings(loadConfig({ NODE_ENV })), []);
    }
    assert.equal(loadConfig({}).NODE_ENV, 'development');
  });
});

describe('production policy: each unsafe setting is refused, naming the variable', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['the dev SMS sink (unset)', without('TIRKEU_SMS'), 'TIRKEU_SMS'],
    ['the dev SMS sink (dev)', { ...SAFE_PRODUCTION, TIRKEU_SMS: 'dev' }, 'TIRKEU_SMS'],
    ['a gateway over plain http', { ...SAFE_PRODUCTION, TIRKEU_SMS: 'http://sms.example.kz/v1/sms' }, 'TIRKEU_SMS'],
    ['an http gateway without its token', without('TIRKEU_SMS_TOKEN'), 'TIRKEU_SMS_TOKEN'],
    ['the test CA as trust list', without('TIRKEU_TRUST_DIR'), 'TIRKEU_TRUST_DIR'],
    ['a generated secret', without('TIRKEU_SECRET'), 'TIRKEU_SECRET'],
    ['no public address', without('TIRKEU_PUBLIC_URL'), 'TIRKEU_PUBLIC_URL'],
    [
      'a public address over http',
      { ...SAFE_PRODUCTION, TIRKEU_PUBLIC_URL: 'http://tirkeu.example.kz' },
      'TIRKEU_PUBLIC_URL',
    ],
    ['a seal made by the test CA', without('TIRKEU_SEAL_DIR'), 'TIRKEU_SEAL_DIR'],
    // Issue 17 (docs/payments.md): the development payment gateway marks anything paid.
    ['the development payment gateway', { ...SAFE_PRODUCTION, TIRKEU_PAYMENTS: 'dev' }, 'TIRKEU_PAYMENTS'],
    [
      'a payment gateway over plain http',
      { ...SAFE_PRODUCTION, ...PAYMENT_GATEWAY, TIRKEU_PAYMENT_GATEWAY_URL: 'http://pay.example.kz/v1' },
      'TIRKEU_PAYMENT_GATEWAY_URL',
    ],
    ['a payment gateway without its secret', paymentWithout('TIRKEU_PAYMENT_SECRET'), 'TIRKEU_PAYMENT_SECRET'],
    ['a payment gateway at the placeholder prices', paymentWithout('TIRKEU_PAYMENT_PRICES'), 'TIRKEU_PAYMENT_PRICES'],
  ];
  for (const [what, env, variable] of cases) {
    it(`${what}: ${variable}`, () => {
      const error = refusal(env);
      assert.equal(error.code, 'unsafe-production-config');
      assert.equal(error.params['variable'], variable);
      assert.equal(error.params['more'], 0);
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const text = translate(lang, error.code, error.params);
        assert.match(text, new RegExp(variable), `${lang}: ${text}`);
        // The reason is worded, not echoed as a code.
        assert.doesNotMatch(text, new RegExp(`: ${String(error.params['detail'])}\\.`), `${lang}: ${text}`);
      }
    });
  }

  it('names the first and lists all the others, so one run shows everything to fix', () => {
    const error = refusal({ NODE_ENV: 'production' });
    assert.equal(error.params['variable'], 'TIRKEU_SMS');
    assert.equal(error.params['others'], 'TIRKEU_TRUST_DIR, TIRKEU_SECRET, TIRKEU_PUBLIC_URL, TIRKEU_SEAL_DIR');
    assert.match(translate('en', error.code, error.params), /Also to fix: TIRKEU_TRUST_DIR, .*TIRKEU_SEAL_DIR\./);
  });
});

describe('production policy: payments (issue 17)', () => {
  it('starts with payments off (unset or off), or with a real gateway set safely', () => {
    for (const env of [
      SAFE_PRODUCTION,
      { ...SAFE_PRODUCTION, TIRKEU_PAYMENTS: 'off' },
      { ...SAFE_PRODUCTION, ...PAYMENT_GATEWAY },
    ]) {
      assert.deepEqual(unsafeProductionSettings(loadConfig(env)), []);
    }
  });
});

describe('production policy: plain http to the SMS gateway only on this machine', () => {
  it('accepts a relay on the loopback address', () => {
    for (const TIRKEU_SMS of ['http://127.0.0.1:8080/sms', 'http://localhost/sms', 'http://[::1]:9000/sms']) {
      assert.deepEqual(unsafeProductionSettings(loadConfig({ ...SAFE_PRODUCTION, TIRKEU_SMS })), [], TIRKEU_SMS);
    }
  });
});

describe('configuration of the SMS gateway', () => {
  it('TIRKEU_SMS takes dev or an http(s) URL, nothing else', () => {
    assert.equal(loadConfig({ TIRKEU_SMS: 'http://127.0.0.1:9000/sms' }).TIRKEU_SMS, 'http://127.0.0.1:9000/sms');
    for (const bad of ['ftp://sms.example.kz', 'sms.example.kz', 'prod']) {
      assert.throws(
        () => loadConfig({ TIRKEU_SMS: bad }),
        (e: unknown) => e instanceof AppError && e.code === 'invalid-config' && e.params['variable'] === 'TIRKEU_SMS',
      );
    }
  });

  it('TIRKEU_SMS_TIMEOUT_MS defaults to 5000 and must be a sane number of milliseconds', () => {
    assert.equal(loadConfig({}).TIRKEU_SMS_TIMEOUT_MS, 5000);
    assert.equal(loadConfig({ TIRKEU_SMS_TIMEOUT_MS: '2500' }).TIRKEU_SMS_TIMEOUT_MS, 2500);
    for (const bad of ['0', '-1', 'soon', '600000']) {
      assert.throws(() => loadConfig({ TIRKEU_SMS_TIMEOUT_MS: bad }), /invalid-config/);
    }
  });
});
