// The page language (kk by default, as a Kazakh state service): chosen with ?lang=, remembered in
// a cookie, else taken from the browser's Accept-Language.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLanguage, type Language, languageFromAcceptLanguage } from '../../../i18n/messages.ts';
import { cookieSecure } from '../../cookies.ts';

export const LANGUAGE_COOKIE = 'tirkeu_lang';

export function pageLanguage(c: Context): Language {
  const asked = c.req.query('lang');
  if (isLanguage(asked)) {
    setCookie(c, LANGUAGE_COOKIE, asked, {
      path: '/',
      sameSite: 'Lax',
      secure: cookieSecure(c),
      maxAge: 365 * 86_400,
    });
    return asked;
  }
  const remembered = getCookie(c, LANGUAGE_COOKIE);
  if (isLanguage(remembered)) return remembered;
  return languageFromAcceptLanguage(c.req.header('accept-language'));
}
