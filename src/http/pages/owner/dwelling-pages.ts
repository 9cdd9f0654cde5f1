// The owner's dwellings (ЕГКН) with who is registered in each today, and the owner's way to end
// the registration of a person registered there (issue 5): a page that says what will happen —
// the person is told by SMS and in their cabinet — then the SMS signature on /applications/:id/sign.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../../domain/dates.ts';
import { AppError } from '../../../errors.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { ownedDwelling, ownedDwellings } from '../../../services/page-lookups.ts';
import { discardDraft, loadDraft, saveAnswers } from '../../../services/drafts.ts';
import { backLink, button, form, summaryList, table } from '../shared/components.ts';
import { type DeregistrationAnswers, fileDeregistration, filedOf, nextPageOf } from '../citizen/deregister-pages.ts';
import type { PageEnv } from '../shared/env.ts';
import { kindText, namesOf } from './owner-view.ts';
import { render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

/** One flow per dwelling and person, so deregistering two people keeps two drafts apart. */
const flowOf = (rka: string, person: string) => `deregistration:${rka}:${person}`;

export function dwellingPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('*', requireLogin);

  const today = () => dateInAstana(ctx.clock.now());

  app.get('/', async (c) => {
    const t = translator(c);
    const me = c.get('principal').iin;
    const owned = await ownedDwellings(ctx, me, today());
    const dwellings = owned.map((o) => o.dwelling);
    const registered = owned.map((o) => o.registered);
    const name = await namesOf(
      ctx,
      registered.flat().map((r) => r.iin),
    );
    const sections = dwellings.map((d, i) => {
      const people = registered[i] ?? [];
      const share = d.owners.find((o) => o.iin === me)?.share ?? '';
      const caption = t('dwellings.people', { address: d.address });
      return html`<section aria-labelledby="dwelling-${d.rka}">
        <h2 id="dwelling-${d.rka}">${d.address}</h2>
        <p class="small">${t('dwellings.facts', { area: d.area, share })}</p>
        ${
          people.length === 0
            ? html`<p>${t('dwellings.people-none')}</p>`
            : table(
                [
                  t('dwellings.col-person'),
                  t('dwellings.col-kind'),
                  t('dwellings.col-since'),
                  t('dwellings.col-action'),
                ],
                people.map((p) => [
                  p.iin === me ? html`${name(p.iin)} (${t('dwellings.you')})` : name(p.iin),
                  kindText(c.get('lang'), p.kind),
                  html`${displayDate(p.from)}${p.to ? html` — ${t('dwellings.until', { date: displayDate(p.to) })}` : ''}`,
                  p.iin === me
                    ? ''
                    : html`<a href="/dwellings/${d.rka}/deregister/${p.iin}"
                        >${t('dwellings.deregister')}<span class="visually-hidden"> ${name(p.iin)}</span></a
                      >`,
                ]),
                caption,
              )
        }
      </section>`;
    });
    return render(c, {
      title: t('dwellings.title'),
      body: html`<h1>${t('dwellings.title')}</h1>
        <p>${t('dwellings.lead')}</p>
        ${dwellings.length === 0 ? html`<p>${t('dwellings.none')}</p>` : sections}`,
    });
  });

  /** The dwelling, when the person owns it, and the registration there today of `person`. */
  const target = async (c: Context<PageEnv>) => {
    const me = c.get('principal').iin;
    const rka = c.req.param('rka') ?? '';
    const person = c.req.param('person') ?? '';
    const owned = await ownedDwelling(ctx, me, rka, today());
    if (!owned) throw new AppError('not-found');
    const registration = owned.registered.find((r) => r.iin === person);
    return { me, rka, person, dwelling: owned.dwelling, registration };
  };

  app.get('/:rka/deregister/:person', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const { me, rka, person, dwelling, registration } = await target(c);
    const flow = flowOf(rka, person);
    const draft = await loadDraft(ctx, me, flow);
    const filed = await filedOf(ctx, draft);
    // Filed and still waiting for the signature: go on with it. Filed and finished: start anew.
    if (filed?.state === 'signature-pending') return c.redirect(nextPageOf(filed), 303);
    if (filed) await discardDraft(ctx, me, flow);
    if (!registration) throw new AppError('not-registered-there');
    // The draft fixes the application's id now, before the form is ever sent.
    await saveAnswers<DeregistrationAnswers>(ctx, me, flow, { rka, person });
    const name = (await namesOf(ctx, [person]))(person);
    return render(c, {
      title: t('deregister.person-title', { name }),
      body: html`${backLink(lang, '/dwellings')}
        <h1>${t('deregister.person-title', { name })}</h1>
        ${summaryList(lang, [
          { key: t('deregister.person'), value: name },
          { key: t('deregister.address'), value: dwelling.address },
          { key: t('deregister.kind'), value: kindText(lang, registration.kind) },
          { key: t('deregister.since'), value: displayDate(registration.from) },
        ])}
        <p>${t('deregister.person-lead', { name })}</p>
        <p>${t('deregister.next')}</p>
        ${form(`/dwellings/${rka}/deregister/${person}`, [button(t('deregister.continue'))])}`,
    });
  });

  app.post('/:rka/deregister/:person', async (c) => {
    const { me, rka, person, registration } = await target(c);
    const flow = flowOf(rka, person);
    // Filed already (a second press, the back button): go on where that application is.
    const filed = await filedOf(ctx, await loadDraft(ctx, me, flow));
    if (filed) return c.redirect(nextPageOf(filed), 303);
    if (!registration) throw new AppError('not-registered-there');
    const record = await fileDeregistration(ctx, { kind: 'citizen', iin: me }, flow, { rka, person });
    return c.redirect(nextPageOf(record), 303);
  });
  return app;
}
