// Deregistration on the pages (issue 5/6): the citizen ends one of their own registrations —
// choose it, check, then sign with an SMS code on /applications/:id/sign. The owner's way, for a
// person registered in their dwelling, starts on /dwellings (dwelling-pages.ts) and files through
// the same function here. A draft fixes the application's id before filing, so a double submit or
// the back button meets the application already filed instead of filing a second one.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../../domain/dates.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { Actor } from '../../../services/actor.ts';
import { fileOnce } from '../../../services/applications/file-once.ts';
import { applicationById } from '../../../services/applications/queries.ts';
import type { ApplicationRecord } from '../../../services/applications/record.ts';
import { type MyRegistration, registrationsOf } from '../../../services/cabinet.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { type Draft, loadDraft, saveAnswers } from '../../../services/drafts.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FormErrors,
  form,
  radios,
  summaryList,
} from '../shared/components.ts';
import { answersIn, type DraftFlow, freshDraft, withDraft } from '../flow/draft.ts';
import type { PageEnv } from '../shared/env.ts';
import { addressText, kindText } from '../owner/owner-view.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

export interface DeregistrationAnswers extends Record<string, unknown> {
  rka: string;
  /** Whose registration ends; absent when it is the applicant's own. */
  person?: string;
}

/** The draft's application once filed, or null while only answers exist. */
export async function filedOf(ctx: ServiceContext, draft: Draft | null): Promise<ApplicationRecord | null> {
  if (!draft) return null;
  const app = await applicationById(ctx, draft.applicationId);
  // A draft application (created, submit failed) is filed again by fileOnce.
  return app && app.state !== 'draft' ? app : null;
}

/** Where a filed deregistration goes on: signing while it waits for it, else its status page. */
export function nextPageOf(app: ApplicationRecord): string {
  return app.state === 'signature-pending' ? `/applications/${app.id}/sign` : `/applications/${app.id}`;
}

/** Files the draft's deregistration exactly once (fileOnce) and returns it as it now is. */
export async function fileDeregistration(
  ctx: ServiceContext,
  actor: Actor & { kind: 'citizen' },
  flow: string,
  answers: DeregistrationAnswers,
): Promise<ApplicationRecord> {
  const draft =
    (await loadDraft<DeregistrationAnswers>(ctx, actor.iin, flow)) ??
    (await saveAnswers<DeregistrationAnswers>(ctx, actor.iin, flow, answers));
  return fileOnce(ctx, actor, {
    id: draft.applicationId,
    service: 'deregistration',
    applicant: actor.iin,
    rka: answers.rka,
    ...(answers.person ? { person: answers.person } : {}),
  });
}

const FLOW = 'deregistration';

/** The person's registrations that run today or later: the ones there is something to end. */
async function currentRegistrations(ctx: ServiceContext, iin: string): Promise<MyRegistration[]> {
  const today = dateInAstana(ctx.clock.now());
  const seen = new Set<string>();
  return (await registrationsOf(ctx, iin)).filter((r) => {
    if ((r.to !== null && r.to < today) || seen.has(r.rka)) return false;
    seen.add(r.rka);
    return true;
  });
}

/**
 * Deregistration as a flow (flow/steps.ts): one question, which registration ends, then the
 * check page; once its application is filed, the flow's pages lead to that application.
 */
function deregistrationFlow(ctx: ServiceContext): DraftFlow<DeregistrationAnswers, 'choose'> {
  return {
    name: FLOW,
    holder: (c) => c.get('principal').iin,
    start: '/cabinet',
    path: (step) => (step === 'choose' ? '/deregister' : '/deregister/confirm'),
    strict: true,
    leave: async (draft) => {
      const filed = await filedOf(ctx, draft);
      return filed ? nextPageOf(filed) : null;
    },
    steps: [{ id: 'choose', answered: (a) => !!a.rka }],
  };
}

export function deregisterPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const DEREGISTRATION = deregistrationFlow(ctx);
  app.use('*', requireLogin);
  const citizen = (c: Context<PageEnv>) => ({ kind: 'citizen' as const, iin: c.get('principal').iin });

  const choosePage = async (c: Context<PageEnv>, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const current = await currentRegistrations(ctx, c.get('principal').iin);
    if (current.length === 0) {
      return render(c, {
        title: t('deregister.title'),
        body: html`${backLink(lang, '/cabinet')}
          <h1>${t('deregister.title')}</h1>
          <p>${t('deregister.none')}</p>
          <p><a href="/cabinet">${t('cabinet.title')}</a></p>`,
      });
    }
    return render(c, {
      title: t('deregister.title'),
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, '/cabinet')} ${errorSummary(lang, errors)}
        ${form('/deregister', [
          radios(lang, {
            name: 'rka',
            legend: t('deregister.title'),
            hint: t('deregister.hint'),
            asHeading: true,
            value,
            error: errorOf(errors, 'rka'),
            options: current.map((r) => ({
              value: r.rka,
              label: addressText(lang, r.rka, r.address),
              hint: t('deregister.option-hint', { kind: kindText(lang, r.kind), from: displayDate(r.from) }),
            })),
          }),
          button(t('page.continue')),
        ])}
        <p><a href="/dwellings">${t('cabinet.dwellings-open')}</a></p>`,
    });
  };

  // A draft already filed belongs to that application: a new visit starts a new one (freshDraft).
  app.get('/', async (c) => choosePage(c, (await freshDraft(ctx, c, DEREGISTRATION))?.answers.rka, []));

  app.post('/', async (c) => {
    const me = c.get('principal').iin;
    const { rka = '' } = await formFields(c);
    const current = await currentRegistrations(ctx, me);
    if (!current.some((r) => r.rka === rka))
      return choosePage(c, undefined, [{ field: 'rka', key: 'deregister.choose' }]);
    await freshDraft(ctx, c, DEREGISTRATION);
    await saveAnswers<DeregistrationAnswers>(ctx, me, FLOW, { rka });
    return c.redirect('/deregister/confirm', 303);
  });

  // Filed already (a second press, the back button): withDraft goes on where that application is.
  app.get('/confirm', withDraft(ctx, DEREGISTRATION, 'check'), async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const { rka } = answersIn(c, DEREGISTRATION);
    const chosen = (await currentRegistrations(ctx, c.get('principal').iin)).find((r) => r.rka === rka);
    if (!chosen) return c.redirect('/deregister', 303);
    return render(c, {
      title: t('deregister.confirm-title'),
      body: html`${backLink(lang, '/deregister')}
        <h1>${t('deregister.confirm-title')}</h1>
        ${summaryList(lang, [
          { key: t('deregister.address'), value: addressText(lang, chosen.rka, chosen.address), change: '/deregister' },
          { key: t('deregister.kind'), value: kindText(lang, chosen.kind) },
          { key: t('deregister.since'), value: displayDate(chosen.from) },
        ])}
        <p>${t('deregister.confirm-lead')}</p>
        ${form('/deregister/confirm', [button(t('deregister.continue'))])}`,
    });
  });

  app.post('/confirm', withDraft(ctx, DEREGISTRATION, 'check'), async (c) => {
    const actor = citizen(c);
    const { rka } = answersIn(c, DEREGISTRATION);
    if (!rka) return c.redirect('/deregister', 303);
    const current = await currentRegistrations(ctx, actor.iin);
    if (!current.some((r) => r.rka === rka))
      return choosePage(c, undefined, [{ field: 'rka', key: 'deregister.gone' }]);
    const record = await fileDeregistration(ctx, actor, FLOW, { rka });
    return c.redirect(nextPageOf(record), 303);
  });
  return app;
}
