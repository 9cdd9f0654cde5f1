// The frame of every server-rendered page: language links, one light theme, readable at 360 px,
// no JavaScript. Patterns follow the GOV.UK Design System (error summary, summary lists).
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LANGUAGES, type Language, translate } from '../../i18n/messages.ts';

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
input[type=text] { font: inherit; width: 100%; max-width: 20rem; padding: .5rem; border: 2px solid var(--ink); }
.field-error input { border-color: var(--bad); }
.error-message { color: var(--bad); font-weight: 700; margin: 0 0 .5rem; }
button { font: inherit; font-weight: 700; margin-top: 1rem; padding: .6rem 1.2rem; color: #fff; background: var(--ok); border: 0; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
.error-summary { border: 4px solid var(--bad); padding: 1rem; margin-bottom: 1.5rem; }
.error-summary h2 { margin: 0 0 .5rem; font-size: 1.25rem; } .error-summary a { color: var(--bad); font-weight: 700; }
.verdict { padding: 1rem; margin-bottom: 1.5rem; border-left: 8px solid; }
.verdict.ok { border-color: var(--ok); background: #e8f4ee; } .verdict.bad { border-color: var(--bad); background: #fbeceb; }
.verdict .title { font-size: 1.25rem; font-weight: 700; margin: 0; } .verdict p { margin: .25rem 0 0; }
dl.summary { display: grid; grid-template-columns: minmax(8rem, 30%) 1fr; margin: 0 0 1.5rem; border-top: 1px solid var(--line); }
dl.summary dt, dl.summary dd { margin: 0; padding: .5rem .5rem .5rem 0; border-bottom: 1px solid var(--line); }
dl.summary dt { font-weight: 700; }
table { width: 100%; border-collapse: collapse; margin-bottom: 1.5rem; }
th, td { text-align: left; vertical-align: top; padding: .5rem .5rem .5rem 0; border-bottom: 1px solid var(--line); }
.small { font-size: .9rem; color: var(--muted); }
@media (max-width: 30rem) { dl.summary { grid-template-columns: 1fr; } dl.summary dt { border-bottom: 0; padding-bottom: 0; } table, thead, tbody, tr, th, td { display: block; } thead { position: absolute; left: -9999px; } td { border: 0; padding: .1rem 0; } tr { border-bottom: 1px solid var(--line); padding: .5rem 0; } td[data-label]::before { content: attr(data-label) ': '; font-weight: 700; } }
`;

export interface PageFrame {
  lang: Language;
  title: string;
  /** The page's own address, for the language links (its query is kept, `lang` replaced). */
  url: URL;
  body: HtmlEscapedString | Promise<HtmlEscapedString>;
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
        <title>${frame.title} — Tirkeu</title>
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <header>
          <a class="brand" href="/">Tirkeu</a>
          <nav class="languages" aria-label="${translate(frame.lang, 'verify.language')}">
            <ul>
              ${languages}
            </ul>
          </nav>
        </header>
        <main id="main">${frame.body}</main>
      </body>
    </html>`;
}
