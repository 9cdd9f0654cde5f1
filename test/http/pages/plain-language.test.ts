// Plain language on the citizen and owner pages (issue 22, finding 4, item 4): in kk, ru and en
// no page a citizen or an owner reads shows a clause code such as (P7) or (F2), a ruleset id or
// an ISO date; those stay in the console's trace. Walks the wizard, the status page, the
// cabinet, the owner's consent list and request.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { dwelling, fillDate, mainText, owner, start, submit, submitForm } from '../../support/apply-pages.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService } from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';

type Lang = 'kk' | 'ru' | 'en';
const APPLICANT: Record<Lang, string> = { kk: P.nurlanA, ru: P.olga, en: P.saltanat };

const CLAUSE = /\((?:P|N|I|F|C)\d/;
const RULESET = /kz-pilot/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** The page's visible text (the whole body: header and footer too) holds no internal code. */
async function assertPlain(page: Page): Promise<void> {
  const text = await page.innerText('body');
  const where = new URL(page.url()).pathname;
  for (const [what, re] of [
    ['a clause code', CLAUSE],
    ['a ruleset id', RULESET],
    ['an ISO date', ISO_DATE],
  ] as const)
    assert.doesNotMatch(text, re, `${where} shows ${what}`);
}

describe('plain language: no clause codes, ruleset ids or ISO dates on citizen and owner pages', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite');
  });
  after(() => b.close());

  it('the checks themselves catch what they look for', () => {
    assert.match('Note (P7) here', CLAUSE);
    assert.match('Rules kz-pilot-2025', RULESET);
    assert.match('from 2025-11-11', ISO_DATE);
    assert.doesNotMatch('from 11.11.2025, 52,7 м²', ISO_DATE);
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`walks the applicant's and the owner's pages in ${lang}`, async () => {
      const page = await b.newPage({ language: lang });
      await logIn(page, b.service, APPLICANT[lang], `/apply/permanent?lang=${lang}`);
      await assertPlain(page);
      await start(page, 'permanent');
      await assertPlain(page);
      await dwelling(page, 'permanent', D.AL);
      await assertPlain(page);
      assert.equal(await owner(page, 'permanent', P.aigerim), 'previous-address');
      await assertPlain(page);
      await page.fill('#locality', 'Karaganda');
      await submitForm(page, '/apply/permanent/previous-address', /\/arrival$/);
      await assertPlain(page);
      await fillDate(page, 'arrivalDate', '2025-11-28');
      await page.check('input[name=arrivalReason][value=work]');
      await submitForm(page, '/apply/permanent/arrival', /\/about-you$/);
      await assertPlain(page);
      await page.selectOption('#education', 'higher');
      await page.selectOption('#occupation', 'employed');
      await page.check('input[name=familyStatus][value=married]');
      await submitForm(page, '/apply/permanent/about-you', /\/check$/);
      await assertPlain(page);
      const id = await submit(page, 'permanent');
      await assertPlain(page);
      assert.match(await mainText(page), /\d{2}\.\d{2}\.\d{4}/, 'the owner’s deadline as DD.MM.YYYY');
      await assertAccessible(page);
      await page.goto('/cabinet');
      await assertPlain(page);
      await page.context().close();

      const ownerPage = await b.newPage({ language: lang });
      await logIn(ownerPage, b.service, P.aigerim, '/consents');
      await assertPlain(ownerPage);
      await ownerPage.goto(`/consents/${id}`);
      await assertPlain(ownerPage);
      const NAME = { kk: /Қазақстан/, ru: /Казахстан/, en: /Kazakhstan/ }[lang];
      assert.match(await mainText(ownerPage), NAME, 'the country by its name');
      assert.doesNotMatch(await mainText(ownerPage), /, KZ\b/);
      await assertAccessible(ownerPage);
      await ownerPage.context().close();
    });
  }
});
