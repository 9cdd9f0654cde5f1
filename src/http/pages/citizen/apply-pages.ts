// The registration wizard's first questions: the start page, the period (temporary, F4), the
// dwelling (by РКА or by address), the owner, and — only when the Astana norm is reached — the
// relation to the owner (N1, P5, P6). Answers go to the person's draft as they are given.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Decision } from '../../../domain/decision/types.ts';
import { compactIin, iinProblem } from '../shared/form-checks.ts';
import { isAppError } from '../../../errors.ts';
import { pendingWarning } from './apply-pending.ts';
import { ownerStop, previewDecision, relationStop, stopPage } from './apply-stop.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { dwellingAt } from '../../../services/page-lookups.ts';
import { isRka } from '../../../domain/rka.ts';
import { addressIn } from '../../../domain/address-rendering.ts';
import { type AddressView, searchAddresses } from '../../../services/addresses.ts';
import { discardDraft } from '../../../services/drafts.ts';
import { answersOf, citizenOf, draftAt, draftOf, kindOf, onward, questionPage, save } from './apply-frame.ts';
import { flowOf, type Given, type Kind, nextStep, type NormFacts, stepPath } from './apply-steps.ts';
import { button, errorOf, type FieldError, form, radios, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { claimOf, isRelationOption, RELATION_OPTIONS } from '../shared/relation-options.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

// Any word matches; kindOf answers "not found" for anything but the two services.
const KIND = ':kind';

export function applyPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  // Start: what is needed, how long it takes, who must agree, and when it cannot be done online.
  app.get(`/${KIND}`, requireLogin, async (c) => {
    const t = translator(c);
    const kind = kindOf(c);
    const draft = await draftOf(ctx, c, kind);
    const started = draft !== null && Object.keys(draft.answers).length > 0;
    const intro = html`<h1>${t(`wizard.start.title-${kind}`)}</h1>
      ${await pendingWarning(ctx, c, citizenOf(c).iin)}
      <p>${t(`wizard.start.lead-${kind}`)}</p>`;
    const body = started
      ? html`${intro}
          <div class="verdict info" role="status">
            <p class="title">${t('wizard.start.continue-title')}</p>
            <p>${t('wizard.start.continue-lead')}</p>
          </div>
          <div class="button-group">
            <a class="button" href="${stepPath(kind, nextStep(kind, draft.answers))}">${t('wizard.start.continue')}</a>
            ${form(`/apply/${kind}/restart`, button(t('wizard.start.again'), { kind: 'secondary' }))}
          </div>`
      : html`${intro}
          <h2>${t('wizard.start.need')}</h2>
          <ul>
            <li>${t('wizard.start.need-address')}</li>
            <li>${t('wizard.start.need-owner')}</li>
            <li>${t('wizard.start.need-previous')}</li>
            <li>${t('wizard.start.need-phone')}</li>
          </ul>
          <p>${t('wizard.start.time')}</p>
          <p>${t('wizard.start.consent')}</p>
          <div class="verdict info"><p>${t('wizard.start.hall')}</p></div>
          <a class="button" href="${stepPath(kind, nextStep(kind, {}))}">${t('wizard.start.button')}</a>`;
    return render(c, { title: t(`wizard.start.title-${kind}`), body });
  });

  app.post(`/${KIND}/restart`, requireLogin, async (c) => {
    const kind = kindOf(c);
    await discardDraft(ctx, citizenOf(c).iin, flowOf(kind));
    return c.redirect(`/apply/${kind}`, 303);
  });

  // F4: a temporary registration lasts one to twelve months.
  const periodPage = (c: Context<PageEnv>, kind: Kind, a: Given, value: string, errors: FieldError[]) => {
    const t = translator(c);
    return questionPage(c, {
      kind,
      step: 'period',
      answers: a,
      title: t('wizard.period.title'),
      errors,
      fields: textField(c.get('lang'), {
        name: 'periodMonths',
        label: t('wizard.period.title'),
        hint: t('wizard.period.hint'),
        value,
        error: errorOf(errors, 'periodMonths'),
        inputmode: 'numeric',
        width: 'short',
        maxlength: 2,
        asHeading: true,
      }),
    });
  };
  app.get('/temporary/period', requireLogin, draftAt(ctx, 'period'), async (c) => {
    const a = answersOf(c);
    return periodPage(c, 'temporary', a, String(a.periodMonths ?? ''), []);
  });
  app.post('/temporary/period', requireLogin, draftAt(ctx, 'period'), async (c) => {
    const a = answersOf(c);
    const { periodMonths = '' } = await formFields(c);
    const months = /^[0-9]{1,2}$/.test(periodMonths) ? Number(periodMonths) : NaN;
    if (!(months >= 1 && months <= 12))
      return periodPage(c, 'temporary', a, periodMonths, [{ field: 'periodMonths', key: 'wizard.period.invalid' }]);
    const draft = await save(ctx, c, 'temporary', { periodMonths: months });
    return onward(c, 'temporary', draft.answers);
  });

  // The dwelling: its РКА typed, or found in the address register by what the person types
  // (src/domain/address-search.ts), each result in the page's language.
  const dwellingPage = async (
    c: Context<PageEnv>,
    kind: Kind,
    a: Given,
    rka: string,
    errors: FieldError[],
    asked = c.req.query('q') ?? '',
  ): Promise<Response> => {
    const t = translator(c);
    const lang = c.get('lang');
    const query = asked.trim().slice(0, 100);
    let found: AddressView[] = [];
    let searchError: FieldError | undefined;
    if (query.length > 0 && query.length < 3) searchError = { field: 'q', key: 'wizard.dwelling.search-short' };
    else if (query) found = await searchAddresses(ctx, { text: query, limit: 20 });
    const allErrors = searchError ? [...errors, searchError] : errors;
    const results =
      !query || searchError
        ? ''
        : found.length === 0
          ? html`<p>${t('wizard.dwelling.no-results', { query })}</p>`
          : form(`/apply/${kind}/dwelling`, [
              html`<input type="hidden" name="q" value="${query}" />`,
              radios(lang, {
                name: 'choice',
                legend: t('wizard.dwelling.results'),
                options: found.map((e) => ({
                  value: e.rka,
                  label: addressIn(lang, e.address.kk),
                  hint: t('wizard.dwelling.result-hint', { rka: e.rka }),
                })),
                value: a.rka ?? undefined,
                error: errorOf(errors, 'choice'),
              }),
              button(t('page.continue')),
            ]);
    return questionPage(c, {
      kind,
      step: 'dwelling',
      answers: a,
      title: t('wizard.dwelling.title'),
      errors: allErrors,
      before: html`<h1>${t('wizard.dwelling.title')}</h1>`,
      fields: textField(lang, {
        name: 'rka',
        label: t('wizard.dwelling.rka-label'),
        hint: t('wizard.dwelling.rka-hint'),
        value: rka,
        error: errorOf(errors, 'rka'),
        inputmode: 'numeric',
        width: 'medium',
        maxlength: 20,
      }),
      after: html`<h2>${t('wizard.dwelling.search-title')}</h2>
        <form method="get" action="/apply/${kind}/dwelling" role="search">
          ${textField(lang, {
            name: 'q',
            label: t('wizard.dwelling.search-label'),
            hint: t('wizard.dwelling.search-hint'),
            value: query,
            error: searchError,
            width: 'long',
            maxlength: 100,
          })}
          ${button(t('wizard.dwelling.search'), { kind: 'secondary' })}
        </form>
        ${results}
        <p>
          ${t('address.picker.start-lead')} <a href="/apply/${kind}/dwelling/pick">${t('address.picker.start')}</a>
        </p>`,
    });
  };
  app.get(`/${KIND}/dwelling`, requireLogin, draftAt(ctx, 'dwelling'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    return dwellingPage(c, kind, a, a.rka ?? '', []);
  });
  app.post(`/${KIND}/dwelling`, requireLogin, draftAt(ctx, 'dwelling'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    const fields = await formFields(c);
    const chose = 'choice' in fields || !('rka' in fields);
    const field = chose ? 'choice' : 'rka';
    const rka = (chose ? (fields['choice'] ?? '') : (fields['rka'] ?? '')).replace(/\s+/g, '');
    if (!isRka(rka)) {
      const key: MessageKey = chose ? 'wizard.dwelling.choose' : 'wizard.dwelling.rka-format';
      return dwellingPage(c, kind, a, chose ? '' : (fields['rka'] ?? ''), [{ field, key }], fields['q'] ?? '');
    }
    let address: string | null = null;
    try {
      const dwelling = await dwellingAt(ctx, rka);
      if (!dwelling)
        return dwellingPage(c, kind, a, rka, [{ field, key: 'wizard.dwelling.rka-unknown' }], fields['q'] ?? '');
      address = dwelling.address;
    } catch (error) {
      // ЕГКН not answering: keep the РКА; the checks after submitting ask again and wait for it.
      if (!isAppError(error) || error.code !== 'registry-unavailable') throw error;
    }
    // Another dwelling has other owners and another norm: the owner question is asked again.
    const changed = a.rka !== undefined && a.rka !== rka;
    const cleared: Given = changed
      ? { ownerChoice: null, owner: null, relationAsked: null, norm: null, relation: null }
      : {};
    const draft = await save(ctx, c, kind, { rka, address, ...cleared });
    return onward(c, kind, draft.answers);
  });

  // The owner. Their names are never listed from ЕГКН (privacy): the applicant names one by IIN.
  const ownerPage = (
    c: Context<PageEnv>,
    kind: Kind,
    a: Given,
    value: { choice?: string | undefined; iin?: string | undefined },
    errors: FieldError[],
  ) => {
    const t = translator(c);
    const lang = c.get('lang');
    return questionPage(c, {
      kind,
      step: 'owner',
      answers: a,
      title: t('wizard.owner.title'),
      errors,
      fields: [
        radios(lang, {
          name: 'ownerChoice',
          legend: t('wizard.owner.title'),
          hint: t('wizard.owner.hint', { address: a.address ? addressIn(lang, a.address) : (a.rka ?? '') }),
          options: [
            { value: 'me', label: t('wizard.owner.me') },
            { value: 'other', label: t('wizard.owner.other'), hint: t('wizard.owner.other-hint') },
          ],
          value: value.choice,
          error: errorOf(errors, 'ownerChoice'),
          asHeading: true,
        }),
        textField(lang, {
          name: 'ownerIin',
          label: t('wizard.owner.iin-label'),
          hint: t('wizard.owner.iin-hint'),
          value: value.iin,
          error: errorOf(errors, 'ownerIin'),
          inputmode: 'numeric',
          width: 'short',
        }),
      ],
    });
  };
  app.get(`/${KIND}/owner`, requireLogin, draftAt(ctx, 'owner'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    return ownerPage(c, kind, a, { choice: a.ownerChoice ?? undefined, iin: a.owner ?? undefined }, []);
  });
  app.post(`/${KIND}/owner`, requireLogin, draftAt(ctx, 'owner'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    const { ownerChoice = '', ownerIin: typed = '' } = await formFields(c);
    const value = { choice: ownerChoice, iin: typed };
    if (ownerChoice !== 'me' && ownerChoice !== 'other')
      return ownerPage(c, kind, a, value, [{ field: 'ownerChoice', key: 'form.owner.choice-missing' }]);
    // Spaces pasted with the number are not part of it; nothing is cut by a maxlength.
    const ownerIin = compactIin(typed);
    const problem = ownerChoice === 'other' ? iinProblem(ownerIin, 'owner') : null;
    if (problem) return ownerPage(c, kind, a, value, [{ field: 'ownerIin', key: problem }]);
    const applicant = citizenOf(c).iin;
    const owner = ownerChoice === 'me' ? applicant : ownerIin;
    const decision = await previewDecision(ctx, kind, { applicant, rka: a.rka!, owner, periodMonths: a.periodMonths });
    // Finding 3: an owner the records do not confirm, or the hall, ends here, the answer unsaved.
    const stop = decision === 'unknown' ? null : ownerStop(decision, ownerChoice);
    if (stop && decision !== 'unknown') return stopPage(c, kind, decision, stop);
    const norm = normOf(decision);
    const draft = await save(ctx, c, kind, {
      ownerChoice,
      owner: ownerChoice === 'other' ? ownerIin : null,
      relationAsked: norm !== 'not-reached',
      norm: typeof norm === 'object' ? norm : null,
      // A relation stated for a dwelling below the norm would only confuse the check page.
      ...(norm === 'not-reached' ? { relation: null } : {}),
    });
    return onward(c, kind, draft.answers);
  });

  // The relation, asked only when the preview found the Astana norm reached (N1, P5, P6).
  const relationPage = (c: Context<PageEnv>, kind: Kind, a: Given, value: string, errors: FieldError[]) => {
    const t = translator(c);
    const lang = c.get('lang');
    const norm = a.norm;
    return questionPage(c, {
      kind,
      step: 'relation',
      answers: a,
      title: t('wizard.relation.title'),
      errors,
      before: html`<h1>${t('wizard.relation.title')}</h1>
        <div class="verdict info" id="norm">
          <p>${norm ? t('wizard.relation.norm', { ...norm }) : t('wizard.relation.norm-unknown')}</p>
          <p>${t('wizard.relation.exempt')}</p>
        </div>`,
      fields: radios(lang, {
        name: 'relation',
        legend: t('wizard.relation.legend'),
        options: RELATION_OPTIONS.map((r) => ({
          value: r,
          label: t(`wizard.relation.${r}`),
          hint: r === 'student' ? t('wizard.relation.student-hint') : undefined,
        })),
        value,
        error: errorOf(errors, 'relation'),
      }),
    });
  };
  app.get(`/${KIND}/relation`, requireLogin, draftAt(ctx, 'relation'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    return relationPage(c, kind, a, a.relation ?? '', []);
  });
  app.post(`/${KIND}/relation`, requireLogin, draftAt(ctx, 'relation'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    const { relation = '' } = await formFields(c);
    if (!isRelationOption(relation))
      return relationPage(c, kind, a, relation, [{ field: 'relation', key: 'wizard.relation.invalid' }]);
    // Finding 3: "None of these" with the norm reached cannot succeed; it stops here, unsaved.
    if (relation === 'none') {
      const decision = await previewDecision(ctx, kind, {
        applicant: citizenOf(c).iin,
        rka: a.rka!,
        owner: a.ownerChoice === 'other' && a.owner ? a.owner : citizenOf(c).iin,
        periodMonths: a.periodMonths,
        relation: claimOf(relation),
      });
      const stop = decision === 'unknown' ? null : relationStop(decision);
      if (stop && decision !== 'unknown') return stopPage(c, kind, decision, stop);
    }
    const draft = await save(ctx, c, kind, { relation });
    return onward(c, kind, draft.answers);
  });

  return app;
}

/**
 * Whether the preview found the Astana norm reached with no relation stated (as the ЦОН triage
 * does it), so that the relation question is worth asking, with its figures. Any other outcome
 * skips the question. A registry that does not answer leaves it open: it is asked without figures.
 */
function normOf(decision: Decision | 'unknown'): NormFacts | 'not-reached' | 'unknown' {
  if (decision === 'unknown') return 'unknown';
  if (decision.outcome !== 'refused' || decision.reasons[0] !== 'norm-reached') return 'not-reached';
  const p = decision.explanation.params;
  return {
    area: Number(p['area']),
    registered: Number(p['registered']),
    capacity: Number(p['capacity']),
    areaPerPerson: Number(p['areaPerPerson']),
    address: String(p['address'] ?? ''),
  };
}
