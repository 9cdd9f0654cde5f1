// The GOV.UK date input: a fieldset with day, month and year as three numeric text fields
// (`<name>-day`, `-month`, `-year`), never `type=date`, whose picker shows the browser's own
// locale (mm/dd/yyyy in an en-US browser). The error summary links to `<name>-day`, or to the
// part that is missing; the parts not in error keep their normal border.
import { html } from 'hono/html';
import { type Language, type MessageParams, translate } from '../../../i18n/messages.ts';
import type { FieldError } from './components.ts';
import type { DateParts } from './form-checks.ts';

/** The field an error about `part` of a date input links to (`all`: the day, its first). */
export function datePartField(name: string, part: keyof DateParts | 'all'): string {
  return `${name}-${part === 'all' ? 'day' : part}`;
}

/** The error of the date input `name` among a form's errors. */
export function dateErrorIn(errors: readonly FieldError[], name: string): FieldError | undefined {
  return errors.find((e) => e.field.startsWith(`${name}-`));
}

export interface DateInputOptions {
  name: string;
  legend: string;
  hint?: string | undefined;
  value: DateParts;
  error?: FieldError | undefined;
  /** Which part the error is about; 'all' marks every part. */
  errorPart?: keyof DateParts | 'all' | undefined;
}

export function dateInput(lang: Language, o: DateInputOptions) {
  const t = (key: Parameters<typeof translate>[1], params?: MessageParams) => translate(lang, key, params);
  const described = [o.hint ? `${o.name}-hint` : '', o.error ? `${o.name}-error` : ''].filter(Boolean).join(' ');
  const part = (p: keyof DateParts, label: string, width: 2 | 4) => {
    const id = `${o.name}-${p}`;
    const bad = o.error !== undefined && (o.errorPart === undefined || o.errorPart === 'all' || o.errorPart === p);
    return html`<div class="date-part">
      <label for="${id}">${label}</label>
      <input
        class="width-${width}${o.error && !bad ? ' part-ok' : ''}"
        type="text"
        id="${id}"
        name="${id}"
        value="${o.value[p]}"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        ${bad ? html`aria-invalid="true"` : ''}
      />
    </div>`;
  };
  return html`<div class="field${o.error ? ' field-error' : ''}">
    <fieldset role="group" ${described ? html`aria-describedby="${described}"` : ''}>
      <legend>${o.legend}</legend>
      ${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : ''}
      ${
        o.error
          ? html`<p class="error-message" id="${o.name}-error">
              <span class="visually-hidden">${t('page.error-prefix')}</span> ${t(o.error.key, o.error.params)}
            </p>`
          : ''
      }
      <div class="date-input">
        ${part('day', t('form.date.day'), 2)} ${part('month', t('form.date.month'), 2)}
        ${part('year', t('form.date.year'), 4)}
      </div>
    </fieldset>
  </div>`;
}
