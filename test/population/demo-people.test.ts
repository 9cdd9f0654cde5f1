// Issue 22, finding 8: the demo banner prints the minor owner's parent, so that the hall case
// (P2) can be tried — and the person printed is one the rules accept as the owner's legal
// representative (P2.2) for the dwelling printed with them. Issue 17 item 6: it also prints the
// back office of one State Corporation office, one person per role, who can log in.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoText } from '../../src/cli/demo-text.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { decideApplication } from '../../src/services/decide-application.ts';
import { DEMO_SC_OFFICE, type DemoPerson, findDemoPeople } from '../../src/population/demo-people.ts';
import { ENGINES } from '../support/engines.ts';
import { P } from '../support/family.ts';
import { openService, type TestService } from '../support/service.ts';

const DATE = '2025-12-01' as IsoDate;

for (const engine of ENGINES) {
  describe(`finding 8: the demo banner's hall case (${engine})`, () => {
    let s: TestService;
    let people: DemoPerson[];
    before(async () => {
      s = await openService(engine);
      people = await findDemoPeople(s.ctx.database, DATE);
    });
    after(() => s.dispose());

    it('prints the minor owner and their parent, with the dwelling', () => {
      const minor = people.find((p) => p.role === 'minor-owner');
      const parent = people.find((p) => p.role === 'minor-owner-parent');
      assert.ok(minor && parent, JSON.stringify(people));
      assert.equal(minor.iin, P.erasyl);
      assert.equal(parent.child, minor.iin);
      assert.equal(parent.rka, minor.rka);
      assert.ok([P.aigerim, P.timur as string].includes(parent.iin), parent.iin);
      const text = demoText(people, 3000);
      assert.match(
        text,
        new RegExp(`${parent.iin} {2}parent of the minor owner.*РКА ${minor.rka}.*child ${minor.iin}`),
      );
      assert.match(text, /Hall case/);
    });

    it('the parent printed is accepted as the legal representative in the hall (P2.2)', async () => {
      const minor = people.find((p) => p.role === 'minor-owner')!;
      const parent = people.find((p) => p.role === 'minor-owner-parent')!;
      const decision = await decideApplication(s.ctx.registries, {
        date: DATE,
        application: {
          service: 'permanent',
          channel: 'hall',
          applicant: P.arman,
          rka: minor.rka!,
          owner: minor.iin,
          representative: parent.iin,
        },
      });
      const authority = decision.trace.find((e) => e.check === 'representative-authority');
      assert.equal(authority?.result, 'parent', JSON.stringify(authority));
    });

    it('issue 17 item 6: one back-office employee per role at one State Corporation office, printed', async () => {
      const roles = ['archive-employee', 'executor', 'technical-inspector', 'management'] as const;
      const text = demoText(people, 3000);
      for (const role of roles) {
        const person = people.find((p) => p.role === role);
        assert.ok(person, `${role}: ${JSON.stringify(people)}`);
        const row = await s.ctx.database.db
          .selectFrom('operators')
          .selectAll()
          .where('iin', '=', person.iin)
          .executeTakeFirstOrThrow();
        assert.deepEqual([row.role, row.office], [role, DEMO_SC_OFFICE]);
        assert.match(text, new RegExp(`${person.iin} {2}State Corporation`));
      }
      assert.match(text, /\/backoffice/);
    });
  });
}
