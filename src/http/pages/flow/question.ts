// The frame of a flow's page: the back link, the error summary, the flow as a caption above the
// heading, then the page's own content; and a question page inside it, whose one form posts back
// to its own step with a Continue button.
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { backLink, button, errorSummary, type FormErrors, form } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface Frame {
  title: string;
  back: string;
  /** The service or desk this flow is for, shown small above the page's heading. */
  caption: string;
  /** The caption's style: the citizen's hint, the console's small print. */
  captionClass?: 'hint' | 'small';
  errors?: FormErrors;
  body: Html | string;
}

export function flowPage(c: Context<PageEnv>, o: Frame) {
  const lang = c.get('lang');
  const errors = o.errors ?? [];
  return render(c, {
    title: o.title,
    hasErrors: errors.length > 0,
    body: html`${backLink(lang, o.back)} ${errorSummary(lang, errors)}
      <p class="${o.captionClass ?? 'hint'}">${o.caption}</p>
      ${o.body}`,
  });
}

/** One question: the fields (the question itself is the first field's heading) and Continue. */
export function questionPage(
  c: Context<PageEnv>,
  o: Omit<Frame, 'body'> & {
    action: string;
    fields: Html | Html[];
    /** Text above the form (the norm's explanation, a heading of its own). */
    before?: Html | string;
    after?: Html | string;
  },
) {
  const t = translator(c);
  return flowPage(c, {
    ...o,
    body: html`${o.before ?? ''} ${form(o.action, [o.fields, button(t('page.continue'))].flat())} ${o.after ?? ''}`,
  });
}
