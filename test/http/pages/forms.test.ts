// GOV.UK form patterns on the citizen pages (issue 22, finding 6, item 5), in kk, ru and en at
// 360 px: one specific message per field and per way it can be wrong, spaces in a pasted IIN
// stripped (no maxlength cutting it), the focus on the error summary, the three-field date.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { dwelling, fillDate, owner, start, submitForm } from '../../support/apply-pages.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService } from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';

type Lang = 'kk' | 'ru' | 'en';
const LANGS: Lang[] = ['kk', 'ru', 'en'];
/** One applicant per language: each has a draft of their own. */
const APPLICANT: Record<Lang, string> = { kk: P.nurlanA, ru: P.olga, en: P.saltanat };

const WORDS: Record<Lang, Record<string, RegExp>> = {
  en: {
    iinMissing: /Enter your IIN/,
    iinLength: /12 digits/,
    ownerMissing: /Enter the owner's IIN/,
    dateMissing: /Enter the date you arrived/,
    dayMissing: /must include a day/,
    impossible: /must be a real date/,
    future: /today or in the past/,
    reason: /Select why you came/,
    education: /Select your education/,
    occupation: /Select your occupation/,
    family: /Select your family status/,
    verify: /Enter the certificate number/,
  },
  ru: {
    iinMissing: /Введите ваш ИИН/,
    iinLength: /12 цифр/,
    ownerMissing: /Введите ИИН собственника/,
    dateMissing: /Введите дату прибытия/,
    dayMissing: /не хватает дня/,
    impossible: /Такой даты нет/,
    future: /не может быть позже сегодняшнего/,
    reason: /Выберите причину прибытия/,
    education: /Выберите ваше образование/,
    occupation: /Выберите ваше занятие/,
    family: /Выберите ваше семейное положение/,
    verify: /Введите номер справки/,
  },
  kk: {
    iinMissing: /ЖСН-іңізді енгізіңіз/,
    iinLength: /12 цифр/,
    ownerMissing: /Меншік иесінің ЖСН-ін енгізіңіз/,
    dateMissing: /Келген күніңізді енгізіңіз/,
    dayMissing: /күні жоқ/,
    impossible: /Мұндай күн жоқ/,
    future: /бүгіннен кейін бола алмайды/,
    reason: /Келу себебін таңдаңыз/,
    education: /Біліміңізді таңдаңыз/,
    occupation: /Қызметіңізді таңдаңыз/,
    family: /Отбасы жағдайыңызды таңдаңыз/,
    verify: /Анықтама нөмірін енгізіңіз/,
  },
};

const summary = async (page: Page) => (await page.textContent('.error-summary')) ?? '';
const focusedIsSummary = (page: Page) =>
  page.evaluate("document.activeElement?.classList.contains('error-summary') ?? false");
const submit = (page: Page) => page.click('main form:not([role=search]) button[type=submit]');

describe('GOV.UK patterns: specific errors, no truncation, focus on the summary, the date input', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite');
  });
  after(() => b.close());

  for (const lang of LANGS) {
    const w = WORDS[lang];
    it(`login [${lang}]: an empty IIN asks for it, a short one says 12 digits, a pasted one with spaces is accepted`, async () => {
      const page = await b.newPage({ language: lang });
      await page.goto(`/login?lang=${lang}`);
      assert.equal(await page.getAttribute('#iin', 'maxlength'), null, 'nothing cuts a pasted number');
      await page.click('main button[type=submit]');
      assert.match(await summary(page), w.iinMissing!);
      assert.match((await page.textContent('#iin-error')) ?? '', w.iinMissing!);
      assert.ok(await focusedIsSummary(page), 'the focus is on the error summary');
      await assertAccessible(page);
      await page.fill('#iin', '85051741');
      await page.click('main button[type=submit]');
      assert.match(await summary(page), w.iinLength!);
      const spaced = ` ${P.aigerim.slice(0, 6)} ${P.aigerim.slice(6)} `;
      await page.fill('#iin', spaced);
      assert.equal(await page.inputValue('#iin'), spaced);
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/login\/code/);
      await page.context().close();
    });

    it(`verify [${lang}]: an empty number asks for it`, async () => {
      const page = await b.newPage({ language: lang });
      await page.goto(`/verify?number=&lang=${lang}`);
      assert.match(await summary(page), w.verify!);
      assert.ok(await focusedIsSummary(page));
      assert.equal(await page.getAttribute('#number', 'maxlength'), null);
      await assertAccessible(page);
      await page.context().close();
    });

    it(`wizard [${lang}]: the owner's IIN, the arrival date in three fields, each coupon question once`, async () => {
      const page = await b.newPage({ language: lang });
      await logIn(page, b.service, APPLICANT[lang], `/apply/permanent?lang=${lang}`);
      await start(page, 'permanent');
      await dwelling(page, 'permanent', D.AL);
      await page.check('input[name=ownerChoice][value=other]');
      await submit(page);
      assert.match(await summary(page), w.ownerMissing!);
      assert.ok(await focusedIsSummary(page));
      await assertAccessible(page);
      assert.equal(await owner(page, 'permanent', ` ${P.aigerim} `), 'previous-address');
      await page.fill('#locality', 'Karaganda');
      await submitForm(page, '/apply/permanent/previous-address', /\/arrival$/);
      // The date: three numeric fields, no type=date picker in the browser's own locale.
      assert.equal(await page.locator('input[type=date]').count(), 0);
      assert.equal(await page.getAttribute('#arrivalDate-day', 'inputmode'), 'numeric');
      await submit(page);
      const empty = await summary(page);
      assert.match(empty, w.dateMissing!);
      assert.match(empty, w.reason!);
      assert.ok(await page.isVisible('.error-summary a[href="#arrivalDate-day"]'));
      assert.ok(await focusedIsSummary(page));
      await assertAccessible(page);
      await page.fill('#arrivalDate-month', '11');
      await page.fill('#arrivalDate-year', '2025');
      await submit(page);
      assert.match(await summary(page), w.dayMissing!);
      assert.equal(await page.inputValue('#arrivalDate-month'), '11', 'what was typed is kept');
      await fillDate(page, 'arrivalDate', '2025-04-30');
      await page.fill('#arrivalDate-day', '31');
      await submit(page);
      assert.match(await summary(page), w.impossible!);
      await fillDate(page, 'arrivalDate', '2030-01-01');
      await submit(page);
      assert.match(await summary(page), w.future!);
      await fillDate(page, 'arrivalDate', '2025-11-28');
      await page.check('input[name=arrivalReason][value=work]');
      await submitForm(page, '/apply/permanent/arrival', /\/about-you$/);
      await submit(page);
      const about = await summary(page);
      for (const re of [w.education!, w.occupation!, w.family!]) assert.match(about, re);
      assert.equal(
        new Set(await page.locator('.error-summary li').allTextContents()).size,
        3,
        'three different messages',
      );
      await assertAccessible(page);
      // Back to the arrival page: the saved date is shown in its three fields.
      await page.goto(`/apply/permanent/arrival?lang=${lang}`);
      assert.deepEqual(
        [
          await page.inputValue('#arrivalDate-day'),
          await page.inputValue('#arrivalDate-month'),
          await page.inputValue('#arrivalDate-year'),
        ],
        ['28', '11', '2025'],
      );
      await page.context().close();
    });
  }
});
