// The hall's questions about the case itself: the applicant (I8: known to ГБД ФЛ), the dwelling
// by its РКА (ЕГКН), the service — permanent, or temporary for 1–12 months (F4) — and what the
// applicant is to the owner (P5, P6), which matters once the Astana norm is reached (N2).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { isRka } from '../../../domain/rka.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { hallDwelling } from '../../../services/hall-checks.ts';
import { errorOf, type FormErrors, radios } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { isRelationOption, RELATION_OPTIONS } from '../shared/relation-options.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { answersIn, onward, saveDraft, withDraft } from '../flow/draft.ts';
import { HALL_ROLES, operatorActor } from './actor.ts';
import { relationLabel } from './format.ts';
import { checkIin, hallQuestion, iinQuestion, textQuestion } from './hall-frame.ts';
import { type HallAnswers, hallFlow, type HallStep } from './hall-steps.ts';

type Given = Partial<HallAnswers>;

export function hallQuestionPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const only = requireOperator(HALL_ROLES);
  const draftAt = (step: HallStep) => withDraft(ctx, hallFlow, step);

  app.get('/applicant', only, draftAt('applicant'), (c) => {
    const answers = answersIn(c, hallFlow);
    return iinQuestion(c, { step: 'applicant', answers, value: answers.applicant, errors: [] });
  });
  app.post('/applicant', only, draftAt('applicant'), async (c) => {
    const answers = answersIn(c, hallFlow);
    const { applicant = '' } = await formFields(c);
    const error = await checkIin(ctx, c, 'applicant', applicant);
    if (error) return iinQuestion(c, { step: 'applicant', answers, value: applicant, errors: [error] });
    await saveDraft(ctx, c, hallFlow, { applicant });
    return onward(c, hallFlow, { ...answers, applicant });
  });

  // The dwelling.
  const rkaPage = (c: Context<PageEnv>, answers: Given, value: string | undefined, errors: FormErrors) =>
    textQuestion(c, {
      step: 'rka',
      answers,
      hint: 'console.field.rka-hint',
      value,
      errors,
      width: 'medium',
      maxlength: 16,
    });
  app.get('/rka', only, draftAt('rka'), (c) => rkaPage(c, answersIn(c, hallFlow), answersIn(c, hallFlow).rka, []));
  app.post('/rka', only, draftAt('rka'), async (c) => {
    const answers = answersIn(c, hallFlow);
    const { rka = '' } = await formFields(c);
    if (!isRka(rka)) return rkaPage(c, answers, rka, [{ field: 'rka', key: 'console.error.rka' }]);
    if (!(await hallDwelling(ctx, operatorActor(c), rka))) {
      return rkaPage(c, answers, rka, [{ field: 'rka', key: 'console.error.rka-not-found' }]);
    }
    await saveDraft(ctx, c, hallFlow, { rka });
    return onward(c, hallFlow, { ...answers, rka });
  });

  // The service: permanent, or temporary for 1–12 months (F4).
  const servicePage = (c: Context<PageEnv>, answers: Given, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    return hallQuestion(c, {
      step: 'service',
      answers,
      title: t('console.hall.service-question'),
      errors,
      fields: radios(c.get('lang'), {
        name: 'service',
        legend: t('console.hall.service-question'),
        options: [
          { value: 'permanent', label: t('service.registration-permanent') },
          { value: 'temporary', label: t('service.registration-temporary'), hint: t('console.hall.temporary-hint') },
        ],
        value,
        error: errorOf(errors, 'service'),
        asHeading: true,
      }),
    });
  };
  app.get('/service', only, draftAt('service'), (c) =>
    servicePage(c, answersIn(c, hallFlow), answersIn(c, hallFlow).service, []),
  );
  app.post('/service', only, draftAt('service'), async (c) => {
    const { service = '' } = await formFields(c);
    if (service !== 'permanent' && service !== 'temporary') {
      return servicePage(c, answersIn(c, hallFlow), undefined, [{ field: 'service', key: 'page.choose-one' }]);
    }
    await saveDraft(ctx, c, hallFlow, { service, ...(service === 'permanent' ? { months: null } : {}) });
    const answers: Given = { ...answersIn(c, hallFlow), service };
    if (service === 'permanent') delete answers.months;
    // A temporary registration asks for its months again, even when they were given before.
    return service === 'temporary' ? c.redirect(hallFlow.path('months'), 303) : onward(c, hallFlow, answers);
  });

  const monthsPage = (c: Context<PageEnv>, answers: Given, value: string | undefined, errors: FormErrors) =>
    textQuestion(c, {
      step: 'months',
      answers,
      hint: 'console.hall.months-hint',
      value,
      errors,
      width: 'short',
      maxlength: 2,
    });

  app.get('/months', only, draftAt('months'), (c) => {
    const { months } = answersIn(c, hallFlow);
    return monthsPage(c, answersIn(c, hallFlow), months === undefined ? undefined : String(months), []);
  });
  app.post('/months', only, draftAt('months'), async (c) => {
    const { months = '' } = await formFields(c);
    const n = /^[0-9]{1,2}$/.test(months) ? Number(months) : NaN;
    if (!(n >= 1 && n <= 12)) {
      return monthsPage(c, answersIn(c, hallFlow), months, [{ field: 'months', key: 'console.error.months' }]);
    }
    await saveDraft(ctx, c, hallFlow, { months: n });
    return onward(c, hallFlow, { ...answersIn(c, hallFlow), months: n });
  });

  // P5, P6: what the applicant is to the owner; it matters once the Astana norm is reached (N2).
  const relationPage = (c: Context<PageEnv>, answers: Given, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    return hallQuestion(c, {
      step: 'relation',
      answers,
      title: t('console.hall.relation-question'),
      errors,
      fields: radios(c.get('lang'), {
        name: 'relation',
        legend: t('console.hall.relation-question'),
        hint: t('console.hall.relation-hint'),
        options: RELATION_OPTIONS.map((o) => ({ value: o, label: relationLabel(t, o) })),
        value,
        error: errorOf(errors, 'relation'),
        asHeading: true,
      }),
    });
  };
  app.get('/relation', only, draftAt('relation'), (c) =>
    relationPage(c, answersIn(c, hallFlow), answersIn(c, hallFlow).relation, []),
  );
  app.post('/relation', only, draftAt('relation'), async (c) => {
    const { relation = '' } = await formFields(c);
    if (!isRelationOption(relation)) {
      return relationPage(c, answersIn(c, hallFlow), undefined, [{ field: 'relation', key: 'page.choose-one' }]);
    }
    await saveDraft(ctx, c, hallFlow, { relation });
    return onward(c, hallFlow, { ...answersIn(c, hallFlow), relation });
  });
  return app;
}
