// S1 (002 R1 App1 st.6): КҚПД checks the applicant in the wanted-persons database. One suite over
// the in-memory registry and the SQL one on both engines; then the boundary (checkWanted), which
// validates question and answer and turns a hit into a coded outcome, never an exception.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IsoDate } from '../../src/domain/dates.ts';
import type { WantedEntry } from '../../src/domain/registry-facts.ts';
import { isAppError } from '../../src/errors.ts';
import { memoryWantedPersons } from '../../src/registries/memory/wanted-persons.ts';
import type { WantedPersonsRegistry } from '../../src/registries/ports.ts';
import { sqlWantedPersons } from '../../src/registries/sql/wanted-persons.ts';
import { checkWanted } from '../../src/registries/wanted.ts';
import { ENGINES, openLoadedDatabase, type TestDatabase } from '../support/engines.ts';
import { P } from '../support/family.ts';
import { familyDataset } from '../support/service.ts';

const d = (s: string) => s as IsoDate;
const ENTRIES: WantedEntry[] = [
  // Searched for since 10 January 2025, still open.
  { iin: P.saltanat, from: d('2025-01-10'), to: null, initiator: 'ДП г. Астаны', reference: 'RD-1' },
  // A closed search: 1 January – 30 June 2024.
  { iin: P.daniyar, from: d('2024-01-01'), to: d('2024-06-30'), initiator: 'ДП г. Алматы', reference: 'RD-2' },
  // Two searches of one person: the earliest in force answers.
  { iin: P.ilyas, from: d('2025-03-01'), to: null, initiator: 'ДП Акмолинской области', reference: 'RD-4' },
  { iin: P.ilyas, from: d('2024-02-01'), to: d('2025-12-31'), initiator: 'ДП г. Шымкент', reference: 'RD-3' },
];

function contract(name: string, registry: () => WantedPersonsRegistry) {
  describe(`КҚПД wanted persons: check(iin, date) [${name}]`, () => {
    const check = (iin: string, date: string) => registry().check(iin, d(date));

    it('answers clear for a person never searched for', async () => {
      assert.deepEqual(await check(P.aigerim, '2025-12-01'), { outcome: 'clear' });
    });

    it('finds an open search from its first day on, not the day before', async () => {
      assert.deepEqual(await check(P.saltanat, '2025-01-09'), { outcome: 'clear' });
      assert.deepEqual(await check(P.saltanat, '2025-01-10'), { outcome: 'wanted', entry: ENTRIES[0] });
      assert.equal((await check(P.saltanat, '2030-01-01')).outcome, 'wanted');
    });

    it('finds a closed search up to its last day, and not after', async () => {
      assert.deepEqual(await check(P.daniyar, '2024-06-30'), { outcome: 'wanted', entry: ENTRIES[1] });
      assert.deepEqual(await check(P.daniyar, '2024-07-01'), { outcome: 'clear' });
    });

    it('answers with the earliest search in force when there are several', async () => {
      assert.deepEqual(await check(P.ilyas, '2025-06-01'), { outcome: 'wanted', entry: ENTRIES[3] });
      assert.deepEqual(await check(P.ilyas, '2026-01-01'), { outcome: 'wanted', entry: ENTRIES[2] });
      assert.deepEqual(await check(P.ilyas, '2024-01-31'), { outcome: 'clear' });
    });
  });
}

contract('memory', () => memoryWantedPersons(ENTRIES));
for (const engine of ENGINES) {
  let test: TestDatabase;
  describe(`[${engine}]`, () => {
    before(async () => {
      test = await openLoadedDatabase(engine, { ...familyDataset(), wanted: ENTRIES });
    });
    after(() => test.dispose());
    contract(`sql ${engine}`, () => sqlWantedPersons(test.database.db));
  });
}

describe('the boundary: checkWanted validates question and answer', () => {
  const registry = memoryWantedPersons(ENTRIES);
  const rejects = (work: Promise<unknown>, code: string) =>
    assert.rejects(work, (e) => isAppError(e) && e.code === code);
  const answering = (answer: unknown): WantedPersonsRegistry => ({ check: async () => answer as never });

  it('a hit is a coded outcome with the search, never an exception', async () => {
    assert.deepEqual(await checkWanted(registry, P.saltanat, d('2025-12-01')), {
      outcome: 'wanted',
      code: 'wanted.hit',
      iin: P.saltanat,
      date: '2025-12-01',
      since: '2025-01-10',
      until: null,
      initiator: 'ДП г. Астаны',
      reference: 'RD-1',
    });
    assert.deepEqual(await checkWanted(registry, P.aigerim, d('2025-12-01')), {
      outcome: 'clear',
      iin: P.aigerim,
      date: '2025-12-01',
    });
  });

  it('refuses to ask about an invalid IIN', async () => {
    await rejects(checkWanted(registry, '123456789012', d('2025-12-01')), 'invalid-iin-input');
  });

  it('treats an answer of the wrong shape as the registry failing, never as clear', async () => {
    for (const answer of [
      null,
      { outcome: 'unknown' },
      { outcome: 'clear', extra: 1 },
      { outcome: 'wanted' },
      { outcome: 'wanted', entry: { ...ENTRIES[0], from: '2025-02-30' } },
      { outcome: 'wanted', entry: { ...ENTRIES[0], initiator: '' } },
    ])
      await rejects(checkWanted(answering(answer), P.saltanat, d('2025-12-01')), 'wanted.answer-invalid');
  });

  it('rejects an entry about someone else, or not in force on the date', async () => {
    const other = { outcome: 'wanted', entry: { ...ENTRIES[0], iin: P.aigerim } };
    await rejects(checkWanted(answering(other), P.saltanat, d('2025-12-01')), 'wanted.answer-invalid');
    const closed = { outcome: 'wanted', entry: ENTRIES[1] };
    await rejects(checkWanted(answering(closed), P.daniyar, d('2025-12-01')), 'wanted.answer-invalid');
  });
});
