// The forms of the acts an employee may take on a request now (back-office.ts decides which):
// finish the step (with the inspection's measurements where the step records them; management's
// step is signing), intend a refusal on a ground of the definition, record an objection, decide
// after the hearing, extend by agreement (S9) or by calendar days (S7). Each posts to the request's page with the version the
// employee saw, so a move by someone else meanwhile is caught (case.changed), not overwritten.
import { html } from 'hono/html';
import type { Language, MessageKey } from '../../../i18n/messages.ts';
import type { BackOfficeCase } from '../../../services/cases/back-office.ts';
import { button, errorOf, form, type FormErrors, radios, select, textField } from '../shared/components.ts';
import { dateErrorIn, dateInput } from '../shared/date-input.ts';
import { type DateParts, dateParts, partsOf } from '../shared/form-checks.ts';
import { dateOf, type Translate } from './format.ts';

export function caseForms(
  lang: Language,
  t: Translate,
  seen: BackOfficeCase,
  errors: FormErrors,
  posted: Readonly<Record<string, string>>,
) {
  const kase = seen.view.case;
  const action = `/backoffice/cases/${kase.id}`;
  const hidden = (act: string) =>
    html`<input type="hidden" name="act" value="${act}" /><input
        type="hidden"
        name="version"
        value="${kase.version}"
      />`;
  const parts = [];
  if (seen.actions.includes('complete-step') && kase.currentStep) {
    const signing = kase.currentStep === 'sign';
    parts.push(
      html`<section class="case-action" aria-labelledby="act-complete">
        <h3 id="act-complete">${t('backoffice.complete.title')}</h3>
        ${form(action, [
          hidden('complete-step'),
          html`<input type="hidden" name="step" value="${kase.currentStep}" />`,
          ...seen.output.map((f) =>
            textField(lang, {
              name: f.name,
              label: t(`backoffice.output.${f.name}` as MessageKey),
              hint: t(`backoffice.output.${f.name}-hint` as MessageKey),
              value: posted[f.name],
              error: errorOf(errors, f.name),
              inputmode: f.kind === 'count' ? 'numeric' : 'text',
              width: f.kind === 'text' ? 'long' : 'short',
              maxlength: f.kind === 'text' ? f.maxLength : 12,
            }),
          ),
          button(t(signing ? 'backoffice.complete.sign' : 'backoffice.complete.button')),
        ])}
      </section>`,
    );
  }
  if (seen.actions.includes('object') && kase.procedure.hearing) {
    parts.push(
      html`<section class="case-action" aria-labelledby="act-object">
        <h3 id="act-object">${t('backoffice.object.title')}</h3>
        <p class="hint">${t('backoffice.object.hint', { date: dateOf(kase.procedure.hearing.objectionBy) })}</p>
        ${form(action, [hidden('object'), button(t('backoffice.object.button'), { kind: 'secondary' })])}
      </section>`,
    );
  }
  if (seen.actions.includes('decide')) {
    parts.push(
      html`<section class="case-action" aria-labelledby="act-decide">
        <h3 id="act-decide">${t('backoffice.decide.title')}</h3>
        ${form(action, [
          hidden('decide'),
          radios(lang, {
            name: 'outcome',
            legend: t('backoffice.decide.outcome'),
            options: [
              { value: 'provide', label: t('backoffice.decide.provide') },
              { value: 'refuse', label: t('backoffice.decide.refuse') },
            ],
            value: posted['outcome'],
            error: errorOf(errors, 'outcome'),
          }),
          button(t('backoffice.decide.button')),
        ])}
      </section>`,
    );
  }
  if (seen.actions.includes('extend')) {
    parts.push(
      html`<section class="case-action" aria-labelledby="act-extend">
        <h3 id="act-extend">${t('backoffice.extend.title')}</h3>
        <p class="hint">${t('backoffice.extend.hint')}</p>
        ${form(action, [
          hidden('extend'),
          extensionDate(lang, 'newDueOn', t('backoffice.extend.new-due'), posted, errors, ''),
          extensionDate(lang, 'agreedOn', t('backoffice.extend.agreed-on'), posted, errors, seen.today),
          button(t('backoffice.extend.button'), { kind: 'secondary' }),
        ])}
      </section>`,
    );
  }
  if (seen.actions.includes('extend-days')) {
    // 003 ¶B2 (S7): by calendar days, at most 15 in all; the applicant is told at once (D3: within 2 working days).
    parts.push(
      html`<section class="case-action" aria-labelledby="act-extend-days">
        <h3 id="act-extend-days">${t('backoffice.extend-days.title')}</h3>
        <p class="hint">${t('backoffice.extend-days.hint', { days: seen.extensionDaysLeft })}</p>
        ${form(action, [
          hidden('extend-days'),
          textField(lang, {
            name: 'days',
            label: t('backoffice.extend-days.days'),
            hint: t('backoffice.extend-days.days-hint', { days: seen.extensionDaysLeft }),
            value: posted['days'],
            error: errorOf(errors, 'days'),
            inputmode: 'numeric',
            width: 'short',
            maxlength: 2,
          }),
          button(t('backoffice.extend.button'), { kind: 'secondary' }),
        ])}
      </section>`,
    );
  }
  if (seen.actions.includes('intend-refusal')) {
    parts.push(
      html`<section class="case-action" aria-labelledby="act-refuse">
        <h3 id="act-refuse">${t('backoffice.refuse.title')}</h3>
        <p class="hint">${t('backoffice.refuse.hint')}</p>
        ${form(action, [
          hidden('intend-refusal'),
          select(lang, {
            name: 'ground',
            label: t('backoffice.refuse.ground'),
            options: seen.grounds.map((g) => ({
              value: String(g.id),
              label: `${t(`backoffice.ground.${g.id}` as MessageKey)} (${g.source})`,
            })),
            value: posted['ground'],
            error: errorOf(errors, 'ground'),
          }),
          button(t('backoffice.refuse.button'), { kind: 'warning' }),
        ])}
      </section>`,
    );
  }
  return parts;
}

/**
 * A date of the extension as day, month and year (the GOV.UK date input, never the browser's
 * picker, whose order follows the browser's locale): what was posted, else `initial`.
 */
function extensionDate(
  lang: Language,
  name: string,
  legend: string,
  posted: Readonly<Record<string, string>>,
  errors: FormErrors,
  initial: string,
) {
  const typed = dateParts({ ...posted }, name);
  const error = dateErrorIn(errors, name);
  const part = error ? (error.field.slice(name.length + 1) as keyof DateParts) : undefined;
  return dateInput(lang, {
    name,
    legend,
    value: typed.day || typed.month || typed.year ? typed : partsOf(initial),
    error,
    errorPart: part === 'day' ? 'all' : part,
  });
}
