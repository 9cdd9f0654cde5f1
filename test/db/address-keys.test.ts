// Issue 20: a bulk load computes address search keys and street rows part by part, remembering
// them (src/db/address-keys.ts, StreetRows in src/db/street-rows.ts). They must give exactly what
// addressSearchKey and streetRow give for the whole address.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AddressKeys } from '../../src/db/address-keys.ts';
import { StreetRows, streetRow } from '../../src/db/street-rows.ts';
import { addressSearchKey } from '../../src/domain/address-search.ts';
import { PopulationGenerator } from '../../src/population/generator.ts';

const generated = new PopulationGenerator({ seed: 2025n, persons: 20_000, chunkSize: 10_000 });
const dwellings = [generated.next(), generated.next()].flatMap((chunk) => chunk.dwellings);

describe('address keys part by part (issue 20)', () => {
  it('equal addressSearchKey on every generated address', () => {
    const keys = new AddressKeys();
    assert.ok(dwellings.length > 5000);
    for (const d of dwellings) assert.equal(keys.of(d.address), addressSearchKey(d.address), d.address);
  });

  it('equal addressSearchKey on arbitrary text of address-like characters', () => {
    const keys = new AddressKeys();
    const chars = [...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘҚҢӨҰҮІabcqjxyzKHW0129 -.,/№\u0301'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (parts) => {
        const address = parts.join(', ');
        assert.equal(keys.of(address), addressSearchKey(address));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('street rows remembered per street (issue 20)', () => {
  it('equal streetRow on every generated address', () => {
    const rows = new StreetRows();
    for (const d of dwellings) assert.deepEqual(rows.of(d.city, d.address), streetRow(d.city, d.address), d.address);
  });
});
