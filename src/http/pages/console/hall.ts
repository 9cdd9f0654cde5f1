// P2 in the operational hall: the operator files for a dwelling owned by a minor or legally
// incapable person, one question per page (the flow in hall-steps.ts). Here: the start page,
// the check of the answers, and filing once (fileOnce with the id the draft fixed, so a double
// submit meets one application); the questions are in hall-owner.ts and hall-questions.ts.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isValidIin } from '../../../domain/iin.ts';
import { isRka } from '../../../domain/rka.ts';
import { fileOnce } from '../../../services/applications/file-once.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { discardDraft, loadDraft } from '../../../services/drafts.ts';
import { hallDwelling, hallPersons } from '../../../services/hall-checks.ts';
import { backLink, button, form, notice, summaryList } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { claimOf } from '../shared/relation-options.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { answersIn, draftIn, saveDraft, withDraft } from '../flow/draft.ts';
import { backOf, nextPath } from '../flow/steps.ts';
import { HALL_ROLES, operatorActor } from './actor.ts';
import { relationLabel } from './format.ts';
import { hallPage } from './hall-frame.ts';
import { hallOwnerPages } from './hall-owner.ts';
import { hallQuestionPages } from './hall-questions.ts';
import { HALL, HALL_FLOW, type HallAnswers, hallFlow } from './hall-steps.ts';

/** The hall's pages, mounted at /console/hall. */
export function consoleHall(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const only = requireOperator(HALL_ROLES);

  // The start page: a new case (from the triage result with the РКА or the owner prefilled), or
  // the case in progress.
  app.get('/', only, async (c) => {
    const t = translator(c);
    const rka = c.req.query('rka') ?? '';
    const owner = c.req.query('owner') ?? '';
    const draft = await loadDraft<HallAnswers>(ctx, operatorActor(c).iin, HALL_FLOW);
    const inProgress = draft && !draft.answers.filed && draft.answers.owner ? draft : null;
    return render(c, {
      title: t('console.hall.title'),
      body: html`${backLink(c.get('lang'), '/console')}
        <h1>${t('console.hall.title')}</h1>
        <p>${t('console.hall.lead')}</p>
        <ul>
          <li>${t('console.hall.need-owner')}</li>
          <li>${t('console.hall.need-representative')}</li>
          <li>${t('console.hall.need-applicant')}</li>
        </ul>
        ${form(`${HALL}/start`, [
          isRka(rka) ? html`<input type="hidden" name="rka" value="${rka}" />` : html``,
          isValidIin(owner) ? html`<input type="hidden" name="owner" value="${owner}" />` : html``,
          button(t('console.hall.start')),
        ])}
        ${
          inProgress
            ? html`<p>
                <a href="${nextPath(hallFlow, inProgress.answers)}"
                  >${t('console.hall.continue-case', { owner: inProgress.answers.owner ?? '' })}</a
                >
              </p>`
            : ''
        }`,
    });
  });

  app.post('/start', only, async (c) => {
    const { rka = '', owner = '' } = await formFields(c);
    // A new applicant: the previous case's answers must not carry over.
    await discardDraft(ctx, operatorActor(c).iin, HALL_FLOW);
    await saveDraft(ctx, c, hallFlow, {
      ...(isRka(rka) ? { rka } : {}),
      ...(isValidIin(owner) ? { owner } : {}),
    });
    return c.redirect(hallFlow.path('owner'), 303);
  });

  app.route('/', hallOwnerPages(ctx));
  app.route('/', hallQuestionPages(ctx));

  // Check the answers, then file.
  app.get('/check', only, withDraft(ctx, hallFlow, 'check'), async (c) => {
    const a = answersIn(c, hallFlow);
    const t = translator(c);
    const lang = c.get('lang');
    const iins = [a.owner, a.representative, a.applicant].filter((x): x is string => x !== undefined);
    const people = await hallPersons(ctx, operatorActor(c), iins);
    const who = (iin: string) => `${people.find((p) => p.iin === iin)?.name ?? ''} (${iin})`;
    const dwelling = a.rka ? await hallDwelling(ctx, operatorActor(c), a.rka) : null;
    const refusal = a.flk === 'negative' || a.authority === 'none';
    const authority =
      a.authority === 'parent'
        ? t('console.check.authority-parent')
        : a.authority === 'guardian'
          ? t('console.check.authority-guardian', { document: a.authorityDocument ?? '' })
          : t('console.check.authority-none');
    const change = hallFlow.path;
    return hallPage(c, {
      title: t('console.check.title'),
      back: backOf(hallFlow, a, 'check'),
      body: html`<h1>${t('console.check.title')}</h1>
        ${refusal ? notice('bad', t('console.check.refusal'), t('console.check.refusal-body')) : ''}
        ${summaryList(lang, [
          { key: t('console.field.owner-person'), value: who(a.owner!), change: change('owner') },
          {
            key: t('console.check.flk'),
            value: t(a.flk === 'positive' ? 'console.flk.positive' : 'console.flk.negative'),
          },
          ...(a.flk === 'positive'
            ? [
                {
                  key: t('console.field.representative'),
                  value: who(a.representative!),
                  change: change('representative'),
                },
                { key: t('console.check.authority'), value: authority, change: change('authority') },
              ]
            : []),
          { key: t('console.field.applicant-person'), value: who(a.applicant!), change: change('applicant') },
          {
            key: t('console.field.address'),
            value: dwelling ? `${dwelling.address} (${a.rka})` : (a.rka ?? ''),
            change: change('rka'),
          },
          {
            key: t('console.field.service'),
            value:
              a.service === 'temporary'
                ? t('console.check.temporary', { months: a.months ?? 0 })
                : t('service.registration-permanent'),
            change: change('service'),
          },
          { key: t('console.field.relation'), value: relationLabel(t, a.relation!), change: change('relation') },
        ])}
        ${form(`${HALL}/file`, [button(t('console.check.file'))])}`,
    });
  });

  // A second press, or "back" and again, meets the application the first one filed: a filed
  // draft leads to it (hallFlow.leave), and fileOnce files under the id the draft fixed.
  app.post('/file', only, withDraft(ctx, hallFlow, 'check'), async (c) => {
    const draft = draftIn(c, hallFlow)!;
    const a = answersIn(c, hallFlow);
    const filed = await fileOnce(ctx, operatorActor(c), {
      id: draft.applicationId,
      service: a.service === 'temporary' ? 'registration-temporary' : 'registration-permanent',
      applicant: a.applicant!,
      rka: a.rka!,
      owner: a.owner,
      representative: a.flk === 'positive' ? a.representative : undefined,
      authorityDocument: a.authority === 'guardian' ? a.authorityDocument : undefined,
      relation: a.relation && a.relation !== 'none' ? claimOf(a.relation) : undefined,
      periodMonths: a.service === 'temporary' ? a.months : undefined,
    });
    await saveDraft(ctx, c, hallFlow, { filed: true });
    return c.redirect(`${HALL}/applications/${filed.id}`, 303);
  });
  return app;
}
