import { createRequire } from 'node:module';
import { IntlMessageFormat } from 'intl-messageformat';
import { decisionsEn } from './messages/decisions-en.ts';
import { decisionsKk } from './messages/decisions-kk.ts';
import { decisionsRu } from './messages/decisions-ru.ts';
import type { Catalog, MessageKey } from './messages/en.ts';

export type { MessageKey };
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type MessageParams = Record<string, string | number>;
export type Localized = Record<Language, string>;

// Issue 20 (a lean CLI): the whole catalog is about 80 modules of TypeScript, which `tirkeu decide`
// would spend most of its start-up reading. The decision messages are loaded with this module;
// the whole catalog (en.ts, kk.ts, ru.ts, which include them unchanged) only when a message
// outside them is first needed — synchronously, so that translate() stays synchronous.
const DECISIONS: Record<Language, Partial<Catalog>> = { kk: decisionsKk, ru: decisionsRu, en: decisionsEn };
let catalogs: Record<Language, Catalog> | undefined;
const compiled = new Map<string, IntlMessageFormat>();

function wholeCatalogs(): Record<Language, Catalog> {
  if (!catalogs) {
    const require = createRequire(import.meta.url);
    catalogs = {
      kk: (require('./messages/kk.ts') as { kk: Catalog }).kk,
      ru: (require('./messages/ru.ts') as { ru: Catalog }).ru,
      en: (require('./messages/en.ts') as { en: Catalog }).en,
    };
  }
  return catalogs;
}

/** The message text of a key in a language, from the decision messages when it is one of them. */
export function messageSource(lang: Language, key: MessageKey): string {
  return DECISIONS[lang][key] ?? wholeCatalogs()[lang][key];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const cacheKey = `${lang}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(messageSource(lang, key), lang);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}

/** The message in all three languages, as error bodies and decisions carry it. */
export function localize(key: MessageKey, params: MessageParams = {}): Localized {
  return {
    kk: translate('kk', key, params),
    ru: translate('ru', key, params),
    en: translate('en', key, params),
  };
}

/** The first of our languages a browser's Accept-Language lists, in its order; Kazakh when none. */
export function languageFromAcceptLanguage(header: string | undefined): Language {
  const preferred = (header ?? '').split(',').map((part) => part.trim().slice(0, 2).toLowerCase());
  return preferred.find(isLanguage) ?? 'kk';
}

/** Picks a language from a POSIX locale such as "ru_RU.UTF-8"; English when unknown. */
export function languageFromLocale(locale: string | undefined): Language {
  const prefix = (locale ?? '').slice(0, 2).toLowerCase();
  return isLanguage(prefix) ? prefix : 'en';
}
