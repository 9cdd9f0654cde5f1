// S7 (003 ¶B2; services.md S7 "Documents"): the documents of a restoration as a function of the
// applicant's facts — every condition, and the pre-2008 items on either side of 1 January 2008.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RestorationApplicant, restorationDocuments } from '../../src/domain/civil-records/documents.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { conditionHolds, type DocumentFacts } from '../../src/domain/public-services/required-documents.ts';

const NOBODY: RestorationApplicant = {
  recordRegistered: '1985-03-14' as IsoDate,
  representative: false,
  married: false,
  hasChildren: false,
  parentsMarried: false,
  hasLabourBook: false,
  student: false,
  militaryLiable: false,
  pensioner: false,
};
const ids = (a: Partial<RestorationApplicant>) => restorationDocuments({ ...NOBODY, ...a }).map((d) => d.id);
/** Items 1–4, 7, 8 (ID data from the state system): what every applicant needs. */
const ALWAYS = ['application', 'identity', 'no-record-certificate', 'autobiography', 'photos', 'duty-proof'];
const added = (a: Partial<RestorationApplicant>, base: Partial<RestorationApplicant> = {}) =>
  ids({ ...base, ...a }).filter((id) => !ids(base).includes(id));

describe('003 ¶B2 items 1–8: documents of every restoration', () => {
  it('always: application, identity, archive certificate of no record, autobiography, photos, duty proof', () => {
    const pre2008 = ids({});
    for (const id of ALWAYS) assert.ok(pre2008.includes(id), id);
    assert.deepEqual(ids({ recordRegistered: '2010-01-01' as IsoDate }), [
      ...ALWAYS.slice(0, 4),
      'photos',
      'duty-proof',
      'civil-certificates',
    ]);
  });

  it('item 5: the labour book if the applicant has one; a student brings the certificate of their school', () => {
    assert.deepEqual(added({ hasLabourBook: true }), ['labour-book']);
    assert.deepEqual(added({ student: true }), ['student-certificate']);
  });

  it('item 6: the military ID if liable for military service', () => {
    assert.deepEqual(added({ militaryLiable: true }), ['military-id']);
  });
});

describe('003 ¶B2 items 9–12: only when the record was registered before 2008', () => {
  const cases: [string, Partial<RestorationApplicant>, string[]][] = [
    ['item 9: married → marriage certificate', { married: true }, ['marriage-certificate']],
    ['item 10: children → their birth certificates', { hasChildren: true }, ['children-birth-certificates']],
    [
      "item 12: parents married → parents' marriage certificate",
      { parentsMarried: true },
      ['parents-marriage-certificate'],
    ],
  ];
  for (const [name, facts, expected] of cases) {
    it(`${name}; nothing registered from 2008`, () => {
      assert.deepEqual(added(facts), expected);
      assert.deepEqual(added(facts, { recordRegistered: '2008-01-01' as IsoDate }), []);
    });
  }

  it("item 11: parents' identity documents or death certificates, for every pre-2008 record", () => {
    assert.ok(ids({ recordRegistered: '2007-12-31' as IsoDate }).includes('parents-documents'));
    assert.ok(!ids({ recordRegistered: '2008-01-01' as IsoDate }).includes('parents-documents'));
  });

  it('from 2008 the civil certificates come from the state system instead (not before)', () => {
    const from2008 = restorationDocuments({ ...NOBODY, recordRegistered: '2008-01-01' as IsoDate });
    const certificates = from2008.find((d) => d.id === 'civil-certificates');
    assert.equal(certificates?.from, 'state-system');
    assert.ok(!ids({ recordRegistered: '2007-12-31' as IsoDate }).includes('civil-certificates'));
  });

  it('a married pre-2008 applicant with children and married parents brings all four items', () => {
    const all = ids({ married: true, hasChildren: true, parentsMarried: true });
    for (const id of [
      'marriage-certificate',
      'children-birth-certificates',
      'parents-documents',
      'parents-marriage-certificate',
    ])
      assert.ok(all.includes(id), id);
  });
});

describe('003 ¶B2 items 13–14: read as concerning any applicant (services.md S7, Ambiguous)', () => {
  it('item 13: a representative brings a notarized power of attorney, before 2008 or after', () => {
    assert.deepEqual(added({ representative: true }), ['power-of-attorney']);
    assert.deepEqual(added({ representative: true }, { recordRegistered: '2015-01-01' as IsoDate }), [
      'power-of-attorney',
    ]);
  });

  it("item 14: a pensioner's certificate, received at the ЦОН from the state system", () => {
    assert.deepEqual(added({ pensioner: true }), ['pensioner-certificate']);
    const doc = restorationDocuments({ ...NOBODY, pensioner: true }).find((d) => d.id === 'pensioner-certificate');
    assert.equal(doc?.from, 'state-system');
  });
});

describe('services.md §5.4: the conditions a document can carry', () => {
  const facts: DocumentFacts = {
    variant: 'S9b',
    representative: false,
    paidOutsideGateway: true,
    registered: '2007-06-01' as IsoDate,
    states: ['married'],
  };
  it('reads each kind of condition from the facts', () => {
    assert.equal(conditionHolds({ kind: 'variant', variants: ['S9b', 'S9c'] }, facts), true);
    assert.equal(conditionHolds({ kind: 'variant', variants: ['S9a'] }, facts), false);
    assert.equal(conditionHolds({ kind: 'variant', variants: ['S9a'] }, { ...facts, variant: null }), false);
    assert.equal(conditionHolds({ kind: 'representative' }, facts), false);
    assert.equal(conditionHolds({ kind: 'paid-outside-gateway' }, facts), true);
    assert.equal(conditionHolds({ kind: 'registered-before', date: '2008-01-01' }, facts), true);
    assert.equal(conditionHolds({ kind: 'registered-from', date: '2008-01-01' }, facts), false);
    assert.equal(conditionHolds({ kind: 'applicant-states', fact: 'married' }, facts), true);
    assert.equal(conditionHolds({ kind: 'applicant-states', fact: 'pensioner' }, facts), false);
  });

  it('holds no condition on a registration date the service does not have', () => {
    const none = { ...facts, registered: null };
    assert.equal(conditionHolds({ kind: 'registered-before', date: '2008-01-01' }, none), false);
    assert.equal(conditionHolds({ kind: 'registered-from', date: '2008-01-01' }, none), false);
  });
});
