// checkOnlineEntitlement (issue 22): the pages ask C1–C5 at the IIN step, before anything is
// issued. Entitled: the ground and the subject's name. Not entitled, for whatever reason: a bare
// "no", with nothing about the other person, and nothing is written.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SYSTEM } from '../../../src/services/actor.ts';
import { checkOnlineEntitlement } from '../../../src/services/certificates/online-check.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { familyDataset, openService, type TestService } from '../../support/service.ts';

const data = () =>
  familyDataset((input) => {
    const registered: Record<string, string> = { [P.amina]: '2012-09-14', [P.alikhan]: '2005-01-20' };
    for (const act of input.civilActs ?? []) {
      if (act.type === 'birth' && registered[act.child]) act.registered = registered[act.child]!;
    }
    input.registrations = [
      ...(input.registrations ?? []),
      { iin: P.zhanar, rka: D.D4, kind: 'permanent', from: '2015-03-01', to: null },
    ];
  });

for (const engine of ENGINES) {
  describe(`C1–C5 asked before issuing (${engine})`, () => {
    let s: TestService;
    const as = (iin: string) => ({ kind: 'citizen' as const, iin });
    before(async () => {
      s = await openService(engine, { data: data() });
    });
    after(() => s.dispose());

    it('grants oneself, a child and a spouse, with the ground and the name', async () => {
      const self = await checkOnlineEntitlement(s.ctx, as(P.aigerim), P.aigerim);
      assert.equal(self.ok && self.basis, 'self');
      const child = await checkOnlineEntitlement(s.ctx, as(P.aigerim), P.amina);
      assert.deepEqual(child.ok && [child.basis, child.subjectName.length > 0], ['parent', true]);
      const spouse = await checkOnlineEntitlement(s.ctx, as(P.dauren), P.zhanar);
      assert.equal(spouse.ok && spouse.basis, 'spouse');
    });

    it('answers every refusal alike, with no reason and no name, and writes nothing', async () => {
      const refusals = [
        [P.saltanat, P.aigerim], // a stranger (C5)
        [P.saltanat, '900701300108'], // an IIN no one has
        [P.aigerim, P.alikhan], // a birth act before 13 August 2007 (C3)
        [P.aigerim, P.timur], // a marriage before 2008 (C4)
        [P.aigerim, P.olzhas], // a dissolved marriage (C4)
      ] as const;
      for (const [requester, subject] of refusals) {
        assert.deepEqual(await checkOnlineEntitlement(s.ctx, as(requester), subject), { ok: false }, subject);
      }
      const written = await s.ctx.database.db
        .selectFrom('address_certificates')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(written.n), 0);
    });

    it('is for citizens only', async () => {
      await assert.rejects(
        checkOnlineEntitlement(s.ctx, SYSTEM, P.aigerim),
        (e: { code?: string }) => e.code === 'forbidden',
      );
    });
  });
}
