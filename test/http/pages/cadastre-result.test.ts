// Issue 17 items 4–6, the whole S9b path in Chromium at 360 px (axe on the citizen's pages): the
// citizen files a cadastral passport with the title document and consent, pays the first stage on
// the development payment gateway's page; the back office takes it through the archive, the
// technical inspection (measurements), the payment-due notice, management's signature and the
// inventory file; the citizen pays the rest (004 L1 r.8) and downloads the passport signed with
// the State Corporation's seal — a PDF whose text holds the measured area (004 cl.4, cl.6, cl.7).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
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

const SECRET = new TextEncoder().encode('payment-secret-for-result-browser-32');
// 11:00 in Astana on Thursday 19 March 2026.
const NOW = '2026-03-19T06:00:00Z';
const OFFICE = 'astana-1';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n');
const lang: Language = 'en';
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(lang, key, params);
const main = async (page: Page) => ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');

/** Pays on the development gateway's own page, then waits on the request's page until `done` shows. */
async function payOnGateway(page: Page, dev: DevPaymentGateway, link: string, caseUrl: string, done: RegExp) {
  await page.click(link);
  await page.waitForURL((url) => url.href.startsWith(dev.url));
  await page.click('button[value="pay"]');
  await page.waitForLoadState();
  for (let i = 0; i < 100; i++) {
    await page.goto(caseUrl);
    if (done.test(await main(page))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.match(await main(page), done);
}

describe('pages: an S9b cadastral passport from the filing to the signed PDF (issue 17)', () => {
  let b: BrowserService;
  let dev: DevPaymentGateway;
  const staff: Record<'archive' | 'inspector' | 'executor' | 'management', Page> = {} as never;
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
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([
        { iin: P.sara, role: 'archive-employee', office: OFFICE },
        { iin: P.kulan, role: 'technical-inspector', office: OFFICE },
        { iin: P.nurlan, role: 'executor', office: OFFICE },
        { iin: P.timur, role: 'management', office: OFFICE },
      ])
      .execute();
    const people = [
      ['archive', P.sara],
      ['inspector', P.kulan],
      ['executor', P.nurlan],
      ['management', P.timur],
    ] as const;
    for (const [key, iin] of people) {
      staff[key] = await b.newPage({ language: 'en', width: 1024 });
      await logIn(staff[key], b.service, iin, '/');
    }
  });
  after(async () => {
    await dev.close();
    await b.close();
  });

  /** One back-office step, done from the request's page by the employee whose step it is. */
  async function complete(page: Page, caseId: string, fields: Record<string, string> = {}) {
    await page.goto(`/backoffice/cases/${caseId}`);
    for (const [field, value] of Object.entries(fields)) await page.fill(`#${field}`, value);
    await page.click('#act-complete + form button[type=submit]');
    await page.waitForURL(/\?done=1$/);
  }

  it('004 cl.4, cl.6, L1 r.8: filed, paid, inspected, signed, paid again, downloaded', async () => {
    // The citizen files on the portal: the object, its title document, consent by SMS code.
    const page = await b.newPage({ language: lang });
    await logIn(page, b.service, P.aigerim, '/cadastre/new');
    await page.getByLabel(t('cadastre.variant-S9b'), { exact: true }).check();
    await page.click('main button[type=submit]');
    await page.getByLabel(t('cadastre.object-flat'), { exact: true }).check();
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/where$/);
    await page.fill('#rka', '2301 0000 0000 0021');
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/land$/);
    await page.getByLabel(t('cadastre.no'), { exact: true }).check();
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/documents$/);
    await page.setInputFiles('#file-title-document', { name: 'title.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.click('main form:has(#file-title-document) button[type=submit]');
    await page.waitForLoadState();
    await page.click('main form[action="/cadastre/new/documents/done"] button');
    await page.waitForURL(/\/cadastre\/new\/consent$/);
    const sent = await smsCount(b.service, P.aigerim);
    await page.click('main button[type=submit]');
    await page.fill('#code', await codeFor(b.service, P.aigerim, sent));
    await page.click('main form:has(#code) button[type=submit]');
    await page.waitForURL(/\/check$/);
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/cadastre\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    const caseId = caseUrl.split('/').pop()!;
    // The place and the date of the result (004 cl.4).
    assert.match(await main(page), new RegExp(t('cadastre.accepted-where-value')));
    assert.match(await main(page), /27\.03\.2026/);

    // The first stage on the gateway's page.
    await payOnGateway(page, dev, `main a.button[href^="${dev.url}"]`, caseUrl, new RegExp(t('cadastre.paid')));

    // The back office: archive → inspection with the measurements → payment-due → signature → file.
    await complete(staff.archive, caseId);
    await complete(staff.inspector, caseId, {
      totalAreaM2: '64,5',
      livingAreaM2: '44,5',
      rooms: '3',
      explication: 'room 18.2; room 14.0; room 12.3; kitchen 9.1',
    });
    await complete(staff.executor, caseId);
    await complete(staff.management, caseId);
    await complete(staff.archive, caseId);

    // Held: no result yet, the rest to pay.
    await page.goto(caseUrl);
    await assertAccessible(page);
    await screenshot(page, 'cadastre-pay-rest');
    const held = await main(page);
    assert.match(held, new RegExp(t('cadastre.state-result-ready')));
    assert.match(held, new RegExp(t('cadastre.rest-title')));
    assert.equal(await page.locator('main a[href*="/results/"]').count(), 0);
    const passport = await b.service.ctx.database.db
      .selectFrom('case_documents')
      .select('id')
      .where('case_id', '=', caseId)
      .where('origin', '=', 'provider')
      .executeTakeFirstOrThrow();
    assert.equal((await page.request.get(`/cadastre/cases/${caseId}/results/${passport.id}`)).status(), 404);
    assert.equal((await page.request.get(`/cadastre/documents/${passport.id}`)).status(), 404);

    // The rest, on the gateway's page: the result is released to the cabinet.
    const rest = new RegExp(t('cadastre.results-title'));
    await payOnGateway(page, dev, `main a.button[href^="${dev.url}"]`, caseUrl, rest);
    await assertAccessible(page);
    await screenshot(page, 'cadastre-result');
    assert.match(await main(page), new RegExp(t('cadastre.state-issued')));
    assert.match(await main(page), new RegExp(t('cadastre.result-kind.cadastral-passport')));
    const href = await page.getAttribute('main a[href*="/results/"]', 'href');
    const download = await page.request.get(href!);
    assert.equal(download.status(), 200);
    assert.equal(download.headers()['content-type'], 'application/pdf');
    const pdf = Buffer.from(await download.body());
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-result-'));
    try {
      writeFileSync(join(dir, 'passport.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'passport.pdf'), '-'], { encoding: 'utf8' });
      assert.match(text, /Кадастровый паспорт объекта недвижимости/);
      assert.match(text, /64,5/, 'the measured total area');
      assert.match(text, /2301000000000021/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Owner only: another citizen is told there is no such result, nor request.
    const stranger = await b.newPage({ language: lang });
    await logIn(stranger, b.service, P.gulnar, '/cabinet');
    assert.equal((await stranger.request.get(href!)).status(), 404);
    assert.equal((await stranger.request.get(caseUrl)).status(), 404);
  });
});
