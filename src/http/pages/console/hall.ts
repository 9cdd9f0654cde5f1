// P2 in the operational hall: the operator files for a dwelling owned by a minor or legally
// incapable person, one question per page. P2.1: the owner's IIN and its ФЛК by ГБД ФЛ/Е-Собес
// (negative → P2.3, the hall cannot serve: filing then records the refusal with its reason).
// P2.2: the representative's authority — a parent by the owner's birth act (ЗАГС), checked
// automatically, or a guardian on record, whose guardianship decision number the operator notes.
// Then the applicant, the dwelling, the service and the stated relation; check the answers;
// file once (fileOnce with the id the draft fixed, so a double submit meets one application).
// Answers live in the operator's draft (flow 'hall'), so an expired session loses nothing.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { dateInAstana } from '../../../domain/dates.ts';
import { isValidIin } from '../../../domain/iin.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { fileOnce } from '../../../services/applications/file-once.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { type Draft, discardDraft, loadDraft, saveAnswers } from '../../../services/drafts.ts';
import { hallDwelling, hallPersons, ownerFlk, representativeAuthority } from '../../../services/hall-checks.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FieldError,
  type FormErrors,
  form,
  notice,
  radios,
  summaryList,
  textField,
} from '../shared/components.ts';
import { HALL_ROLES, operatorActor } from './actor.ts';
import { isRka } from '../../../domain/rka.ts';
import { relationLabel, yesNo } from './format.ts';
import { claimOf, isRelationOption, RELATION_OPTIONS, type RelationOption } from '../shared/relation-options.ts';
import { plainText } from '../../../domain/text.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';

export const HALL_FLOW = 'hall';

/** The answers of one hall case. Null clears an answer (drafts drop nulls when merging). */
export interface HallAnswers extends Record<string, unknown> {
  owner: string;
  /** P2.1, as shown to the operator when the owner was entered. */
  flk: 'positive' | 'negative';
  representative: string;
  /** P2.2, as shown to the operator on the authority page. */
  authority: 'parent' | 'guardian' | 'none';
  authorityDocument: string;
  applicant: string;
  rka: string;
  service: 'permanent' | 'temporary';
  months: number;
  relation: RelationOption;
  /** Filed: the draft's application exists; the steps then lead to it. */
  filed: boolean;
}

type Answers = Partial<HallAnswers>;
type Clear<A> = { [K in keyof A]?: A[K] | null };

const BASE = '/console/hall';

/** The first question not yet answered, or the check page; P2.3 and P2.2 refusals skip ahead. */
export function nextStep(a: Answers): string {
  if (!a.owner || !a.flk) return `${BASE}/owner`;
  if (a.flk === 'positive') {
    if (!a.representative) return `${BASE}/representative`;
    if (!a.authority || (a.authority === 'guardian' && !a.authorityDocument)) return `${BASE}/authority`;
  }
  if (!a.applicant) return `${BASE}/applicant`;
  if (!a.rka) return `${BASE}/rka`;
  if (!a.service) return `${BASE}/service`;
  if (a.service === 'temporary' && !a.months) return `${BASE}/months`;
  if (!a.relation) return `${BASE}/relation`;
  return `${BASE}/check`;
}

export function consoleHall(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const only = requireOperator(HALL_ROLES);
  const today = () => dateInAstana(ctx.clock.now());

  const save = (c: Context<PageEnv>, answers: Clear<HallAnswers>) =>
    saveAnswers<Answers>(ctx, operatorActor(c).iin, HALL_FLOW, answers as Answers);

  /** The case in progress; none, or one already filed, sends the operator where they belong. */
  const current = async (c: Context<PageEnv>): Promise<Draft<HallAnswers> | Response> => {
    const draft = await loadDraft<HallAnswers>(ctx, operatorActor(c).iin, HALL_FLOW);
    if (!draft) return c.redirect(BASE, 303);
    if (draft.answers.filed) return c.redirect(`${BASE}/applications/${draft.applicationId}`, 303);
    return draft;
  };

  const question = (
    c: Context<PageEnv>,
    o: {
      title: string;
      action: string;
      back: string;
      errors: FormErrors;
      fields: (HtmlEscapedString | Promise<HtmlEscapedString>)[];
    },
  ) => {
    const t = translator(c);
    return render(c, {
      title: o.title,
      hasErrors: o.errors.length > 0,
      body: html`${backLink(c.get('lang'), o.back)} ${errorSummary(c.get('lang'), o.errors)}
        <p class="small">${t('console.hall.caption')}</p>
        ${form(o.action, [...o.fields, button(t('page.continue'))])}`,
    });
  };

  const iinQuestion = (
    c: Context<PageEnv>,
    o: {
      name: string;
      title: MessageKey;
      hint?: MessageKey;
      back: string;
      value: string | undefined;
      errors: FormErrors;
    },
  ) => {
    const t = translator(c);
    return question(c, {
      title: t(o.title),
      action: `${BASE}/${o.name}`,
      back: o.back,
      errors: o.errors,
      fields: [
        textField(c.get('lang'), {
          name: o.name,
          label: t(o.title),
          hint: o.hint ? t(o.hint) : undefined,
          value: o.value,
          error: errorOf(o.errors, o.name),
          inputmode: 'numeric',
          width: 'short',
          maxlength: 12,
          asHeading: true,
        }),
      ],
    });
  };

  /** An IIN typed into a step: F1 format, then known to ГБД ФЛ (I8). */
  const checkIin = async (c: Context<PageEnv>, field: string, value: string): Promise<FieldError | null> => {
    if (!isValidIin(value)) return { field, key: 'invalid-iin-input' };
    const [person] = await hallPersons(ctx, operatorActor(c), [value]);
    return person ? null : { field, key: 'console.error.person-not-found' };
  };

  // The start page: a new case (from the triage result with the РКА or the owner prefilled), or
  // the case in progress.
  app.get(BASE, only, async (c) => {
    const t = translator(c);
    const rka = c.req.query('rka') ?? '';
    const owner = c.req.query('owner') ?? '';
    const draft = await loadDraft<HallAnswers>(ctx, operatorActor(c).iin, HALL_FLOW);
    const inProgress = draft && !draft.answers.filed && draft.answers.owner ? draft : null;
    return render(c, {
      title: t('console.hall.title'),
      body: html`${backLink(c.get('lang'), '/console')}
        <h1>${t('console.hall.title')}</h1>
        <p>${t('console.hall.lead')}</p>
        <ul>
          <li>${t('console.hall.need-owner')}</li>
          <li>${t('console.hall.need-representative')}</li>
          <li>${t('console.hall.need-applicant')}</li>
        </ul>
        ${form(`${BASE}/start`, [
          isRka(rka) ? html`<input type="hidden" name="rka" value="${rka}" />` : html``,
          isValidIin(owner) ? html`<input type="hidden" name="owner" value="${owner}" />` : html``,
          button(t('console.hall.start')),
        ])}
        ${
          inProgress
            ? html`<p>
                <a href="${nextStep(inProgress.answers)}"
                  >${t('console.hall.continue-case', { owner: inProgress.answers.owner ?? '' })}</a
                >
              </p>`
            : ''
        }`,
    });
  });

  app.post(`${BASE}/start`, only, async (c) => {
    const { rka = '', owner = '' } = await formFields(c);
    const iin = operatorActor(c).iin;
    // A new applicant: the previous case's answers must not carry over.
    await discardDraft(ctx, iin, HALL_FLOW);
    await saveAnswers<Answers>(ctx, iin, HALL_FLOW, {
      ...(isRka(rka) ? { rka } : {}),
      ...(isValidIin(owner) ? { owner } : {}),
    });
    return c.redirect(`${BASE}/owner`, 303);
  });

  // P2.1: the owner's IIN.
  app.get(`${BASE}/owner`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    return iinQuestion(c, {
      name: 'owner',
      title: 'console.hall.owner-question',
      hint: 'console.hall.owner-hint',
      back: BASE,
      value: draft.answers.owner,
      errors: [],
    });
  });
  app.post(`${BASE}/owner`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const { owner = '' } = await formFields(c);
    const error = await checkIin(c, 'owner', owner);
    const flk = error ? null : await ownerFlk(ctx, operatorActor(c), owner, today());
    if (error || !flk) {
      return iinQuestion(c, {
        name: 'owner',
        title: 'console.hall.owner-question',
        hint: 'console.hall.owner-hint',
        back: BASE,
        value: owner,
        errors: [error ?? { field: 'owner', key: 'console.error.person-not-found' }],
      });
    }
    const changed = owner !== draft.answers.owner;
    await save(c, {
      owner,
      flk: flk.positive ? 'positive' : 'negative',
      // Another owner: the representative's authority must be shown again.
      ...(changed ? { representative: null, authority: null, authorityDocument: null } : {}),
    });
    return c.redirect(`${BASE}/flk`, 303);
  });

  // P2.1 result: what ГБД ФЛ and Е-Собес say of the owner.
  app.get(`${BASE}/flk`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const { owner } = draft.answers;
    if (!owner) return c.redirect(`${BASE}/owner`, 303);
    const t = translator(c);
    const lang = c.get('lang');
    const flk = await ownerFlk(ctx, operatorActor(c), owner, today());
    if (!flk) return c.redirect(`${BASE}/owner`, 303);
    const next = flk.positive ? `${BASE}/representative` : nextStep({ ...draft.answers, flk: 'negative' });
    return render(c, {
      title: t('console.flk.title'),
      body: html`${backLink(lang, `${BASE}/owner`)}
        <p class="small">${t('console.hall.caption')}</p>
        <h1>${t('console.flk.title')}</h1>
        ${
          flk.positive
            ? notice('ok', t('console.flk.positive'), t('console.flk.positive-body'))
            : notice('bad', t('console.flk.negative'), t('console.flk.negative-body'))
        }
        ${summaryList(lang, [
          { key: t('console.field.owner'), value: owner, change: `${BASE}/owner` },
          { key: t('console.flk.name'), value: flk.person.name },
          {
            key: t('console.flk.birth-date'),
            value: t('console.flk.birth-age', { date: displayDate(flk.person.birthDate), age: flk.age }),
          },
          { key: t('console.flk.minor'), value: yesNo(t, flk.minor) },
          { key: t('console.flk.incapable'), value: yesNo(t, flk.incapable) },
          ...(flk.deceased ? [{ key: t('console.flk.deceased'), value: yesNo(t, true) }] : []),
        ])}
        <p>
          <a class="button${flk.positive ? '' : ' secondary'}" href="${next}"
            >${t(flk.positive ? 'page.continue' : 'console.flk.record-refusal')}</a
          >
        </p>`,
    });
  });

  // P2.2: who acts for the owner.
  app.get(`${BASE}/representative`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    return iinQuestion(c, {
      name: 'representative',
      title: 'console.hall.representative-question',
      hint: 'console.hall.representative-hint',
      back: `${BASE}/flk`,
      value: draft.answers.representative,
      errors: [],
    });
  });
  app.post(`${BASE}/representative`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const { representative = '' } = await formFields(c);
    const error = await checkIin(c, 'representative', representative);
    if (error) {
      return iinQuestion(c, {
        name: 'representative',
        title: 'console.hall.representative-question',
        hint: 'console.hall.representative-hint',
        back: `${BASE}/flk`,
        value: representative,
        errors: [error],
      });
    }
    await save(c, {
      representative,
      ...(representative !== draft.answers.representative ? { authority: null, authorityDocument: null } : {}),
    });
    return c.redirect(`${BASE}/authority`, 303);
  });

  // P2.2: the authority, verified from ЗАГС or the guardianship record.
  const authorityPage = async (c: Context<PageEnv>, draft: Draft<HallAnswers>, value: string, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const { owner, representative } = draft.answers;
    if (!owner || !representative) return c.redirect(nextStep(draft.answers), 303);
    const authority = await representativeAuthority(ctx, operatorActor(c), owner, representative, today());
    const people = await hallPersons(ctx, operatorActor(c), [owner, representative]);
    const name = (iin: string) => people.find((p) => p.iin === iin)?.name ?? iin;
    let verdict;
    let fields: (HtmlEscapedString | Promise<HtmlEscapedString>)[] = [];
    if (authority.kind === 'parent') {
      verdict = notice(
        'ok',
        t('console.authority.parent', { role: authority.role }),
        t('console.authority.parent-body', { owner: name(owner) }),
      );
      fields = [button(t('page.continue'))];
    } else if (authority.kind === 'guardian') {
      const { from, to } = authority.guardianship;
      verdict = notice(
        'ok',
        t('console.authority.guardian'),
        t('console.authority.guardian-body', {
          from: displayDate(from),
          to: to ? displayDate(to) : '—',
          owner: name(owner),
        }),
      );
      fields = [
        textField(lang, {
          name: 'authorityDocument',
          label: t('console.authority.document'),
          hint: t('console.authority.document-hint'),
          value,
          error: errorOf(errors, 'authorityDocument'),
          width: 'medium',
          maxlength: 100,
        }),
        button(t('page.continue')),
      ];
    } else {
      verdict = notice('bad', t('console.authority.none'), t('console.authority.none-body', { owner: name(owner) }));
      fields = [
        html`<p><a href="${BASE}/representative">${t('console.authority.change-representative')}</a></p>`,
        button(t('console.flk.record-refusal'), { kind: 'secondary' }),
      ];
    }
    return render(c, {
      title: t('console.authority.title'),
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, `${BASE}/representative`)} ${errorSummary(lang, errors)}
        <p class="small">${t('console.hall.caption')}</p>
        <h1>${t('console.authority.title')}</h1>
        ${verdict}
        ${summaryList(lang, [
          { key: t('console.field.owner-person'), value: `${name(owner)} (${owner})` },
          {
            key: t('console.field.representative'),
            value: `${name(representative)} (${representative})`,
            change: `${BASE}/representative`,
          },
        ])}
        ${form(`${BASE}/authority`, fields)}`,
    });
  };
  app.get(`${BASE}/authority`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    return authorityPage(c, draft, draft.answers.authorityDocument ?? '', []);
  });
  app.post(`${BASE}/authority`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const { owner, representative } = draft.answers;
    if (!owner || !representative) return c.redirect(nextStep(draft.answers), 303);
    const { authorityDocument = '' } = await formFields(c);
    // Judged again here, not taken from the page: the record is what counts (P2.2).
    const authority = await representativeAuthority(ctx, operatorActor(c), owner, representative, today());
    if (authority.kind === 'guardian') {
      if (!plainText(100).safeParse(authorityDocument).success) {
        return authorityPage(c, draft, authorityDocument, [
          { field: 'authorityDocument', key: 'console.error.authority-document' },
        ]);
      }
      await save(c, { authority: 'guardian', authorityDocument });
    } else {
      await save(c, { authority: authority.kind, authorityDocument: null });
    }
    return c.redirect(nextStep({ ...draft.answers, authority: authority.kind, authorityDocument }), 303);
  });

  // The applicant.
  const applicantBack = (a: Answers) => (a.flk === 'positive' ? `${BASE}/authority` : `${BASE}/flk`);
  app.get(`${BASE}/applicant`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    return iinQuestion(c, {
      name: 'applicant',
      title: 'console.hall.applicant-question',
      hint: 'console.hall.applicant-hint',
      back: applicantBack(draft.answers),
      value: draft.answers.applicant,
      errors: [],
    });
  });
  app.post(`${BASE}/applicant`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const { applicant = '' } = await formFields(c);
    const error = await checkIin(c, 'applicant', applicant);
    if (error) {
      return iinQuestion(c, {
        name: 'applicant',
        title: 'console.hall.applicant-question',
        hint: 'console.hall.applicant-hint',
        back: applicantBack(draft.answers),
        value: applicant,
        errors: [error],
      });
    }
    await save(c, { applicant });
    return c.redirect(nextStep({ ...draft.answers, applicant }), 303);
  });

  // The dwelling.
  const rkaPage = (c: Context<PageEnv>, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    return question(c, {
      title: t('console.hall.rka-question'),
      action: `${BASE}/rka`,
      back: `${BASE}/applicant`,
      errors,
      fields: [
        textField(c.get('lang'), {
          name: 'rka',
          label: t('console.hall.rka-question'),
          hint: t('console.field.rka-hint'),
          value,
          error: errorOf(errors, 'rka'),
          inputmode: 'numeric',
          width: 'medium',
          maxlength: 16,
          asHeading: true,
        }),
      ],
    });
  };
  app.get(`${BASE}/rka`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    return rkaPage(c, draft.answers.rka, []);
  });
  app.post(`${BASE}/rka`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const { rka = '' } = await formFields(c);
    if (!isRka(rka)) return rkaPage(c, rka, [{ field: 'rka', key: 'console.error.rka' }]);
    if (!(await hallDwelling(ctx, operatorActor(c), rka))) {
      return rkaPage(c, rka, [{ field: 'rka', key: 'console.error.rka-not-found' }]);
    }
    await save(c, { rka });
    return c.redirect(nextStep({ ...draft.answers, rka }), 303);
  });

  // The service: permanent, or temporary for 1–12 months (F4).
  const servicePage = (c: Context<PageEnv>, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    return question(c, {
      title: t('console.hall.service-question'),
      action: `${BASE}/service`,
      back: `${BASE}/rka`,
      errors,
      fields: [
        radios(c.get('lang'), {
          name: 'service',
          legend: t('console.hall.service-question'),
          options: [
            { value: 'permanent', label: t('service.registration-permanent') },
            { value: 'temporary', label: t('service.registration-temporary'), hint: t('console.hall.temporary-hint') },
          ],
          value,
          error: errorOf(errors, 'service'),
          asHeading: true,
        }),
      ],
    });
  };
  app.get(`${BASE}/service`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    return servicePage(c, draft.answers.service, []);
  });
  app.post(`${BASE}/service`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const { service = '' } = await formFields(c);
    if (service !== 'permanent' && service !== 'temporary') {
      return servicePage(c, undefined, [{ field: 'service', key: 'page.choose-one' }]);
    }
    await save(c, { service, ...(service === 'permanent' ? { months: null } : {}) });
    const answers: Answers = { ...draft.answers, service };
    if (service === 'permanent') delete answers.months;
    return c.redirect(service === 'temporary' ? `${BASE}/months` : nextStep(answers), 303);
  });

  const monthsPage = (c: Context<PageEnv>, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    return question(c, {
      title: t('console.hall.months-question'),
      action: `${BASE}/months`,
      back: `${BASE}/service`,
      errors,
      fields: [
        textField(c.get('lang'), {
          name: 'months',
          label: t('console.hall.months-question'),
          hint: t('console.hall.months-hint'),
          value,
          error: errorOf(errors, 'months'),
          inputmode: 'numeric',
          width: 'short',
          maxlength: 2,
          asHeading: true,
        }),
      ],
    });
  };
  app.get(`${BASE}/months`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    return monthsPage(c, draft.answers.months === undefined ? undefined : String(draft.answers.months), []);
  });
  app.post(`${BASE}/months`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const { months = '' } = await formFields(c);
    const n = /^[0-9]{1,2}$/.test(months) ? Number(months) : NaN;
    if (!(n >= 1 && n <= 12)) return monthsPage(c, months, [{ field: 'months', key: 'console.error.months' }]);
    await save(c, { months: n });
    return c.redirect(nextStep({ ...draft.answers, months: n }), 303);
  });

  // P5, P6: what the applicant is to the owner; it matters once the Astana norm is reached (N2).
  const relationPage = (c: Context<PageEnv>, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    return question(c, {
      title: t('console.hall.relation-question'),
      action: `${BASE}/relation`,
      back: `${BASE}/service`,
      errors,
      fields: [
        radios(c.get('lang'), {
          name: 'relation',
          legend: t('console.hall.relation-question'),
          hint: t('console.hall.relation-hint'),
          options: RELATION_OPTIONS.map((o) => ({ value: o, label: relationLabel(t, o) })),
          value,
          error: errorOf(errors, 'relation'),
          asHeading: true,
        }),
      ],
    });
  };
  app.get(`${BASE}/relation`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    return relationPage(c, draft.answers.relation, []);
  });
  app.post(`${BASE}/relation`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const { relation = '' } = await formFields(c);
    if (!isRelationOption(relation)) {
      return relationPage(c, undefined, [{ field: 'relation', key: 'page.choose-one' }]);
    }
    await save(c, { relation });
    return c.redirect(nextStep({ ...draft.answers, relation }), 303);
  });

  // Check the answers, then file.
  app.get(`${BASE}/check`, only, async (c) => {
    const draft = await current(c);
    if (draft instanceof Response) return draft;
    const a = draft.answers;
    const step = nextStep(a);
    if (step !== `${BASE}/check`) return c.redirect(step, 303);
    const t = translator(c);
    const lang = c.get('lang');
    const iins = [a.owner, a.representative, a.applicant].filter((x): x is string => x !== undefined);
    const people = await hallPersons(ctx, operatorActor(c), iins);
    const who = (iin: string) => `${people.find((p) => p.iin === iin)?.name ?? ''} (${iin})`;
    const dwelling = a.rka ? await hallDwelling(ctx, operatorActor(c), a.rka) : null;
    const refusal = a.flk === 'negative' || a.authority === 'none';
    const authority =
      a.authority === 'parent'
        ? t('console.check.authority-parent')
        : a.authority === 'guardian'
          ? t('console.check.authority-guardian', { document: a.authorityDocument ?? '' })
          : t('console.check.authority-none');
    return render(c, {
      title: t('console.check.title'),
      body: html`${backLink(lang, `${BASE}/relation`)}
        <p class="small">${t('console.hall.caption')}</p>
        <h1>${t('console.check.title')}</h1>
        ${refusal ? notice('bad', t('console.check.refusal'), t('console.check.refusal-body')) : ''}
        ${summaryList(lang, [
          { key: t('console.field.owner-person'), value: who(a.owner!), change: `${BASE}/owner` },
          {
            key: t('console.check.flk'),
            value: t(a.flk === 'positive' ? 'console.flk.positive' : 'console.flk.negative'),
          },
          ...(a.flk === 'positive'
            ? [
                {
                  key: t('console.field.representative'),
                  value: who(a.representative!),
                  change: `${BASE}/representative`,
                },
                { key: t('console.check.authority'), value: authority, change: `${BASE}/authority` },
              ]
            : []),
          { key: t('console.field.applicant-person'), value: who(a.applicant!), change: `${BASE}/applicant` },
          {
            key: t('console.field.address'),
            value: dwelling ? `${dwelling.address} (${a.rka})` : (a.rka ?? ''),
            change: `${BASE}/rka`,
          },
          {
            key: t('console.field.service'),
            value:
              a.service === 'temporary'
                ? t('console.check.temporary', { months: a.months ?? 0 })
                : t('service.registration-permanent'),
            change: `${BASE}/service`,
          },
          { key: t('console.field.relation'), value: relationLabel(t, a.relation!), change: `${BASE}/relation` },
        ])}
        ${form(`${BASE}/file`, [button(t('console.check.file'))])}`,
    });
  });

  app.post(`${BASE}/file`, only, async (c) => {
    const actor = operatorActor(c);
    const draft = await loadDraft<HallAnswers>(ctx, actor.iin, HALL_FLOW);
    if (!draft) return c.redirect(BASE, 303);
    const a = draft.answers;
    if (!a.filed && nextStep(a) !== `${BASE}/check`) return c.redirect(nextStep(a), 303);
    // A second press, or "back" and again, meets the application the first one filed.
    const app = await fileOnce(ctx, actor, {
      id: draft.applicationId,
      service: a.service === 'temporary' ? 'registration-temporary' : 'registration-permanent',
      applicant: a.applicant!,
      rka: a.rka!,
      owner: a.owner,
      representative: a.flk === 'positive' ? a.representative : undefined,
      authorityDocument: a.authority === 'guardian' ? a.authorityDocument : undefined,
      relation: a.relation && a.relation !== 'none' ? claimOf(a.relation) : undefined,
      periodMonths: a.service === 'temporary' ? a.months : undefined,
    });
    if (!a.filed) await save(c, { filed: true });
    return c.redirect(`${BASE}/applications/${app.id}`, 303);
  });
  return app;
}
