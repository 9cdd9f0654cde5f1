// N1 under concurrency (issue 5 §6): applicants race for the last free place of an Astana
// dwelling (D6: 15 m², capacity 1, nobody registered). Every one of them passed the checks while
// the place was free; they sign at the same moment. Exactly one is registered; the others are
// refused with `norm-reached`, and the dwelling holds one registration.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apply, cms, COUPON, ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService } from '../../support/service.ts';

const RACERS = [
  P.olga,
  P.dauren,
  P.zhanar,
  P.arman,
  P.alina,
  P.dana,
  P.serik,
  P.roza,
  P.bibigul,
  P.nurlan,
  P.sara,
  P.kulan,
];

for (const engine of ENGINES) {
  describe(`N1 last free place, ${RACERS.length} parallel clients (${engine})`, () => {
    it('registers exactly one applicant', async () => {
      const s = await openService(engine);
      try {
        const owner = await s.login(P.viktor);
        const ownerKey = await s.certificate({ iin: P.viktor });
        const ready = [];
        for (const iin of RACERS) {
          const token = await s.login(iin);
          const app = await apply(s, token, { service: 'registration-permanent', rka: D.D6 });
          assert.equal(app.decision.basis, 'norm-not-reached');
          ok(await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token, body: COUPON }));
          ok(
            await s.request('POST', `/api/v1/consents/${app.id}/approve`, {
              token: owner,
              body: await cms(s, owner, app.id, ownerKey),
            }),
          );
          ready.push({ token, id: app.id as string, proof: await cms(s, token, app.id, await s.certificate({ iin })) });
        }
        const results = await Promise.all(
          ready.map(({ token, id, proof }) =>
            s.request('POST', `/api/v1/applications/${id}/sign`, { token, body: proof }),
          ),
        );
        const states = results.map((r) => ok(r).state as string);
        assert.equal(states.filter((x) => x === 'registered').length, 1, states.join(','));
        assert.equal(states.filter((x) => x === 'refused').length, RACERS.length - 1);
        assert.ok(results.every((r) => r.body.state === 'registered' || r.body.reason === 'norm-reached'));
        const active = await s.ctx.registries.registrations.activeAt(D.D6, '2025-12-01' as never);
        assert.equal(active.length, 1);
      } finally {
        await s.dispose();
      }
    });
  });
}
