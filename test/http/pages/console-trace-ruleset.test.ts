// pilot.md §0 in the console's trace: a ruleset kept in force by a recorded act names the act,
// with its dates as the console shows every date (DD.MM.YYYY), in each language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IsoDate } from '../../../src/domain/dates.ts';
import { rulesetLine } from '../../../src/http/pages/console/trace.ts';
import { type Language, type MessageKey, type MessageParams, translate } from '../../../src/i18n/messages.ts';

const translator = (lang: Language) => (key: MessageKey, params?: MessageParams) => translate(lang, key, params);

const extended = {
  id: 'kz-pilot-2025',
  version: '1.0.0',
  inForce: true,
  extendedBy: { reference: 'Joint order No. 412', date: '2026-06-20' as IsoDate, validTo: '2026-12-31' as IsoDate },
};

describe('§0 the ruleset line of the trace', () => {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`names the act and its dates as DD.MM.YYYY (${lang})`, () => {
      const line = rulesetLine(translator(lang), extended);
      assert.match(line, /Joint order No\. 412/);
      assert.match(line, /31\.12\.2026/);
      assert.match(line, /20\.06\.2026/);
      assert.doesNotMatch(line, /\d{4}-\d{2}-\d{2}/);
    });
  }
  it('says plainly when the ruleset is in force by its own period', () => {
    const line = rulesetLine(translator('en'), { id: 'kz-pilot-2025', version: '1.0.0', inForce: true });
    assert.match(line, /kz-pilot-2025/);
    assert.doesNotMatch(line, /order/);
  });
});
