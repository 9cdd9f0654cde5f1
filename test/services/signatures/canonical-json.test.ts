import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalBytes, canonicalJson } from '../../../src/services/signatures/canonical-json.ts';

describe('F5 canonical JSON (RFC 8785)', () => {
  it('gives the serialization of the RFC 8785 example', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    assert.equal(
      canonicalJson(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units, at every depth', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Integer-like keys such as "1" would come first in a JS object; here only code units count.
    assert.equal(
      canonicalJson(input),
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
    assert.equal(
      canonicalJson({ b: [{ d: 1, c: 2 }], a: { z: null, y: -0 } }),
      '{"a":{"y":0,"z":null},"b":[{"c":2,"d":1}]}',
    );
  });

  it('is the same for the same data whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(value)));
        const reordered = JSON.parse(JSON.stringify(value, (_k, v: unknown) => reverseKeys(v)));
        assert.equal(canonicalJson(reordered), text);
      }),
    );
  });

  it('rejects what JSON cannot hold, instead of dropping or converting it', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const cases: unknown[] = [
      undefined,
      { a: undefined },
      [1, undefined],
      // eslint-disable-next-line no-sparse-arrays
      [1, , 2],
      Number.NaN,
      Number.POSITIVE_INFINITY,
      { f: () => 1 },
      Symbol('s'),
      10n,
      new Date(0),
      new Map(),
      cyclic,
    ];
    for (const [i, value] of cases.entries()) assert.throws(() => canonicalJson(value), TypeError, `case ${i}`);
    const shared = { x: 1 };
    assert.equal(canonicalJson([shared, shared]), '[{"x":1},{"x":1}]', 'a repeated object is no cycle');
  });

  it('encodes as UTF-8', () => {
    assert.deepEqual([...canonicalBytes({ ж: 'ә' })], [...Buffer.from('{"ж":"ә"}', 'utf8')]);
  });
});

function reverseKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).reverse());
}
