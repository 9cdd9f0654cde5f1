// Issue 14, finding 8: the trust list and CRLs were read once at start, so a revoked EDS
// certificate kept logging in and signing until a restart, and a CRL's nextUpdate was never
// checked. Now the trust directory is reloaded on file change and on a schedule (keeping the last
// good list when a file is broken), and a CRL past its nextUpdate refuses with 'crl-expired'.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AppError } from '../../../src/errors.ts';
import { openTestPki, type TestPki } from '../../../src/services/signatures/pki-store.ts';
import { createCrl, type Credential } from '../../../src/services/signatures/test-ca.ts';
import { expiredCrlIssuers, startTrustReload } from '../../../src/services/signatures/trust-reload.ts';
import { loadTrustStore, type TrustStore, trustStoreOf } from '../../../src/services/signatures/trust-store.ts';
import { verifySignature } from '../../../src/services/signatures/verify.ts';
import { ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { openService, type Reply, type TestService } from '../../support/service.ts';

const VALID = { notBefore: new Date('2024-01-01'), notAfter: new Date('2030-01-01') };

async function loginWith(s: TestService, credential: Credential): Promise<Reply> {
  const challenge = ok(await s.request('POST', '/api/v1/auth/challenge'));
  const body = { challengeId: challenge.challengeId, cms: await s.sign(credential, challenge.nonce) };
  return s.request('POST', '/api/v1/auth/certificate', { body });
}

/** A promise of the next store the reloader installs, failing after `ms` (a bounded wait). */
interface Hooks {
  onLoad?: ((store: TrustStore) => void) | undefined;
}

function nextLoad(hooks: Hooks, ms: number): Promise<TrustStore> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no reload within ${ms} ms`)), ms);
    hooks.onLoad = (store) => {
      clearTimeout(timer);
      hooks.onLoad = undefined;
      resolve(store);
    };
  });
}

/** Waits (bounded) until the store in use lists the certificate: a reload may read mid-write. */
async function untilListed(t: { s: TestService; hooks: Hooks }, credential: Credential): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (t.s.ctx.trust.crls.every((crl) => !crl.findRevoked(credential.certificate))) {
    assert.ok(Date.now() < deadline, 'no reload within 10 s');
    await nextLoad(t.hooks, 10_000);
  }
}

/** A service whose trust list is a test PKI directory on disk, reloaded as `tirkeu start` does. */
async function serviceOnDisk(engine: (typeof ENGINES)[number]) {
  const dir = await mkdtemp(join(tmpdir(), 'tirkeu-trust-'));
  const pki: TestPki = await openTestPki(join(dir, 'pki'), { create: true });
  // The test CA of `tirkeu pki` is valid from its making (today): the service clock reads today.
  const s = await openService(engine, { now: new Date().toISOString() });
  s.ctx.trust = await loadTrustStore(pki.dir);
  const hooks: Hooks = {};
  const errors: unknown[] = [];
  return {
    s,
    pki,
    hooks,
    errors,
    start(options: { intervalMs: number; watch: boolean }) {
      return startTrustReload({
        dir: pki.dir,
        ...options,
        debounceMs: 50,
        onLoad: (store) => {
          s.ctx.trust = store;
          hooks.onLoad?.(store);
        },
        onError: (error) => errors.push(error),
      });
    },
    async dispose() {
      await s.dispose();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

for (const engine of ENGINES) {
  describe(`[${engine}] finding 8: a certificate revoked while the service runs is refused without restart`, () => {
    it('file change: `tirkeu pki revoke` writes a new CRL and the next login with it is refused', async () => {
      const t = await serviceOnDisk(engine);
      const reload = t.start({ intervalMs: 0, watch: true });
      try {
        const credential = await t.pki.issue({ iin: P.timur, ...VALID });
        assert.equal(ok(await loginWith(t.s, credential)).iin, P.timur);
        await t.pki.revoke(credential.certificate.serialNumber);
        await untilListed(t, credential);
        const refused = await loginWith(t.s, credential);
        assert.equal(refused.body.error.code, 'certificate-revoked');
        assert.equal(refused.status, 400);
        // Signing checks the same list: the owner's signature with that certificate is refused too.
        const signing = await verifySignature({
          cms: await t.s.sign(credential, 'application'),
          content: new TextEncoder().encode('application'),
          trust: t.s.ctx.trust,
          at: t.s.clock.now(),
          expectedIin: P.timur,
        });
        assert.deepEqual(signing, { ok: false, code: 'certificate-revoked' });
        assert.deepEqual(t.errors, []);
      } finally {
        await reload.stop();
        await t.dispose();
      }
    });

    it('schedule: with no file events, the periodic reload picks up the new CRL', async () => {
      const t = await serviceOnDisk(engine);
      const reload = t.start({ intervalMs: 100, watch: false });
      try {
        const credential = await t.pki.issue({ iin: P.timur, ...VALID });
        ok(await loginWith(t.s, credential));
        await t.pki.revoke(credential.certificate.serialNumber);
        await untilListed(t, credential);
        assert.equal((await loginWith(t.s, credential)).body.error.code, 'certificate-revoked');
      } finally {
        await reload.stop();
        await t.dispose();
      }
    });

    it('a broken file in the directory keeps the previous list, and says so by its code', async () => {
      const t = await serviceOnDisk(engine);
      const reload = t.start({ intervalMs: 0, watch: false });
      try {
        const credential = await t.pki.issue({ iin: P.timur, ...VALID });
        const before = t.s.ctx.trust;
        await writeFile(join(t.pki.dir, 'broken.pem'), 'half a certificate');
        assert.equal(await reload.reload(), 'kept');
        assert.equal(t.s.ctx.trust, before, 'the store in use is the previous one');
        assert.equal(t.s.ctx.trust.anchors.length, 1);
        assert.ok(t.errors[0] instanceof AppError);
        assert.equal(t.errors[0].code, 'trust-store-bad-file');
        assert.equal(ok(await loginWith(t.s, credential)).iin, P.timur);
        // Fixed: the next reload installs the new list.
        await rm(join(t.pki.dir, 'broken.pem'));
        await t.pki.revoke(credential.certificate.serialNumber);
        assert.equal(await reload.reload(), 'loaded');
        assert.equal((await loginWith(t.s, credential)).body.error.code, 'certificate-revoked');
      } finally {
        await reload.stop();
        await t.dispose();
      }
    });
  });

  describe(`[${engine}] finding 8: a CRL past its nextUpdate refuses with 'crl-expired'`, () => {
    it('login and signing refuse once the service clock passes nextUpdate; a fresh CRL restores them', async () => {
      const s = await openService(engine);
      try {
        const credential = await s.certificate({ iin: P.timur });
        const revoked = await s.certificate({ iin: P.timur });
        const now = s.clock.now();
        const soon = new Date(now.getTime() + 86_400_000);
        const crl = await createCrl(s.ca, [{ serial: revoked.certificate.serialNumber, revokedAt: now }], {
          thisUpdate: new Date(now.getTime() - 86_400_000),
          nextUpdate: soon,
        });
        s.ctx.trust = trustStoreOf({ anchors: [s.ca.certificate], crls: [crl] });
        ok(await loginWith(s, credential));
        assert.deepEqual(expiredCrlIssuers(s.ctx.trust, s.clock.now()), []);

        s.clock.advance(2 * 86_400_000);
        const refused = await loginWith(s, credential);
        assert.equal(refused.status, 503);
        assert.equal(refused.body.error.code, 'crl-expired');
        assert.ok(refused.body.error.message.kk && refused.body.error.message.ru && refused.body.error.message.en);
        const signing = await verifySignature({
          cms: await s.sign(credential, 'application'),
          content: new TextEncoder().encode('application'),
          trust: s.ctx.trust,
          at: s.clock.now(),
          expectedIin: P.timur,
        });
        assert.deepEqual(signing, { ok: false, code: 'crl-expired' });
        assert.deepEqual(expiredCrlIssuers(s.ctx.trust, s.clock.now()), [s.ca.certificate.subject]);
        // A listing still counts on an old CRL: revoked stays revoked, not "try later".
        assert.equal((await loginWith(s, revoked)).body.error.code, 'certificate-revoked');

        const fresh = await createCrl(s.ca, [], { thisUpdate: s.clock.now() });
        s.ctx.trust = trustStoreOf({ anchors: [s.ca.certificate], crls: [crl, fresh] });
        ok(await loginWith(s, credential));
      } finally {
        await s.dispose();
      }
    });
  });
}
