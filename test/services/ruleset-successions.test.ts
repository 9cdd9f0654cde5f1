// pilot.md §0: the service's decisions use the recorded successions (issue 22 item 4); the
// citizen's view of such a decision says nothing about rulesets or acts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IsoDate } from '../../src/domain/dates.ts';
import { SYSTEM } from '../../src/services/actor.ts';
import { decidePreview } from '../../src/services/page-lookups.ts';
import { citizenDecision } from '../../src/services/privacy/citizen-decision.ts';
import { listSuccessions, recordSuccession } from '../../src/services/ruleset-successions.ts';
import { ENGINES } from '../support/engines.ts';
import { D, P } from '../support/family.ts';
import { openService, type TestService } from '../support/service.ts';

const ACT = { reference: 'Joint order No. 412 of 20 June 2026', date: '2026-06-20' as IsoDate };
const request = {
  date: '2026-07-01' as IsoDate,
  application: {
    service: 'permanent' as const,
    channel: 'online' as const,
    applicant: P.saltanat,
    rka: D.AL,
    owner: P.aigerim,
  },
};

for (const engine of ENGINES) {
  describe(`§0 ruleset succession in the service [${engine}]`, () => {
    let service: TestService;
    before(async () => {
      service = await openService(engine, { now: '2026-06-25T06:00:00Z' });
    });
    after(() => service.dispose());

    it('without a record, a decision after 30 June 2026 is outside validity', async () => {
      const decision = await decidePreview(service.ctx, request);
      assert.equal(decision.ruleset.inForce, false);
    });

    it('refuses an extension of an unknown ruleset when it is recorded', async () => {
      await assert.rejects(
        recordSuccession(service.ctx.database, SYSTEM, new Date('2026-06-25T06:00:00Z'), {
          kind: 'extension',
          ruleset: 'kz-2099',
          validTo: '2026-12-31' as IsoDate,
          act: ACT,
        }),
        (e: { code: string }) => e.code === 'succession.unknown-ruleset',
      );
      assert.deepEqual(await listSuccessions(service.ctx.database.db), []);
    });

    it('once the act is recorded, the decision is in force and cites it; the citizen sees no note', async () => {
      await recordSuccession(service.ctx.database, SYSTEM, new Date('2026-06-25T06:00:00Z'), {
        kind: 'extension',
        ruleset: 'kz-pilot-2025',
        validTo: '2026-12-31' as IsoDate,
        act: ACT,
      });
      const decision = await decidePreview(service.ctx, request);
      assert.deepEqual(decision.ruleset.extendedBy, { ...ACT, validTo: '2026-12-31' });
      assert.equal(decision.trace[0]!.facts['act'], ACT.reference);
      const shown = JSON.stringify(citizenDecision(decision));
      assert.doesNotMatch(shown, /412|kz-pilot|ruleset|validity|срок|мерзім/i);
    });
  });
}
