// Issue 22, finding 2: an address taken apart into place, street, house and flat — the streets
// table and the picker rest on it, and the search relies on the street's key plus the house and
// flat being the address's own key.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addressParts,
  compareAddresses,
  numbersForHouseAndFlat,
  streetId,
  streetSearchKey,
} from '../../src/domain/address-parts.ts';
import { addressSearchKey } from '../../src/domain/address-search.ts';
import { population } from '../support/population.ts';

describe('finding 2: addresses by street, house and flat', () => {
  it('splits the register’s forms, and keeps anything else in the street', () => {
    assert.deepEqual(addressParts('Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер'), {
      place: 'Астана қ.',
      street: 'Қабанбай батыр даңғылы',
      house: 12,
      flat: 4,
    });
    assert.deepEqual(addressParts('Алматы обл., Қаскелең қ., Абай даңғылы, 007-үй'), {
      place: 'Алматы обл., Қаскелең қ.',
      street: 'Абай даңғылы',
      house: 7,
      flat: null,
    });
    assert.deepEqual(addressParts('Қабанбай батыр даңғылы MD'), {
      place: '',
      street: 'Қабанбай батыр даңғылы MD',
      house: null,
      flat: null,
    });
    assert.deepEqual(addressParts('Астана қ., Абай даңғылы, 12А-үй'), {
      place: 'Астана қ., Абай даңғылы',
      street: '12А-үй',
      house: null,
      flat: null,
    });
  });

  it('the street’s key with the house and flat is the address’s key, for every generated address', () => {
    for (const d of population(3000, 7n, 1000).dwellings) {
      const parts = addressParts(d.address);
      const key = [streetSearchKey(parts), parts.house, parts.flat].filter((x) => x !== null && x !== '').join(' ');
      assert.equal(key, addressSearchKey(d.address), d.address);
    }
  });

  it('leaves for house and flat the numbers the street’s own name does not take', () => {
    assert.deepEqual(numbersForHouseAndFlat(['12', '4'], 'astana abai'), ['12', '4']);
    assert.deepEqual(numbersForHouseAndFlat(['8', '12'], 'astana 8 nauriz'), ['12']);
    assert.equal(numbersForHouseAndFlat(['1', '2', '3'], 'astana abai'), null);
  });

  it('orders by street, then house and flat as numbers, then РКА', () => {
    const a = (rka: string, address: string) => ({ rka, address });
    const sorted = [
      a('4', 'Астана қ., Абай даңғылы, 12-үй'),
      a('3', 'Астана қ., Абай даңғылы, 2-үй, 10-пәтер'),
      a('2', 'Астана қ., Абай даңғылы, 2-үй, 9-пәтер'),
      a('1', 'Астана қ., Абай даңғылы'),
    ].sort(compareAddresses);
    assert.deepEqual(
      sorted.map((x) => x.rka),
      ['1', '2', '3', '4'],
    );
  });

  it('names a street by its city and text, the same every time', () => {
    const parts = { place: 'Астана қ.', street: 'Абай даңғылы' };
    assert.equal(streetId('astana', parts), streetId('astana', { ...parts }));
    assert.notEqual(streetId('astana', parts), streetId('almaty', parts));
    assert.ok(Number.isSafeInteger(streetId('astana', parts)) && streetId('astana', parts) > 0);
  });
});
