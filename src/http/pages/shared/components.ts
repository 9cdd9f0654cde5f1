// Form parts in the patterns of the GOV.UK Design System: an error summary whose links move the
// focus to the fields, labels with hints, the error message next to its field, radios, a summary
// list with "change" links, the confirmation panel. Every text comes from the catalogs; these
// functions only arrange it. Field names double as element ids, so the summary can link them.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { State } from '../../../domain/lifecycle/states.ts';
import { type Language, type MessageKey, type MessageParams, translate } from '../../../i18n/messages.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** One field's problem: which field, and the catalog message that explains it. */
export interface FieldError {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

export type FormErrors = readonly FieldError[];

export function errorOf(errors: FormErrors, field: string): FieldError | undefined {
  return errors.find((e) => e.field === field);
}

export function errorSummary(lang: Language, errors: FormErrors): Html | '' {
  if (errors.length === 0) return '';
  // GOV.UK: the focus moves to the summary when the page loads (autofocus, no script needed).
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
    <h2 id="error-summary-title">${translate(lang, 'page.error-summary')}</h2>
    <ul>
      ${errors.map((e) => html`<li><a href="#${e.field}">${translate(lang, e.key, e.params)}</a></li>`)}
    </ul>
  </div>`;
}

function errorMessage(lang: Language, error: FieldError | undefined, id: string): Html | '' {
  if (!error) return '';
  return html`<p class="error-message" id="${id}-error">
    <span class="visually-hidden">${translate(lang, 'page.error-prefix')}</span>
    ${translate(lang, error.key, error.params)}
  </p>`;
}

export interface TextFieldOptions {
  name: string;
  label: string;
  hint?: string | undefined;
  value?: string | undefined;
  error?: FieldError | undefined;
  /** Numeric codes (IIN, РКА, SMS code) open the digit keyboard on phones. */
  inputmode?: 'numeric' | 'text';
  autocomplete?: string;
  type?: 'text' | 'date' | 'password';
  width?: 'short' | 'medium' | 'long';
  maxlength?: number;
  /** The label is the page's question, shown as its heading (one question per page). */
  asHeading?: boolean;
}

export function textField(lang: Language, o: TextFieldOptions): Html {
  const described = [o.hint ? `${o.name}-hint` : '', o.error ? `${o.name}-error` : ''].filter(Boolean).join(' ');
  const label = html`<label for="${o.name}" class="${o.asHeading ? 'label-heading' : ''}">${o.label}</label>`;
  return html`<div class="field${o.error ? ' field-error' : ''}">
    ${o.asHeading ? html`<h1>${label}</h1>` : label}
    ${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : ''} ${errorMessage(lang, o.error, o.name)}
    <input
      class="width-${o.width ?? 'medium'}"
      type="${o.type ?? 'text'}"
      id="${o.name}"
      name="${o.name}"
      value="${o.value ?? ''}"
      ${o.inputmode === 'numeric' ? html`inputmode="numeric" pattern="[0-9]*"` : ''}
      autocomplete="${o.autocomplete ?? 'off'}"
      spellcheck="false"
      ${o.maxlength ? html`maxlength="${o.maxlength}"` : ''}
      ${described ? html`aria-describedby="${described}"` : ''}
      ${o.error ? html`aria-invalid="true"` : ''}
    />
  </div>`;
}

export interface RadioOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

export interface RadiosOptions {
  name: string;
  legend: string;
  hint?: string | undefined;
  options: readonly RadioOption[];
  value?: string | undefined;
  error?: FieldError | undefined;
  asHeading?: boolean;
}

export function radios(lang: Language, o: RadiosOptions): Html {
  const described = [o.hint ? `${o.name}-hint` : '', o.error ? `${o.name}-error` : ''].filter(Boolean).join(' ');
  // The summary links to the first radio, as GOV.UK does: its id is the field name.
  const items = o.options.map((option, i) => {
    const id = i === 0 ? o.name : `${o.name}-${i + 1}`;
    return html`<div class="radio">
      <input
        type="radio"
        id="${id}"
        name="${o.name}"
        value="${option.value}"
        ${option.value === o.value ? 'checked' : ''}
        ${option.hint ? html`aria-describedby="${id}-item-hint"` : ''}
      />
      <label for="${id}">${option.label}</label>
      ${option.hint ? html`<p class="hint" id="${id}-item-hint">${option.hint}</p>` : ''}
    </div>`;
  });
  return html`<div class="field${o.error ? ' field-error' : ''}">
    <fieldset ${described ? html`aria-describedby="${described}"` : ''}>
      <legend>${o.asHeading ? html`<h1>${o.legend}</h1>` : o.legend}</legend>
      ${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : ''} ${errorMessage(lang, o.error, o.name)}
      ${items}
    </fieldset>
  </div>`;
}

/** A select for long code lists (the arrival coupon's), where radios would fill several screens. */
export function select(
  lang: Language,
  o: {
    name: string;
    label: string;
    options: readonly RadioOption[];
    value?: string | undefined;
    error?: FieldError | undefined;
  },
): Html {
  return html`<div class="field${o.error ? ' field-error' : ''}">
    <label for="${o.name}">${o.label}</label>
    ${errorMessage(lang, o.error, o.name)}
    <select
      id="${o.name}"
      name="${o.name}"
      ${o.error ? html`aria-invalid="true" aria-describedby="${o.name}-error"` : ''}
    >
      <option value="">${translate(lang, 'page.choose')}</option>
      ${o.options.map(
        (option) =>
          html`<option value="${option.value}" ${option.value === o.value ? 'selected' : ''}>${option.label}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * A form that posts back to its page. `once` marks forms whose submit has an effect (filing,
 * signing): a second press is harmless on the server anyway (see the handlers), and the button
 * says so by being a plain submit button without JavaScript.
 */
export function form(action: string, body: Html | Html[], o: { id?: string } = {}): Html {
  return html`<form method="post" action="${action}" novalidate ${o.id ? html`id="${o.id}"` : ''}>${body}</form>`;
}

export function button(
  label: string,
  o: { kind?: 'primary' | 'secondary' | 'warning'; name?: string; value?: string } = {},
): Html {
  return html`<button
    type="submit"
    class="button ${o.kind ?? 'primary'}"
    ${o.name ? html`name="${o.name}" value="${o.value ?? ''}"` : ''}
  >
    ${label}
  </button>`;
}

export function backLink(lang: Language, href: string): Html {
  return html`<a class="back-link" href="${href}">${translate(lang, 'page.back')}</a>`;
}

export interface SummaryRow {
  key: string;
  value: string | Html;
  /** Where to change the answer; its text says which answer, for screen readers. */
  change?: string | undefined;
}

export function summaryList(lang: Language, rows: readonly SummaryRow[]): Html {
  return html`<dl class="summary">
    ${rows.map(
      (r) =>
        html`<div class="summary-row">
          <dt>${r.key}</dt>
          <dd>${r.value}</dd>
          ${
            r.change
              ? html`<dd class="summary-action">
                  <a href="${r.change}"
                    >${translate(lang, 'page.change')}<span class="visually-hidden"> ${r.key}</span></a
                  >
                </dd>`
              : html`<dd class="summary-action"></dd>`
          }
        </div>`,
    )}
  </dl>`;
}

/** The confirmation panel: the one thing that happened, in large type. */
export function panel(title: string, body?: string | Html): Html {
  return html`<div class="panel" role="status">
    <h1>${title}</h1>
    ${body ? html`<div class="panel-body">${body}</div>` : ''}
  </div>`;
}

export function notice(kind: 'ok' | 'bad' | 'info', title: string, body?: string | Html): Html {
  return html`<div class="verdict ${kind}" role="${kind === 'bad' ? 'alert' : 'status'}">
    <p class="title">${title}</p>
    ${body ? html`<p>${body}</p>` : ''}
  </div>`;
}

export function tag(label: string, tone: 'grey' | 'blue' | 'green' | 'red' | 'yellow'): Html {
  return html`<strong class="tag tag-${tone}">${label}</strong>`;
}

/** The colour of an application's state wherever it is shown: waiting on someone is yellow. */
export const STATE_TONES: Record<State, Parameters<typeof tag>[1]> = {
  draft: 'grey',
  checks: 'blue',
  'coupon-pending': 'yellow',
  'consent-pending': 'yellow',
  'signature-pending': 'yellow',
  registered: 'green',
  deregistered: 'green',
  refused: 'red',
  cancelled: 'grey',
  expired: 'grey',
};

/** A table whose cells carry their column's name, so that it reads as a list at 360 px. */
export function table(headings: readonly string[], rows: readonly (readonly unknown[])[], caption?: string) {
  return html`<table>
    ${
      caption
        ? html`<caption class="visually-hidden">
            ${caption}
          </caption>`
        : ''
    }
    <thead>
      <tr>
        ${headings.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((cell, i) =>
              // An empty cell says nothing, not even its column's name.
              cell === '' ? html`<td></td>` : html`<td data-label="${headings[i] ?? ''}">${cell}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
