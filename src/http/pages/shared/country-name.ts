// A country as people read it: "Казахстан", not "KZ" (issue 22, finding 5). The coupon stores the
// ISO 3166 alpha-2 code; the pages show the catalog's name, or the name ICU knows in the language.
import { type Language, type MessageKey, translate } from '../../../i18n/messages.ts';
import { COUNTRIES } from '../citizen/apply-coupon.ts';

export function countryName(lang: Language, code: string): string {
  if ((COUNTRIES as readonly string[]).includes(code)) return translate(lang, `wizard.country.${code}` as MessageKey);
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
