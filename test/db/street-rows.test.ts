// Issue 20: a bulk load remembers street rows per street (StreetRows in src/db/street-rows.ts) and
// writes each address's key from its street's key with the house and flat (addressKeyOf). They
// must give exactly what streetRow and addressSearchKey give for the whole address.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { StreetRows, streetRow } from '../../src/db/street-rows.ts';
import { addressKeyOf } from '../../src/domain/address-parts.ts';
import { addressSearchKey } from '../../src/domain/address-search.ts';
import { PopulationGenerator } from '../../src/population/generator.ts';

const generated = new PopulationGenerator({ seed: 2025n, persons: 20_000, chunkSize: 10_000 });
const dwellings = [generated.next(), generated.next()].flatMap((chunk) => chunk.dwellings);

/** The key the loader writes for an address. */
const loadedKey = (rows: StreetRows, city: string, address: string) => {
  const row = rows.of(city, address);
  return addressKeyOf(row.search_key, row);
};

describe('address keys from the street’s key (issue 20)', () => {
  it('equal addressSearchKey on every generated address', () => {
    const rows = new StreetRows();
    assert.ok(dwellings.length > 5000);
    for (const d of dwellings) assert.equal(loadedKey(rows, d.city, d.address), addressSearchKey(d.address), d.address);
  });

  it('equal addressSearchKey on arbitrary text of address-like characters, with or without house and flat', () => {
    const rows = new StreetRows();
    const chars = [...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘҚҢӨҰҮІabcqjxyzKHW0129 -.,/№\u0301'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
    const ending = fc.constantFrom(
      '',
      ', 12-үй',
      ', 012-үй, 4-пәтер',
      ', 12А-үй',
      ', 7-пәтер',
      ', 1234567-үй',
      ', 5-ҮЙ',
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), ending, (parts, end) => {
        const address = parts.join(', ') + end;
        assert.equal(loadedKey(rows, 'astana', address), addressSearchKey(address));
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
