// The draft a flow keeps its answers in, loaded once per request by the `withDraft` middleware:
// it finds the person's draft, sends them where they belong when they may not be on this page
// (no case open, the case already filed, a question skipped), and hands the page its answers.
// This replaces the "load the draft or redirect" guard each page used to write for itself.
import type { Context, MiddlewareHandler } from 'hono';
import type { ServiceContext } from '../../../services/context.ts';
import { type Draft, discardDraft, loadDraft, saveAnswers } from '../../../services/drafts.ts';
import type { PageEnv } from '../shared/env.ts';
import { type Flow, nextPath, reachable } from './steps.ts';

type Answers = Record<string, unknown>;

/** A flow whose answers live in a draft (services/drafts.ts), so an expired session loses nothing. */
export interface DraftFlow<A extends Answers, S extends string> extends Flow<Partial<A>, S> {
  /** The draft's flow name. */
  name: string;
  /** Whose draft it is: the IIN of the person answering (the citizen, or the operator). */
  holder: (c: Context<PageEnv>) => string;
  /** Where a request without a draft goes; unset, it starts with no answers. */
  missing?: string;
  /**
   * Where a draft that is done with the flow's pages goes instead (the filed application); it may
   * ask the services, as whether the draft's application was filed is theirs to tell.
   */
  leave?: (draft: Draft<A>) => string | null | Promise<string | null>;
}

/**
 * Loads the draft of `flow` (or of the flow the request names) for a page of `step`, and sends a
 * person who may not be there yet to the first open question (Flow.strict; the check page always
 * waits for every answer). Without `step` the page only needs the draft.
 */
export function withDraft<A extends Answers, S extends string>(
  ctx: ServiceContext,
  flow: DraftFlow<A, S> | ((c: Context<PageEnv>) => DraftFlow<A, S>),
  step?: S | 'check',
): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    const f = typeof flow === 'function' ? flow(c) : flow;
    const draft = await loadDraft<A>(ctx, f.holder(c), f.name);
    if (!draft && f.missing !== undefined) return c.redirect(f.missing, 303);
    const away = draft && (await f.leave?.(draft));
    if (away) return c.redirect(away, 303);
    const answers = draft?.answers ?? {};
    if (step !== undefined && !reachable(f, answers, step)) return c.redirect(nextPath(f, answers), 303);
    c.set('draft', draft);
    await next();
  };
}

/**
 * The draft for a flow's first question, which starts the flow again once the last draft is done
 * with its pages (its `leave` has somewhere to send it: the certificate issued, the application
 * filed): that draft is discarded and null returned; otherwise the draft as it stands, or null.
 * withDraft cannot serve this page, as it would send the person to what the old draft made.
 */
export async function freshDraft<A extends Answers, S extends string>(
  ctx: ServiceContext,
  c: Context<PageEnv>,
  flow: DraftFlow<A, S>,
): Promise<Draft<A> | null> {
  const draft = await loadDraft<A>(ctx, flow.holder(c), flow.name);
  if (!draft || !(await flow.leave?.(draft))) return draft;
  await discardDraft(ctx, flow.holder(c), flow.name);
  return null;
}

/** The draft withDraft loaded for this page (null before the first answer). */
export function draftIn<A extends Answers, S extends string>(c: Context<PageEnv>, _flow: DraftFlow<A, S>) {
  const draft = c.get('draft') as Draft<A> | null | undefined;
  // A route that reads a draft without withDraft before it is a programming error, not "no answers".
  if (draft === undefined) throw new Error('withDraft did not run for this route');
  // withDraft loaded it as this flow's draft (loadDraft<A>); the variable itself is untyped.
  return draft;
}

/** The answers of the draft withDraft loaded for this page (none yet: empty). */
export function answersIn<A extends Answers, S extends string>(c: Context<PageEnv>, flow: DraftFlow<A, S>): Partial<A> {
  return draftIn(c, flow)?.answers ?? {};
}

/** Merges answers into the draft (null clears one) and returns the draft as it now stands. */
export function saveDraft<A extends Answers, S extends string>(
  ctx: ServiceContext,
  c: Context<PageEnv>,
  flow: DraftFlow<A, S>,
  answers: { [K in keyof A]?: A[K] | null },
): Promise<Draft<A>> {
  return saveAnswers<A>(ctx, flow.holder(c), flow.name, answers as Partial<A>);
}

/** After an answer: on to the first open question, or the check page. */
export function onward<A, S extends string>(c: Context, flow: Flow<Partial<A>, S>, answers: Partial<A>) {
  return c.redirect(nextPath(flow, answers), 303);
}
