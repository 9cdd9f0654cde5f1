// Sessions are cached in the process for a few seconds (services/auth/sessions.ts); what the cache
// must not weaken: expiry is exact, and a logout through this process takes effect at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { openService } from '../../support/service.ts';

for (const engine of ENGINES) {
  describe(`session cache (${engine})`, () => {
    it('ends a cached session at its expiry, to the second', async () => {
      const s = await openService(engine);
      try {
        const token = await s.login(P.olga);
        const me = ok(await s.request('GET', '/api/v1/me', { token }));
        // Cached now; the clock moves to one second before and then to the expiry itself.
        s.clock.set(new Date(Date.parse(me.expiresAt) - 1000).toISOString());
        ok(await s.request('GET', '/api/v1/me', { token }));
        s.clock.set(me.expiresAt);
        assert.equal((await s.request('GET', '/api/v1/me', { token })).status, 401);
      } finally {
        await s.dispose();
      }
    });

    it('ends a cached session at logout, for every request after it', async () => {
      const s = await openService(engine);
      try {
        const token = await s.login(P.olga);
        const other = await s.login(P.olga);
        ok(await s.request('GET', '/api/v1/me', { token }));
        ok(await s.request('GET', '/api/v1/me', { token: other }));
        ok(await s.request('POST', '/api/v1/auth/logout', { token }));
        assert.equal((await s.request('GET', '/api/v1/me', { token })).status, 401);
        assert.equal((await s.request('GET', '/api/v1/applications', { token })).status, 401);
        // Only that session: the person's other session goes on.
        ok(await s.request('GET', '/api/v1/me', { token: other }));
      } finally {
        await s.dispose();
      }
    });
  });
}
