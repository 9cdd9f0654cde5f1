// 004 cl.4, L1 r.8: the new object an S9a filing describes — its right holders as the applicant
// gives them (readOwners) and its address in the register's form (registerAddress), which the
// address register splits back into the same street, house and flat (address-parts.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addressParts } from '../../src/domain/address-parts.ts';
import { cadastreObjectProblem, readOwners, registerAddress } from '../../src/domain/cases/cadastre-object.ts';
import { isValidIin } from '../../src/domain/iin.ts';
import { P } from '../support/family.ts';

const blank = { iin: '', share: '' };

describe('004 cl.4: the right holders of a new object (readOwners)', () => {
  it('the applicant alone owns the whole', () => {
    assert.deepEqual(readOwners(P.aigerim, '1/1', [blank, blank], isValidIin), {
      ok: true,
      owners: [{ iin: P.aigerim, share: '1/1' }],
    });
  });

  it('shares of several owners that make the whole, spaces and blank rows ignored', () => {
    const read = readOwners(P.aigerim, ' 1 / 2 ', [blank, { iin: `${P.saltanat} `, share: '1/2' }], isValidIin);
    assert.deepEqual(read, {
      ok: true,
      owners: [
        { iin: P.aigerim, share: '1/2' },
        { iin: P.saltanat, share: '1/2' },
      ],
    });
  });

  it('names the first wrong field: a share that is not a fraction, or over one', () => {
    for (const share of ['', 'half', '0/2', '3/2', '1/0', '1.5'])
      assert.deepEqual(readOwners(P.aigerim, share, [], isValidIin), { ok: false, field: 'myShare', problem: 'share' });
    assert.deepEqual(readOwners(P.aigerim, '1/2', [blank, { iin: P.saltanat, share: '' }], isValidIin), {
      ok: false,
      field: 'share2',
      problem: 'share',
    });
  });

  it('an IIN with a wrong check digit, or an owner twice (the applicant included)', () => {
    assert.deepEqual(readOwners(P.aigerim, '1/2', [{ iin: '950505410245', share: '1/2' }], isValidIin), {
      ok: false,
      field: 'iin1',
      problem: 'iin',
    });
    assert.deepEqual(readOwners(P.aigerim, '1/2', [{ iin: P.aigerim, share: '1/2' }], isValidIin), {
      ok: false,
      field: 'iin1',
      problem: 'duplicate',
    });
  });

  it('shares that do not make the whole', () => {
    for (const [mine, other] of [
      ['1/2', '1/3'],
      ['2/3', '2/3'],
    ] as const)
      assert.deepEqual(readOwners(P.aigerim, mine, [{ iin: P.saltanat, share: other }], isValidIin), {
        ok: false,
        field: 'myShare',
        problem: 'total',
      });
  });

  it('whatever it accepts, the engine accepts as the object’s owners (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), (den, num) => {
        const mine = `${Math.min(num, den)}/${den}`;
        const rest = den - Math.min(num, den);
        const others = rest === 0 ? [] : [{ iin: P.saltanat, share: `${rest}/${den}` }];
        const read = readOwners(P.aigerim, mine, others, isValidIin);
        if (Math.min(num, den) === 0) return !read.ok;
        if (!read.ok) return false;
        const object = { rka: '0101007000000061', city: 'astana', address: 'x', areaM2: 50, owners: read.owners };
        return cadastreObjectProblem(object) === null;
      }),
    );
  });
});

describe('004 cl.4: the new object’s address in the register’s form (registerAddress)', () => {
  it('place, street, house and flat, as the loaded addresses are written', () => {
    assert.equal(registerAddress('Астана қ.', 'Жаңа көше', '007', '61'), 'Астана қ., Жаңа көше, 7-үй, 61-пәтер');
    assert.equal(registerAddress('Астана қ.', 'Жаңа көше', '7', null), 'Астана қ., Жаңа көше, 7-үй');
  });

  it('splits back into the same street, house and flat (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Астана қ.', 'Алматы обл., Қаскелең қ.', ''),
        fc.constantFrom('Жаңа көше', 'Абай даңғылы', 'Көктем 2 ықшамауданы'),
        fc.integer({ min: 1, max: 999_999 }),
        fc.option(fc.integer({ min: 1, max: 999_999 }), { nil: null }),
        (place, street, house, flat) => {
          const parts = addressParts(
            registerAddress(place, street, String(house), flat === null ? null : String(flat)),
          );
          assert.deepEqual(parts, { place, street, house, flat });
        },
      ),
    );
  });
});
