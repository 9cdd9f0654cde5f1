// Issue 17 items 5–6, the citizen's S9 and S10 filing in Chromium at 360 px (axe on every page):
// an S9b cadastral passport from the cabinet to "accepted" — the result's place and date, the
// first-stage invoice paid on the development payment gateway's own page — an S10 duplicate
// for an object known by its address, and the upload errors (wrong type by content, empty, too
// large, missing) shown next to their fields with an error summary, in kk, ru and en.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { MAX_DOCUMENT_BYTES } from '../../../src/domain/case-documents/upload-check.ts';
import { type Language, translate } from '../../../src/i18n/messages.ts';
import { type DevPaymentGateway, startDevPaymentGateway } from '../../../src/services/payments/dev-gateway.ts';
import { HttpPaymentGateway } from '../../../src/services/payments/http-payment-gateway.ts';
import {
  assertAccessible,
  type BrowserService,
  codeFor,
  logIn,
  openBrowserService,
  screenshot,
  smsCount,
} from '../../support/browser.ts';
import { P } from '../../support/family.ts';

const SECRET = new TextEncoder().encode('payment-secret-for-browser-tests-32');
// 11:00 in Astana on Thursday 19 March 2026.
const NOW = '2026-03-19T06:00:00Z';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n');
const main = async (page: Page) => ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');

/** Plain language: no service or clause codes and no ISO dates on a citizen's page. */
async function assertPlain(page: Page) {
  const text = await page.innerText('body');
  assert.doesNotMatch(
    text,
    /\bS(?:9|10)[abc]?\b|\bcl\.\s?\d|\bL[12] r\.|\b\d{4}-\d{2}-\d{2}\b/,
    new URL(page.url()).pathname,
  );
}

/** Chooses a radio by its label and goes on. */
async function choose(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.click('main button[type=submit]');
}

async function upload(page: Page, kind: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.setInputFiles(`#file-${kind}`, file);
  await page.click(`main form:has(#file-${kind}) button[type=submit]`);
  await page.waitForLoadState();
}

/** The consent page: send the code, type it, confirm. */
async function consent(page: Page, b: BrowserService, iin: string) {
  await page.waitForURL(/\/cadastre\/new\/consent$/);
  await assertAccessible(page);
  const before = await smsCount(b.service, iin);
  await page.click('main button[type=submit]');
  await page.fill('#code', await codeFor(b.service, iin, before));
  await page.click('main form:has(#code) button[type=submit]');
}

describe('pages: filing the cadastre services S9 and S10 (issue 17)', () => {
  let b: BrowserService;
  let dev: DevPaymentGateway;
  before(async () => {
    b = await openBrowserService('pglite', { now: NOW, settings: { sessionMinutes: 60 * 24 } });
    dev = await startDevPaymentGateway({ secret: SECRET, now: () => b.service.clock.now() });
    b.service.ctx.payments = {
      gateway: new HttpPaymentGateway({
        url: dev.url,
        secret: SECRET,
        timeoutMs: 5000,
        now: () => b.service.clock.now(),
      }),
      secret: SECRET,
      callbackUrl: `${b.base}/api/v1/payments/callback`,
      maxSkewSeconds: 300,
      prices: {},
      refusePlaceholderPrices: false,
    };
  });
  after(async () => {
    await dev.close();
    await b.close();
  });

  describe('S9b (004 cl.4, L1 r.8): file, "accepted" with the place and date, pay the first stage', () => {
    it('works end to end from the cabinet, in English', async () => {
      const lang: Language = 'en';
      const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
        translate(lang, key, params);
      const page = await b.newPage({ language: lang });
      await logIn(page, b.service, P.aigerim, '/cabinet');
      await page.click('main a[href="/cadastre/cases"]');
      assert.match(await main(page), new RegExp(t('cadastre.my-cases-none')));
      await page.click('main a[href="/cadastre/new"]');
      await assertAccessible(page);
      await screenshot(page, 'cadastre-variant');
      await assertPlain(page);
      // One question per page, with an error summary when it is not answered.
      await page.click('main button[type=submit]');
      assert.match(await main(page), new RegExp(t('cadastre.variant-choose')));
      await assertAccessible(page);
      await choose(page, t('cadastre.variant-S9b'));
      await assertAccessible(page);
      await choose(page, t('cadastre.object-flat'));
      await page.waitForURL(/\/where$/);
      await page.fill('#rka', '12345');
      await page.click('main button[type=submit]');
      assert.match(await main(page), new RegExp(t('cadastre.rka-invalid')));
      await page.fill('#rka', '2301 0000 0000 0001');
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/land$/);
      await assertAccessible(page);
      await choose(page, t('cadastre.no'));
      await page.waitForURL(/\/documents$/);
      await assertAccessible(page);
      await screenshot(page, 'cadastre-documents');
      await assertPlain(page);
      // S9b asks for the title document only (the land-plot one only when there is one).
      assert.equal(await page.locator('input[type=file]').count(), 1);
      await upload(page, 'title-document', { name: 'title.pdf', mimeType: 'application/pdf', buffer: PDF });
      assert.match(await main(page), new RegExp(t('cadastre.document-uploaded')));
      await assertAccessible(page);
      await page.click('main form[action="/cadastre/new/documents/done"] button');
      await consent(page, b, P.aigerim);
      await page.waitForURL(/\/check$/);
      await assertAccessible(page);
      await screenshot(page, 'cadastre-check');
      await assertPlain(page);
      const check = await main(page);
      assert.match(check, new RegExp(t('cadastre.variant-S9b')));
      assert.match(check, /2301000000000001/);
      assert.match(check, new RegExp(t('case-document-kind.title-document')));
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/cadastre\/cases\/[0-9a-f-]{36}$/);
      await assertAccessible(page);
      await screenshot(page, 'cadastre-accepted');
      await assertPlain(page);
      assert.equal((await page.textContent('main .panel h1'))?.trim(), t('cadastre.accepted-title'));
      const accepted = await main(page);
      // D4: a flat, filed on Thursday 19 March 2026 — the 3rd working day after the Nauryz holidays.
      assert.match(accepted, /27\.03\.2026/);
      assert.match(accepted, new RegExp(t('cadastre.accepted-where-value')));
      assert.match(accepted, /C-\d+/);
      const caseUrl = page.url();
      // The applicant downloads their own document as uploaded; another person cannot.
      const href = await page.getAttribute('main a[href^="/cadastre/documents/"]', 'href');
      const own = await page.request.get(href!);
      assert.equal(own.status(), 200);
      assert.equal(own.headers()['content-type'], 'application/pdf');
      assert.deepEqual(Buffer.from(await own.body()), PDF);
      const stranger = await b.newPage({ language: lang });
      await logIn(stranger, b.service, P.gulnar, '/cabinet');
      assert.equal((await stranger.request.get(href!)).status(), 404);
      assert.equal((await stranger.request.get(caseUrl)).status(), 404);
      // A second press or the back button does not file twice: the flow shows the case.
      await page.goto('/cadastre/new/check');
      assert.equal(page.url(), caseUrl);

      // The first stage (the base cost of the inspection) on the gateway's own page.
      await page.click(`main a.button[href^="${dev.url}"]`);
      await page.waitForURL((url) => url.href.startsWith(dev.url));
      await page.click('button[value="pay"]');
      await page.waitForLoadState();
      for (let i = 0; i < 100; i++) {
        await page.goto(caseUrl);
        if ((await main(page)).includes(t('cadastre.paid'))) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.match(await main(page), new RegExp(t('cadastre.paid')));
      assert.equal(await page.locator(`main a[href^="${dev.url}"]`).count(), 0);

      // "My requests": the state in plain words and the due date.
      await page.goto('/cadastre/cases');
      await assertAccessible(page);
      await screenshot(page, 'cadastre-my-cases');
      await assertPlain(page);
      const list = await main(page);
      assert.match(list, new RegExp(t('cadastre.state-accepted')));
      assert.match(list, /27\.03\.2026/);
    });
  });

  describe('S10 (004 cl.9, L2 r.3): a duplicate for an object known by its address', () => {
    it('asks the area for "something else" and files without documents, in Russian', async () => {
      const lang: Language = 'ru';
      const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
      const page = await b.newPage({ language: lang });
      await logIn(page, b.service, P.aigerim, '/cadastre/new');
      await choose(page, t('cadastre.variant-S10'));
      await choose(page, t('cadastre.object-other'));
      await page.waitForURL(/\/area$/);
      await assertAccessible(page);
      await page.fill('#area', 'много');
      await page.click('main button[type=submit]');
      assert.match(await main(page), new RegExp(t('cadastre.area-invalid')));
      await page.fill('#area', '1500,5');
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/where$/);
      await page.fill('#address', 'Мәңгілік Ел 12');
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/documents$/);
      assert.match(await main(page), new RegExp(t('cadastre.documents-none')));
      await page.click('main form[action="/cadastre/new/documents/done"] button');
      await consent(page, b, P.aigerim);
      await page.waitForURL(/\/check$/);
      assert.match(await main(page), /1500\.5 м²/);
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/cadastre\/cases\/[0-9a-f-]{36}$/);
      await assertAccessible(page);
      // L2 r.3: other objects over 1000 m² — the 3rd working day.
      assert.match(await main(page), /27\.03\.2026/);
      assert.equal((await page.textContent('main .panel h1'))?.trim(), t('cadastre.accepted-title'));
    });
  });

  describe('uploads (issue 17 item 5): type by content, size, empty, missing', () => {
    it('says what is wrong next to each document, in Kazakh, and keeps nothing wrong', async () => {
      const lang: Language = 'kk';
      const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
        translate(lang, key, params);
      const page = await b.newPage({ language: lang });
      await logIn(page, b.service, P.aigerim, '/cadastre/new');
      await choose(page, t('cadastre.variant-S9a'));
      // S9a describes the new property: its address with the code, its area, its owners.
      await page.waitForURL(/\/describe$/);
      await page.selectOption('#city', 'astana');
      await page.fill('#street', 'Жаңа көше');
      await page.fill('#house', '9');
      await page.fill('#rka', '2301000000000099');
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/area$/);
      await page.fill('#area', '72');
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/owners$/);
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/documents$/);
      // S9a: the commissioning act and the land-plot identification document.
      assert.equal(await page.locator('input[type=file]').count(), 2);
      // Nothing uploaded: both are missing.
      await page.click('main form[action="/cadastre/new/documents/done"] button');
      assert.equal(await page.locator('.error-summary li').count(), 2);
      await assertAccessible(page);
      // Text named .pdf and declared as a PDF is still text.
      const text = { name: 'act.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just some text') };
      await upload(page, 'commissioning-act', text);
      assert.match(await main(page), new RegExp(t('case-document.wrong-type')));
      await assertAccessible(page);
      await screenshot(page, 'cadastre-upload-error');
      await upload(page, 'commissioning-act', {
        name: 'empty.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(0),
      });
      assert.match(await main(page), new RegExp(t('case-document.empty')));
      const big = Buffer.alloc(MAX_DOCUMENT_BYTES + 1);
      PDF.copy(big);
      await upload(page, 'commissioning-act', { name: 'big.pdf', mimeType: 'application/pdf', buffer: big });
      assert.match(await main(page), new RegExp(t('case-document.too-large', { limitMb: 10 })));
      assert.equal(await page.locator('input[type=file]').count(), 2);
      // A JPEG photo is taken, whatever its name.
      const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
      await upload(page, 'commissioning-act', {
        name: 'photo.bin',
        mimeType: 'application/octet-stream',
        buffer: jpeg,
      });
      assert.equal(await page.locator('input[type=file]').count(), 1);
      await page.click('main form[action="/cadastre/new/documents/done"] button');
      assert.equal(await page.locator('.error-summary li').count(), 1);
      assert.match(
        await main(page),
        new RegExp(t('cadastre.documents-missing', { title: t('case-document-kind.land-plot-document') })),
      );
    });
  });
});
