import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkDigit, composeIin, iinHints, isValidIin, parseIin } from '../../src/domain/iin.ts';

const elevenDigits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 });

describe('F1 IIN check digit', () => {
  it('accepts the valid vectors of the spec', () => {
    for (const iin of ['900701300108', '850101010003', '950115300309'])
      assert.deepEqual(parseIin(iin), { ok: true, iin });
  });

  it('rejects a wrong check digit and a wrong length', () => {
    assert.deepEqual(parseIin('900701300107'), { ok: false, problem: 'iin-check-digit' });
    assert.deepEqual(parseIin('90070130010'), { ok: false, problem: 'iin-format' });
    assert.deepEqual(parseIin('9007013001088'), { ok: false, problem: 'iin-format' });
    assert.deepEqual(parseIin('90070130010a'), { ok: false, problem: 'iin-format' });
    assert.deepEqual(parseIin(' 900701300108'), { ok: false, problem: 'iin-format' });
  });

  it('checks BINs of legal entities the same way', () => {
    for (const bin of ['230340123459', '120741000014', '240540000016']) assert.ok(isValidIin(bin), bin);
  });

  it('uses the second weight set when the first gives 10', () => {
    // 1·0+…: digits chosen so that the first weighted sum is 10 mod 11.
    const first11 = '00000000010'; // only digit 10 (weight 10) is 1 → first sum 10
    assert.equal(checkDigit(first11), 1); // second weights: digit 10 weighs 1
    assert.ok(isValidIin(`${first11}1`));
  });

  it('never issues a number whose both weight sets give 10', () => {
    fc.assert(
      fc.property(elevenDigits, (first11) => {
        const check = checkDigit(first11);
        const valid = [...'0123456789'].filter((d) => isValidIin(first11 + d));
        if (check === null) {
          assert.equal(valid.length, 0);
          assert.deepEqual(parseIin(`${first11}0`), { ok: false, problem: 'iin-never-issued' });
        } else {
          assert.deepEqual(valid, [String(check)]); // exactly one check digit fits
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('F1 IIN date and sex digits are hints only', () => {
  it('reads birth date, century and sex from a 1990 man and a 2005 boy', () => {
    const parsed = parseIin('900701300108');
    assert.ok(parsed.ok);
    assert.deepEqual(iinHints(parsed.iin), { birthDate: '1990-07-01', sex: 'M', century: 1900 });
    assert.deepEqual(iinHints(composeIin('2005-01-15', 'M', 20)!), {
      birthDate: '2005-01-15',
      sex: 'M',
      century: 2000,
    });
  });

  it('accepts valid numbers whose date or century digit is impossible (issued since 2013)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 10, maxLength: 10 }),
        fc.constantFrom('0', '7', '8', '9'),
        (digits, centuryDigit) => {
          const first11 = digits.slice(0, 6) + centuryDigit + digits.slice(6);
          const check = checkDigit(first11);
          fc.pre(check !== null);
          const iin = first11 + check;
          assert.ok(isValidIin(iin));
          assert.equal(iinHints(iin as never).century, null);
        },
      ),
    );
  });

  it('composes valid IINs whose hints give back the birth date and sex', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('M' as const, 'F' as const),
        fc.integer({ min: 0, max: 9999 }),
        (date, sex, serial) => {
          const birthDate = date.toISOString().slice(0, 10);
          const iin = composeIin(birthDate, sex, serial);
          if (iin === null) return; // never-issued serial: the allocator takes the next one
          assert.ok(isValidIin(iin));
          assert.deepEqual(iinHints(iin), {
            birthDate,
            sex,
            century: (Math.floor(Number(birthDate.slice(0, 4)) / 100) * 100) as never,
          });
        },
      ),
    );
  });
});
