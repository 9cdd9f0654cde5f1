// P1 reception triage on the console: the worker finds out who owns the dwelling and sends the
// applicant to the operational hall (P1.1: an owner is a minor or legally incapable) or to the
// online service and the self-service sector (P1.2). By the dwelling's РКА and the applicant's
// IIN (the rules decide, as the API does), or by the owner's IIN alone (ФЛК by ГБД ФЛ/Е-Собес).
// The answer is kept in the operator's draft between the POST and the result page (PRG).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Decision } from '../../../domain/decision/types.ts';
import { isValidIin } from '../../../domain/iin.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { decisionMessage } from '../../../services/decision-output.ts';
import { discardDraft, loadDraft, saveAnswers } from '../../../services/drafts.ts';
import { triageDwelling, triageOwner } from '../../../services/triage.ts';
import {
  button,
  errorOf,
  errorSummary,
  type FieldError,
  type FormErrors,
  form,
  notice,
  panel,
  summaryList,
  textField,
} from '../shared/components.ts';
import { HALL_ROLES, operatorActor, TRIAGE_ROLES } from './actor.ts';
import { isRka } from '../../../domain/rka.ts';
import { yesNo } from './format.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';

const FLOW = 'triage';

interface OwnerResult {
  outcome: 'route-hall' | 'route-online';
  name: string;
  birthDate: string;
  age: number;
  minor: boolean;
  incapable: boolean;
}

type TriageAnswers =
  | { kind: 'dwelling'; rka: string; applicant: string; decision: Decision }
  | ({ kind: 'owner'; owner: string } & OwnerResult);

export function consoleTriage(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const only = requireOperator(TRIAGE_ROLES);

  const formPage = (c: Context<PageEnv>, values: Record<string, string>, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    return render(c, {
      title: t('console.triage.title'),
      hasErrors: errors.length > 0,
      body: html`<a class="back-link" href="/console">${t('page.back')}</a>
        ${errorSummary(lang, errors)}
        <h1>${t('console.triage.title')}</h1>
        <p>${t('console.triage.lead')}</p>
        <h2>${t('console.triage.by-dwelling')}</h2>
        ${form('/console/triage/dwelling', [
          textField(lang, {
            name: 'rka',
            label: t('console.field.rka'),
            hint: t('console.field.rka-hint'),
            value: values['rka'],
            error: errorOf(errors, 'rka'),
            inputmode: 'numeric',
            width: 'medium',
            maxlength: 16,
          }),
          textField(lang, {
            name: 'applicant',
            label: t('console.field.applicant'),
            value: values['applicant'],
            error: errorOf(errors, 'applicant'),
            inputmode: 'numeric',
            width: 'short',
            maxlength: 12,
          }),
          button(t('console.triage.check'), { name: 'by', value: 'dwelling' }),
        ])}
        <h2>${t('console.triage.by-owner')}</h2>
        <p>${t('console.triage.by-owner-lead')}</p>
        ${form('/console/triage/owner', [
          textField(lang, {
            name: 'owner',
            label: t('console.field.owner'),
            value: values['owner'],
            error: errorOf(errors, 'owner'),
            inputmode: 'numeric',
            width: 'short',
            maxlength: 12,
          }),
          button(t('console.triage.check'), { kind: 'secondary', name: 'by', value: 'owner' }),
        ])}`,
    });
  };

  app.get('/', only, (c) => formPage(c, {}, []));

  app.post('/dwelling', only, async (c) => {
    const { rka = '', applicant = '' } = await formFields(c);
    const errors: FieldError[] = [];
    if (!isRka(rka)) errors.push({ field: 'rka', key: 'console.error.rka' });
    if (!isValidIin(applicant)) errors.push({ field: 'applicant', key: 'invalid-iin-input' });
    if (errors.length > 0) return formPage(c, { rka, applicant }, errors);
    const actor = operatorActor(c);
    const decision = await triageDwelling(ctx, actor, { applicant, rka });
    await keep(ctx, actor.iin, { kind: 'dwelling', rka, applicant, decision });
    return c.redirect('/console/triage/result', 303);
  });

  app.post('/owner', only, async (c) => {
    const { owner = '' } = await formFields(c);
    if (!isValidIin(owner)) return formPage(c, { owner }, [{ field: 'owner', key: 'invalid-iin-input' }]);
    const actor = operatorActor(c);
    const result = await triageOwner(ctx, actor, owner);
    // I8: an unknown or deceased owner is a typing error to correct here, not an answer.
    if (result.outcome === 'error') {
      const key = result.reason === 'deceased' ? 'console.error.owner-deceased' : 'console.error.person-not-found';
      return formPage(c, { owner }, [{ field: 'owner', key }]);
    }
    const { person, age, minor, incapable } = result.flk;
    await keep(ctx, actor.iin, {
      kind: 'owner',
      owner,
      outcome: result.outcome,
      name: person.name,
      birthDate: person.birthDate,
      age,
      minor,
      incapable,
    });
    return c.redirect('/console/triage/result', 303);
  });

  app.get('/result', only, async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const actor = operatorActor(c);
    const draft = await loadDraft<{ result: TriageAnswers }>(ctx, actor.iin, FLOW);
    const result = draft?.answers.result;
    if (!result) return c.redirect('/console/triage', 303);
    const canFile = HALL_ROLES.includes(actor.role);
    const outcome = result.kind === 'dwelling' ? result.decision.outcome : result.outcome;
    const hallLink = (query: string) =>
      canFile
        ? html`<p><a class="button" href="/console/hall?${query}">${t('console.triage.start-hall')}</a></p>`
        : html`<p>${t('console.triage.send-to-hall-desk')}</p>`;

    let body;
    if (result.kind === 'dwelling') {
      const { decision } = result;
      const message = decisionMessage(decision, lang);
      const facts = summaryList(lang, [
        { key: t('console.field.rka'), value: result.rka },
        { key: t('console.field.applicant'), value: result.applicant },
      ]);
      if (outcome === 'route-hall' || outcome === 'route-online') {
        const hall = outcome === 'route-hall';
        body = html`${panel(
            t(hall ? 'console.triage.to-hall' : 'console.triage.to-online'),
            t(hall ? 'console.triage.reason-hall' : 'console.triage.reason-online'),
          )}
          <p>${message}</p>
          ${facts} ${hall ? hallLink(`rka=${encodeURIComponent(result.rka)}`) : ''}`;
      } else {
        // The rules stopped before the channel (I8: unknown person or dwelling, F1, …).
        body = html`<h1>${t('console.triage.result-title')}</h1>
          ${notice('bad', t('console.triage.not-decided'), message)} ${facts}`;
      }
    } else {
      const hall = result.outcome === 'route-hall';
      body = html`${panel(
          t(hall ? 'console.triage.to-hall' : 'console.triage.to-online'),
          t(hall ? 'console.triage.reason-hall' : 'console.triage.reason-online'),
        )}
        <p>${t(hall ? 'console.triage.owner-hall' : 'console.triage.owner-online')}</p>
        ${summaryList(lang, [
          { key: t('console.field.owner'), value: result.owner },
          { key: t('console.flk.name'), value: result.name },
          {
            key: t('console.flk.birth-date'),
            value: t('console.flk.birth-age', { date: displayDate(result.birthDate), age: result.age }),
          },
          { key: t('console.flk.minor'), value: yesNo(t, result.minor) },
          { key: t('console.flk.incapable'), value: yesNo(t, result.incapable) },
        ])}
        ${hall ? hallLink(`owner=${encodeURIComponent(result.owner)}`) : ''}`;
    }
    return render(c, {
      title: t('console.triage.result-title'),
      body: html`<a class="back-link" href="/console/triage">${t('page.back')}</a>
        ${body}
        <p><a href="/console/triage">${t('console.triage.again')}</a></p>`,
    });
  });
  return app;
}

/** The latest triage only: an earlier answer must never show for the next applicant. */
async function keep(ctx: ServiceContext, iin: string, result: TriageAnswers): Promise<void> {
  await discardDraft(ctx, iin, FLOW);
  await saveAnswers(ctx, iin, FLOW, { result });
}
