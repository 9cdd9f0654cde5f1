import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { en } from '../../src/i18n/messages/en.ts';
import { kk } from '../../src/i18n/messages/kk.ts';
import { ru } from '../../src/i18n/messages/ru.ts';
import { localize, type MessageKey, messageSource, translate } from '../../src/i18n/messages.ts';
import { createLogger } from '../../src/log.ts';
import { Writable } from 'node:stream';

/** Argument names of an ICU message, branch bodies of plural/select excluded. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if ('value' in e && typeof e.value === 'string' && e.type !== TYPE.literal) names.add(e.value);
      if ('options' in e) for (const option of Object.values(e.options)) walk(option.value);
    }
  };
  walk(parse(text));
  return [...names].sort();
}

describe('message catalogs (kk, ru, en)', () => {
  // Issue 20: the decision messages are read before (and without) the whole catalog.
  it('give the same text for every key whether read first from the decision messages or not', () => {
    for (const [lang, catalog] of Object.entries({ kk, ru, en }) as ['kk' | 'ru' | 'en', typeof en][]) {
      for (const key of Object.keys(en) as MessageKey[]) assert.equal(messageSource(lang, key), catalog[key], key);
    }
  });

  it('define every code in all three languages with the same parameters', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      for (const [lang, catalog] of Object.entries({ kk, ru })) {
        assert.ok(catalog[key].trim().length > 0, `${lang} ${key}`);
        assert.deepEqual(placeholders(catalog[key]), placeholders(en[key]), `${lang} ${key}`);
      }
    }
  });

  it('format every message with its parameters, leaving no placeholder behind', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      const params = Object.fromEntries(
        placeholders(en[key]).map((p) => [p, p === 'persons' || p === 'rate' ? 1500 : 'x']),
      );
      for (const text of Object.values(localize(key, params))) assert.doesNotMatch(text, /[{}]/, `${key}: ${text}`);
    }
    assert.equal(
      localize('seed-finished', { persons: 1500, seconds: '1.0', rate: 1500, target: 't' }).en,
      'Seeded 1,500 persons in 1.0 s (1,500 persons/s) into t.',
    );
  });
});

describe('logs', () => {
  it('redact personal data that reaches a log line by mistake', () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _e, done) => ((out += chunk), done()) });
    createLogger('info', sink).info(
      { iin: '900701300108', applicant: { name: 'Айгерім', phone: '+77011234567' } },
      'x',
    );
    assert.doesNotMatch(out, /900701300108|Айгерім|77011234567/);
    assert.match(out, /\[redacted\]/);
  });
});

describe('numbers in each language’s format (issue 22, finding 5)', () => {
  it('writes an area with a decimal comma in kk and ru, a point in en', () => {
    assert.match(translate('ru', 'dwellings.facts', { area: 52.7, share: '1/2' }), /^52,7 м²/);
    assert.match(translate('kk', 'dwellings.facts', { area: 52.7, share: '1/2' }), /^52,7 м²/);
    assert.match(translate('en', 'dwellings.facts', { area: 52.7, share: '1/2' }), /^52\.7 m²/);
  });
});

describe('Russian plurals with their noun (issue 22, finding 5)', () => {
  it('says how many people are registered, declined by number', () => {
    const say = (registered: number) =>
      translate('ru', 'citizen.refused.norm-reached', { registered, area: 52.7, areaPerPerson: 15, capacity: 3 });
    assert.match(say(4), /уже зарегистрировано 4 человека:/);
    assert.match(say(5), /уже зарегистрировано 5 человек:/);
    assert.match(say(21), /уже зарегистрировано 21 человек:/);
  });
});
