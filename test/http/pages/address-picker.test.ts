// Issue 22, finding 2, in Chromium with JavaScript off at 360 px, in kk, ru and en: a person who
// knows neither the РКА nor how the address is written finds it from the dwelling step by lists —
// city, street (narrowed by a plain GET form), house, flat — and choosing the flat answers the
// dwelling question as the search does. The same pages with JavaScript on are axe clean and do
// not scroll sideways at 360 px.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { mainText } from '../../support/apply-pages.ts';
import {
  assertAccessible,
  type BrowserService,
  codeFor,
  openBrowserService,
  screenshot,
  smsCount,
} from '../../support/browser.ts';
import { P } from '../../support/family.ts';
import { familyDataset } from '../../support/service.ts';

const FLAT = '0101000000001204';
const STREET = 'Қабанбай батыр даңғылы';
const CITY: Record<string, string> = { kk: 'Астана қ.', ru: 'г. Астана', en: 'Astana' };
const STREET_SHOWN: Record<string, string> = {
  kk: STREET,
  ru: 'проспект Кабанбай батыр',
  en: 'Kabanbay batyr Avenue',
};
const HOUSE: Record<string, string> = { kk: '12-үй', ru: 'Дом 12', en: 'House 12' };
const FLAT_SHOWN: Record<string, string> = { kk: '4-пәтер', ru: 'Квартира 4', en: 'Flat 4' };
const CHOSEN: Record<string, string> = {
  kk: 'Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер',
  ru: 'г. Астана, проспект Кабанбай батыр, д. 12, кв. 4',
  en: 'Astana, Kabanbay batyr Avenue, house 12, flat 4',
};

const flat = (rka: string, address: string, city = 'astana') => ({
  rka,
  city,
  address,
  area: 52.7,
  owners: [{ iin: P.aigerim, share: '1/1' }],
  stateRental: false,
});

describe('finding 2: the address chosen step by step, without JavaScript', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite', {
      data: familyDataset((input) => {
        input.dwellings!.push(
          flat(FLAT, CHOSEN['kk']!),
          flat('0101000000001205', `Астана қ., ${STREET}, 12-үй, 5-пәтер`),
          flat('0101000000001200', `Астана қ., ${STREET}, 120-үй`),
          flat('0101000000000200', `Астана қ., ${STREET}, 2-үй`),
          flat('0101000000002001', 'Астана қ., Абай даңғылы, 1-үй, 1-пәтер'),
          flat('0202000000000001', `Алматы қ., ${STREET}, 12-үй, 4-пәтер`, 'almaty'),
        );
      }),
    });
  });
  after(() => b.close());

  /** Logs in with JavaScript off, as logIn does, and starts a permanent registration. */
  const startWithoutScript = async (page: Page, iin: string) => {
    await page.goto(`/login?next=${encodeURIComponent('/apply/permanent')}`);
    await page.fill('#iin', iin);
    const sent = await smsCount(b.service, iin);
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/login\/code/);
    await page.fill('#code', await codeFor(b.service, iin, sent));
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/apply\/permanent$/);
    await page.click('main a.button');
    await page.waitForURL(/\/apply\/permanent\/dwelling$/);
  };

  const applicants: Record<string, string> = { kk: P.nurlanA, ru: P.olga, en: P.dauren };
  for (const language of ['kk', 'ru', 'en']) {
    it(`walks city → street → house → flat in ${language} and answers the dwelling question`, async () => {
      const context = await b.browser.newContext({
        baseURL: b.base,
        javaScriptEnabled: false,
        viewport: { width: 360, height: 800 },
        locale: language,
        extraHTTPHeaders: { 'accept-language': language },
      });
      const page = await context.newPage();
      await startWithoutScript(page, applicants[language]!);
      const visited: string[] = [];
      const step = async (click: () => Promise<void>, url: RegExp) => {
        await click();
        await page.waitForURL(url);
        visited.push(new URL(page.url()).pathname + new URL(page.url()).search);
      };

      await step(() => page.click('main a[href="/apply/permanent/dwelling/pick"]'), /\/dwelling\/pick$/);
      await step(() => page.click(`main ul a:text-is("${CITY[language]!}")`), /\/dwelling\/pick\/astana$/);
      assert.ok(!(await mainText(page)).includes('Алматы қ.'), 'only the chosen city’s streets');
      // Narrowed by a plain GET form, in another alphabet than the street's.
      await page.fill('#q', 'kabanbay');
      await step(() => page.click('form[role=search] button'), /\?q=kabanbay$/);
      assert.equal(await page.locator(`main ul a:text-is("${STREET_SHOWN['en']}")`).count(), language === 'en' ? 1 : 0);
      assert.equal(await page.locator('main ul a:has-text("Абай"), main ul a:has-text("Abai")').count(), 0);
      await step(() => page.click(`main ul a:text-is("${STREET_SHOWN[language]!}")`), /\/pick\/street\/[0-9]+$/);
      // Houses in number order: 2, 12, 120.
      const houses = await page.locator('main ul.choice-grid a').allTextContents();
      assert.deepEqual(
        houses.map((h) => h.trim()),
        ['2', '12', '120'].map((n) => HOUSE[language]!.replace('12', n)),
      );
      await step(() => page.click(`main ul a:text-is("${HOUSE[language]!}")`), /\/pick\/street\/[0-9]+\/12$/);
      assert.equal(await page.locator('main form button[name=choice]').count(), 2, 'flats 4 and 5');
      await page.click(`main form button[name=choice]:text-is("${FLAT_SHOWN[language]!}")`);
      await page.waitForURL(/\/apply\/permanent\/owner$/);
      // The dwelling question is answered with this flat: the owner page names its address.
      assert.ok((await mainText(page)).includes(CHOSEN[language]!), `the chosen address in ${language}`);

      // The same pages with JavaScript on (same session): axe clean, nothing wider than 360 px.
      const scripted = await b.browser.newContext({
        baseURL: b.base,
        viewport: { width: 360, height: 800 },
        locale: language,
        extraHTTPHeaders: { 'accept-language': language },
        storageState: await context.storageState(),
      });
      const check = await scripted.newPage();
      // docs/web.md shows the English walk: city, street list, narrowed list, houses, flats.
      const shots = ['picker-city', 'picker-streets', 'picker-streets-narrowed', 'picker-houses', 'picker-flats'];
      for (const [i, url] of visited.entries()) {
        await check.goto(url);
        assert.ok(await check.evaluate('document.documentElement.scrollWidth <= 360'), `${url} fits 360 px`);
        await assertAccessible(check);
        if (language === 'en') await screenshot(check, shots[i]!);
      }
      await scripted.close();
      await context.close();
    });
  }

  it('answers “not found” for a city or street that is not in the register', async () => {
    const page = await b.newPage({ language: 'en' });
    await startWithoutScript(page, P.zhanar);
    for (const url of ['/apply/permanent/dwelling/pick/nowhere', '/apply/permanent/dwelling/pick/street/1']) {
      const response = await page.goto(url);
      assert.equal(response?.status(), 404, url);
    }
    await page.close();
  });
});
