// /backoffice/renamings (004 cl.7): management or the executor records a joint decision of the
// local bodies that renames a street or renumbers a building. The service applies it in one
// transaction (services/cadastre-renaming/): the addresses change, and a correction of each
// cadastral passport appears in the executors' queue, due the next working day. A refusal is
// shown next to its field and writes nothing; the same decision posted again changes nothing
// (it is recorded once per city and number), so the answer is rendered, not redirected to.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { RenamingInput } from '../../../domain/renaming.ts';
import { AppError, isAppError } from '../../../errors.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { RenamingOutcome } from '../../../services/cadastre-renaming/apply.ts';
import { mayRecordRenaming, recordRenaming } from '../../../services/cadastre-renaming/back-office.ts';
import type { ServiceContext } from '../../../services/context.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FieldError,
  form,
  type FormErrors,
  notice,
  radios,
  table,
  textField,
} from '../shared/components.ts';
import { dateErrorIn, dateInput, datePartField } from '../shared/date-input.ts';
import { checkDateParts, dateParts } from '../shared/form-checks.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { dateOf } from './format.ts';
import { staffOf } from './staff.ts';

type TextField = 'body' | 'number' | 'city' | 'street' | 'newStreet' | 'house' | 'newHouse';

export function renamingPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.get('/', (c) => {
    recorderOf(c);
    return renderForm(c, [], {});
  });
  app.post('/', async (c) => {
    const staff = recorderOf(c);
    const fields = await formFields(c);
    const parsed = inputOf(fields);
    if ('error' in parsed) return renderForm(c, [parsed.error], fields);
    try {
      return renderOutcome(c, await recordRenaming(ctx, staff, parsed.input));
    } catch (error) {
      if (!isAppError(error) || !error.code.startsWith('renaming.')) throw error;
      const field = fieldOf(error.path ?? '/body');
      return renderForm(c, [{ field, key: error.code, params: error.params }], fields, 422);
    }
  });
  return app;
}

/** The signed-in employee, if their role records decisions (management, the executor). */
function recorderOf(c: Context<PageEnv>) {
  const staff = staffOf(c);
  if (!mayRecordRenaming(staff)) throw new AppError('operator-only');
  return staff;
}

/** The page's field for an input path (`/decidedOn` is the date input's day). */
function fieldOf(path: string): string {
  const name = path.slice(1);
  return name === 'decidedOn' ? datePartField('decidedOn', 'all') : name;
}

function inputOf(fields: Readonly<Record<string, string>>): { input: RenamingInput } | { error: FieldError } {
  const kind = fields['kind'];
  if (kind !== 'street' && kind !== 'building') return { error: { field: 'kind', key: 'renaming.kind.missing' } };
  const date = checkDateParts(dateParts({ ...fields }, 'decidedOn'));
  if (!date.ok) return { error: { field: datePartField('decidedOn', date.part), key: 'renaming.invalid-date' } };
  const value = (name: string) => fields[name] ?? '';
  return {
    input: {
      kind,
      body: value('body'),
      number: value('number'),
      decidedOn: date.date,
      city: value('city'),
      street: value('street'),
      newStreet: kind === 'street' ? value('newStreet') : undefined,
      house: kind === 'building' ? value('house') : undefined,
      newHouse: kind === 'building' ? value('newHouse') : undefined,
    },
  };
}

function renderForm(
  c: Context<PageEnv>,
  errors: FormErrors,
  posted: Readonly<Record<string, string>>,
  status: 200 | 400 | 422 = errors.length > 0 ? 400 : 200,
) {
  const t = translator(c);
  const lang = c.get('lang');
  const field = (name: TextField) =>
    textField(lang, {
      name,
      label: t(`renaming.${name}` as MessageKey),
      hint: name === 'body' || name === 'city' ? t(`renaming.${name}-hint` as MessageKey) : undefined,
      value: posted[name],
      error: errorOf(errors, name),
      inputmode: name === 'house' || name === 'newHouse' ? 'numeric' : 'text',
      width: name === 'house' || name === 'newHouse' || name === 'number' ? 'short' : 'long',
      maxlength: name === 'body' ? 300 : 200,
    });
  const dateError = dateErrorIn(errors, 'decidedOn');
  return render(c, {
    title: t('renaming.title'),
    status,
    hasErrors: errors.length > 0,
    body: html`${backLink(lang, '/backoffice')} ${errorSummary(lang, errors)}
      <h1>${t('renaming.title')}</h1>
      <p>${t('renaming.lead')}</p>
      ${form('/backoffice/renamings', [
        radios(lang, {
          name: 'kind',
          legend: t('renaming.kind'),
          options: [
            { value: 'street', label: t('renaming.kind.street') },
            { value: 'building', label: t('renaming.kind.building') },
          ],
          value: posted['kind'],
          error: errorOf(errors, 'kind'),
        }),
        field('body'),
        field('number'),
        dateInput(lang, {
          name: 'decidedOn',
          legend: t('renaming.decidedOn'),
          hint: t('renaming.decidedOn-hint'),
          value: dateParts({ ...posted }, 'decidedOn'),
          error: dateError,
          errorPart: dateError ? 'all' : undefined,
        }),
        field('city'),
        field('street'),
        field('newStreet'),
        field('house'),
        field('newHouse'),
        button(t('renaming.button')),
      ])}`,
  });
}

function renderOutcome(c: Context<PageEnv>, outcome: RenamingOutcome) {
  const t = translator(c);
  const lang = c.get('lang');
  const corrections = outcome.objects.filter((o) => o.caseId !== null);
  const rows = outcome.objects.map((o) => [
    o.rka,
    o.oldAddress,
    o.newAddress,
    o.caseId === null ? t('renaming.no-passport') : html`<a href="/backoffice/cases/${o.caseId}">${o.correction}</a>`,
  ]);
  const headings = (['rka', 'old', 'new', 'correction'] as const).map((f) => t(`renaming.col.${f}`));
  return render(c, {
    title: t('renaming.title'),
    body: html`${backLink(lang, '/backoffice')}
      <h1>${t('renaming.title')}</h1>
      ${
        outcome.applied
          ? notice(
              'ok',
              t('renaming.done', {
                objects: outcome.objects.length,
                corrections: corrections.length,
                dueOn: dateOf(outcome.dueOn),
              }),
            )
          : notice('info', t('renaming.repeat'))
      }
      ${rows.length === 0 ? '' : table(headings, rows, t('renaming.objects'))}`,
  });
}
