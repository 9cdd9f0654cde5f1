// What every page of the registration wizard shares: the person's draft, the guard that keeps a
// person from skipping a question, and the frame of a question page (back link, error summary,
// the service as caption, one form posting back to its page).
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { type Draft, loadDraft, saveAnswers } from '../../../services/drafts.ts';
import { AppError } from '../../../errors.ts';
import type { ServiceContext } from '../../../services/context.ts';
import type { Actor } from '../../../services/actor.ts';
import {
  type Answers,
  backOf,
  flowOf,
  type Given,
  type Kind,
  nextStep,
  reachable,
  type Step,
  stepPath,
} from './apply-steps.ts';
import { backLink, button, errorSummary, type FormErrors, form } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { currentUser } from '../shared/session.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export function kindOf(c: Context<PageEnv>): Kind {
  const kind = c.req.param('kind');
  if (kind !== 'permanent' && kind !== 'temporary') throw new AppError('not-found');
  return kind;
}

/** The logged-in person as the services know them (requireLogin ran before). */
export function citizenOf(c: Context<PageEnv>): Actor & { kind: 'citizen' } {
  return { kind: 'citizen', iin: currentUser(c)!.iin };
}

export async function draftOf(ctx: ServiceContext, c: Context<PageEnv>, kind: Kind): Promise<Draft<Answers> | null> {
  return loadDraft<Answers>(ctx, currentUser(c)!.iin, flowOf(kind));
}

export async function save(ctx: ServiceContext, c: Context<PageEnv>, kind: Kind, answers: Given) {
  return saveAnswers<Answers>(ctx, currentUser(c)!.iin, flowOf(kind), answers);
}

/** Where a person who may not be on `step` yet is sent instead (the first open question). */
export function guard(c: Context<PageEnv>, kind: Kind, answers: Given, step: Step | 'check') {
  return reachable(kind, answers, step) ? null : c.redirect(stepPath(kind, nextStep(kind, answers)), 303);
}

/** After an answer: the next open question, or the check page. */
export function onward(c: Context<PageEnv>, kind: Kind, answers: Given) {
  return c.redirect(stepPath(kind, nextStep(kind, answers)), 303);
}

export function questionPage(
  c: Context<PageEnv>,
  o: {
    kind: Kind;
    step: Step;
    answers: Given;
    title: string;
    errors: FormErrors;
    fields: Html | Html[];
    /** Text above the form (the norm's explanation); the question itself is the form's heading. */
    before?: Html | string;
    after?: Html | string;
  },
) {
  const t = translator(c);
  const lang = c.get('lang');
  return render(c, {
    title: o.title,
    hasErrors: o.errors.length > 0,
    body: html`${backLink(lang, backOf(o.kind, o.answers, o.step))} ${errorSummary(lang, o.errors)}
      <p class="hint">${t(`service.${flowOf(o.kind)}`)}</p>
      ${o.before ?? ''} ${form(stepPath(o.kind, o.step), [o.fields, button(t('page.continue'))].flat())}
      ${o.after ?? ''}`,
  });
}
