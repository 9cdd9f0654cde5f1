// The page a browser gets when a request fails: the coded message in the reader's language, and
// the code itself for a call to the help line. Never a stack trace.
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppError } from '../../../errors.ts';
import { translate } from '../../../i18n/messages.ts';
import type { Principal } from '../../../services/auth/sessions.ts';
import { pageLanguage } from './language.ts';
import { page } from './layout.ts';

export function errorPage(c: Context, error: AppError) {
  const lang = pageLanguage(c);
  const message = translate(lang, error.code, error.params);
  // Set by the pages' session middleware when the failing page had a logged-in person.
  const user = c.get('principal') as Principal | undefined;
  return page({
    lang,
    title: message,
    url: new URL(c.req.url),
    user,
    body: html`<h1>${message}</h1>
      <p class="small">${translate(lang, 'page.error-code', { code: error.code })}</p>
      <p><a href="/">${translate(lang, 'page.error-home')}</a></p>`,
  });
}
