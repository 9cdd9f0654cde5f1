// S7 at the ЦОН (003 ¶B2; issue 18 item 4): the operator accepts an application to restore a
// civil-status record — the answers, then the documents they call for and the state duty — and the
// case opens on the case engine with its due date (15 calendar days, the acceptance day excluded),
// already past the counter and waiting for ЗАГС. The receipt page shows what was accepted and when
// the result is due. The service decides everything (services/civil-records/intake.ts); this page
// only turns the form into its input and its coded errors into field errors.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../../domain/dates.ts';
import { type AppError, isAppError } from '../../../errors.ts';
import {
  type Checklist,
  fileRestoration,
  INTAKE_ROLES,
  type IntakeFacts,
  restorationChecklist,
  restorationReceipt,
} from '../../../services/civil-records/intake.ts';
import { caseNumber } from '../../../services/cases/record.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { dateOf, type Translate } from '../backoffice/format.ts';
import { restorationRows } from '../backoffice/restoration-rows.ts';
import { backLink, errorSummary, type FieldError, panel, summaryList } from '../shared/components.ts';
import { datePartField } from '../shared/date-input.ts';
import type { PageEnv } from '../shared/env.ts';
import { checkDateParts, dateParts } from '../shared/form-checks.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { operatorActor } from './actor.ts';
import { answersForm, documentsForm, FACTS } from './restoration-form.ts';

type Fields = Readonly<Record<string, string>>;

function isoDate(fields: Fields, name: string): string {
  const checked = checkDateParts(dateParts({ ...fields }, name));
  return checked.ok ? checked.date : '';
}

/** The form's answers as the service's input; empty parent IINs are "not known". */
function intakeOf(fields: Fields): IntakeFacts {
  const on = (name: string) => fields[name] === 'on';
  const status = fields['status'] ?? '';
  const act =
    fields['act'] === 'marriage'
      ? { type: 'marriage' as const, spouse: fields['spouse'] ?? '', date: isoDate(fields, 'married-on') }
      : {
          type: (fields['act'] === 'birth' ? 'birth' : '') as 'birth',
          mother: fields['mother'] || null,
          father: fields['father'] || null,
          registered: isoDate(fields, 'registered'),
        };
  return {
    applicant: fields['applicant'] ?? '',
    act,
    facts: Object.fromEntries(FACTS.map((f) => [f, on(`fact-${f}`)])) as IntakeFacts['facts'],
    exemption: {
      statuses: status ? [status as IntakeFacts['exemption']['statuses'][number]] : [],
      registrationError: on('registration-error'),
      errorProven: on('error-proven'),
    },
  };
}

/** Where on the form a coded error of the service belongs, and the field's label for its message. */
const FIELD_OF: Record<string, [string, Parameters<Translate>[0]]> = {
  '/applicant': ['applicant', 'restoration.applicant'],
  '/act/type': ['act', 'restoration.act'],
  '/act': ['act', 'restoration.act'],
  '/act/mother': ['mother', 'restoration.mother'],
  '/act/father': ['father', 'restoration.father'],
  '/act/child': ['applicant', 'restoration.applicant'],
  '/act/registered': [datePartField('registered', 'all'), 'restoration.registered'],
  '/act/spouse': ['spouse', 'restoration.spouse'],
  '/act/spouses/1': ['spouse', 'restoration.spouse'],
  '/act/date': [datePartField('married-on', 'all'), 'restoration.married-on'],
};

function fieldError(t: Translate, error: AppError): FieldError {
  if (error.code === 'civil-record.document-missing') {
    const id = String(error.params['document']);
    return {
      field: `doc-${id}`,
      key: 'civil-record.document-missing',
      params: { document: t(`restoration.document.${id}` as Parameters<Translate>[0]) },
    };
  }
  const [field, label] = FIELD_OF[error.path ?? ''] ?? ['applicant', 'restoration.applicant'];
  if (error.code === 'civil-record.invalid') return { field, key: 'civil-record.invalid', params: { field: t(label) } };
  return { field, key: error.code, params: error.params };
}

export function consoleRestoration(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('*', requireOperator(INTAKE_ROLES));

  const page = (c: Context<PageEnv>, body: unknown, errors: FieldError[]) => {
    const t = translator(c);
    return render(c, {
      title: t('restoration.title'),
      status: errors.length > 0 ? 400 : 200,
      hasErrors: errors.length > 0,
      body: html`${backLink(c.get('lang'), '/console')} ${errorSummary(c.get('lang'), errors)}
        <h1>${t('restoration.title')}</h1>
        <p>${t('restoration.lead')}</p>
        ${body}`,
    });
  };

  app.get('/', (c) => page(c, answersForm(c.get('lang'), translator(c), { id: randomUUID() }, []), []));

  app.post('/', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const fields = await formFields(c);
    const answers = () => answersForm(lang, t, fields, []);
    if (fields['stage'] === 'edit') return page(c, answers(), []);
    let list: Checklist;
    try {
      list = restorationChecklist(intakeOf(fields), dateInAstana(ctx.clock.now()));
    } catch (error) {
      if (!isAppError(error)) throw error;
      const errors = [fieldError(t, error)];
      return page(c, answersForm(lang, t, fields, errors), errors);
    }
    if (fields['stage'] !== 'accept') return page(c, documentsForm(lang, t, fields, list, []), []);
    const handedIn = list.documents.filter((d) => fields[`doc-${d.id}`] === 'on').map((d) => d.id);
    try {
      const id = fields['id'] ?? '';
      const record = await fileRestoration(ctx, operatorActor(c), { ...intakeOf(fields), id, documents: handedIn });
      return c.redirect(`/console/restoration/${record.case.id}`, 303);
    } catch (error) {
      if (!isAppError(error) || !error.code.startsWith('civil-record.')) throw error;
      const errors = [fieldError(t, error)];
      return page(c, documentsForm(lang, t, fields, list, errors), errors);
    }
  });

  // The receipt (003 ¶B3's receipt on acceptance, read as S7's too).
  app.get('/:id', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const view = await restorationReceipt(ctx, operatorActor(c), c.req.param('id'));
    const kase = view.case;
    const number = caseNumber(view.number);
    return render(c, {
      title: t('restoration.receipt.title', { number }),
      body: html`${panel(t('restoration.receipt.title', { number }), t('restoration.receipt.lead'))}
        ${summaryList(lang, [
          { key: t('restoration.receipt.accepted'), value: dateOf(kase.acceptedOn) },
          { key: t('restoration.receipt.due'), value: dateOf(kase.dueOn) },
          ...restorationRows(t, kase.facts),
        ])}
        <p>${t('restoration.receipt.where')}</p>
        <p><a class="button" href="/console/restoration">${t('restoration.receipt.another')}</a></p>`,
    });
  });
  return app;
}
