// Renders a page in the request's language for the logged-in person, and reads posted forms.
import type { Context } from 'hono';
import type { HtmlEscapedString } from 'hono/utils/html';
import { normalizeText, textProblem } from '../../../domain/text.ts';
import { AppError } from '../../../errors.ts';
import { type MessageKey, type MessageParams, translate } from '../../../i18n/messages.ts';
import type { PageEnv } from './env.ts';
import { page } from './layout.ts';
import { currentUser } from './session.ts';

type Status = 200 | 400 | 403 | 404 | 409 | 422 | 429 | 503;

export function render(
  c: Context<PageEnv>,
  o: {
    title: string;
    body: HtmlEscapedString | Promise<HtmlEscapedString>;
    status?: Status;
    hasErrors?: boolean;
  },
) {
  const lang = c.get('lang');
  return c.html(
    page({
      lang,
      title: o.title,
      url: new URL(c.req.url),
      body: o.body,
      user: currentUser(c),
      hasErrors: o.hasErrors ?? false,
    }),
    o.status ?? (o.hasErrors ? 400 : 200),
  );
}

/** The translator of this request's language. */
export function translator(c: Context<PageEnv>) {
  const lang = c.get('lang');
  return (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
}

/**
 * A posted form's fields as trimmed NFC strings; files and repeated fields are not accepted here.
 * A control character (NUL included) in any field is 400 invalid-text: no form field is
 * multi-line, and a browser does not send one from a person's typing (issue 14). Invisible and
 * bidi characters, which can be pasted, are judged per field (plainText) so the page can say
 * which field to correct.
 */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value !== 'string') continue;
    const key = normalizeText(name);
    const text = normalizeText(value).trim();
    if (textProblem(key, { plain: true }) !== null) throw new AppError('invalid-text', { field: '?' });
    if (textProblem(text, { plain: false }) !== null) throw new AppError('invalid-text', { field: key });
    fields[key] = text;
  }
  return fields;
}
