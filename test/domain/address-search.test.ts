// Issue 22, finding 2: address search that finds. The search key (src/domain/address-search.ts)
// is the same for an address and for the ways people type it; the match rule is what both the
// SQL and the in-memory registry apply (test/registries/registries.test.ts checks they agree).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addressMatches,
  addressSearchKey,
  numbersFound,
  numbersPattern,
  parseAddressQuery,
  similarity,
} from '../../src/domain/address-search.ts';

const ADDRESS = 'Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер';
const matches = (query: string, address = ADDRESS) => {
  const q = parseAddressQuery(query);
  return q !== null && addressMatches(q, addressSearchKey(address));
};

describe('finding 2: the search key', () => {
  it('folds Kazakh, Russian and Latin spellings, drops street-type words, splits numbers off', () => {
    assert.equal(addressSearchKey(ADDRESS), 'astana kabanbai batir 12 4');
    assert.equal(addressSearchKey('Кабанбай батыра 12'), 'kabanbai batira 12');
    assert.equal(addressSearchKey('Kabanbay batyr 12'), 'kabanbai batir 12');
    assert.equal(addressSearchKey('  КАБАНБАЙ   БАТЫР  проспект, д.12, кв.4 '), 'kabanbai batir 12 4');
    assert.equal(addressSearchKey('ул. Сейфуллина 5'), 'seifullina 5');
    assert.equal(addressSearchKey('Сейфуллин көшесі, 5-үй'), 'seifullin 5');
    assert.equal(addressSearchKey('Seifullin street 05'), 'seifullin 5');
    assert.equal(addressSearchKey('Жібек жолы'), addressSearchKey('Jibek joly'));
    assert.equal(addressSearchKey('Жібек жолы'), addressSearchKey('Zhibek zholy'));
    assert.equal(addressSearchKey('Әл-Фараби'), addressSearchKey('Al-Farabi'));
    assert.equal(addressSearchKey('Шымкент қ., Тұран даңғылы, 7-үй'), 'shimkent turan 7');
    assert.equal(addressSearchKey('Мәңгілік Ел даңғылы'), addressSearchKey('Mangilik El avenue'));
    assert.equal(addressSearchKey('Төле би'), addressSearchKey('Tole bi'));
  });

  it('needs a word of two letters or more: numbers alone are not a search', () => {
    assert.equal(parseAddressQuery('12'), null);
    assert.equal(parseAddressQuery('улица, 12'), null);
    assert.equal(parseAddressQuery('!!'), null);
    assert.deepEqual(parseAddressQuery('Абай 12 кв 4'), { words: ['abai'], numbers: ['12', '4'] });
  });
});

describe('finding 2: what finds the dwelling', () => {
  it('the page’s own examples and the registered text', () => {
    for (const q of ['Кабанбай батыра 12', 'Kabanbay batyr 12', 'Қабанбай батыр даңғылы 12', ADDRESS]) {
      assert.ok(matches(q), q);
    }
  });

  it('house and flat numbers in order, each a whole number', () => {
    assert.ok(matches('Кабанбай 12 4'));
    assert.ok(matches('Кабанбай 12'));
    assert.ok(!matches('Кабанбай 4 12'), 'flat before house');
    assert.ok(!matches('Кабанбай 1'), 'part of a house number');
    assert.ok(!matches('Кабанбай 120'));
    assert.ok(numbersFound(['12', '4'], ['12', '4']));
    assert.ok(!numbersFound(['12', '12'], ['12', '4']));
  });

  it('small typos in words of three letters or more, and the start of a word', () => {
    assert.ok(matches('Кабанбаи батыр 12'));
    assert.ok(matches('Kabanbai batyr 12'));
    assert.ok(matches('Kabnbay batyr 12'));
    assert.ok(matches('Каб бат 12'), 'starts of words');
    assert.ok(!matches('Кенесары 12'), 'another street');
    assert.ok(!matches('Абай 12'));
    assert.ok(similarity('kabanbai', 'kabnbai') >= 0.5);
    assert.ok(similarity('abai', 'kabanbai') < 0.5);
  });

  it('the numbers pattern means the same in PostgreSQL and JavaScript', () => {
    assert.equal(numbersPattern([]), null);
    const re = new RegExp(numbersPattern(['12', '4'])!);
    assert.ok(re.test('astana kabanbai batir 12 4'));
    assert.ok(re.test('astana kabanbai batir 12 3 4'));
    assert.ok(!re.test('astana kabanbai batir 112 4'));
    assert.ok(!re.test('astana kabanbai batir 12 41'));
  });
});
