// The frame of every server-rendered page: language links, the account menu, one light theme,
// readable at 360 px, no JavaScript. Patterns follow the GOV.UK Design System (error summary, summary lists).
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LANGUAGES, type Language, translate } from '../../i18n/messages.ts';
import type { Principal } from '../../services/auth/sessions.ts';

const NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

const STYLE = `
:root { --ink: #1d2733; --muted: #505a66; --line: #c5ccd3; --brand: #00629b; --ok: #00703c; --bad: #b3261e; --warn: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.5 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--brand); } a:focus, input:focus, button:focus { outline: 3px solid #ffbf47; outline-offset: 0; }
header { background: var(--brand); color: #fff; padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between; }
header a { color: #fff; } header .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
nav.languages ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
nav.languages [aria-current] { font-weight: 700; text-decoration: none; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
.hint { color: var(--muted); margin: 0 0 .5rem; }
label { display: block; font-weight: 700; margin-bottom: .25rem; }
input[type=text], input[type=date], input[type=password], input[type=file], select { font: inherit; width: 100%; max-width: 20rem; padding: .5rem; border: 2px solid var(--ink); background: #fff; }
input.width-short { max-width: 10rem; } input.width-long { max-width: 32rem; }
.field-error select { border-color: var(--bad); }
.field { margin-bottom: 1.5rem; } .field-error { border-left: 5px solid var(--bad); padding-left: .75rem; }
fieldset { border: 0; margin: 0; padding: 0; } legend { font-weight: 700; margin-bottom: .25rem; padding: 0; } legend h1 { margin: 0 0 .5rem; }
h1 label, label.label-heading { font-size: inherit; }
.radio { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0 .5rem; margin: .5rem 0; }
.radio input { width: 1.5rem; height: 1.5rem; margin: .1rem 0 0; flex: none; accent-color: var(--ink); } .radio label { font-weight: 400; flex: 1 1 0; margin: 0; }
.radio .hint { flex-basis: 100%; padding-left: 2rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: -9999px; } .skip-link:focus { left: 1rem; top: .5rem; background: #ffbf47; color: var(--ink); padding: .25rem .5rem; z-index: 1; }
.button.secondary { color: var(--ink); background: #f3f2f1; box-shadow: 0 2px 0 #929191; } .button.warning { background: var(--bad); box-shadow: 0 2px 0 #55150f; }
.button-group { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: center; }
a.button { display: inline-block; text-decoration: none; color: #fff; font-weight: 700; margin-top: 1rem; padding: .6rem 1.2rem; background: var(--ok); box-shadow: 0 2px 0 #002d18; }
.back-link { display: inline-block; margin-bottom: 1rem; } .back-link::before { content: '‹ '; }
.panel { background: var(--ok); color: #fff; padding: 1.5rem; margin-bottom: 1.5rem; text-align: center; } .panel h1 { margin: 0; } .panel-body { font-size: 1.25rem; margin-top: .5rem; } .panel a { color: #fff; }
.verdict.info { border-color: var(--brand); background: #e8f1f8; }
.tag { display: inline-block; padding: .1rem .5rem; font-size: .9rem; font-weight: 700; }
.tag-grey { background: #eeefef; color: #383f43; } .tag-blue { background: #d2e2f1; color: #0c2d4a; } .tag-green { background: #cce2d8; color: #005a30; } .tag-red { background: #f6d7d2; color: #2a0b06; } .tag-yellow { background: #fff7bf; color: #594d00; }
.summary-row { display: contents; } dl.summary { grid-template-columns: minmax(8rem, 30%) 1fr auto; } dd.summary-action { text-align: right; }
nav.account ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; align-items: center; }
nav.account form { display: inline; } nav.account button { margin: 0; padding: 0; background: none; box-shadow: none; color: #fff; text-decoration: underline; font-weight: 400; }
.cards { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
.cards li { border: 1px solid var(--line); border-top: 5px solid var(--brand); padding: 1rem; } .cards a { font-weight: 700; font-size: 1.125rem; } .cards p { margin: .25rem 0 0; color: var(--muted); }
pre.sms { white-space: pre-wrap; background: #f3f2f1; padding: .5rem; }
footer { border-top: 1px solid var(--line); padding: 1rem; text-align: center; }
.field-error input { border-color: var(--bad); }
.error-message { color: var(--bad); font-weight: 700; margin: 0 0 .5rem; }
button { font: inherit; font-weight: 700; margin-top: 1rem; padding: .6rem 1.2rem; color: #fff; background: var(--ok); border: 0; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
.error-summary { border: 4px solid var(--bad); padding: 1rem; margin-bottom: 1.5rem; }
.error-summary h2 { margin: 0 0 .5rem; font-size: 1.25rem; } .error-summary a { color: var(--bad); font-weight: 700; }
.verdict { padding: 1rem; margin-bottom: 1.5rem; border-left: 8px solid; }
.verdict.ok { border-color: var(--ok); background: #e8f4ee; } .verdict.bad { border-color: var(--bad); background: #fbeceb; }
.verdict .title { font-size: 1.25rem; font-weight: 700; margin: 0; } .verdict p { margin: .25rem 0 0; }
dl.summary { display: grid; grid-template-columns: minmax(8rem, 30%) 1fr auto; margin: 0 0 1.5rem; border-top: 1px solid var(--line); }
dl.summary dt, dl.summary dd { margin: 0; padding: .5rem .5rem .5rem 0; border-bottom: 1px solid var(--line); }
dl.summary dt { font-weight: 700; }
table { width: 100%; border-collapse: collapse; margin-bottom: 1.5rem; }
th, td { text-align: left; vertical-align: top; padding: .5rem .5rem .5rem 0; border-bottom: 1px solid var(--line); }
.small { font-size: .9rem; color: var(--muted); }
@media (max-width: 30rem) { dl.summary { grid-template-columns: 1fr; } dd.summary-action { text-align: left; border-bottom: 1px solid var(--line); } dl.summary dt { border-bottom: 0; padding-bottom: 0; } table, thead, tbody, tr, th, td { display: block; } thead { position: absolute; left: -9999px; } td { border: 0; padding: .1rem 0; } tr { border-bottom: 1px solid var(--line); padding: .5rem 0; } td[data-label]::before { content: attr(data-label) ': '; font-weight: 700; } }
`;

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
      ${user.operator ? html`<li><a href="/console">${t('page.nav.console')}</a></li>` : ''}
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
        <style>
          ${raw(STYLE)}
        </style>
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
        <footer class="small">${translate(frame.lang, 'page.footer')}</footer>
      </body>
    </html>`;
}
