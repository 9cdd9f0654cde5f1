import { IntlMessageFormat } from 'intl-messageformat';
import { type Catalog, en, type MessageKey } from './messages/en.ts';
import { kk } from './messages/kk.ts';
import { ru } from './messages/ru.ts';

export type { MessageKey };
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type MessageParams = Record<string, string | number>;
export type Localized = Record<Language, string>;

const CATALOGS: Record<Language, Catalog> = { kk, ru, en };
const compiled = new Map<string, IntlMessageFormat>();

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const cacheKey = `${lang}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(CATALOGS[lang][key], lang);
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
