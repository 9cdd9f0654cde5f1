// /glossary (issue 22, finding 5): the abbreviations of state offices and databases that stay on
// the pages (РКА, ЦОН, ЕГКН, БМГ), each with its full name and what it means to a person, in the
// page's language. Public; linked from every page's footer; each term has an anchor (#rka …).
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';

const TERMS = ['rka', 'tson', 'egkn', 'bmg'] as const;

export function glossaryPage() {
  const app = new Hono<PageEnv>();
  app.get('/glossary', (c) => {
    const t = translator(c);
    return render(c, {
      title: t('glossary.title'),
      body: html`<h1>${t('glossary.title')}</h1>
        <p>${t('glossary.lead')}</p>
        <dl class="glossary">
          ${TERMS.map(
            (term) =>
              html`<dt id="${term}">
                  <abbr title="${t(`glossary.${term}.name`)}">${t(`glossary.${term}.term`)}</abbr> —
                  ${t(`glossary.${term}.name`)}
                </dt>
                <dd>${t(`glossary.${term}.text`)}</dd>`,
          )}
        </dl>`,
    });
  });
  return app;
}
