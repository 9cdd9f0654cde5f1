// What every page of the registration wizard shares, over the flow module (flow/): the person's
// draft, loaded by withDraft with the guard that keeps a person from skipping a question, and the
// frame of a question page (back link, error summary, the service as caption, one form posting
// back to its page).
import type { Context } from 'hono';
import { AppError } from '../../../errors.ts';
import type { Actor } from '../../../services/actor.ts';
import type { ServiceContext } from '../../../services/context.ts';
import type { Draft } from '../../../services/drafts.ts';
import { loadDraft } from '../../../services/drafts.ts';
import { answersIn, onward as flowOnward, saveDraft, withDraft } from '../flow/draft.ts';
import { type Html, questionPage as flowQuestion } from '../flow/question.ts';
import { backOf, nextPath, reachable } from '../flow/steps.ts';
import type { FormErrors } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { translator } from '../shared/render.ts';
import { currentUser } from '../shared/session.ts';
import { type Answers, flowOf, type Given, type Kind, REGISTRATION_FLOWS, type Step, stepPath } from './apply-steps.ts';

export function kindOf(c: Context<PageEnv>): Kind {
  const kind = c.req.param('kind');
  if (kind !== 'permanent' && kind !== 'temporary') throw new AppError('not-found');
  return kind;
}

/** The logged-in person as the services know them (requireLogin ran before). */
export function citizenOf(c: Context<PageEnv>): Actor & { kind: 'citizen' } {
  return { kind: 'citizen', iin: currentUser(c)!.iin };
}

/** The wizard the request names: /apply/:kind/…, or the temporary one's own period page. */
function flowIn(c: Context<PageEnv>) {
  return REGISTRATION_FLOWS[c.req.param('kind') === undefined ? 'temporary' : kindOf(c)];
}

/** The draft and the guard of a step's page (withDraft); the page reads them with answersOf. */
export function draftAt(ctx: ServiceContext, step: Step) {
  return withDraft(ctx, flowIn, step);
}

/** The answers withDraft loaded for this page. */
export function answersOf(c: Context<PageEnv>): Given {
  return answersIn(c, flowIn(c));
}

export async function draftOf(ctx: ServiceContext, c: Context<PageEnv>, kind: Kind): Promise<Draft<Answers> | null> {
  return loadDraft<Answers>(ctx, currentUser(c)!.iin, flowOf(kind));
}

export async function save(ctx: ServiceContext, c: Context<PageEnv>, kind: Kind, answers: Given) {
  return saveDraft(ctx, c, REGISTRATION_FLOWS[kind], answers);
}

/** Where a person who may not be on `step` yet is sent instead (the first open question). */
export function guard(c: Context<PageEnv>, kind: Kind, answers: Given, step: Step | 'check') {
  const flow = REGISTRATION_FLOWS[kind];
  return reachable(flow, answers, step) ? null : c.redirect(nextPath(flow, answers), 303);
}

/** After an answer: the next open question, or the check page. */
export function onward(c: Context<PageEnv>, kind: Kind, answers: Given) {
  return flowOnward(c, REGISTRATION_FLOWS[kind], answers);
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
  return flowQuestion(c, {
    ...o,
    back: backOf(REGISTRATION_FLOWS[o.kind], o.answers, o.step),
    caption: translator(c)(`service.${flowOf(o.kind)}`),
    action: stepPath(o.kind, o.step),
  });
}
