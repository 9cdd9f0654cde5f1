// The acts posted from a request's page: each becomes one engine move (actOnCase → applyCaseEvent)
// in one transaction with its audit record and the applicant's messages. A coded refusal of the
// engine (wrong role, another office, out of order, a late objection, changed meanwhile) is shown
// on the request's page in the employee's language with the status of the refusal, never a 500;
// a request the employee may not even read (another office) gets the refusal's own error page.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { AppError, isAppError } from '../../../errors.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { actOnCase, type BackOfficeAct, type BackOfficeStaff } from '../../../services/cases/back-office.ts';
import type { ServiceContext } from '../../../services/context.ts';
import type { FieldError } from '../shared/components.ts';
import { datePartField } from '../shared/date-input.ts';
import { checkDateParts, dateParts } from '../shared/form-checks.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields } from '../shared/render.ts';
import { renderCase } from './case-page.ts';
import { staffOf } from './staff.ts';

/** The page's status for a coded refusal of the engine (as src/http/app.ts maps them for the API). */
const STATUS: Partial<Record<string, 403 | 409 | 422>> = {
  'case.wrong-actor': 403,
  'case.wrong-role': 403,
  'case.wrong-office': 403,
  'case.changed': 409,
  'case.invalid-event': 409,
  'case.step-out-of-order': 409,
  'case.objection-period-open': 409,
  'civil-record.act-exists': 409,
};

type Parsed = { readonly ok: true; readonly act: BackOfficeAct } | { readonly ok: false; readonly error: FieldError };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateError(name: string, part: Parameters<typeof datePartField>[1]): Parsed {
  return { ok: false, error: { field: datePartField(name, part), key: 'backoffice.extend.bad-date' } };
}

function parseAct(fields: Readonly<Record<string, string>>): Parsed | null {
  switch (fields['act']) {
    case 'complete-step':
      return fields['step'] ? { ok: true, act: { kind: 'complete-step', step: fields['step'], posted: fields } } : null;
    case 'intend-refusal': {
      const ground = Number(fields['ground']);
      return /^\d{1,2}$/.test(fields['ground'] ?? '')
        ? { ok: true, act: { kind: 'intend-refusal', ground } }
        : { ok: false, error: { field: 'ground', key: 'backoffice.refuse.missing' } };
    }
    case 'object':
      return { ok: true, act: { kind: 'object' } };
    case 'decide': {
      const outcome = fields['outcome'];
      return outcome === 'provide' || outcome === 'refuse'
        ? { ok: true, act: { kind: 'decide', outcome } }
        : { ok: false, error: { field: 'outcome', key: 'backoffice.decide.missing' } };
    }
    case 'extend': {
      const newDueOn = checkDateParts(dateParts({ ...fields }, 'newDueOn'));
      if (!newDueOn.ok) return dateError('newDueOn', newDueOn.part);
      const agreedOn = checkDateParts(dateParts({ ...fields }, 'agreedOn'));
      if (!agreedOn.ok) return dateError('agreedOn', agreedOn.part);
      return { ok: true, act: { kind: 'extend', newDueOn: newDueOn.date, agreedOn: agreedOn.date } };
    }
    case 'extend-days': {
      // 003 ¶B2: whole calendar days; the cap (15 in all) is the engine's (case.extension-over-cap).
      const days = fields['days']?.trim() ?? '';
      return /^\d{1,2}$/.test(days) && Number(days) >= 1
        ? { ok: true, act: { kind: 'extend-days', days: Number(days) } }
        : { ok: false, error: { field: 'days', key: 'backoffice.extend-days.missing' } };
    }
    default:
      return null;
  }
}

export function casePost(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.post('/:id', async (c) => {
    const staff = staffOf(c);
    const id = c.req.param('id');
    const fields = await formFields(c);
    const version = Number(fields['version']);
    const parsed = parseAct(fields);
    // A form the pages never produce (no act, no version): nothing to show it on.
    if (!parsed || !Number.isSafeInteger(version) || version < 1) throw new AppError('backoffice.bad-form');
    if (!parsed.ok) return renderCase(c, ctx, staff, id, { errors: [parsed.error], posted: fields });
    try {
      await actOnCase(ctx, staff, { caseId: id, version, act: parsed.act });
    } catch (error) {
      // The engine's refusals, and ЗАГС's (S7: the act is already in the registry, nothing restored).
      if (!isAppError(error) || !/^(case|civil-record)\./.test(error.code)) throw error;
      return refusal(c, ctx, staff, id, error, fields);
    }
    return c.redirect(`/backoffice/cases/${id}?done=1`, 303);
  });
  return app;
}

/** The engine's dates (ISO) as staff read them, DD.MM.YYYY. */
function readable(params: AppError['params']): AppError['params'] {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && ISO_DATE.test(v) ? displayDate(v) : v]),
  );
}

/** The engine's refusal on the request's page, next to the field it is about when there is one. */
async function refusal(
  c: Context<PageEnv>,
  ctx: ServiceContext,
  staff: BackOfficeStaff,
  id: string,
  error: AppError,
  posted: Readonly<Record<string, string>>,
) {
  const field = error.code === 'case.output-invalid' ? String(error.params['field']) : 'actions';
  const key = (error.code === 'case.output-invalid' ? `backoffice.output-invalid.${field}` : error.code) as MessageKey;
  try {
    return await renderCase(c, ctx, staff, id, {
      errors: [{ field, key, params: readable(error.params) }],
      posted,
      status: STATUS[error.code] ?? 422,
    });
  } catch (reading) {
    // Another office's request is not even readable (case.not-found): its refusal is the answer.
    if (isAppError(reading)) throw error;
    throw reading;
  }
}
