// The front page: the services, in the words of the person using them, and a word on the hall.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isBackOfficeRole } from '../../../services/actor.ts';
import type { DevSmsSink } from '../../../services/messaging/sms-gateway.ts';
import { displayAstanaDateTime } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { table } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { currentUser } from '../shared/session.ts';

const CARDS: readonly { href: string; key: string; operator?: boolean; backOffice?: boolean }[] = [
  { href: '/apply/permanent', key: 'permanent' },
  { href: '/apply/temporary', key: 'temporary' },
  { href: '/deregister', key: 'deregister' },
  { href: '/cabinet', key: 'cabinet' },
  { href: '/consents', key: 'consents' },
  { href: '/verify', key: 'verify' },
  { href: '/console', key: 'console', operator: true },
  // Issue 17 item 6: the State Corporation's staff, once logged in, find their own pages here.
  { href: '/backoffice', key: 'backoffice', backOffice: true },
];

export function homePage() {
  const app = new Hono<PageEnv>();
  app.get('/', (c) => {
    const t = translator(c);
    const user = currentUser(c);
    const backOffice = !!user?.operator && isBackOfficeRole(user.operator.role);
    const cards = CARDS.filter((card) =>
      card.backOffice ? backOffice : !card.operator || !user || (user.operator && !backOffice),
    ).map(
      (card) =>
        html`<li>
          <a href="${card.href}">${t(`home.${card.key}` as MessageKey)}</a>
          <p>${t(`home.${card.key}-hint` as MessageKey)}</p>
        </li>`,
    );
    return render(c, {
      title: t('home.title'),
      body: html`<h1>${t('home.title')}</h1>
        <p>${t('home.lead')}</p>
        <ul class="cards">
          ${cards}
        </ul>
        <p class="small">${t('home.hall-note')}</p>`,
    });
  });
  return app;
}

/** Development only (TIRKEU_SMS=dev): the messages that would have gone to phones. */
export function devSmsPage(sink: DevSmsSink) {
  const app = new Hono<PageEnv>();
  app.get('/dev/sms', (c) => {
    const t = translator(c);
    const items = sink.recent().slice(0, 50);
    const rows = items.map((m) => [displayAstanaDateTime(m.at), m.phone, html`<pre class="sms">${m.text}</pre>`]);
    return render(c, {
      title: t('devsms.title'),
      body: html`<h1>${t('devsms.title')}</h1>
        <p>${t('devsms.lead')}</p>
        ${
          items.length === 0
            ? html`<p>${t('devsms.none')}</p>`
            : table([t('devsms.at'), t('devsms.phone'), t('devsms.text')], rows)
        }`,
    });
  });
  return app;
}
