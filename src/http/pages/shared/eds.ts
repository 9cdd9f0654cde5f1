// Signing with an EDS file in the browser (F5, the CMS method): the scripts, served by us (no
// third-party origin), and the form part that opts in. Without JavaScript the form stays hidden
// and the page says to use an SMS code instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { FieldError } from './components.ts';
import { type Language, translate } from '../../../i18n/messages.ts';

const require = createRequire(import.meta.url);
const FORGE = readFileSync(join(require.resolve('node-forge/package.json'), '..', 'dist', 'forge.min.js'));
const EDS = readFileSync(join(import.meta.dirname, 'assets', 'eds.js'));

export function edsAssets() {
  const app = new Hono();
  const script = (body: Buffer) => () =>
    new Response(new Uint8Array(body), {
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' },
    });
  app.get('/forge.min.js', script(FORGE));
  app.get('/eds.js', script(EDS));
  return app;
}

/**
 * A form that signs `content` with the person's .p12 file and posts the CMS (field `cms`) with
 * the hidden fields given. Hidden until the script runs; the fallback text shows otherwise.
 */
export function edsForm(
  lang: Language,
  o: {
    action: string;
    content: string;
    hidden: Record<string, string>;
    submit: string;
    error?: FieldError | undefined;
  },
) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return html`<p data-eds-fallback>${t('login.certificate-needs-js')}</p>
    <form
      method="post"
      action="${o.action}"
      novalidate
      hidden
      data-eds-content="${o.content}"
      data-eds-missing="${t('login.certificate-file-missing')}"
      data-eds-bad-file="${t('login.certificate-bad-file')}"
    >
      ${Object.entries(o.hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
      <input type="hidden" name="cms" value="" />
      <div class="field${o.error ? ' field-error' : ''}">
        <label for="p12">${t('login.certificate-file')}</label>
        <p class="hint" id="p12-hint">${t('login.certificate-file-hint')}</p>
        <p class="error-message" id="p12-error" data-eds-error ${o.error ? '' : 'hidden'}>
          ${o.error ? translate(lang, o.error.key, o.error.params) : ''}
        </p>
        <input type="file" id="p12" accept=".p12,.pfx" aria-describedby="p12-hint p12-error" />
      </div>
      <div class="field">
        <label for="p12-password">${t('login.certificate-password')}</label>
        <input type="password" id="p12-password" class="width-medium" autocomplete="off" />
      </div>
      <button type="submit" class="button primary">${o.submit}</button>
    </form>
    <script src="/assets/forge.min.js" defer></script>
    <script src="/assets/eds.js" defer></script>`;
}
