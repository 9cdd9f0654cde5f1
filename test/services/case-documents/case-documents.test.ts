// Issue 17 item 5 on both engines: e-copies checked by size and by content (not by name or the
// browser's type), the documents a variant needs (004 L1 r.8), the inventory file per object
// (004 cl.4: one per object, append-only, never destroyed) and who may read a document.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../../../src/db/migrations/index.ts';
import { MAX_DOCUMENT_BYTES } from '../../../src/domain/case-documents/upload-check.ts';
import type { ApplicantFact } from '../../../src/domain/public-services/definition.ts';
import {
  discardCaseDocument,
  documentsOfCase,
  readCaseDocument,
  uploadCaseDocument,
} from '../../../src/services/case-documents/documents.ts';
import { consentPurpose, fileDocumentedCase } from '../../../src/services/case-documents/file-case.ts';
import { readInventory } from '../../../src/services/case-documents/inventory.ts';
import { fileCaseResult } from '../../../src/services/case-documents/results.ts';
import { inTransaction } from '../../../src/services/transaction.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../support/engines.ts';

const APPLICANT = '900701300108';
const OTHER = '880202400217';
const OFFICE = 'astana-1';
const NOW = new Date('2026-03-19T06:00:00Z');
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;
const staff = (office = OFFICE) => ({ kind: 'staff' as const, iin: '850101300001', role: 'archive-employee', office });

for (const engine of ENGINES) {
  describe(`case documents [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
      await migrateToLatest(test.database.db);
    });
    after(() => test.dispose());
    const db = () => test.database.db;

    const upload = (
      caseId: string,
      kind: string,
      content: Uint8Array,
      variant = 'S9b',
      statements: ApplicantFact[] = [],
    ) =>
      uploadCaseDocument(
        test.database,
        {
          caseId,
          owner: APPLICANT,
          service: variant === 'S10' ? 'S10' : 'S9',
          variant,
          statements: new Set(statements),
          kind,
          content,
        },
        NOW,
      );
    /** A consent code the applicant confirmed for the filing (or for another one, or another person). */
    const consented = async (caseId: string, iin = APPLICANT, confirmed = true) => {
      const id = randomUUID();
      await db()
        .insertInto('otp_challenges')
        .values({
          id,
          iin,
          phone: '+77010000000',
          purpose: consentPurpose(caseId),
          code_hash: '0'.repeat(64),
          created_at: NOW,
          expires_at: new Date(NOW.getTime() + 300_000),
          consumed_at: confirmed ? NOW : null,
        })
        .execute();
      return id;
    };
    const file = async (
      caseId: string,
      rka: string,
      variant = 'S9b',
      statements: ApplicantFact[] = [],
      challengeId?: string,
    ) =>
      fileDocumentedCase(
        test.database,
        {
          filing: {
            id: caseId,
            service: variant === 'S10' ? 'S10' : 'S9',
            variant,
            channel: 'portal',
            filedAt: '2026-03-19T11:00:00+05:00',
            facts: { object: 'flat', areaM2: 64.5 },
            applicant: APPLICANT,
            office: OFFICE,
          },
          object: { kind: 'rka', rka },
          statements: new Set(statements),
          consent: { means: 'sms-code', challengeId: challengeId ?? (await consented(caseId)) },
        },
        NOW,
      );

    describe('size and type limits: read from the content', () => {
      it('keeps a PDF, a JPEG and a PNG with their sha256 and type found by content', async () => {
        const id = randomUUID();
        const pdf = await upload(id, 'title-document', PDF);
        assert.equal(pdf.mediaType, 'application/pdf');
        assert.match(pdf.sha256, /^[0-9a-f]{64}$/);
        const png = await upload(id, 'land-plot-document-if-any', PNG, 'S9b', ['has-land-plot-document']);
        assert.equal(png.mediaType, 'image/png');
        const jpeg = await upload(randomUUID(), 'commissioning-act', JPEG, 'S9a');
        assert.equal(jpeg.mediaType, 'image/jpeg');
        const stored = await db()
          .selectFrom('case_documents')
          .select(['content', 'size_bytes'])
          .where('id', '=', pdf.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual([...stored.content], [...PDF]);
        assert.equal(stored.size_bytes, PDF.length);
      });
      it('refuses an empty file, a file over the limit and a file that is not PDF, JPEG or PNG by content', async () => {
        const id = randomUUID();
        await assert.rejects(upload(id, 'title-document', new Uint8Array()), code('case-document.empty'));
        const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
        big.set(PDF);
        await assert.rejects(upload(id, 'title-document', big), code('case-document.too-large'));
        // A text file named "act.pdf" sent as application/pdf is still text.
        await assert.rejects(
          upload(id, 'title-document', new TextEncoder().encode('hello, not a pdf')),
          code('case-document.wrong-type'),
        );
        await assert.rejects(
          upload(id, 'title-document', Uint8Array.from([0x4d, 0x5a, 0x90, 0])),
          code('case-document.wrong-type'),
        );
        assert.deepEqual(await documentsOfCase(test.database, APPLICANT, id), []);
      });
      it('accepts a file of exactly the limit', async () => {
        const exact = new Uint8Array(MAX_DOCUMENT_BYTES);
        exact.set(PDF);
        assert.equal((await upload(randomUUID(), 'title-document', exact)).sizeBytes, MAX_DOCUMENT_BYTES);
      });
    });

    describe('004 L1 r.8: the documents a variant needs', () => {
      it('refuses a document the variant does not need', async () => {
        await assert.rejects(upload(randomUUID(), 'commissioning-act', PDF, 'S9b'), code('case-document.not-needed'));
        await assert.rejects(upload(randomUUID(), 'title-document', PDF, 'S9a'), code('case-document.not-needed'));
        await assert.rejects(upload(randomUUID(), 'title-document', PDF, 'S10'), code('case-document.not-needed'));
        // The land-plot document "if any" only when the applicant says there is one.
        await assert.rejects(
          upload(randomUUID(), 'land-plot-document-if-any', PDF, 'S9b'),
          code('case-document.not-needed'),
        );
      });
      it('does not file a case whose documents are incomplete, and writes nothing', async () => {
        const id = randomUUID();
        await upload(id, 'commissioning-act', PDF, 'S9a');
        await assert.rejects(file(id, '1111000000000001', 'S9a'), code('case-document.missing'));
        assert.equal(await db().selectFrom('cases').select('id').where('id', '=', id).executeTakeFirst(), undefined);
        assert.deepEqual(await readInventory(test.database, { kind: 'rka', rka: '1111000000000001' }), []);
      });
      it('replaces a document of the same kind before filing, and lets the applicant remove one', async () => {
        const id = randomUUID();
        const first = await upload(id, 'title-document', PDF);
        const second = await upload(id, 'title-document', PNG);
        assert.deepEqual(
          (await documentsOfCase(test.database, APPLICANT, id)).map((d) => d.id),
          [second.id],
        );
        await discardCaseDocument(test.database, APPLICANT, id, second.id, NOW);
        assert.deepEqual(await documentsOfCase(test.database, APPLICANT, id), []);
        await assert.rejects(
          discardCaseDocument(test.database, APPLICANT, id, first.id, NOW),
          code('case-document.not-found'),
        );
      });
    });

    describe('004 cl.4, L1 r.9 ground 5: no case without consent to use protected data', () => {
      it('refuses a filing whose consent code was not confirmed, is another filing’s or another person’s', async () => {
        const id = randomUUID();
        await upload(id, 'title-document', PDF);
        const RKA = '6666000000000006';
        for (const challenge of [
          await consented(id, APPLICANT, false),
          await consented(randomUUID()),
          await consented(id, OTHER),
          'not-a-uuid',
        ])
          await assert.rejects(file(id, RKA, 'S9b', [], challenge), code('case-document.no-consent'));
        assert.equal(await db().selectFrom('cases').select('id').where('id', '=', id).executeTakeFirst(), undefined);
        assert.deepEqual(await readInventory(test.database, { kind: 'rka', rka: RKA }), []);
        await file(id, RKA);
        const audit = await db()
          .selectFrom('audit_events')
          .select(['action', 'details'])
          .where('action', '=', 'case-consent')
          .execute();
        assert.ok(audit.some((r) => r.details['caseId'] === id));
      });
    });

    describe('004 cl.4: one inventory file per object, append-only', () => {
      const RKA = '2222000000000002';
      it('appends each case’s filing and documents to its object’s file, in order', async () => {
        const one = randomUUID();
        const title = await upload(one, 'title-document', PDF);
        const record = await file(one, RKA);
        assert.equal(record.case.state, 'accepted');
        const two = randomUUID();
        await file(two, RKA, 'S10');
        const entries = await readInventory(test.database, { kind: 'rka', rka: RKA });
        assert.deepEqual(
          entries.map((e) => [e.seq, e.caseId, e.entry, e.kind, e.documentId]),
          [
            [1, one, 'filing', 'S9b-request', null],
            [2, one, 'document', 'title-document', title.id],
            [3, two, 'filing', 'S10-request', null],
          ],
        );
        assert.equal(entries[1]!.sha256, title.sha256);
        const files = await db()
          .selectFrom('inventory_files')
          .select('id')
          .where('object_key', '=', `rka:${RKA}`)
          .execute();
        assert.equal(files.length, 1);
      });
      it('a retried filing appends nothing twice; documents of a filed case cannot change', async () => {
        const id = randomUUID();
        const title = await upload(id, 'title-document', PDF);
        await file(id, '3333000000000003');
        await file(id, '3333000000000003');
        assert.equal((await readInventory(test.database, { kind: 'rka', rka: '3333000000000003' })).length, 2);
        await assert.rejects(upload(id, 'title-document', PNG), code('case-document.filed'));
        await assert.rejects(
          discardCaseDocument(test.database, APPLICANT, id, title.id, NOW),
          code('case-document.filed'),
        );
      });
      it('the result is appended after the case’s documents', async () => {
        const id = randomUUID();
        await upload(id, 'title-document', PDF);
        await file(id, '4444000000000004');
        await inTransaction(test.database, (tx) =>
          fileCaseResult(tx, { caseId: id, kind: 'cadastral-passport', content: PDF, staff: staff() }, NOW),
        );
        const entries = await readInventory(test.database, { kind: 'rka', rka: '4444000000000004' });
        assert.deepEqual(
          entries.map((e) => e.entry),
          ['filing', 'document', 'result'],
        );
        await assert.rejects(
          inTransaction(test.database, (tx) =>
            fileCaseResult(tx, { caseId: id, kind: 'cadastral-passport', content: PDF, staff: staff('almaty-2') }, NOW),
          ),
          code('case.not-found'),
        );
      });
      it('the database refuses to change or remove a file, an entry or a filed document', async () => {
        const refused = (statement: Promise<unknown>) =>
          assert.rejects(statement, /append-only|never rewritten|foreign key|violates/);
        await refused(sql`update inventory_entries set kind = 'x'`.execute(db()));
        await refused(sql`delete from inventory_entries`.execute(db()));
        await refused(sql`truncate inventory_entries`.execute(db()));
        await refused(sql`update inventory_files set object_key = 'rka:0000000000000000'`.execute(db()));
        await refused(sql`delete from inventory_files`.execute(db()));
        await refused(sql`update case_documents set content = '\\x00'`.execute(db()));
        await refused(
          sql`delete from case_documents where id in (select document_id from inventory_entries)`.execute(db()),
        );
      });
    });

    describe('issue 13: who reads a document', () => {
      it('the applicant reads their own; another citizen is told there is no such document', async () => {
        const id = randomUUID();
        const doc = await upload(id, 'title-document', PDF);
        const own = await readCaseDocument(test.database, { kind: 'applicant', iin: APPLICANT }, doc.id, NOW);
        assert.deepEqual([...own.content], [...PDF]);
        await assert.rejects(
          readCaseDocument(test.database, { kind: 'applicant', iin: OTHER }, doc.id, NOW),
          code('case-document.not-found'),
        );
      });
      it('staff of the case’s office read a filed document, and the read is in the access log; other offices do not', async () => {
        const id = randomUUID();
        const doc = await upload(id, 'title-document', PDF);
        // Not filed yet: no office serves it.
        await assert.rejects(readCaseDocument(test.database, staff(), doc.id, NOW), code('case-document.not-found'));
        await file(id, '5555000000000005');
        await readCaseDocument(test.database, staff(), doc.id, NOW);
        const log = await db().selectFrom('personal_data_access').selectAll().where('case_id', '=', id).execute();
        assert.deepEqual(
          log.map((r) => [r.subject_iin, r.actor_iin, r.purpose, r.office]),
          [[APPLICANT, '850101300001', 'case-read', OFFICE]],
        );
        await assert.rejects(
          readCaseDocument(test.database, staff('almaty-2'), doc.id, NOW),
          code('case-document.not-found'),
        );
        assert.equal(
          (await db().selectFrom('personal_data_access').select('id').where('case_id', '=', id).execute()).length,
          1,
        );
      });
    });
  });
}
