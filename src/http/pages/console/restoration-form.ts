// The two screens of the S7 intake at the ЦОН counter (003 ¶B2): the application's answers (which
// record, the applicant's facts, an exemption from the duty), then the documents those answers
// call for — each to tick as handed in, the state system's listed as received — with the duty. The
// answers travel as hidden fields from the first screen to the second; nothing is stored before
// the operator accepts. Works without JavaScript.
import { html } from 'hono/html';
import { BIRTH_CERTIFICATE_EXEMPT } from '../../../domain/civil-records/state-duty.ts';
import type { Language, MessageKey } from '../../../i18n/messages.ts';
import type { Checklist } from '../../../services/civil-records/intake.ts';
import { documentTitle, dutyText } from '../backoffice/restoration-rows.ts';
import {
  button,
  errorOf,
  form,
  type FormErrors,
  radios,
  select,
  summaryList,
  textField,
} from '../shared/components.ts';
import { dateErrorIn, dateInput } from '../shared/date-input.ts';
import { dateParts } from '../shared/form-checks.ts';
import type { Translate } from '../backoffice/format.ts';

export const ACTION = '/console/restoration';
export const FACTS = [
  'representative',
  'married',
  'hasChildren',
  'parentsMarried',
  'hasLabourBook',
  'student',
  'militaryLiable',
  'pensioner',
] as const;
/** The answers of the first screen by field name (dates as their day, month and year parts). */
export const ANSWER_FIELDS = [
  'id',
  'applicant',
  'act',
  'mother',
  'father',
  ...['registered', 'married-on'].flatMap((d) => [`${d}-day`, `${d}-month`, `${d}-year`]),
  ...FACTS.map((f) => `fact-${f}`),
  'status',
  'registration-error',
  'error-proven',
  'spouse',
] as const;

type Fields = Readonly<Record<string, string>>;

function checkbox(name: string, label: string, checked: boolean) {
  return html`<div class="radio">
    <input type="checkbox" id="${name}" name="${name}" value="on" ${checked ? 'checked' : ''} />
    <label for="${name}">${label}</label>
  </div>`;
}

function group(legend: string, hint: string | null, items: unknown[], error?: string) {
  return html`<div class="field${error ? ' field-error' : ''}">
    <fieldset>
      <legend>${legend}</legend>
      ${hint ? html`<p class="hint">${hint}</p>` : ''} ${error ? html`<p class="error-message">${error}</p>` : ''}
      ${items}
    </fieldset>
  </div>`;
}

function date(lang: Language, name: string, legend: string, fields: Fields, errors: FormErrors) {
  return dateInput(lang, { name, legend, value: dateParts({ ...fields }, name), error: dateErrorIn(errors, name) });
}

/** Screen 1: the application's answers. */
export function answersForm(lang: Language, t: Translate, fields: Fields, errors: FormErrors) {
  const text = (name: string, key: MessageKey, hint?: MessageKey) =>
    textField(lang, {
      name,
      label: t(key),
      hint: hint ? t(hint) : undefined,
      value: fields[name],
      error: errorOf(errors, name),
      inputmode: 'numeric',
      width: 'medium',
      maxlength: 12,
    });
  return form(ACTION, [
    html`<input type="hidden" name="id" value="${fields['id'] ?? ''}" />`,
    text('applicant', 'restoration.applicant', 'restoration.applicant-hint'),
    radios(lang, {
      name: 'act',
      legend: t('restoration.act'),
      options: [
        { value: 'birth', label: t('restoration.act.birth') },
        { value: 'marriage', label: t('restoration.act.marriage') },
      ],
      value: fields['act'],
      error: errorOf(errors, 'act'),
    }),
    html`<h2>${t('restoration.act.birth')}</h2>`,
    text('mother', 'restoration.mother'),
    text('father', 'restoration.father'),
    date(lang, 'registered', t('restoration.registered'), fields, errors),
    html`<h2>${t('restoration.act.marriage')}</h2>`,
    text('spouse', 'restoration.spouse'),
    date(lang, 'married-on', t('restoration.married-on'), fields, errors),
    group(
      t('restoration.facts'),
      null,
      FACTS.map((f) => checkbox(`fact-${f}`, t(`restoration.fact.${f}`), fields[`fact-${f}`] === 'on')),
    ),
    group(t('restoration.exemption'), t('restoration.exemption-hint'), [
      select(lang, {
        name: 'status',
        label: t('restoration.exemption'),
        options: BIRTH_CERTIFICATE_EXEMPT.map((s) => ({ value: s, label: t(`restoration.status.${s}`) })),
        value: fields['status'],
      }),
      checkbox('registration-error', t('restoration.registration-error'), fields['registration-error'] === 'on'),
      checkbox('error-proven', t('restoration.error-proven'), fields['error-proven'] === 'on'),
    ]),
    button(t('restoration.show-documents'), { name: 'stage', value: 'list' }),
  ]);
}

/** Screen 2: the documents for these answers, to tick, and the duty; the answers as hidden fields. */
export function documentsForm(lang: Language, t: Translate, fields: Fields, list: Checklist, errors: FormErrors) {
  const hidden = ANSWER_FIELDS.filter((name) => (fields[name] ?? '') !== '').map(
    (name) => html`<input type="hidden" name="${name}" value="${fields[name]}" />`,
  );
  const brought = list.documents.filter((d) => d.from === 'applicant');
  const received = list.documents.filter((d) => d.from === 'state-system');
  const missing = errors.find((e) => e.field.startsWith('doc-'));
  return html`${summaryList(lang, [
    { key: t('restoration.field.act'), value: t(`restoration.act.${list.act.type}`) },
    {
      key: t('restoration.duty'),
      value:
        list.duty.kind === 'mrp-unknown'
          ? t('civil-record.mrp-unknown', { date: list.duty.filedOn })
          : dutyText(
              t,
              list.duty.kind === 'exempt'
                ? list.duty
                : { ...list.duty, mrpYear: list.duty.mrpYear.year, placeholder: list.duty.placeholder },
            ),
    },
  ])}
  ${form(
    ACTION,
    html`${hidden}
    ${group(
      t('restoration.documents'),
      t('restoration.documents-hint'),
      brought.map((d) => checkbox(`doc-${d.id}`, documentTitle(t, d.id), fields[`doc-${d.id}`] === 'on')),
      missing ? t(missing.key, missing.params) : undefined,
    )}
    ${
      received.length
        ? html`<p>
            ${t('restoration.from-state', { documents: received.map((d) => documentTitle(t, d.id)).join('; ') })}
          </p>`
        : ''
    }
    ${button(t('restoration.accept'), { name: 'stage', value: 'accept' })}
    ${button(t('restoration.change'), { name: 'stage', value: 'edit', kind: 'secondary' })}`,
  )}`;
}
