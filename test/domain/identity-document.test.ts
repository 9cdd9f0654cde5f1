// The identity document shown at a ЦОН desk (issue 13, C9): a closed list of types, each with
// its number format; numbers are read leniently and kept normalised.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentEnding, parseIdentityDocument } from '../../src/domain/identity-document.ts';

describe('C9 identity documents shown at a ЦОН desk', () => {
  it('reads each type’s number, however it is typed', () => {
    assert.deepEqual(parseIdentityDocument('id-card', ' 045 678 912 '), {
      ok: true,
      document: { type: 'id-card', number: '045678912' },
    });
    for (const [type, typed, kept] of [
      ['passport', 'n12345678', 'N12345678'],
      ['residence-permit', '987654321', '987654321'],
      ['birth-certificate', 'I-АЛ № 0123456', 'IАЛ0123456'],
      ['birth-certificate', '0123456', '0123456'],
    ] as const) {
      const r = parseIdentityDocument(type, typed);
      assert.deepEqual(r, { ok: true, document: { type, number: kept } }, typed);
    }
  });
  it('refuses a type not on the list and a number not of its type', () => {
    assert.deepEqual(parseIdentityDocument('driving-licence', '045678912'), { ok: false, problem: 'document-type' });
    for (const [type, number] of [
      ['id-card', '04567891'],
      ['id-card', 'N12345678'],
      ['passport', '045678912'],
      ['passport', 'N1234567'],
      ['birth-certificate', 'АЛ'],
      ['residence-permit', ''],
    ] as const) {
      assert.deepEqual(parseIdentityDocument(type, number), { ok: false, problem: 'document-number' }, number);
    }
  });
  it('shows only the last four characters in a notice', () =>
    assert.equal(documentEnding({ type: 'passport', number: 'N12345678' }), '5678'));
});
