import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  BIN_ATTRIBUTES,
  BIN_ENTITY_TYPES,
  type Bin,
  binParts,
  type BinParts,
  composeBin,
  isValidBin,
  parseBin,
} from '../../src/domain/bin.ts';
import { checkDigit, composeIin, isValidIin } from '../../src/domain/iin.ts';

const binPartsArbitrary: fc.Arbitrary<BinParts> = fc.record({
  year: fc.integer({ min: 1990, max: 2089 }),
  month: fc.integer({ min: 1, max: 12 }),
  entityType: fc.constantFrom(...BIN_ENTITY_TYPES),
  attribute: fc.constantFrom(...BIN_ATTRIBUTES),
  serial: fc.integer({ min: 0, max: 99_999 }),
});
/** Valid BINs: the parts a registry may issue, minus never-issued serials. */
const validBin: fc.Arbitrary<Bin> = binPartsArbitrary
  .map((parts) => composeBin(parts))
  .filter((bin): bin is Bin => bin !== null);

/** The first pass of F1 alone (weights 1…11): the second pass is used only when it gives 10. */
function firstPass(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - 48) * (i + 1);
  return sum % 11;
}

describe('BIN check digit (F1, the same algorithm as the IIN)', () => {
  it('accepts BINs whose check digit the IIN function computes', () => {
    for (const bin of ['230340123459', '120741000014', '240540000016']) {
      assert.deepEqual(parseBin(bin), { ok: true, bin });
      assert.equal(checkDigit(bin.slice(0, 11)), Number(bin[11]));
    }
  });

  it('refuses a wrong length or a non-digit as a format error', () => {
    for (const input of ['23034012345', '2303401234599', '23034012345a', ' 230340123459', ''])
      assert.deepEqual(parseBin(input), { ok: false, problem: 'bin-format' });
  });

  it('refuses a wrong check digit, and a number both weight sets make never issued', () => {
    assert.deepEqual(parseBin('230340123458'), { ok: false, problem: 'bin-check-digit' });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 }), (first11) => {
        if (checkDigit(first11) !== null) return;
        for (const d of '0123456789')
          assert.deepEqual(parseBin(first11 + d), { ok: false, problem: 'bin-never-issued' });
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a valid BIN valid, and fits exactly one check digit to it', () => {
    fc.assert(
      fc.property(validBin, (bin) => {
        assert.deepEqual(parseBin(bin), { ok: true, bin });
        const fitting = [...'0123456789'].filter((d) => isValidBin(bin.slice(0, 11) + d));
        assert.deepEqual(fitting, [bin[11]]);
      }),
    );
  });

  it('catches any single-digit change, except the ones F1 itself cannot see', () => {
    // A change of one digit alters the first weighted sum by weight × difference, which 11 (a
    // prime) divides only when the weight is 11 — the eleventh digit's. So a change is caught
    // unless it is at the eleventh digit or the second weight set decides (a first sum of 10);
    // a change that passes is then a different valid BIN, with the check digit unchanged.
    fc.assert(
      fc.property(validBin, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (bin, at, step) => {
        const digit = String((Number(bin[at]) + step) % 10);
        const changed = bin.slice(0, at) + digit + bin.slice(at + 1);
        const secondPassInvolved = firstPass(bin) === 10 || firstPass(changed) === 10;
        const result = parseBin(changed);
        if (at === 11) assert.equal(result.ok, false, 'the check digit itself');
        else if (at !== 10 && !secondPassInvolved) assert.equal(result.ok, false, `digit ${at + 1} of ${bin}`);
        if (result.ok) assert.notEqual(result.bin, bin);
      }),
      { numRuns: 3000 },
    );
  });

  it('shows the eleventh-digit blind spot: the first pass gives it weight 11', () => {
    const bin = composeBin({ year: 2023, month: 3, entityType: 'resident', attribute: 'head-office', serial: 12345 })!;
    assert.equal(bin, '230340123459');
    assert.equal(firstPass(bin), 9);
    assert.ok(isValidBin('230340123449')); // serial 12344: same check digit, another entity
  });
});

describe('BIN structure: registration year and month, type, attribute, serial', () => {
  it('reads the parts of a resident head office registered in March 2023', () => {
    assert.deepEqual(binParts('230340123459' as Bin), {
      year: 2023,
      month: 3,
      entityType: 'resident',
      attribute: 'head-office',
      serial: 12345,
    });
  });

  it('reads years 90–99 as the 1990s', () => {
    const bin = composeBin({ year: 1997, month: 11, entityType: 'non-resident', attribute: 'branch', serial: 7 })!;
    assert.equal(bin.slice(0, 6), '971151');
    assert.equal(binParts(bin).year, 1997);
  });

  it('gives back the parts it was composed from', () => {
    fc.assert(
      fc.property(binPartsArbitrary, (parts) => {
        const bin = composeBin(parts);
        if (bin === null) return; // never-issued serial: the allocator takes the next one
        assert.deepEqual(binParts(bin), { ...parts });
      }),
    );
  });

  it('refuses a month outside 01–12', () => {
    for (const month of ['00', '13', '99']) {
      const first11 = `23${month}4012345`;
      const check = checkDigit(first11);
      if (check === null) continue;
      assert.deepEqual(parseBin(first11 + check), { ok: false, problem: 'bin-month' });
    }
  });

  it('refuses a person’s IIN as a BIN (fifth digit 0–3, the tens of a day)', () => {
    const iin = composeIin('1990-07-01', 'M', 10)!;
    assert.ok(isValidIin(iin));
    assert.deepEqual(parseBin(iin), { ok: false, problem: 'bin-type' });
  });

  it('refuses an unknown type or attribute digit', () => {
    const withDigits = (type: string, attribute: string) => {
      const first11 = `2303${type}${attribute}12345`;
      const check = checkDigit(first11);
      return check === null ? null : first11 + check;
    };
    for (const type of ['7', '8', '9']) {
      const bin = withDigits(type, '0');
      if (bin) assert.deepEqual(parseBin(bin), { ok: false, problem: 'bin-type' });
    }
    for (const attribute of ['4', '5', '9']) {
      const bin = withDigits('4', attribute);
      if (bin) assert.deepEqual(parseBin(bin), { ok: false, problem: 'bin-attribute' });
    }
  });

  it('composes nothing out of range', () => {
    const base: BinParts = { year: 2020, month: 1, entityType: 'resident', attribute: 'head-office', serial: 1 };
    assert.equal(composeBin({ ...base, year: 1989 }), null);
    assert.equal(composeBin({ ...base, month: 13 }), null);
    assert.equal(composeBin({ ...base, serial: 100_000 }), null);
    assert.equal(composeBin({ ...base, serial: 1.5 }), null);
  });
});
