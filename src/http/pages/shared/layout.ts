// The frame of every server-rendered page: language links, the account menu, one light theme,
// readable at 360 px, no JavaScript. Patterns follow the GOV.UK Design System (error summary, summary lists).
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LANGUAGES, type Language, translate } from '../../../i18n/messages.ts';
import { isBackOfficeRole } from '../../../services/actor.ts';
import { ANALYTICS_ROLES } from '../../../services/analytics/roles.ts';
import type { Principal } from '../../../services/auth/sessions.ts';
import { READ_ROLES } from '../console/actor.ts';

const NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export interface PageFrame {
  lang: Language;
  title: string;
  /** The page's own address, for the language links (its query is kept, `lang` replaced). */
  url: URL;
  body: HtmlEscapedString | Promise<HtmlEscapedString>;
  /** Who is logged in: the header then shows their pages and the logout button. */
  user?: Principal | undefined;
  /** The page shows a form with errors: the title says so first, as screen readers read it. */
  hasErrors?: boolean;
}

function accountNav(lang: Language, user: Principal) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return html`<nav class="account" aria-label="${t('page.account-nav')}">
    <ul>
      <li><a href="/cabinet">${t('page.nav.cabinet')}</a></li>
      <li><a href="/consents">${t('page.nav.consents')}</a></li>
      <li><a href="/dwellings">${t('page.nav.dwellings')}</a></li>
      ${
        user.operator && READ_ROLES.includes(user.operator.role)
          ? html`<li><a href="/console">${t('page.nav.console')}</a></li>`
          : ''
      }
      ${
        user.operator && isBackOfficeRole(user.operator.role)
          ? html`<li><a href="/backoffice">${t('backoffice.nav')}</a></li>`
          : ''
      }
      ${
        user.operator && ANALYTICS_ROLES.includes(user.operator.role)
          ? html`<li><a href="/analytics">${t('analytics.nav')}</a></li>`
          : ''
      }
      <li>
        <form method="post" action="/logout"><button type="submit">${t('page.nav.logout')}</button></form>
      </li>
    </ul>
  </nav>`;
}

export function page(frame: PageFrame) {
  const linkTo = (lang: Language) => {
    const target = new URL(frame.url);
    target.searchParams.set('lang', lang);
    return `${target.pathname}${target.search}`;
  };
  const languages = LANGUAGES.map((l) =>
    l === frame.lang
      ? html`<li><a href="${linkTo(l)}" lang="${l}" aria-current="true">${NAMES[l]}</a></li>`
      : html`<li><a href="${linkTo(l)}" lang="${l}" hreflang="${l}">${NAMES[l]}</a></li>`,
  );
  return html`<!doctype html>
    <html lang="${frame.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${frame.hasErrors ? `${translate(frame.lang, 'page.error-prefix')} ` : ''}${frame.title} — Tirkeu</title>
        <link rel="stylesheet" href="/assets/tirkeu.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">${translate(frame.lang, 'page.skip')}</a>
        <header>
          <a class="brand" href="/">Tirkeu</a>
          ${frame.user ? accountNav(frame.lang, frame.user) : ''}
          <nav class="languages" aria-label="${translate(frame.lang, 'verify.language')}">
            <ul>
              ${languages}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">${frame.body}</main>
        <footer class="small">
          ${translate(frame.lang, 'page.footer')} <a href="/glossary">${translate(frame.lang, 'glossary.link')}</a>
        </footer>
      </body>
    </html>`;
}
