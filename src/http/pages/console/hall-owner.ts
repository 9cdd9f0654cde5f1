// The hall's questions about the owner (pilot.md P2.1, P2.2): the owner's IIN and the result of
// its ФЛК by ГБД ФЛ/Е-Собес; then who acts for the owner and their authority, verified from ЗАГС
// (a parent by the owner's birth act) or the guardianship record.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../../domain/dates.ts';
import { plainText } from '../../../domain/text.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { hallPersons, ownerFlk, representativeAuthority } from '../../../services/hall-checks.ts';
import { button, errorOf, type FormErrors, form, notice, summaryList, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { answersIn, saveDraft, withDraft } from '../flow/draft.ts';
import type { Html } from '../flow/question.ts';
import { nextPath } from '../flow/steps.ts';
import { HALL_ROLES, operatorActor } from './actor.ts';
import { yesNo } from './format.ts';
import { checkIin, hallPage, iinQuestion } from './hall-frame.ts';
import { HALL, type HallAnswers, hallFlow } from './hall-steps.ts';

export function hallOwnerPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const only = requireOperator(HALL_ROLES);
  const today = () => dateInAstana(ctx.clock.now());
  const draftAt = (step?: 'owner' | 'representative' | 'authority') => withDraft(ctx, hallFlow, step);

  // P2.1: the owner's IIN.
  app.get('/owner', only, draftAt('owner'), (c) => {
    const answers = answersIn(c, hallFlow);
    return iinQuestion(c, { step: 'owner', answers, value: answers.owner, errors: [] });
  });
  app.post('/owner', only, draftAt('owner'), async (c) => {
    const answers = answersIn(c, hallFlow);
    const { owner = '' } = await formFields(c);
    const error = await checkIin(ctx, c, 'owner', owner);
    const flk = error ? null : await ownerFlk(ctx, operatorActor(c), owner, today());
    if (error || !flk) {
      const errors = [error ?? { field: 'owner', key: 'console.error.person-not-found' as const }];
      return iinQuestion(c, { step: 'owner', answers, value: owner, errors });
    }
    await saveDraft(ctx, c, hallFlow, {
      owner,
      flk: flk.positive ? 'positive' : 'negative',
      // Another owner: the representative's authority must be shown again.
      ...(owner !== answers.owner ? { representative: null, authority: null, authorityDocument: null } : {}),
    });
    return c.redirect(`${HALL}/flk`, 303);
  });

  // P2.1 result: what ГБД ФЛ and Е-Собес say of the owner.
  app.get('/flk', only, draftAt(), async (c) => {
    const { owner } = answersIn(c, hallFlow);
    if (!owner) return c.redirect(hallFlow.path('owner'), 303);
    const t = translator(c);
    const lang = c.get('lang');
    const flk = await ownerFlk(ctx, operatorActor(c), owner, today());
    if (!flk) return c.redirect(hallFlow.path('owner'), 303);
    const next = flk.positive
      ? hallFlow.path('representative')
      : nextPath(hallFlow, { ...answersIn(c, hallFlow), flk: 'negative' });
    return hallPage(c, {
      title: t('console.flk.title'),
      back: hallFlow.path('owner'),
      body: html`<h1>${t('console.flk.title')}</h1>
        ${
          flk.positive
            ? notice('ok', t('console.flk.positive'), t('console.flk.positive-body'))
            : notice('bad', t('console.flk.negative'), t('console.flk.negative-body'))
        }
        ${summaryList(lang, [
          { key: t('console.field.owner'), value: owner, change: hallFlow.path('owner') },
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
  app.get('/representative', only, draftAt('representative'), (c) => {
    const answers = answersIn(c, hallFlow);
    return iinQuestion(c, { step: 'representative', answers, value: answers.representative, errors: [] });
  });
  app.post('/representative', only, draftAt('representative'), async (c) => {
    const answers = answersIn(c, hallFlow);
    const { representative = '' } = await formFields(c);
    const error = await checkIin(ctx, c, 'representative', representative);
    if (error) return iinQuestion(c, { step: 'representative', answers, value: representative, errors: [error] });
    await saveDraft(ctx, c, hallFlow, {
      representative,
      ...(representative !== answers.representative ? { authority: null, authorityDocument: null } : {}),
    });
    return c.redirect(hallFlow.path('authority'), 303);
  });

  // P2.2: the authority, verified from ЗАГС or the guardianship record.
  const authorityPage = async (c: Context<PageEnv>, draft: Partial<HallAnswers>, value: string, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const { owner, representative } = draft;
    if (!owner || !representative) return c.redirect(nextPath(hallFlow, draft), 303);
    const authority = await representativeAuthority(ctx, operatorActor(c), owner, representative, today());
    const people = await hallPersons(ctx, operatorActor(c), [owner, representative]);
    const name = (iin: string) => people.find((p) => p.iin === iin)?.name ?? iin;
    let verdict;
    let fields: Html[] = [];
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
        html`<p><a href="${hallFlow.path('representative')}">${t('console.authority.change-representative')}</a></p>`,
        button(t('console.flk.record-refusal'), { kind: 'secondary' }),
      ];
    }
    return hallPage(c, {
      title: t('console.authority.title'),
      back: hallFlow.path('representative'),
      errors,
      body: html`<h1>${t('console.authority.title')}</h1>
        ${verdict}
        ${summaryList(lang, [
          { key: t('console.field.owner-person'), value: `${name(owner)} (${owner})` },
          {
            key: t('console.field.representative'),
            value: `${name(representative)} (${representative})`,
            change: hallFlow.path('representative'),
          },
        ])}
        ${form(hallFlow.path('authority'), fields)}`,
    });
  };
  app.get('/authority', only, draftAt('authority'), (c) =>
    authorityPage(c, answersIn(c, hallFlow), answersIn(c, hallFlow).authorityDocument ?? '', []),
  );
  app.post('/authority', only, draftAt('authority'), async (c) => {
    const answers = answersIn(c, hallFlow);
    const { owner, representative } = answers;
    if (!owner || !representative) return c.redirect(nextPath(hallFlow, answers), 303);
    const { authorityDocument = '' } = await formFields(c);
    // Judged again here, not taken from the page: the record is what counts (P2.2).
    const authority = await representativeAuthority(ctx, operatorActor(c), owner, representative, today());
    if (authority.kind === 'guardian') {
      if (!plainText(100).safeParse(authorityDocument).success) {
        return authorityPage(c, answers, authorityDocument, [
          { field: 'authorityDocument', key: 'console.error.authority-document' },
        ]);
      }
      await saveDraft(ctx, c, hallFlow, { authority: 'guardian', authorityDocument });
    } else {
      await saveDraft(ctx, c, hallFlow, { authority: authority.kind, authorityDocument: null });
    }
    return c.redirect(nextPath(hallFlow, { ...answers, authority: authority.kind, authorityDocument }), 303);
  });
  return app;
}
