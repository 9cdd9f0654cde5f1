// The S6/S8 filing's question pages (issue 19): which licence, the organisation's BIN (checked
// with ГБД ЮЛ at once: a typing mistake, an unknown or closed organisation is said on the page),
// the power of attorney of a person who is not the head, and the one question the documents
// depend on. One question per page, each posting back to itself; the flow decides what is next.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { parseTypedDate } from '../../../domain/dates.ts';
import { isAppError } from '../../../errors.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { newFilingId } from '../../../services/case-documents/portal.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { organisationFor } from '../../../services/licences/portal.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import { answersIn, freshDraft, onward, saveDraft, withDraft } from '../flow/draft.ts';
import { questionPage } from '../flow/question.ts';
import { backOf } from '../flow/steps.ts';
import { errorOf, type FormErrors, radios, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { type Answers, isLicence, LICENCE_SERVICES, licenceFlow, PATH, type Step } from './licence-flow.ts';

type Fields = Parameters<typeof questionPage>[1]['fields'];

export function licencePages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/new', requireLogin);
  app.use('/new/*', requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;
  const flow = () => licenceFlow(me);
  const ask = (
    c: Context<PageEnv>,
    step: Step,
    a: Partial<Answers>,
    title: string,
    fields: Fields,
    errors: FormErrors,
  ) =>
    questionPage(c, {
      title,
      back: backOf(flow(), a, step),
      caption: translator(c)('licence.caption'),
      errors,
      action: PATH(step),
      fields,
    });
  const yesNo = (
    c: Context<PageEnv>,
    name: string,
    title: MessageKey,
    hint: MessageKey,
    value: string | undefined,
    errors: FormErrors,
    values: [string, string],
  ) => {
    const t = translator(c);
    return radios(c.get('lang'), {
      name,
      legend: t(title),
      hint: t(hint),
      asHeading: true,
      value,
      error: errorOf(errors, name),
      options: [
        { value: values[0], label: t('licence.yes') },
        { value: values[1], label: t('licence.no') },
      ],
    });
  };

  const servicePage = (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) => {
    const t = translator(c);
    const fields = radios(c.get('lang'), {
      name: 'service',
      legend: t('licence.service-title'),
      asHeading: true,
      value: a.service,
      error: errorOf(errors, 'service'),
      options: [...LICENCE_SERVICES]
        .reverse()
        .map((s) => ({ value: s, label: t(`licence.service-${s}`), hint: t(`licence.service-${s}-hint`) })),
    });
    return ask(c, 'service', a, t('licence.service-title'), fields, errors);
  };
  app.get('/new', async (c) => servicePage(c, (await freshDraft(ctx, c, flow()))?.answers ?? {}, []));
  app.post('/new', async (c) => {
    const { service = '' } = await formFields(c);
    const a = (await freshDraft(ctx, c, flow()))?.answers ?? {};
    if (!isLicence(service)) return servicePage(c, a, [{ field: 'service', key: 'licence.service-choose' }]);
    const changed = a.service !== service;
    const saved = await saveDraft(ctx, c, flow(), {
      service,
      caseId: a.caseId ?? newFilingId(),
      ...(changed ? { documentsDone: null, purpose: null, intermediary: null } : {}),
    });
    return onward(c, flow(), saved.answers);
  });

  const companyPage = (c: Context<PageEnv>, a: Partial<Answers>, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    const field = textField(c.get('lang'), {
      name: 'bin',
      label: t('licence.company-title'),
      hint: t('licence.company-hint'),
      asHeading: true,
      value,
      error: errorOf(errors, 'bin'),
      inputmode: 'numeric',
      width: 'medium',
      maxlength: 14,
    });
    return ask(c, 'company', a, t('licence.company-title'), field, errors);
  };
  app.get('/new/company', withDraft(ctx, flow, 'company'), (c) => {
    const a = answersIn(c, flow());
    return companyPage(c, a, a.bin ?? undefined, []);
  });
  app.post('/new/company', withDraft(ctx, flow, 'company'), async (c) => {
    const typed = (await formFields(c))['bin'] ?? '';
    const bin = typed.replace(/\s+/g, '');
    const a = answersIn(c, flow());
    try {
      const org = await organisationFor(ctx, me(c), bin);
      const changed = a.bin !== org.bin;
      const saved = await saveDraft(ctx, c, flow(), {
        bin: org.bin,
        orgName: c.get('lang') === 'kk' ? org.name.kk : org.name.ru,
        head: org.head,
        headIin: org.headIin,
        ...(changed ? { poaNumber: null, documentsDone: null } : {}),
      });
      return onward(c, flow(), saved.answers);
    } catch (error) {
      if (!isAppError(error) || error.path !== '/bin') throw error;
      return companyPage(c, a, typed, [{ field: 'bin', key: error.code, params: error.params }]);
    }
  });

  type PoaTyped = { number: string; issued: string; valid: string; notary: string };
  const authorityPage = (c: Context<PageEnv>, a: Partial<Answers>, v: PoaTyped, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const date = (name: 'issued' | 'valid', label: MessageKey) =>
      textField(lang, {
        name,
        label: t(label),
        hint: t('licence.date-hint'),
        value: v[name],
        error: errorOf(errors, name),
        width: 'short',
        maxlength: 10,
      });
    return questionPage(c, {
      title: t('licence.authority-title'),
      back: backOf(flow(), a, 'authority'),
      caption: t('licence.caption'),
      errors,
      action: PATH('authority'),
      before: html`<h1>${t('licence.authority-title')}</h1>
        <p>${t('licence.authority-lead', { name: a.orgName ?? '' })}</p>
        <p class="hint">${t('licence.poa-scan')}</p>`,
      fields: [
        textField(lang, {
          name: 'number',
          label: t('licence.poa-number'),
          value: v.number,
          error: errorOf(errors, 'number'),
          width: 'medium',
          maxlength: 40,
        }),
        date('issued', 'licence.poa-issued'),
        date('valid', 'licence.poa-valid'),
        textField(lang, {
          name: 'notary',
          label: t('licence.poa-notary'),
          value: v.notary,
          width: 'long',
          maxlength: 200,
        }),
      ],
    });
  };
  app.get('/new/authority', withDraft(ctx, flow, 'authority'), (c) => {
    const a = answersIn(c, flow());
    return authorityPage(
      c,
      a,
      {
        number: a.poaNumber ?? '',
        issued: a.poaIssuedOn ? displayDate(a.poaIssuedOn) : '',
        valid: a.poaValidUntil ? displayDate(a.poaValidUntil) : '',
        notary: a.poaNotary ?? '',
      },
      [],
    );
  });
  app.post('/new/authority', withDraft(ctx, flow, 'authority'), async (c) => {
    const f = await formFields(c);
    const v = {
      number: (f['number'] ?? '').trim(),
      issued: f['issued'] ?? '',
      valid: f['valid'] ?? '',
      notary: (f['notary'] ?? '').trim(),
    };
    const issuedOn = parseTypedDate(v.issued);
    const validUntil = parseTypedDate(v.valid);
    const errors: FormErrors = [
      ...(v.number ? [] : [{ field: 'number', key: 'licence.poa-number-missing' as const }]),
      ...(issuedOn ? [] : [{ field: 'issued', key: 'licence.date-invalid' as const }]),
      ...(validUntil ? [] : [{ field: 'valid', key: 'licence.date-invalid' as const }]),
    ];
    if (errors.length || !issuedOn || !validUntil) return authorityPage(c, answersIn(c, flow()), v, errors);
    const saved = await saveDraft(ctx, c, flow(), {
      poaNumber: v.number,
      poaIssuedOn: issuedOn,
      poaValidUntil: validUntil,
      poaNotary: v.notary || null,
    });
    return onward(c, flow(), saved.answers);
  });

  const purposePage = (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) =>
    ask(
      c,
      'purpose',
      a,
      translator(c)('licence.purpose-title'),
      yesNo(c, 'purpose', 'licence.purpose-title', 'licence.purpose-hint', a.purpose ?? undefined, errors, [
        'repair',
        'other',
      ]),
      errors,
    );
  app.get('/new/purpose', withDraft(ctx, flow, 'purpose'), (c) => purposePage(c, answersIn(c, flow()), []));
  app.post('/new/purpose', withDraft(ctx, flow, 'purpose'), async (c) => {
    const { purpose = '' } = await formFields(c);
    const a = answersIn(c, flow());
    if (purpose !== 'repair' && purpose !== 'other')
      return purposePage(c, a, [{ field: 'purpose', key: 'licence.purpose-choose' }]);
    // ¶B3: the answer decides whether the competent body's document is asked: confirm the documents again.
    const saved = await saveDraft(ctx, c, flow(), {
      purpose,
      ...(a.purpose !== purpose ? { documentsDone: null } : {}),
    });
    return onward(c, flow(), saved.answers);
  });

  const intermediaryPage = (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) =>
    ask(
      c,
      'intermediary',
      a,
      translator(c)('licence.intermediary-title'),
      yesNo(
        c,
        'intermediary',
        'licence.intermediary-title',
        'licence.intermediary-hint',
        a.intermediary ?? undefined,
        errors,
        ['yes', 'no'],
      ),
      errors,
    );
  app.get('/new/intermediary', withDraft(ctx, flow, 'intermediary'), (c) =>
    intermediaryPage(c, answersIn(c, flow()), []),
  );
  app.post('/new/intermediary', withDraft(ctx, flow, 'intermediary'), async (c) => {
    const { intermediary = '' } = await formFields(c);
    const a = answersIn(c, flow());
    if (intermediary !== 'yes' && intermediary !== 'no')
      return intermediaryPage(c, a, [{ field: 'intermediary', key: 'licence.intermediary-choose' }]);
    const saved = await saveDraft(ctx, c, flow(), {
      intermediary,
      ...(a.intermediary !== intermediary ? { documentsDone: null } : {}),
    });
    return onward(c, flow(), saved.answers);
  });
  return app;
}
