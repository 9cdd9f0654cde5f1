// Issue 17 item 5, 004 cl.4: S9a from the portal in Chromium at 360 px (axe on every page). The
// citizen describes the new property — its address with the registration code, the area of the
// commissioning act, the owners and their shares — uploads the act and the land-plot document,
// consents and files; the executor's step then enters exactly that object into ЕГКН, and a second
// filing of the same property is stopped on the check page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { registerAddress } from '../../../src/domain/cases/cadastre-object.ts';
import type { CaseActor } from '../../../src/domain/cases/case.ts';
import { type Language, translate } from '../../../src/i18n/messages.ts';
import { pickerCities } from '../../../src/services/addresses.ts';
import { PILOT_OFFICE } from '../../../src/services/case-documents/portal.ts';
import { applyCaseEvent } from '../../../src/services/cases/apply.ts';
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

// 11:00 in Astana on Thursday 19 March 2026.
const NOW = '2026-03-19T06:00:00Z';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n');
const RKA = '0101007000000061';
const main = async (page: Page) => ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');
/** A message as a pattern: its brackets and dots are literal. */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const submit = (page: Page) => page.click('main button[type=submit]');
const staff = (role: string): CaseActor => ({ kind: 'staff', iin: '850101300001', role, office: PILOT_OFFICE });

async function upload(page: Page, kind: string) {
  await page.setInputFiles(`#file-${kind}`, { name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF });
  await page.click(`main form:has(#file-${kind}) button[type=submit]`);
  await page.waitForLoadState();
}

async function consent(page: Page, b: BrowserService, iin: string) {
  await page.waitForURL(/\/cadastre\/new\/consent$/);
  const before = await smsCount(b.service, iin);
  await submit(page);
  await page.fill('#code', await codeFor(b.service, iin, before));
  await page.click('main form:has(#code) button[type=submit]');
}

/** From the first question to the check page of an S9a filing of the flat at RKA. */
async function describeFlat(page: Page, t: (key: Parameters<typeof translate>[1]) => string) {
  await page.getByLabel(t('cadastre.variant-S9a'), { exact: true }).check();
  await submit(page);
  await page.waitForURL(/\/describe$/);
  await page.selectOption('#city', 'astana');
  await page.fill('#street', 'Жаңа көше');
  await page.fill('#house', '7');
  await page.fill('#flat', '61');
  await page.fill('#rka', RKA);
  await submit(page);
  await page.waitForURL(/\/area$/);
  await page.fill('#area', '64,5');
  await submit(page);
  await page.waitForURL(/\/owners$/);
}

describe('pages: S9a, a new property described and entered into ЕГКН (004 cl.4)', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite', { now: NOW, settings: { sessionMinutes: 60 * 24 } });
  });
  after(() => b.close());

  it('files the address, area and owners, which the executor enters as they were given, in Russian', async () => {
    const lang: Language = 'ru';
    const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
    const page = await b.newPage({ language: lang });
    await logIn(page, b.service, P.aigerim, '/cadastre/new');

    // The address page checks every field at once, with an error summary.
    await page.getByLabel(t('cadastre.variant-S9a'), { exact: true }).check();
    await submit(page);
    await page.waitForURL(/\/describe$/);
    await assertAccessible(page);
    await screenshot(page, 'cadastre-new-describe');
    await page.fill('#street', 'Жаңа көше, 7');
    await page.fill('#rka', '0101');
    await submit(page);
    const errors = await main(page);
    for (const key of [
      'cadastre.new-city-choose',
      'cadastre.new-street-invalid',
      'cadastre.new-house-invalid',
      'cadastre.rka-invalid',
    ] as const)
      assert.match(errors, literally(t(key)), key);
    await assertAccessible(page);
    await page.goto('/cadastre/new');
    await describeFlat(page, t);

    // Owners: the shares must make the whole property; another owner's IIN is checked.
    await assertAccessible(page);
    await screenshot(page, 'cadastre-new-owners');
    await page.fill('#myShare', '1/2');
    await page.fill('#iin1', '950505410245');
    await page.fill('#share1', '1/2');
    await submit(page);
    assert.match(await main(page), literally(t('cadastre.new-owners-iin')));
    await page.fill('#iin1', P.saltanat);
    await page.fill('#share1', '1/3');
    await submit(page);
    assert.match(await main(page), literally(t('cadastre.new-owners-total')));
    await page.fill('#share1', '1/2');
    await submit(page);

    // S9a's documents: the act of commissioning and the land-plot document.
    await page.waitForURL(/\/documents$/);
    assert.equal(await page.locator('input[type=file]').count(), 2);
    await upload(page, 'commissioning-act');
    await upload(page, 'land-plot-document');
    await page.click('main form[action="/cadastre/new/documents/done"] button');
    await consent(page, b, P.aigerim);
    await page.waitForURL(/\/check$/);
    await assertAccessible(page);
    await screenshot(page, 'cadastre-new-check');
    const check = await main(page);
    // The address in the register's form, after the city's place as its other addresses name it.
    const place = (await pickerCities(b.service.ctx)).find((c) => c.city === 'astana')?.place ?? '';
    const address = registerAddress(place, 'Жаңа көше', '7', '61');
    assert.match(check, literally(address));
    assert.match(check, new RegExp(RKA));
    assert.match(check, /64\.5 м²|64,5 м²/);
    assert.match(check, /Вы — 1\/2/);
    // The other owner's IIN is shown masked: the page need not repeat it in full.
    assert.match(check, /\*{8}0244 — 1\/2/);
    assert.doesNotMatch(check, new RegExp(P.saltanat));
    await submit(page);
    await page.waitForURL(/\/cadastre\/cases\/[0-9a-f-]{36}$/);
    const caseId = new URL(page.url()).pathname.split('/').pop()!;

    // The back office: archive, then the executor enters the object into ЕГКН.
    const now = b.service.clock.now();
    const step = (name: string, role: string) =>
      applyCaseEvent(
        b.service.ctx.database,
        { caseId, event: { kind: 'complete-step', step: name, actor: staff(role) } },
        now,
      );
    await step('archive', 'archive-employee');
    await step('enter-data', 'executor');
    const db = b.service.ctx.database.db;
    const dwelling = await db.selectFrom('dwellings').selectAll().where('rka', '=', RKA).executeTakeFirstOrThrow();
    assert.deepEqual(
      [dwelling.city, dwelling.address, Number(dwelling.area), dwelling.house, dwelling.flat],
      ['astana', address, 64.5, 7, 61],
    );
    const owners = await db
      .selectFrom('dwelling_owners')
      .select(['iin', 'share_num', 'share_den'])
      .where('rka', '=', RKA)
      .orderBy('iin')
      .execute();
    assert.deepEqual(owners, [
      { iin: P.aigerim, share_num: 1, share_den: 2 },
      { iin: P.saltanat, share_num: 1, share_den: 2 },
    ]);

    // The same property again: the check page says ЕГКН has it, and nothing is filed.
    const cases = async () => (await db.selectFrom('cases').select('id').execute()).length;
    const before = await cases();
    await page.goto('/cadastre/new');
    await describeFlat(page, t);
    await submit(page);
    await page.waitForURL(/\/documents$/);
    await upload(page, 'commissioning-act');
    await upload(page, 'land-plot-document');
    await page.click('main form[action="/cadastre/new/documents/done"] button');
    await consent(page, b, P.aigerim);
    await page.waitForURL(/\/check$/);
    await submit(page);
    assert.match(await main(page), new RegExp(RKA));
    assert.match(page.url(), /\/check$/);
    assert.equal(await cases(), before);
  });
});
