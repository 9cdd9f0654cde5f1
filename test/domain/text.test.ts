// Issue 14, finding 5: which characters text may hold (src/domain/text.ts), and the coupon schema
// that refuses invisible ones in names and addresses for the API and the pages alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrivalCouponSchema } from '../../src/domain/arrival-coupon.ts';
import { normalizeText, plainText, textProblem } from '../../src/domain/text.ts';

describe('finding 5: text that hides, reverses or breaks', () => {
  it('accepts Kazakh, Russian and Latin letters, digits and punctuation', () => {
    for (const s of ['Қарағанды, Бұқар жырау к-сі 1/2', 'ул. Сейфуллина, д. 5', "O'Brien Street 12"]) {
      assert.equal(textProblem(s, { plain: true }), null, s);
    }
  });

  it('refuses control characters and lone surrogates in every text', () => {
    for (const s of ['a\u0000b', 'a\tb', 'a\nb', 'a\u007Fb', 'a\u0085b', 'a\u009Fb']) {
      assert.equal(textProblem(s, { plain: false }), 'control', JSON.stringify(s));
    }
    for (const s of ['\uD800', 'a\uDBFFb', '\uDC00', 'a\uDFFF']) {
      assert.equal(textProblem(s, { plain: false }), 'surrogate', JSON.stringify(s));
    }
    assert.equal(textProblem('😀', { plain: true }), null, 'a surrogate pair is a character');
  });

  it('refuses bidi and zero-width characters in plain text only', () => {
    const invisible = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    invisible.push('\u200E', '\u200F', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\uFFFD');
    for (const ch of invisible) {
      assert.equal(textProblem(`Алматы${ch}`, { plain: true }), 'invisible', ch.codePointAt(0)!.toString(16));
      assert.equal(textProblem(`Алматы${ch}`, { plain: false }), null);
    }
  });

  it('normalises to NFC', () => {
    assert.equal(normalizeText('и\u0306'), 'й');
    assert.equal(plainText(10).safeParse('  Астана ').data, 'Астана');
  });

  it('makes the arrival coupon refuse an overridden street with the invalid-text message', () => {
    const result = arrivalCouponSchema.safeParse({
      previousAddress: { country: 'KZ', locality: 'Караганда', street: 'Бұқар жырау \u202E1' },
      arrivalDate: '2025-11-28',
      arrivalReason: 'work',
      education: 'higher',
      occupation: 'employed',
      familyStatus: 'married',
    });
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error?.issues.map((i) => [i.path.join('/'), i.message]),
      [['previousAddress/street', 'invalid-text']],
    );
  });
});
