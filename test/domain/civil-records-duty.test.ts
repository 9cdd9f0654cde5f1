// S7 state duty (003 ¶B2; services.md S7 "Fee"): 0.5 MRP, the two exemptions, the MRP of the
// filing year.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MRP_TABLE, mrpOn, type MrpYear } from '../../src/domain/civil-records/mrp.ts';
import {
  BIRTH_CERTIFICATE_EXEMPT,
  type DutyFacts,
  RESTORED_RECORDS,
  stateDutyOn,
} from '../../src/domain/civil-records/state-duty.ts';
import type { IsoDate } from '../../src/domain/dates.ts';

const base: DutyFacts = {
  filedOn: '2025-06-10' as IsoDate,
  record: 'birth',
  statuses: [],
  registrationError: false,
  errorProven: false,
};
const year = (y: number, kzt: number, placeholder = false): MrpYear => ({
  year: y,
  from: `${y}-01-01` as IsoDate,
  to: `${y}-12-31` as IsoDate,
  tiyn: kzt * 100,
  placeholder,
  note: 'test',
});
const TABLE = [year(2024, 3000), year(2025, 4001)];

describe('003 ¶B2: 0.5 MRP for the certificates issued on restoration', () => {
  it('is half the MRP of the filing year, in tiyn', () => {
    const duty = stateDutyOn(base, TABLE);
    assert.equal(duty.kind, 'due');
    if (duty.kind !== 'due') return;
    assert.equal(duty.mrp, 0.5);
    assert.equal(duty.tiyn, 200_050, '0.5 × 4001 ₸ = 2000.50 ₸');
    assert.equal(duty.mrpYear.year, 2025);
    assert.equal(duty.placeholder, false);
  });

  it('takes the old MRP on 31 December and the new one on 1 January', () => {
    const on = (d: string) => stateDutyOn({ ...base, filedOn: d as IsoDate }, TABLE);
    assert.deepEqual(
      ['2024-12-31', '2025-01-01'].map((d) => {
        const duty = on(d);
        return duty.kind === 'due' ? duty.tiyn : duty.kind;
      }),
      [150_000, 200_050],
    );
  });

  it('answers mrp-unknown (never a guessed sum) for a year the table does not hold', () => {
    assert.deepEqual(stateDutyOn({ ...base, filedOn: '2026-01-01' as IsoDate }, TABLE), {
      kind: 'mrp-unknown',
      filedOn: '2026-01-01',
    });
    assert.equal(stateDutyOn({ ...base, filedOn: '2023-12-31' as IsoDate }, TABLE).kind, 'mrp-unknown');
  });

  it('marks the sum a placeholder while the MRP figure is one (the sources give none)', () => {
    for (const m of MRP_TABLE) {
      assert.equal(m.placeholder, true, String(m.year));
      assert.match(m.note, /placeholder/i);
      assert.equal(m.from, `${m.year}-01-01`);
      assert.equal(m.to, `${m.year}-12-31`);
    }
    const duty = stateDutyOn(base);
    assert.ok(duty.kind === 'due' && duty.placeholder);
  });

  it('holds one MRP per year with no gap or overlap', () => {
    const years = MRP_TABLE.map((m) => m.year);
    assert.deepEqual(
      years,
      years.map((_, i) => years[0]! + i),
    );
    for (const m of MRP_TABLE) assert.equal(mrpOn(m.from)?.year, m.year);
  });
});

describe('003 ¶B2 exemption (1): statuses freed from the duty for birth certificates', () => {
  for (const status of BIRTH_CERTIFICATE_EXEMPT) {
    it(`${status}: exempt when a birth record is restored, due for a marriage record`, () => {
      assert.deepEqual(stateDutyOn({ ...base, statuses: [status] }, TABLE), {
        kind: 'exempt',
        exemption: { ground: 'birth-certificate-status', status, source: '003 ¶B2 (1)' },
      });
      assert.equal(stateDutyOn({ ...base, record: 'marriage', statuses: [status] }, TABLE).kind, 'due');
      assert.equal(stateDutyOn({ ...base, record: 'death', statuses: [status] }, TABLE).kind, 'due');
    });
  }

  it('lists the eight kinds of person the standard names', () => {
    assert.equal(BIRTH_CERTIFICATE_EXEMPT.length, 8);
  });
});

describe('003 ¶B2 exemption (2): records restored for a registration error, with proof', () => {
  for (const record of RESTORED_RECORDS) {
    const exempt = record !== 'marriage';
    it(`${record}: ${exempt ? 'exempt with proof, due without' : 'never exempt (not named)'}`, () => {
      const withProof = stateDutyOn({ ...base, record, registrationError: true, errorProven: true }, TABLE);
      assert.equal(withProof.kind, exempt ? 'exempt' : 'due');
      if (exempt)
        assert.deepEqual(withProof, {
          kind: 'exempt',
          exemption: { ground: 'registration-error', source: '003 ¶B2 (2)' },
        });
      const unproven = stateDutyOn({ ...base, record, registrationError: true, errorProven: false }, TABLE);
      assert.equal(unproven.kind, 'due', 'the confirming documents are a condition');
      const noError = stateDutyOn({ ...base, record, registrationError: false, errorProven: true }, TABLE);
      assert.equal(noError.kind, 'due', 'proof of nothing frees no one');
    });
  }
});
