// The counter's intake of S6/S8 (issue 19; 003 ¶B1, ¶B3) — at a ЦОН's reception, or at the
// provider's office by the committee's executor (LicenceCounter): one question per page on the flow
// module (licence-steps.ts), the check page, and the receipt given on acceptance (¶B3) — printed
// from its own page. The service (services/licences/con.ts) decides: the organisation in ГБД ЮЛ,
// the power of attorney, the documents and the written consent; a refusal is shown on the page
// and nothing is written.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { PowerOfAttorney } from '../../../domain/applicants/power-of-attorney.ts';
import { dateInAstana, type IsoDate, parseTypedDate } from '../../../domain/dates.ts';
import { isAppError } from '../../../errors.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { newFilingId } from '../../../services/case-documents/portal.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { saveAnswers } from '../../../services/drafts.ts';
import { acceptAtCon } from '../../../services/licences/con.ts';
import { organisationFor } from '../../../services/licences/portal.ts';
import { documentKey, neededDocuments } from '../citizen/licence-flow.ts';
import { answersIn, freshDraft, onward, saveDraft, withDraft } from '../flow/draft.ts';
import { flowPage, questionPage } from '../flow/question.ts';
import { backOf } from '../flow/steps.ts';
import { button, errorOf, type FormErrors, form, radios, summaryList, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { operatorActor } from './actor.ts';
import {
  CON_COUNTER,
  type IntakeAnswers,
  intakeFlowAt,
  intakePathAt,
  type IntakeStep,
  type LicenceCounter,
} from './licence-steps.ts';

type A = Partial<IntakeAnswers>;
type Fields = Parameters<typeof questionPage>[1]['fields'];

/** The needed documents of the answers, as the citizen's flow computes them. */
const needed = (a: A, on: IsoDate) =>
  neededDocuments(
    { service: a.service, purpose: a.purpose ?? null, intermediary: a.intermediary ?? null, head: a.head ?? null },
    on,
  );

export const consoleLicenceIntake = (ctx: ServiceContext) => licenceIntake(ctx, CON_COUNTER);

export function licenceIntake(ctx: ServiceContext, counter: LicenceCounter) {
  const flow = intakeFlowAt(counter);
  const PATH = intakePathAt(counter);
  const app = new Hono<PageEnv>();
  app.use('*', requireOperator(counter.roles));
  const today = () => dateInAstana(ctx.clock.now());
  const ask = (c: Context<PageEnv>, step: IntakeStep, a: A, title: string, fields: Fields, errors: FormErrors) =>
    questionPage(c, {
      title,
      back: backOf(flow, a, step),
      caption: translator(c)(counter.caption),
      captionClass: 'small',
      errors,
      action: PATH(step),
      fields,
    });
  const choice = (
    c: Context<PageEnv>,
    name: string,
    title: MessageKey,
    value: string | undefined,
    errors: FormErrors,
    options: [string, MessageKey][],
  ) =>
    radios(c.get('lang'), {
      name,
      legend: translator(c)(title),
      asHeading: true,
      value,
      error: errorOf(errors, name),
      options: options.map(([v, key]) => ({ value: v, label: translator(c)(key) })),
    });

  const servicePage = (c: Context<PageEnv>, a: A, errors: FormErrors) =>
    ask(
      c,
      'service',
      a,
      translator(c)('licence.service-title'),
      choice(c, 'service', 'licence.service-title', a.service, errors, [
        ['S8', 'licence.service-S8'],
        ['S6', 'licence.service-S6'],
      ]),
      errors,
    );
  // The first question starts a new intake once the last one was accepted (its receipt is done).
  app.get('/', async (c) => servicePage(c, (await freshDraft(ctx, c, flow))?.answers ?? {}, []));
  app.post('/', async (c) => {
    const { service = '' } = await formFields(c);
    const a = (await freshDraft(ctx, c, flow))?.answers ?? {};
    if (service !== 'S6' && service !== 'S8')
      return servicePage(c, a, [{ field: 'service', key: 'licence.service-choose' }]);
    const saved = await saveDraft(ctx, c, flow, {
      service,
      caseId: a.caseId ?? newFilingId(),
      ...(a.service !== service ? { documents: null } : {}),
    });
    return onward(c, flow, saved.answers);
  });

  const partyPage = (c: Context<PageEnv>, a: A, v: { bin?: string; applicant?: string }, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    return questionPage(c, {
      title: t('console-licence.party-title'),
      back: backOf(flow, a, 'party'),
      caption: t(counter.caption),
      captionClass: 'small',
      errors,
      action: PATH('party'),
      before: html`<h1>${t('console-licence.party-title')}</h1>`,
      fields: [
        textField(lang, {
          name: 'bin',
          label: t('licence.company-title'),
          value: v.bin,
          error: errorOf(errors, 'bin'),
          inputmode: 'numeric',
          maxlength: 14,
        }),
        textField(lang, {
          name: 'applicant',
          label: t('console-licence.applicant'),
          hint: t('console-licence.applicant-hint'),
          value: v.applicant,
          error: errorOf(errors, 'applicant'),
          inputmode: 'numeric',
          maxlength: 14,
        }),
      ],
    });
  };
  app.get('/party', withDraft(ctx, flow, 'party'), (c) => {
    const a = answersIn(c, flow);
    return partyPage(c, a, { bin: a.bin, applicant: a.applicant }, []);
  });
  app.post('/party', withDraft(ctx, flow, 'party'), async (c) => {
    const f = await formFields(c);
    const v = { bin: (f['bin'] ?? '').replace(/\s+/g, ''), applicant: (f['applicant'] ?? '').replace(/\s+/g, '') };
    const a = answersIn(c, flow);
    if (!/^\d{12}$/.test(v.applicant)) return partyPage(c, a, v, [{ field: 'applicant', key: 'invalid-iin-input' }]);
    try {
      const org = await organisationFor(ctx, v.applicant, v.bin, operatorActor(c));
      const saved = await saveDraft(ctx, c, flow, {
        bin: org.bin,
        applicant: v.applicant,
        head: org.head,
        headIin: org.headIin,
        orgName: org.name.ru,
        documents: null,
      });
      return onward(c, flow, saved.answers);
    } catch (error) {
      if (!isAppError(error) || error.path !== '/bin') throw error;
      return partyPage(c, a, v, [{ field: 'bin', key: error.code, params: error.params }]);
    }
  });

  type Poa = { number: string; issued: string; valid: string; notary: string };
  const authorityPage = (c: Context<PageEnv>, a: A, v: Poa, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const field = (name: keyof Poa, label: MessageKey, hint?: MessageKey) =>
      textField(lang, {
        name,
        label: t(label),
        ...(hint ? { hint: t(hint) } : {}),
        value: v[name],
        error: errorOf(errors, name),
        maxlength: 200,
      });
    return questionPage(c, {
      title: t('licence.authority-title'),
      back: backOf(flow, a, 'authority'),
      caption: t(counter.caption),
      captionClass: 'small',
      errors,
      action: PATH('authority'),
      before: html`<h1>${t('licence.authority-title')}</h1>
        <p>${t('console-licence.authority-lead', { name: a.orgName ?? '' })}</p>`,
      fields: [
        field('number', 'licence.poa-number'),
        field('issued', 'licence.poa-issued', 'licence.date-hint'),
        field('valid', 'licence.poa-valid', 'licence.date-hint'),
        field('notary', 'licence.poa-notary'),
      ],
    });
  };
  app.get('/authority', withDraft(ctx, flow, 'authority'), (c) => {
    const a = answersIn(c, flow);
    const shown = (d: IsoDate | undefined) => (d ? displayDate(d) : '');
    return authorityPage(
      c,
      a,
      {
        number: a.poaNumber ?? '',
        issued: shown(a.poaIssuedOn),
        valid: shown(a.poaValidUntil),
        notary: a.poaNotary ?? '',
      },
      [],
    );
  });
  app.post('/authority', withDraft(ctx, flow, 'authority'), async (c) => {
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
    if (errors.length || !issuedOn || !validUntil) return authorityPage(c, answersIn(c, flow), v, errors);
    const saved = await saveDraft(ctx, c, flow, {
      poaNumber: v.number,
      poaIssuedOn: issuedOn,
      poaValidUntil: validUntil,
      poaNotary: v.notary || null,
    });
    return onward(c, flow, saved.answers);
  });

  for (const [step, name, title, values] of [
    [
      'purpose',
      'purpose',
      'licence.purpose-title',
      [
        ['repair', 'licence.yes'],
        ['other', 'licence.no'],
      ],
    ],
    [
      'intermediary',
      'intermediary',
      'licence.intermediary-title',
      [
        ['yes', 'licence.yes'],
        ['no', 'licence.no'],
      ],
    ],
    [
      'documents',
      'documents',
      'console-licence.documents-title',
      [
        ['all', 'console-licence.documents-all'],
        ['missing', 'console-licence.documents-missing'],
      ],
    ],
    [
      'consent',
      'consent',
      'console-licence.consent-title',
      [
        ['signed', 'console-licence.consent-signed'],
        ['refused', 'console-licence.consent-refused'],
      ],
    ],
  ] as const) {
    const page = (c: Context<PageEnv>, a: A, errors: FormErrors) => {
      const list =
        step === 'documents'
          ? html`<ul>
              ${needed(a, today()).map((d) => html`<li>${translator(c)(documentKey(d.id))}</li>`)}
            </ul>`
          : '';
      return questionPage(c, {
        title: translator(c)(title),
        back: backOf(flow, a, step),
        caption: translator(c)(counter.caption),
        captionClass: 'small',
        errors,
        action: PATH(step),
        before: list,
        fields: choice(
          c,
          name,
          title,
          a[name] ?? undefined,
          errors,
          values.map(([v, k]) => [v, k] as [string, MessageKey]),
        ),
      });
    };
    app.get(`/${step}`, withDraft(ctx, flow, step), (c) => page(c, answersIn(c, flow), []));
    app.post(`/${step}`, withDraft(ctx, flow, step), async (c) => {
      const value = (await formFields(c))[name] ?? '';
      const a = answersIn(c, flow);
      const known = values.map(([v]) => v) as readonly string[];
      if (!known.includes(value)) return page(c, a, [{ field: name, key: 'console-licence.choose' }]);
      // ¶B1, ¶B3: without every document, or without the written consent, nothing is accepted.
      if (value === 'missing' || value === 'refused')
        return page(c, a, [
          { field: name, key: value === 'missing' ? 'case-document.missing' : 'case-document.no-consent' },
        ]);
      const changesDocuments = step === 'purpose' || step === 'intermediary';
      const saved = await saveDraft(ctx, c, flow, {
        [name]: value,
        ...(changesDocuments && a[name] !== value ? { documents: null } : {}),
      });
      return onward(c, flow, saved.answers);
    });
  }

  const checkPage = (c: Context<PageEnv>, a: A, errors: FormErrors) => {
    const t = translator(c);
    const rows = [
      {
        key: t('licence.check-service'),
        value: a.service ? t(`licence.service-${a.service}`) : '',
        change: PATH('service'),
      },
      { key: t('licence.check-organisation'), value: `${a.orgName ?? ''} (${a.bin ?? ''})`, change: PATH('party') },
      { key: t('console-licence.applicant'), value: a.applicant ?? '', change: PATH('party') },
      {
        key: t('licence.check-basis'),
        value: a.head ? t('licence.basis-head') : t('licence.basis-poa', { number: a.poaNumber ?? '' }),
      },
      {
        key: t('licence.check-documents'),
        value: html`<ul>
          ${needed(a, today()).map((d) => html`<li>${t(documentKey(d.id))}</li>`)}
        </ul>`,
        change: PATH('documents'),
      },
    ];
    return flowPage(c, {
      title: t('licence.check-title'),
      back: backOf(flow, a, 'check'),
      caption: t(counter.caption),
      captionClass: 'small',
      errors,
      body: html`<h1>${t('licence.check-title')}</h1>
        ${summaryList(c.get('lang'), rows)} ${form(PATH('check'), [button(t('console-licence.accept'))])}`,
    });
  };
  app.get('/check', withDraft(ctx, flow, 'check'), (c) => checkPage(c, answersIn(c, flow), []));
  app.post('/check', withDraft(ctx, flow, 'check'), async (c) => {
    const a = answersIn(c, flow);
    if (!a.service || !a.caseId || !a.bin || !a.applicant) return c.redirect(PATH('service'), 303);
    const poa: PowerOfAttorney | null =
      a.head === false && a.poaNumber && a.poaIssuedOn && a.poaValidUntil && a.headIin
        ? {
            number: a.poaNumber,
            issuedOn: a.poaIssuedOn,
            validUntil: a.poaValidUntil,
            issuer: a.headIin as PowerOfAttorney['issuer'],
            notary: a.poaNotary ?? null,
            represented: { kind: 'legal', bin: a.bin as never },
            representative: a.applicant as PowerOfAttorney['representative'],
            scope: { kind: 'services', services: [a.service] },
          }
        : null;
    try {
      await acceptAtCon(ctx, operatorActor(c), {
        caseId: a.caseId,
        service: a.service,
        party: { kind: 'legal', bin: a.bin },
        applicant: a.applicant,
        powerOfAttorney: poa,
        writtenConsent: a.consent === 'signed',
        presented: needed(a, today()).map((d) => d.id),
        ...(a.service === 'S8'
          ? { purposeRepair: a.purpose === 'repair' }
          : { intermediary: a.intermediary === 'yes' }),
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      return checkPage(c, a, [{ field: 'check', key: error.code, params: error.params }]);
    }
    await saveAnswers<IntakeAnswers>(ctx, operatorActor(c).iin, flow.name, { filed: a.caseId });
    return c.redirect(`${PATH('service')}/receipts/${a.caseId}`, 303);
  });

  return app;
}
