// "Where is my document" (issue 18 item 1; 002 R1 App1): the applicant's passport and identity
// card requests, each with its steps in plain words, the day each is due (DD.MM.YYYY) and, once
// done, the day it was done; a step past its due day says so in words and colour.
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { myDocuments } from '../../../services/identity-documents/tracking.ts';
import { dateOf } from '../backoffice/format.ts';
import { table, tag } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

const TONES = { done: 'green', current: 'blue', later: 'grey', stopped: 'grey' } as const;

export function documentsPage(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/documents', requireLogin);
  app.get('/documents', async (c) => {
    const t = translator(c);
    const documents = await myDocuments(ctx, { kind: 'citizen', iin: c.get('principal').iin });
    const sections = documents.map((d) => {
      const rows = d.chain.map((s) => [
        t(`identity-document.step.${s.step}` as MessageKey),
        dateOf(s.dueOn),
        dateOf(s.doneOn),
        s.overdue
          ? tag(t('identity-document.track.overdue'), 'red')
          : tag(t(`identity-document.track.${s.status}` as MessageKey), TONES[s.status]),
      ]);
      return html`<section class="document-track" aria-labelledby="doc-${d.id}">
        <h2 id="doc-${d.id}">${t(`identity-document.kind.${d.documentKind}` as MessageKey)} — ${d.number}</h2>
        <p>${t('identity-document.track.accepted', { date: dateOf(d.acceptedOn), office: d.office })}</p>
        <p class="issue-place">
          ${t('identity-document.track.issue', { office: d.issueOffice, date: dateOf(d.readyOn) })}
        </p>
        ${table(
          [
            t('identity-document.track.step'),
            t('identity-document.field.due'),
            t('identity-document.track.done-on'),
            t('identity-document.track.status'),
          ],
          rows,
          t('identity-document.track.caption', { number: d.number }),
        )}
      </section>`;
    });
    return render(c, {
      title: t('identity-document.track.title'),
      body: html`<h1>${t('identity-document.track.title')}</h1>
        ${sections.length === 0 ? html`<p>${t('identity-document.track.none')}</p>` : sections}`,
    });
  });
  return app;
}
