// Issue 13, item 2: the append-only personal-data access log. Each describe is one requirement
// of the issue; every test runs on PGlite and on the PostgreSQL server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { runChecks } from '../../../src/services/applications/checks.ts';
import { findApplication } from '../../../src/services/applications/queries.ts';
import { accessLogOf, recordAccess } from '../../../src/services/privacy/access-log.ts';
import { inTransaction } from '../../../src/services/transaction.ts';
import type { IsoDate } from '../../../src/domain/dates.ts';
import { ownerFlk, representativeAuthority } from '../../../src/services/hall-checks.ts';
import { apply, ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

type Row = { subject_iin: string; purpose: string; registry: string | null; actor_kind: string };

for (const engine of ENGINES) {
  describe(`personal-data access log (${engine})`, () => {
    let s: TestService;
    let hallApplication = '';
    const tokens = new Map<string, string>();
    const token = async (iin: string) => {
      if (!tokens.has(iin)) tokens.set(iin, await s.login(iin));
      return tokens.get(iin)!;
    };
    /** Entries in the order written, optionally of one application and purpose. */
    const rows = (filter: { application?: string; purpose?: string; subject?: string } = {}): Promise<Row[]> => {
      let query = s.ctx.database.db
        .selectFrom('personal_data_access')
        .select(['subject_iin', 'purpose', 'registry', 'actor_kind'])
        .orderBy('id');
      if (filter.application) query = query.where('application_id', '=', filter.application);
      if (filter.purpose) query = query.where('purpose', '=', filter.purpose);
      if (filter.subject) query = query.where('subject_iin', '=', filter.subject);
      return query.execute();
    };
    before(async () => {
      s = await openService(engine);
      await s.ctx.database.db
        .insertInto('operators')
        .values([
          { iin: P.nurlan, role: 'reception', office: 'astana-1' },
          { iin: P.serik, role: 'auditor', office: 'audit' },
          { iin: P.sara, role: 'hall', office: 'astana-1' },
        ])
        .execute();
    });
    after(() => s.dispose());

    describe('append-only at the database level', () => {
      it('refuses UPDATE, DELETE and TRUNCATE of an entry', async () => {
        const db = s.ctx.database.db;
        await inTransaction(s.ctx.database, (tx) =>
          recordAccess(tx, s.clock.now(), [
            { subject: P.dana, actor: { kind: 'system' }, purpose: 'registry-check', registry: 'gbd-fl' },
          ]),
        );
        const [entry] = await db
          .selectFrom('personal_data_access')
          .select('id')
          .where('subject_iin', '=', P.dana)
          .execute();
        assert.ok(entry);
        await assert.rejects(
          db.updateTable('personal_data_access').set({ purpose: 'triage' }).where('id', '=', entry.id).execute(),
          /append-only/,
        );
        await assert.rejects(db.deleteFrom('personal_data_access').where('id', '=', entry.id).execute(), /append-only/);
        await assert.rejects(sql`truncate personal_data_access`.execute(db), /append-only/);
        const still = await db
          .selectFrom('personal_data_access')
          .select('purpose')
          .where('id', '=', entry.id)
          .execute();
        assert.deepEqual(still, [{ purpose: 'registry-check' }]);
      });
    });

    describe('registry checks for an application', () => {
      it('records each person asked about once per state database, in the transaction of the result', async () => {
        const me = await token(P.olga);
        // An outage first: the failed attempt leaves no entries, the retried one records them once.
        s.faults.failing.add('realEstate');
        const waiting = await apply(s, me, { service: 'registration-permanent', rka: D.D4 });
        assert.equal(waiting.state, 'checks');
        assert.deepEqual(await rows({ application: waiting.id }), []);
        s.faults.failing.clear();
        const held = await findApplication(s.ctx, waiting.id);
        // Two runners race (request and worker): only the applied result's entries stay.
        await Promise.all([runChecks(s.ctx, held), runChecks(s.ctx, held)]);
        const entries = await rows({ application: waiting.id });
        const pairs = entries.map((e) => `${e.registry}|${e.subject_iin}`);
        assert.equal(new Set(pairs).size, pairs.length, 'no (registry, person) pair twice');
        assert.ok(entries.every((e) => e.purpose === 'registry-check'));
        // The owner's record in ЕГКН and ГБД ФЛ, and the family the rules looked into (ЗАГС).
        assert.ok(pairs.includes(`egkn|${P.aigerim}`), pairs.join());
        assert.ok(pairs.includes(`gbd-fl|${P.aigerim}`));
        assert.ok(pairs.includes(`zags|${P.aigerim}`));
        // Olga filed it herself: her reading of her own data is not an access to record.
        assert.ok(!entries.some((e) => e.subject_iin === P.olga));
        const again = await runChecks(s.ctx, held);
        assert.equal(again.state, 'coupon-pending', 'a late runner on the old version keeps the applied result');
        assert.equal((await rows({ application: waiting.id })).length, entries.length);
      });
    });

    describe('operator reads', () => {
      it('records the triage with whom the registries were asked about', async () => {
        const before = (await rows()).length;
        const reception = await token(P.nurlan);
        ok(
          await s.request('POST', '/api/v1/operator/triage', {
            token: reception,
            body: { applicant: P.viktor, rka: D.MD },
          }),
        );
        const added = (await rows()).slice(before);
        assert.ok(added.length > 0);
        assert.ok(added.every((e) => e.purpose === 'triage' && e.actor_kind === 'operator'));
        assert.ok(
          added.some((e) => e.subject_iin === P.erasyl && e.registry === 'egkn'),
          'the owner of MD',
        );
        assert.ok(
          added.some((e) => e.subject_iin === P.viktor && e.registry === 'gbd-fl'),
          'the applicant',
        );
      });

      it('records the hall filing and the decision trace of the application', async () => {
        const hall = await token(P.sara);
        const filed = ok(
          await s.request('POST', '/api/v1/operator/applications', {
            token: hall,
            body: {
              service: 'registration-permanent',
              applicant: P.saltanat,
              rka: D.MD,
              owner: P.erasyl,
              representative: P.aigerim,
              relation: { kind: 'none' },
            },
          }),
          201,
        );
        const checks = await rows({ application: filed.id, purpose: 'registry-check' });
        assert.ok(checks.some((e) => e.subject_iin === P.saltanat && e.actor_kind === 'operator'));
        hallApplication = filed.id;
        ok(await s.request('GET', `/api/v1/operator/applications/${filed.id}`, { token: hall }));
        const traced = await rows({ application: filed.id, purpose: 'decision-trace' });
        for (const iin of [P.saltanat, P.erasyl, P.aigerim])
          assert.ok(
            traced.some((e) => e.subject_iin === iin),
            iin,
          );
      });

      it('records the hall’s reads of the owner and the representative (ФЛК, authority)', async () => {
        const hall = { kind: 'operator' as const, iin: P.sara, role: 'hall' as const, office: 'astana-1' };
        const before = (await rows()).length;
        const flk = await ownerFlk(s.ctx, hall, P.erasyl, '2025-12-01' as IsoDate);
        assert.equal(flk?.minor, true);
        const authority = await representativeAuthority(s.ctx, hall, P.erasyl, P.aigerim, '2025-12-01' as IsoDate);
        assert.equal(authority.kind, 'parent');
        const added = (await rows()).slice(before).map((e) => `${e.purpose}|${e.registry}|${e.subject_iin}`);
        assert.deepEqual(added, [`hall-filing|gbd-fl|${P.erasyl}`, `hall-filing|zags|${P.erasyl}`]);
      });

      it('records a desk certificate with the databases read for it', async () => {
        await s.ctx.database.db
          .insertInto('operators')
          .values({ iin: P.gulmira, role: 'reception', office: 'astana-esil-1' })
          .execute();
        const desk = await token(P.gulmira);
        const issued = ok(
          await s.request('POST', '/api/v1/certificates', {
            token: desk,
            body: {
              kind: 'current',
              requester: P.nurlanA,
              subject: P.nurlanA,
              identityDocument: { type: 'id-card', number: '045678912' },
            },
          }),
          201,
        );
        const entries = await s.ctx.database.db
          .selectFrom('personal_data_access')
          .select(['subject_iin', 'registry', 'purpose', 'office'])
          .where('certificate_number', '=', issued.number)
          .execute();
        assert.ok(entries.every((e) => e.purpose === 'desk-certificate' && e.office === 'astana-esil-1'));
        for (const registry of ['gbd-fl', 'registrations']) {
          assert.ok(
            entries.some((e) => e.subject_iin === P.nurlanA && e.registry === registry),
            registry,
          );
        }
        // Online, a citizen's own certificate is not an access to record.
        const before = (await rows()).length;
        ok(
          await s.request('POST', '/api/v1/certificates', {
            token: await token(P.saltanat),
            body: { kind: 'current' },
          }),
          201,
        );
        assert.equal((await rows()).length, before);
      });

      it('records an owner reading an application that asks for their consent', async () => {
        const [mine] = ok(await s.request('GET', '/api/v1/applications', { token: await token(P.olga) })).items;
        ok(await s.request('GET', `/api/v1/applications/${mine.id}`, { token: await token(P.aigerim) }));
        const read = await rows({ application: mine.id, purpose: 'owner-consent' });
        assert.deepEqual(
          read.map((e) => [e.subject_iin, e.actor_kind]),
          [[P.olga, 'citizen']],
        );
      });

      it('does not record a citizen reading their own application', async () => {
        const me = await token(P.olga);
        const [mine] = ok(await s.request('GET', '/api/v1/applications', { token: me })).items;
        const before = (await rows()).length;
        ok(await s.request('GET', `/api/v1/applications/${mine.id}`, { token: me }));
        ok(await s.request('GET', '/api/v1/cabinet/access-log', { token: me }));
        assert.equal((await rows()).length, before);
      });
    });

    describe('the citizen’s view (GET /api/v1/cabinet/access-log)', () => {
      it('lists only my entries, newest first, naming the office and role but not the employee', async () => {
        const mine = ok(
          await s.request('GET', '/api/v1/cabinet/access-log?size=100', { token: await token(P.erasyl) }),
        );
        assert.ok(mine.items.length > 0);
        const all = await accessLogOf(s.ctx.database.db, P.erasyl, { page: 1, size: 100 });
        assert.equal(mine.items.length, all.items.length);
        assert.ok(all.items.every((e) => e.subject === P.erasyl));
        const times = mine.items.map((e: { at: string }) => e.at);
        assert.deepEqual(times, [...times].sort().reverse());
        const triage = mine.items.find((e: { purpose: string }) => e.purpose === 'triage');
        assert.equal(triage.who.en, 'ЦОН reception worker, office astana-1');
        assert.ok(triage.why.kk && triage.why.ru && triage.why.en);
        assert.doesNotMatch(JSON.stringify(mine), new RegExp(P.nurlan), 'no employee IIN');
        const paged = ok(
          await s.request('GET', '/api/v1/cabinet/access-log?size=1&page=2', { token: await token(P.erasyl) }),
        );
        assert.equal(paged.items.length, 1);
        assert.equal(paged.items[0].at, mine.items[1].at);
      });
    });

    describe('the auditor’s search (POST /api/v1/operator/access-log/search)', () => {
      const search = (token: string, body: Record<string, unknown>) =>
        s.request('POST', '/api/v1/operator/access-log/search', { token, body });

      it('is refused to citizens and to operators of other roles', async () => {
        assert.equal((await search(await token(P.olga), { subject: P.erasyl })).status, 403);
        assert.equal((await search(await token(P.nurlan), { subject: P.erasyl })).status, 403);
      });

      it('filters by person, employee, office, purpose, application and dates, and logs the search', async () => {
        const auditor = await token(P.serik);
        type Item = { subject: string; actorIin: string | null; office: string | null; purpose: string };
        const find = async (body: Record<string, unknown>): Promise<Item[]> =>
          ok(await search(auditor, { size: 100, ...body })).items;
        const bySubject = await find({ subject: P.erasyl });
        assert.ok(bySubject.length > 0 && bySubject.every((e) => e.subject === P.erasyl));
        const byActor = await find({ actor: P.nurlan, purpose: 'triage' });
        assert.ok(byActor.length > 0 && byActor.every((e) => e.actorIin === P.nurlan && e.purpose === 'triage'));
        const byOffice = await find({ office: 'astana-1' });
        assert.ok(byOffice.some((e) => e.purpose === 'triage') && byOffice.some((e) => e.purpose === 'registry-check'));
        assert.ok(byOffice.every((e) => e.office === 'astana-1'));
        const byApplication = await find({ applicationId: hallApplication, purpose: 'decision-trace' });
        assert.ok(byApplication.length >= 3 && byApplication.every((e) => e.purpose === 'decision-trace'));
        const today = '2025-12-01';
        assert.ok((await find({ subject: P.erasyl, from: today, to: today })).length > 0);
        assert.deepEqual(await find({ subject: P.erasyl, from: '2025-12-02' }), []);
        assert.deepEqual(await find({ subject: P.erasyl, to: '2025-11-30' }), []);
        assert.equal((await search(auditor, {})).status, 400, 'no search of the whole log');
        assert.equal((await search(auditor, { subject: '123' })).status, 400);
        const logged = await rows({ purpose: 'audit-search', subject: P.erasyl });
        assert.ok(logged.length > 0, 'the auditor’s search shows in the person’s log');
      });
    });
  });
}
