// Issue 18 item 4, S7 on the case engine (003 ¶B2; deadlines.md D3, D4): the ЦОН intake opens the
// case with its documents, duty and due date, the ЗАГС step restores the act in the step's
// transaction, the extension by calendar days with its cap and notice day, the refusal — and the
// issue's key test: a registration refused for a missing birth act is a confirmed relation once the
// S7 case has restored it. On both engines.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { IsoDate } from '../../../src/domain/dates.ts';
import { isAppError } from '../../../src/errors.ts';
import type { Actor } from '../../../src/services/actor.ts';
import { actOnCase, type BackOfficeStaff } from '../../../src/services/cases/back-office.ts';
import { fileRestoration, type Intake } from '../../../src/services/civil-records/intake.ts';
import { decidePreview } from '../../../src/services/page-lookups.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { familyDataset, openService, type TestService } from '../../support/service.ts';

// The family's clock: Monday 1 December 2025, 11:00 in Astana.
const OFFICE = 'astana-con-1';
const OPERATOR: Actor = { kind: 'operator', iin: P.viktor, role: 'hall', office: OFFICE };
const REGISTRAR: BackOfficeStaff = { iin: P.gulmira, role: 'civil-registrar', office: OFFICE };
const BASIS = 'Archive certificate No. 17 that no record exists; autobiography; parents’ identity documents';
const code = (expected: string, path?: string) => (e: unknown) =>
  isAppError(e) && e.code === expected && (path === undefined || e.path === path);

/** The family with Dauren's birth act lost. */
const lostBirthAct = () =>
  familyDataset((s) => {
    s.civilActs = s.civilActs!.filter((a) => !(a.type === 'birth' && a.child === P.dauren));
  });

const NO_FACTS = {
  representative: false,
  married: false,
  hasChildren: false,
  parentsMarried: false,
  hasLabourBook: false,
  student: false,
  militaryLiable: false,
  pensioner: false,
};
/** Items 1–4, 7, 8 and, for a record of 1983 (before 2008), item 11: what Dauren brings. */
const DAUREN_DOCUMENTS = [
  'application',
  'no-record-certificate',
  'autobiography',
  'photos',
  'duty-proof',
  'parents-documents',
];
const daurensBirth = (documents = DAUREN_DOCUMENTS): Intake => ({
  id: randomUUID(),
  applicant: P.dauren,
  act: { type: 'birth', mother: P.gulnar, father: P.bekzat, registered: '1983-08-20' },
  facts: NO_FACTS,
  exemption: { statuses: [], registrationError: false, errorProven: false },
  documents,
});

/** Another applicant's own birth record, parents not known (so none is their own parent). */
const birthOf = (applicant: string): Intake => ({
  ...daurensBirth(),
  applicant,
  act: { type: 'birth', mother: null, father: null, registered: '1983-08-20' },
});

/** D1 has reached the Astana norm (N1): only a confirmed relative of the owner may register there. */
const daurenToD1 = {
  date: '2025-12-01' as IsoDate,
  application: {
    service: 'permanent' as const,
    channel: 'online' as const,
    applicant: P.dauren,
    rka: D.D1,
    owner: P.aigerim,
    relation: { kind: 'sibling-full' as const },
  },
};

for (const engine of ENGINES) {
  describe(`S7 on the case engine [${engine}]`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, { data: lostBirthAct() });
    });
    after(() => s.dispose());

    const count = async (table: 'cases' | 'case_events' | 'audit_events' | 'civil_act_restorations') =>
      Number(
        (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(s.ctx.database.db)).rows[0]!.n,
      );
    const counts = async () =>
      Promise.all((['cases', 'case_events', 'audit_events', 'civil_act_restorations'] as const).map(count));
    const messages = (template: string) =>
      s.ctx.database.db
        .selectFrom('outbox')
        .select(['recipient', 'params'])
        .where('template', '=', template)
        .orderBy('id')
        .execute();
    const restore = (caseId: string, version: number, basis = BASIS) =>
      actOnCase(s.ctx, REGISTRAR, {
        caseId,
        version,
        act: { kind: 'complete-step', step: 'restore', posted: { basis } },
      });

    describe('003 ¶B2 documents: the list follows the facts; a missing one is a coded error, nothing written', () => {
      it('names the first document not handed in, and writes no case, event or audit record', async () => {
        const before = await counts();
        await assert.rejects(
          fileRestoration(s.ctx, OPERATOR, daurensBirth(DAUREN_DOCUMENTS.filter((d) => d !== 'autobiography'))),
          code('civil-record.document-missing', '/documents/autobiography'),
        );
        // Registered in 1983: the parents' documents (item 11) are needed too.
        await assert.rejects(
          fileRestoration(s.ctx, OPERATOR, daurensBirth(DAUREN_DOCUMENTS.filter((d) => d !== 'parents-documents'))),
          code('civil-record.document-missing', '/documents/parents-documents'),
        );
        assert.deepEqual(await counts(), before);
      });

      it('refuses an act unfit to restore (own parent) and a non-ЦОН actor, writing nothing', async () => {
        const before = await counts();
        const own = { ...daurensBirth(), act: { ...daurensBirth().act, mother: P.dauren } } as Intake;
        await assert.rejects(fileRestoration(s.ctx, OPERATOR, own), code('civil-record.invalid'));
        await assert.rejects(
          fileRestoration(s.ctx, { kind: 'citizen', iin: P.dauren }, daurensBirth()),
          code('operator-only'),
        );
        assert.deepEqual(await counts(), before);
      });
    });

    describe('003 ¶B2 deadline (D3, D4): 15 calendar days, the acceptance day excluded, then to a working day', () => {
      it('opens at the ЦОН past the counter, due on the 15th day moved off the Independence Day holiday', async () => {
        const { case: kase } = await fileRestoration(s.ctx, OPERATOR, daurensBirth());
        assert.equal(kase.acceptedOn, '2025-12-01');
        // 1 December + 15 = 16 December, Independence Day: the next working day.
        assert.equal(kase.dueOn, '2025-12-17');
        assert.equal(kase.state, 'in-progress');
        assert.equal(kase.currentStep, 'restore');
        assert.deepEqual(kase.procedure.completedSteps, ['accept']);
        const row = await s.ctx.database.db
          .selectFrom('cases')
          .select(['step_role', 'office', 'channel'])
          .where('id', '=', kase.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual(row, { step_role: 'civil-registrar', office: OFFICE, channel: 'con' });
        const accepted = await messages('notify-case-accepted');
        assert.equal(accepted.at(-1)?.recipient, P.dauren);
        assert.equal(accepted.at(-1)?.params['dueOn'], '17.12.2025');
      });
    });

    describe('003 ¶B2 state duty: 0.5 MRP of the filing year, or an exemption', () => {
      it('records 0.5 MRP of 2025 (placeholder figure) when no exemption applies', async () => {
        const { case: kase } = await fileRestoration(s.ctx, OPERATOR, birthOf(P.sara));
        assert.deepEqual(kase.facts.restoration?.duty, {
          kind: 'due',
          mrp: 0.5,
          tiyn: 196_600,
          mrpYear: 2025,
          placeholder: true,
        });
      });

      it('frees a disabled applicant from the duty for a birth record, not for a marriage record', async () => {
        const disabled = { statuses: ['disabled' as const], registrationError: false, errorProven: false };
        const birth = await fileRestoration(s.ctx, OPERATOR, { ...birthOf(P.bekzat), exemption: disabled });
        assert.deepEqual(birth.case.facts.restoration?.duty, {
          kind: 'exempt',
          exemption: { ground: 'birth-certificate-status', status: 'disabled', source: '003 ¶B2 (1)' },
        });
        const marriage = await fileRestoration(s.ctx, OPERATOR, {
          ...daurensBirth(),
          applicant: P.gulmira,
          act: { type: 'marriage', spouse: P.viktor, date: '2010-06-01' },
          exemption: disabled,
          documents: ['application', 'no-record-certificate', 'autobiography', 'photos', 'duty-proof'],
        });
        assert.equal(marriage.case.facts.restoration?.duty.kind, 'due');
      });
    });

    describe('D3 (003 ¶B2): extension by ≤ 15 calendar days, the applicant told within 2 working days', () => {
      it('extends by 10 then 5 (the cap), refuses a 16th day, and tells the applicant each time', async () => {
        const { case: opened } = await fileRestoration(s.ctx, OPERATOR, birthOf(P.gulnar));
        const extend = (version: number, days: number) =>
          actOnCase(s.ctx, REGISTRAR, { caseId: opened.id, version, act: { kind: 'extend-days', days } });
        const first = await extend(opened.version, 10);
        // 1 December + 25 days.
        assert.equal(first.case.dueOn, '2025-12-26');
        // Decided on Monday 1 December: told by Wednesday 3 December.
        assert.equal(first.case.procedure.extensions[0]?.noticeBy, '2025-12-03');
        await assert.rejects(extend(first.case.version, 6), code('case.extension-over-cap'));
        const second = await extend(first.case.version, 5);
        assert.equal(second.case.dueOn, '2025-12-31');
        const told = (await messages('notify-case-extension')).filter((m) => m.recipient === P.gulnar);
        assert.deepEqual(
          told.map((m) => m.params['dueOn']),
          ['26.12.2025', '31.12.2025'],
        );
      });
    });

    describe('003 ¶B2 restoration → kinship (P5.2): the ЗАГС step writes the act in its transaction', () => {
      it('a full sibling refused for a missing birth act is a confirmed relation once the case restores it', async () => {
        const refused = await decidePreview(s.ctx, daurenToD1);
        assert.equal(refused.outcome, 'refused');
        assert.deepEqual(refused.reasons, ['no-kinship']);

        const { case: opened } = await fileRestoration(s.ctx, OPERATOR, daurensBirth());
        const issued = await restore(opened.id, opened.version);
        assert.equal(issued.case.state, 'issued');

        const confirmed = await decidePreview(s.ctx, daurenToD1);
        assert.equal(confirmed.outcome, 'eligible');
        assert.equal(confirmed.basis, 'relation-confirmed');
        const kinship = confirmed.trace.find((t) => t.clause === 'P5.2');
        assert.deepEqual(kinship?.facts, { applicant: P.dauren, owner: P.aigerim, mother: P.gulnar, father: P.bekzat });
        const record = await s.ctx.database.db
          .selectFrom('civil_act_restorations')
          .selectAll()
          .where('case_reference', '=', opened.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual([record.restored_by, record.office, record.basis], [P.gulmira, OFFICE, BASIS]);
        const result = await messages('notify-case-result');
        assert.equal(result.at(-1)?.recipient, P.dauren);
      });

      it('nothing half-written: an act already held, or no basis, leaves the case at its step', async () => {
        // Another of Dauren's open cases asks for the act just restored.
        const { case: opened } = await fileRestoration(s.ctx, OPERATOR, daurensBirth());
        const before = await counts();
        await assert.rejects(restore(opened.id, opened.version), code('civil-record.act-exists'));
        await assert.rejects(restore(opened.id, opened.version, '  '), code('case.output-invalid'));
        assert.deepEqual(await counts(), before);
        const row = await s.ctx.database.db
          .selectFrom('cases')
          .select(['state', 'current_step', 'version'])
          .where('id', '=', opened.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual(row, { state: 'in-progress', current_step: 'restore', version: opened.version });
      });
    });

    describe('S7 refusal (reading: the general grounds, told directly)', () => {
      it('refuses on ground 2 at once, tells the applicant, and restores nothing', async () => {
        const { case: opened } = await fileRestoration(s.ctx, OPERATOR, birthOf(P.timur));
        const restorations = await count('civil_act_restorations');
        const refused = await actOnCase(s.ctx, REGISTRAR, {
          caseId: opened.id,
          version: opened.version,
          act: { kind: 'intend-refusal', ground: 2 },
        });
        assert.equal(refused.case.state, 'refused');
        assert.equal(refused.case.procedure.refusalGround, 2);
        assert.equal((await messages('notify-case-refusal')).at(-1)?.recipient, P.timur);
        assert.equal(await count('civil_act_restorations'), restorations);
        await assert.rejects(
          actOnCase(s.ctx, REGISTRAR, {
            caseId: opened.id,
            version: refused.case.version,
            act: { kind: 'intend-refusal', ground: 3 },
          }),
          code('case.invalid-event'),
        );
      });
    });
  });
}
