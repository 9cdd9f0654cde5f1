// Two runners of the registry checks for one application (the request and the worker, or two
// workers after a lease ran out) both hold the same version of it. runChecks applies a result
// under moveState's version guard alone, with no lock first: exactly one result is applied, with
// one audit record and no second message, and the loser answers with the winner's record.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runChecks } from '../../src/services/applications/checks.ts';
import { findApplication } from '../../src/services/applications/queries.ts';
import { apply } from '../support/api-flow.ts';
import { ENGINES } from '../support/engines.ts';
import { D, P } from '../support/family.ts';
import { openService } from '../support/service.ts';

for (const engine of ENGINES) {
  describe(`registry checks applied once (${engine})`, () => {
    it('applies one of two concurrent results and keeps it', async () => {
      const s = await openService(engine);
      try {
        const me = await s.login(P.olga);
        // An outage leaves the application in `checks`, as a crash or a lease would.
        s.faults.failing.add('realEstate');
        const waiting = await apply(s, me, { service: 'registration-permanent', rka: D.D4 });
        assert.equal(waiting.state, 'checks');
        s.faults.failing.clear();
        const held = await findApplication(s.ctx, waiting.id);

        const [a, b] = await Promise.all([runChecks(s.ctx, held), runChecks(s.ctx, held)]);
        assert.equal(a.state, 'coupon-pending');
        assert.deepEqual([b.state, b.version], [a.state, a.version], 'the loser answers with the applied result');
        assert.equal(a.version, held.version + 1);

        const audit = await s.ctx.database.db
          .selectFrom('audit_events')
          .select('action')
          .where('application_id', '=', held.id)
          .orderBy('id')
          .execute();
        assert.deepEqual(
          audit.map((r) => r.action),
          ['create', 'submit', 'registry-unavailable', 'checks-passed'],
        );
        const messages = await s.ctx.database.db
          .selectFrom('outbox')
          .select('template')
          .where('recipient', '=', P.olga)
          .where('channel', '=', 'cabinet')
          .execute();
        assert.deepEqual(
          messages.map((m) => m.template),
          ['notify-checks-delayed'],
        );
      } finally {
        await s.dispose();
      }
    });
  });
}
