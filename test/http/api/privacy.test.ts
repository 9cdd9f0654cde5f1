// Issue 13, personal data: a citizen who names strangers in every field of an application —
// owner, members, the person to deregister, relation claims — learns nothing about them. No
// answer of the API and no page the citizen can open carries a third party's IIN, name or birth
// date; refused or unknown references all get one answer, whether or not the person exists.
// docs/privacy.md is the policy these tests hold the code to. Both engines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { composeIin } from '../../../src/domain/iin.ts';
import { apply, COUPON, ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, family, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const PEOPLE = family().persons ?? [];
/** A valid IIN that ГБД ФЛ does not hold. */
const UNKNOWN = composeIin('1977-07-07', 'M', 4242)!;
/** A well-formed РКА that the address register does not hold. */
const NO_SUCH_RKA = '0201004000000099';

/** Every way a third party could show: full IIN, full name and each part of it, birth date. */
function traces(iin: string, allowed: readonly string[]): string[] {
  const person = PEOPLE.find((p) => p.iin === iin);
  if (!person) return [iin];
  const [y, m, d] = person.birthDate.split('-');
  const own = new Set(allowed.flatMap((a) => PEOPLE.find((p) => p.iin === a)?.name.split(' ') ?? []));
  const parts = person.name.split(' ').filter((w) => w.length >= 4 && !own.has(w));
  return [iin, person.name, ...parts, person.birthDate, `${d}.${m}.${y}`];
}

/** Fails naming the first trace of anyone but `allowed` found in `text`. */
function assertNoThirdParty(where: string, text: string, allowed: readonly string[]) {
  for (const iin of [...PEOPLE.map((p) => p.iin), UNKNOWN]) {
    if (allowed.includes(iin)) continue;
    for (const trace of traces(iin, allowed)) {
      assert.ok(!text.includes(trace), `${where} shows “${trace}” (a third party’s data)`);
    }
  }
}

for (const engine of ENGINES) {
  describe(`personal data: a citizen sees only their own (${engine})`, () => {
    let s: TestService;
    const tokens = new Map<string, string>();
    const token = async (iin: string) => {
      if (!tokens.has(iin)) tokens.set(iin, await s.login(iin));
      return tokens.get(iin)!;
    };
    /** Everything the citizen can read about their applications: API answers and pages. */
    const everythingSeenBy = async (iin: string, ids: string[]) => {
      const t = await token(iin);
      const seen: [string, string][] = [];
      const api = async (path: string) =>
        seen.push([path, JSON.stringify(ok(await s.request('GET', path, { token: t })))]);
      const page = async (path: string) => {
        const res = await s.fetch('GET', path, { headers: { cookie: `tirkeu_session=${t}`, accept: 'text/html' } });
        assert.equal(res.status, 200, path);
        seen.push([path, await res.text()]);
      };
      await api('/api/v1/applications');
      await api('/api/v1/consents');
      await api('/api/v1/cabinet/registrations');
      await api('/api/v1/cabinet/notifications');
      await page('/cabinet');
      for (const id of ids) {
        await api(`/api/v1/applications/${id}`);
        await api(`/api/v1/applications/${id}/history`);
        await page(`/applications/${id}`);
      }
      return seen;
    };

    before(async () => {
      s = await openService(engine);
    });
    after(() => s.dispose());

    const applicant = P.saltanat;
    const filed: Record<string, { id: string; reason: string | null; message: { en: string } }> = {};
    const file = async (name: string, body: Record<string, unknown>) => {
      const app = await apply(s, await token(applicant), body);
      filed[name] = app;
      return app;
    };

    describe('finding 1: third-party data in decisions', () => {
      it('names strangers as owner, members and relation: the answers explain without them', async () => {
        // The owner named is someone else's owner, dead, unknown; the РКА is wrong.
        await file('not-an-owner', { service: 'registration-permanent', rka: D.D6, owner: P.aigerim });
        await file('deceased-owner', { service: 'registration-permanent', rka: D.D6, owner: P.kairat });
        await file('unknown-owner', { service: 'registration-permanent', rka: D.D6, owner: UNKNOWN });
        await file('wrong-rka-known-owner', { service: 'registration-permanent', rka: NO_SUCH_RKA, owner: P.aigerim });
        await file('wrong-rka-unknown-owner', { service: 'registration-permanent', rka: NO_SUCH_RKA, owner: UNKNOWN });
        // The actual owner, with strangers as members: a child of others, a 15-year-old, the dead, nobody.
        const withMembers = await file('members', {
          service: 'registration-permanent',
          rka: D.D6,
          owner: P.viktor,
          members: [P.amina, P.erasyl, P.kairat, UNKNOWN],
        });
        assert.equal(withMembers.decision.outcome, 'eligible');
        assert.deepEqual(
          withMembers.decision.members.map((m: { reasons: string[] }) => m.reasons[0]),
          ['member-not-accepted', 'member-not-accepted', 'member-not-accepted', 'member-not-accepted'],
          'one answer for a stranger’s child, an older child, the dead and the unknown',
        );
        // A relation claimed to the real owner of a full dwelling: refused, explained without names.
        const claim = await file('no-kinship', {
          service: 'registration-permanent',
          rka: D.D1,
          owner: P.aigerim,
          relation: { kind: 'sibling-full' },
        });
        assert.equal(claim.reason, 'no-kinship');
        // A minor owner's dwelling: the hall, without saying who is a minor or incapable.
        const minor = await file('minor-owner', { service: 'registration-permanent', rka: D.MD, owner: P.erasyl });
        assert.equal(minor.decision.next, 'go-to-hall');
        assert.doesNotMatch(minor.message.en, /minor|incapable|age/i);
      });

      it('gives one coded answer for every refused or unknown owner, whether or not the person exists', () => {
        const same = [
          'not-an-owner',
          'deceased-owner',
          'unknown-owner',
          'wrong-rka-known-owner',
          'wrong-rka-unknown-owner',
        ];
        for (const name of same) {
          assert.equal(filed[name]!.reason, 'owner-not-confirmed', name);
          assert.equal(filed[name]!.message.en, filed['not-an-owner']!.message.en, name);
        }
      });

      it('shows the applicant no third party’s IIN, name or birth date in any answer or page', async () => {
        const ids = Object.values(filed).map((a) => a.id);
        for (const [where, text] of await everythingSeenBy(applicant, ids))
          assertNoThirdParty(where, text, [applicant]);
      });

      it('keeps the full trace with its registry facts for staff', async () => {
        await s.ctx.database.db
          .insertInto('operators')
          .values({ iin: P.gulmira, role: 'supervisor', office: 'astana-1' })
          .execute();
        const supervisor = await token(P.gulmira);
        const staff = ok(
          await s.request('GET', `/api/v1/operator/applications/${filed['not-an-owner']!.id}`, { token: supervisor }),
        );
        assert.ok(staff.application.decision.trace.some((e: { check: string }) => e.check === 'named-owner-in-egkn'));
        assert.equal(staff.application.reason, 'not-an-owner');
      });
    });

    describe('finding 1: the owner asked to agree sees who asks, not the strangers named', () => {
      it('shows the owner the applicant, and no refused member', async () => {
        const id = filed['members']!.id;
        const t = await token(applicant);
        ok(
          await s.request('PUT', `/api/v1/applications/${id}/coupon`, {
            token: t,
            body: COUPON,
          }),
        );
        const viktor = await token(P.viktor);
        const inbox = ok(await s.request('GET', '/api/v1/consents', { token: viktor }));
        assert.equal(inbox.items.length, 1);
        const pages: [string, string][] = [];
        for (const path of ['/consents', `/consents/${id}`, '/api/v1/consents', `/api/v1/applications/${id}`]) {
          const res = await s.fetch('GET', path, {
            headers: { cookie: `tirkeu_session=${viktor}`, accept: 'text/html', authorization: `Bearer ${viktor}` },
          });
          assert.equal(res.status, 200, path);
          pages.push([path, await res.text()]);
        }
        // The owner may read the applicant's name (whom they let in); nobody else's data.
        for (const [where, text] of pages) assertNoThirdParty(where, text, [P.viktor, applicant]);
        const signing = ok(await s.request('GET', `/api/v1/applications/${id}/signing-document`, { token: t }));
        assert.deepEqual(signing.document.members, [], 'refused members are not in the signed document');
      });
    });

    describe('finding 1 and item 4: deregistering another person', () => {
      it('answers alike whether or not the person is registered there, unless the requester owns the dwelling', async () => {
        const registered = await file('dereg-registered', { service: 'deregistration', rka: D.D2, person: P.olga });
        const notThere = await file('dereg-not-there', { service: 'deregistration', rka: D.D2, person: P.kulan });
        const nobody = await file('dereg-unknown', { service: 'deregistration', rka: D.D2, person: UNKNOWN });
        for (const app of [registered, notThere, nobody]) {
          assert.equal(app.reason, 'not-entitled-to-deregister');
          assert.equal(app.message.en, registered.message.en);
        }
        // The owner of D2 may learn it: the register is theirs to keep.
        const owner = await apply(s, await token(P.aigerim), { service: 'deregistration', rka: D.D2, person: P.kulan });
        assert.equal(owner.reason, 'not-registered-there');
        for (const [where, text] of await everythingSeenBy(applicant, [registered.id, notThere.id, nobody.id]))
          assertNoThirdParty(where, text, [applicant]);
      });
    });

    describe('finding 1: nothing limits how often one may ask', () => {
      it('refuses more applications a day than the allowance, with a coded 429', async () => {
        const t = await token(P.meruert);
        const limit = s.ctx.settings.applicationsPerDay;
        for (let i = 0; i < limit; i++)
          ok(
            await s.request('POST', '/api/v1/applications', {
              token: t,
              body: { service: 'deregistration', rka: D.D6 },
            }),
            201,
          );
        const refused = await s.request('POST', '/api/v1/applications', {
          token: t,
          body: { service: 'deregistration', rka: D.D6 },
        });
        assert.equal(refused.status, 429);
        assert.equal(refused.body.error.code, 'too-many-applications');
        s.clock.advance(24 * 3600 * 1000 + 1000);
        // A day on (the session has ended meanwhile): a new allowance.
        tokens.delete(P.meruert);
        const again = await token(P.meruert);
        ok(
          await s.request('POST', '/api/v1/applications', {
            token: again,
            body: { service: 'deregistration', rka: D.D6 },
          }),
          201,
        );
      });
    });
  });
}
