// S1 passports and identity cards in Chromium (issue 18 item 1; 002 R1 App1): the ЦОН employee
// accepts a request — IIN, document, reason, urgency, the photo — and signs the e-formular with
// their EDS file in the browser, answered by the registration coupon; the register travels
// ҚАІІб → КҚПБ → КҚПД → АӨО РМК (document number) → КҚПД → КҚПБ → ҚАІІб, each unit on its own
// page; the citizen follows "where is my document"; the ЦОН hands the document over against a
// receipt signed with EDS. The forms work at phone width and pass axe.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { exportPkcs12 } from '../../../src/services/signatures/pkcs12.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService } from '../../support/browser.ts';
import { P } from '../../support/family.ts';

// Monday 6 April 2026, 10:00 in Astana.
const NOW = '2026-04-06T05:00:00Z';
const OFFICE = 'astana-1';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

const main = async (page: Page) => (await page.textContent('main')) ?? '';

describe('pages: S1 passports and identity cards, intake → registers → hand-over', () => {
  let b: BrowserService;
  let dir: string;
  let p12: string;
  let register = '';
  const pages: Record<'reception' | 'qaiib' | 'kqpb' | 'kqpd' | 'production' | 'citizen', Page> = {} as never;

  before(async () => {
    b = await openBrowserService('pglite', { now: NOW });
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([
        { iin: P.viktor, role: 'reception', office: OFFICE },
        { iin: P.erlan, role: 'qaiib', office: OFFICE },
        { iin: P.kulan, role: 'kqpb', office: 'kqpb-astana' },
        { iin: P.nurlan, role: 'kqpd', office: 'kqpd' },
        { iin: P.sara, role: 'aoo-rmk', office: 'aoo-rmk' },
      ])
      .execute();
    dir = mkdtempSync(join(tmpdir(), 'tirkeu-s1-'));
    p12 = join(dir, 'viktor.p12');
    writeFileSync(
      p12,
      await exportPkcs12(await b.service.certificate({ iin: P.viktor }), [b.service.ca.certificate], 'pass'),
    );
    writeFileSync(join(dir, 'photo.jpg'), JPEG);
    for (const [key, iin, language] of [
      ['reception', P.viktor, 'en'],
      ['qaiib', P.erlan, 'ru'],
      ['kqpb', P.kulan, 'kk'],
      ['kqpd', P.nurlan, 'en'],
      ['production', P.sara, 'en'],
      ['citizen', P.aigerim, 'kk'],
    ] as const) {
      pages[key] = await b.newPage({ language });
      await logIn(pages[key], b.service, iin, '/');
    }
  });
  after(() => b.close());

  /** Signs the page's EDS form with the employee's file. */
  async function signWithEds(page: Page) {
    await page.setInputFiles('#p12', p12);
    await page.fill('#p12-password', 'pass');
    await page.click('form[data-eds-content] button');
  }

  /** The unit holding the register completes its step from the register's page. */
  async function complete(page: Page, fill?: (page: Page) => Promise<void>) {
    await page.goto(`/backoffice/registers/${register}`);
    await fill?.(page);
    await page.click('main form button');
    await page.waitForURL((url) => url.searchParams.get('done') === '1');
  }

  it('002 R1 App1 st.1–2: accepts at the ЦОН, the e-formular signed with EDS, the coupon given', async () => {
    const page = pages.reception;
    await page.goto('/console/passports/new');
    await assertAccessible(page);
    await page.click('main form button');
    assert.match(await main(page), /Enter the 12 digits of the IIN/);
    await page.fill('#applicant', P.aigerim);
    await page.check('input[name=documentKind][value=id-card]');
    await page.selectOption('#reason', 'expired');
    await page.check('input[name=urgency][value=u2]');
    await page.setInputFiles('#photo', join(dir, 'photo.jpg'));
    await page.click('main form button');
    await page.waitForURL(/\/sign$/);
    await assertAccessible(page);
    await signWithEds(page);
    await page.waitForSelector('h1.coupon');
    assert.match(await main(page), /Registration coupon C-\d{6}/);
  });

  it('002 R1 App1 st.3–13: the register moves unit by unit, with the document number at production', async () => {
    await pages.qaiib.goto('/backoffice/registers');
    await assertAccessible(pages.qaiib);
    await pages.qaiib.selectOption('#urgency', 'u2');
    await pages.qaiib.click('main form button');
    await pages.qaiib.waitForURL(/\/backoffice\/registers\/[0-9a-f-]{36}\?done=1/);
    register = new URL(pages.qaiib.url()).pathname.split('/').pop() ?? '';
    await complete(pages.qaiib);
    // The КҚПБ finds it among its incoming registers.
    await pages.kqpb.goto('/backoffice/registers');
    assert.ok(await pages.kqpb.isVisible(`a[href="/backoffice/registers/${register}"]`));
    await complete(pages.kqpb);
    for (let i = 0; i < 3; i += 1) await complete(pages.kqpd); // st.5, st.6 (wanted check), st.7
    await pages.production.goto(`/backoffice/registers/${register}`);
    await assertAccessible(pages.production);
    await complete(pages.production, async (page) => page.fill('main input[name^=number-]', '045678912'));
    await complete(pages.kqpd);
    await complete(pages.kqpd);
    await complete(pages.kqpb);
    await complete(pages.kqpb);
    await complete(pages.qaiib);
    assert.match(await main(pages.qaiib), /Реестр передан дальше/);
  });

  it('shows the citizen where the document is, each step with its due day', async () => {
    await pages.citizen.goto('/documents');
    await assertAccessible(pages.citizen);
    const text = await main(pages.citizen);
    assert.match(text, /Құжатым қайда/);
    assert.match(text, /07\.04\.2026/); // st.3 for U2: the next working day
    assert.match(text, /Сізге берілді/);
  });

  it('002 R1 App1 st.14: hands the document over against the receipt signed with EDS', async () => {
    const page = pages.reception;
    await page.goto('/console/passports');
    await page.click('a[href$="/hand-over"]');
    assert.match(await main(page), /045678912/);
    await assertAccessible(page);
    await signWithEds(page);
    await page.waitForSelector('text=The document is handed over');
    const [row] = await b.service.ctx.database.db
      .selectFrom('cases')
      .select('state')
      .where('service', '=', 'S1')
      .execute();
    assert.equal(row?.state, 'issued');
  });
});
