// Issue 15, finding 5: "not found" (404) means only that — no such application, or not the
// caller's to see. A database that fails while the application is read is a failure of the
// service (500, with a reference), never a 404 that would tell the citizen it does not exist.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { readApplication } from '../../../src/services/applications/queries.ts';
import { ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

for (const engine of ENGINES) {
  describe(`reading an application: only a missing one is "not found" (${engine})`, () => {
    let s: TestService;
    let token: string;
    let id: string;
    before(async () => {
      s = await openService(engine);
      token = await s.login(P.olga);
      const body = { service: 'registration-permanent', rka: D.D4 };
      id = (ok(await s.request('POST', '/api/v1/applications', { token, body }), 201) as { id: string }).id;
    });
    after(() => s.dispose());

    it('answers 404 for an id no application has, and for one of another person', async () => {
      const unknown = await s.request('GET', `/api/v1/applications/${randomUUID()}`, { token });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'application-not-found');
      const stranger = await s.request('GET', `/api/v1/applications/${id}`, { token: await s.login(P.timur) });
      assert.equal(stranger.status, 404);
      assert.equal(stranger.body.error.code, 'application-not-found');
    });

    it('finds no application under an id that is not a UUID, without a database error', async () => {
      await assert.rejects(readApplication(s.ctx, { kind: 'citizen', iin: P.olga }, 'not-a-uuid'), {
        code: 'application-not-found',
      });
    });

    it('answers a database failure while reading with 500, not 404', async () => {
      ok(await s.request('GET', `/api/v1/applications/${id}`, { token }));
      // The table is gone for a moment: every read of it fails, as in an outage.
      await sql`alter table applications rename to applications_away`.execute(s.ctx.database.db);
      try {
        const failed = await s.request('GET', `/api/v1/applications/${id}`, { token });
        assert.equal(failed.status, 500, JSON.stringify(failed.body));
        assert.equal(failed.body.error.code, 'database-error');
      } finally {
        await sql`alter table applications_away rename to applications`.execute(s.ctx.database.db);
      }
      ok(await s.request('GET', `/api/v1/applications/${id}`, { token }));
    });
  });
}
