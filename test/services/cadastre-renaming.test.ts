// 004 cl.7 on both engines: a joint decision of the local bodies renames a street or renumbers a
// building; in one transaction the addresses change in ЕГКН and the address register, and a
// correction (S9-correction: correct → sign, free, no visit) is opened for each object with a
// cadastral passport, due the next working day; the same decision again changes nothing; bad
// input is a coded refusal that writes nothing; the address search then finds the new address.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { CaseActor } from '../../src/domain/cases/case.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import type { RenamingInput } from '../../src/domain/renaming.ts';
import { sqlCadastreWrites } from '../../src/registries/sql/cadastre-writes.ts';
import { SYSTEM } from '../../src/services/actor.ts';
import { addressByRka, searchAddresses } from '../../src/services/addresses.ts';
import { applyRenaming, type RenamingOutcome } from '../../src/services/cadastre-renaming/apply.ts';
import {
  appendToInventory,
  inventoryFileOf,
  inventoryFileOfCase,
} from '../../src/services/case-documents/inventory.ts';
import { applyCaseEvent } from '../../src/services/cases/apply.ts';
import { openServiceCase } from '../../src/services/cases/open.ts';
import { caseQueue } from '../../src/services/cases/queue.ts';
import { inTransaction } from '../../src/services/transaction.ts';
import { ENGINES } from '../support/engines.ts';
import { P } from '../support/family.ts';
import { openService, type TestService } from '../support/service.ts';

const OFFICE = 'astana-1';
const staff = (role: string): CaseActor => ({ kind: 'staff', iin: '850101300001', role, office: OFFICE });
const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;
// Friday 20 March 2026, 11:00 in Astana; 21–25 March are the Nauryz days off.
const FRIDAY_BEFORE_NAURYZ = new Date('2026-03-20T06:00:00Z');
// Saturday 28 March 2026, 10:00 in Astana.
const SATURDAY = new Date('2026-03-28T05:00:00Z');
const EARLIER = new Date('2026-03-16T05:00:00Z');

const OLD = 'Сынақ көшесі';
const NEW = 'Тәуелсіздік даңғылы';
const OTHER = 'Басқа көшесі';
const at = (street: string, rest: string) => `Астана қ., ${street}, ${rest}`;
const RKA = {
  byRka: '0201004000008801',
  byAddress: '0201004000008802',
  notIssued: '0201004000008803',
  noCase: '0201004000008804',
  otherStreet: '0201004000008805',
};

const rename: RenamingInput = {
  kind: 'street',
  body: 'Astana city akimat and maslikhat',
  number: '305/41-VIII',
  decidedOn: '2026-03-19',
  city: 'astana',
  street: 'сынақ  көшесі',
  newStreet: NEW,
};

for (const engine of ENGINES) {
  describe(`004 cl.7: renaming decisions and the passports' correction [${engine}]`, () => {
    let service: TestService;
    const db = () => service.ctx.database.db;
    const count = async (
      table: 'cases' | 'case_events' | 'audit_events' | 'renaming_decisions' | 'renamed_addresses',
    ) =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const counts = async () =>
      Promise.all(
        (['cases', 'case_events', 'audit_events', 'renaming_decisions', 'renamed_addresses'] as const).map(count),
      );
    const addressOf = async (rka: string) =>
      (await db().selectFrom('dwellings').select('address').where('rka', '=', rka).executeTakeFirstOrThrow()).address;

    /** An S10 case about the object, in its inventory file under `key`; walked to `issued` unless told. */
    const passport = async (key: string, issued = true) => {
      const { case: kase } = await openServiceCase(
        service.ctx.database,
        {
          id: randomUUID(),
          service: 'S10',
          variant: 'S10',
          channel: 'portal',
          filedAt: '2026-03-16T10:00:00+05:00',
          facts: { object: 'flat' },
          applicant: P.aigerim,
          office: OFFICE,
        },
        EARLIER,
      );
      await inTransaction(service.ctx.database, async (tx) => {
        const file = await inventoryFileOf(tx, key, EARLIER);
        await appendToInventory(
          tx,
          file,
          [{ caseId: kase.id, entry: 'filing', documentId: null, kind: 'S10-request', sha256: null }],
          EARLIER,
        );
      });
      const steps = issued
        ? ([
            ['archive', 'archive-employee'],
            ['copy', 'executor'],
            ['sign', 'management'],
          ] as const)
        : [];
      for (const [step, role] of steps)
        await applyCaseEvent(
          service.ctx.database,
          { caseId: kase.id, event: { kind: 'complete-step', step, actor: staff(role) } },
          EARLIER,
        );
      return kase.id;
    };

    before(async () => {
      service = await openService(engine, { now: FRIDAY_BEFORE_NAURYZ.toISOString() });
      const objects: [string, string][] = [
        [RKA.byRka, at(OLD, '5-үй, 1-пәтер')],
        [RKA.byAddress, at(OLD, '5-үй, 2-пәтер')],
        [RKA.notIssued, at(OLD, '7-үй')],
        [RKA.noCase, at(OLD, '9-үй')],
        [RKA.otherStreet, at(OTHER, '5-үй')],
      ];
      await inTransaction(service.ctx.database, async (tx) => {
        for (const [rka, address] of objects)
          await sqlCadastreWrites(tx).recordObject({
            rka,
            city: 'astana',
            address,
            area: 60,
            owners: [{ iin: P.aigerim, share: '1/1' }],
            stateRental: false,
          });
      });
      await passport(`rka:${RKA.byRka}`);
      // Filed by address, as typed on the portal (case and spacing aside).
      await passport(`address:${at(OLD, '5-үй,  2-пәтер').toLowerCase().replace(/\s+/g, ' ')}`);
      await passport(`rka:${RKA.notIssued}`, false);
      await passport(`rka:${RKA.otherStreet}`);
    });
    after(() => service.dispose());

    let first: RenamingOutcome;

    describe('a renamed street: the addresses change and corrections open only where there is a passport', () => {
      it('changes every address on the street in ЕГКН and the address register, in one transaction', async () => {
        first = await applyRenaming(service.ctx.database, SYSTEM, rename, FRIDAY_BEFORE_NAURYZ);
        assert.equal(first.applied, true);
        assert.deepEqual(
          first.objects.map((o) => [o.rka, o.newAddress]),
          [
            [RKA.byRka, at(NEW, '5-үй, 1-пәтер')],
            [RKA.byAddress, at(NEW, '5-үй, 2-пәтер')],
            [RKA.notIssued, at(NEW, '7-үй')],
            [RKA.noCase, at(NEW, '9-үй')],
          ],
        );
        assert.equal(await addressOf(RKA.noCase), at(NEW, '9-үй'));
        assert.equal(await addressOf(RKA.otherStreet), at(OTHER, '5-үй'), 'another street is not touched');
        const streets = await db().selectFrom('streets').select('name').where('city', '=', 'astana').execute();
        assert.ok(streets.some((s) => s.name === NEW));
        assert.ok(!streets.some((s) => s.name === OLD), 'the old name is no longer offered');
      });

      it('opens one S9-correction per object with an issued passport (by РКА or by address), none otherwise', async () => {
        const withCase = first.objects.filter((o) => o.caseId !== null).map((o) => o.rka);
        assert.deepEqual(withCase, [RKA.byRka, RKA.byAddress]);
        const rows = await db()
          .selectFrom('cases')
          .selectAll()
          .where('variant', '=', 'S9-correction')
          .orderBy('number')
          .execute();
        assert.equal(rows.length, 2);
        for (const row of rows) {
          assert.deepEqual(
            [row.service, row.state, row.current_step, row.step_role, row.channel, row.applicant_iin, row.office],
            ['S9', 'accepted', 'correct', 'executor', 'system', P.aigerim, OFFICE],
          );
          // D2, D4: accepted on the Friday, due the first working day after Nauryz.
          assert.deepEqual([row.accepted_on, row.due_on, row.step_due_on], ['2026-03-20', '2026-03-26', '2026-03-26']);
        }
      });

      it('is free (no invoice) and has no inspection step', async () => {
        const ids = first.objects.flatMap((o) => (o.caseId ? [o.caseId] : []));
        const invoices = await db().selectFrom('payment_invoices').select('id').where('case_id', 'in', ids).execute();
        assert.equal(invoices.length, 0);
        const steps = await db().selectFrom('case_events').select('step').where('case_id', 'in', ids).execute();
        assert.ok(steps.every((s) => s.step !== 'inspect'));
      });

      it('records the new address in the trail and audits every change', async () => {
        const id = first.objects[0]!.caseId!;
        const open = await db()
          .selectFrom('case_events')
          .selectAll()
          .where('case_id', '=', id)
          .executeTakeFirstOrThrow();
        assert.deepEqual([open.event, open.actor_kind], ['open', 'system']);
        assert.equal(open.details['newAddress'], at(NEW, '5-үй, 1-пәтер'));
        assert.equal(open.details['decision'], rename.number);
        const audit = await db().selectFrom('audit_events').select(['action', 'details']).execute();
        const of = (action: string) => audit.filter((a) => a.action === action);
        assert.equal(of('renaming-record').length, 1);
        assert.equal(of('egkn-address-change').length, 4);
        assert.ok(of('case-open').some((a) => a.details['caseId'] === id));
        assert.ok(of('egkn-address-change').every((a) => !JSON.stringify(a.details).includes('Астана')));
      });

      it('shows the corrections in the executor’s queue with their 1-working-day SLA', async () => {
        const queue = await caseQueue(db(), { office: OFFICE, role: 'executor', today: '2026-03-20' as IsoDate });
        const mine = queue.filter((q) => q.variant === 'S9-correction');
        assert.equal(mine.length, 2);
        assert.ok(mine.every((q) => q.stepDueOn === '2026-03-26' && q.sla.band === 'on-time'));
        const late = await caseQueue(db(), { office: OFFICE, role: 'executor', today: '2026-03-27' as IsoDate });
        assert.ok(late.filter((q) => q.variant === 'S9-correction').every((q) => q.sla.band === 'overdue'));
      });

      it('completes to issued with the existing moves, filed in the object’s inventory file', async () => {
        const id = first.objects[0]!.caseId!;
        const move = (step: string, role: string) =>
          applyCaseEvent(
            service.ctx.database,
            { caseId: id, event: { kind: 'complete-step', step, actor: staff(role) } },
            FRIDAY_BEFORE_NAURYZ,
          );
        await assert.rejects(move('sign', 'management'), code('case.step-out-of-order'));
        await move('correct', 'executor');
        const signed = await move('sign', 'management');
        assert.equal(signed.case.state, 'issued');
        const file = await inTransaction(service.ctx.database, (tx) => inventoryFileOfCase(tx, id));
        assert.ok(file, 'the result generator files the corrected passport here (fileCaseResult)');
      });
    });

    describe('the same decision again changes nothing (idempotent by city and number)', () => {
      it('answers what it did the first time, writing nothing', async () => {
        const before = await counts();
        const again = await applyRenaming(service.ctx.database, SYSTEM, rename, SATURDAY);
        assert.equal(again.applied, false);
        assert.deepEqual(
          again.objects.map((o) => [o.rka, o.newAddress, o.correction]),
          first.objects.map((o) => [o.rka, o.newAddress, o.correction]),
        );
        assert.deepEqual([again.acceptedOn, again.dueOn], ['2026-03-20', '2026-03-26']);
        assert.deepEqual(await counts(), before);
      });

      it('refuses the number with other content', async () => {
        const before = await counts();
        await assert.rejects(
          applyRenaming(service.ctx.database, SYSTEM, { ...rename, newStreet: 'Абай даңғылы' }, SATURDAY),
          code('renaming.number-reused'),
        );
        assert.deepEqual(await counts(), before);
      });
    });

    describe('a renumbered building on a Saturday: due the Tuesday', () => {
      it('renumbers the house and corrects its passports (found under the earlier address too)', async () => {
        const outcome = await applyRenaming(
          service.ctx.database,
          SYSTEM,
          {
            ...rename,
            kind: 'building',
            number: '306/41-VIII',
            street: NEW,
            house: '5',
            newHouse: '15',
            newStreet: undefined,
          },
          SATURDAY,
        );
        assert.deepEqual([outcome.acceptedOn, outcome.dueOn], ['2026-03-30', '2026-03-31']);
        assert.deepEqual(
          outcome.objects.map((o) => [o.rka, o.newAddress, o.caseId !== null]),
          [
            [RKA.byRka, at(NEW, '15-үй, 1-пәтер'), true],
            [RKA.byAddress, at(NEW, '15-үй, 2-пәтер'), true],
          ],
        );
        const row = await db()
          .selectFrom('dwellings')
          .select(['house', 'flat'])
          .where('rka', '=', RKA.byAddress)
          .executeTakeFirstOrThrow();
        assert.deepEqual([row.house, row.flat], [15, 2]);
      });
    });

    describe('bad input is a coded refusal and writes nothing', () => {
      const refusals: [string, Partial<RenamingInput>, string][] = [
        ['an unknown city', { city: 'atlantis' }, 'renaming.unknown-city'],
        ['an unknown street', { street: 'Жоқ көшесі' }, 'renaming.unknown-street'],
        ['the same old and new name', { street: NEW, newStreet: NEW }, 'renaming.same-name'],
        ['a malformed date', { decidedOn: '2026-13-01' }, 'renaming.invalid-date'],
        ['a new name already on the register', { street: NEW, newStreet: OTHER }, 'renaming.street-exists'],
        [
          'an unknown building',
          { kind: 'building', street: NEW, house: '99', newHouse: '100', newStreet: undefined },
          'renaming.unknown-building',
        ],
        [
          'a building number already taken',
          { kind: 'building', street: NEW, house: '15', newHouse: '7', newStreet: undefined },
          'renaming.building-exists',
        ],
      ];
      for (const [what, change, expected] of refusals)
        it(`${what}: ${expected}`, async () => {
          const before = await counts();
          const addresses = await Promise.all(Object.values(RKA).map(addressOf));
          await assert.rejects(
            applyRenaming(service.ctx.database, SYSTEM, { ...rename, number: `bad-${what}`, ...change }, SATURDAY),
            code(expected),
          );
          assert.deepEqual(await counts(), before);
          assert.deepEqual(await Promise.all(Object.values(RKA).map(addressOf)), addresses);
        });
    });

    describe('the registration rules and the address search then see the new address', () => {
      it('finds the object by its new street and number, not by the old', async () => {
        const found = await searchAddresses(service.ctx, { text: `${NEW} 15 1`, city: 'astana' });
        assert.ok(found.some((f) => f.rka === RKA.byRka));
        const old = await searchAddresses(service.ctx, { text: `${OLD} 5`, city: 'astana' });
        assert.ok(!old.some((f) => f.rka === RKA.byRka));
        assert.equal((await addressByRka(service.ctx, RKA.byRka)).address.kk, at(NEW, '15-үй, 1-пәтер'));
      });
    });
  });
}
