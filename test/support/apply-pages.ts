// Steps of the registration wizard in Chromium, shared by the wizard's browser tests: each step
// answers one question page the way a person would and waits for the next page.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, type BrowserService, codeFor, smsCount } from './browser.ts';

export type Kind = 'permanent' | 'temporary';

/** Clicks the page's (only) submit button of a form posting to `action` and waits for `url`. */
export async function submitForm(page: Page, action: RegExp | string, url: RegExp): Promise<void> {
  const forms = page.locator('main form[method=post]');
  const count = await forms.count();
  for (let i = 0; i < count; i++) {
    const form = forms.nth(i);
    const target = (await form.getAttribute('action')) ?? '';
    if (typeof action === 'string' ? target === action : action.test(target)) {
      await form.locator('button[type=submit]').first().click();
      await page.waitForURL(url);
      return;
    }
  }
  throw new Error(`no form posting to ${String(action)} on ${page.url()}`);
}

export interface Steps {
  /** Check every page visited with axe-core (once per kind of page is enough). */
  axe?: boolean;
  /** F4: the arrival date typed on the coupon (default three days before the family's date). */
  arrival?: string;
}

const check = async (page: Page, o: Steps) => {
  if (o.axe) await assertAccessible(page);
};

export async function start(page: Page, kind: Kind, o: Steps = {}): Promise<void> {
  await page.goto(`/apply/${kind}`);
  await check(page, o);
  await page.click('main a.button');
  await page.waitForURL(kind === 'temporary' ? /\/apply\/temporary\/period$/ : /\/apply\/permanent\/dwelling$/);
}

export async function period(page: Page, months: string, o: Steps = {}): Promise<void> {
  await check(page, o);
  await page.fill('#periodMonths', months);
  await submitForm(page, '/apply/temporary/period', /\/dwelling$/);
}

export async function dwelling(page: Page, kind: Kind, rka: string, o: Steps = {}): Promise<void> {
  await check(page, o);
  await page.fill('#rka', rka);
  await submitForm(page, `/apply/${kind}/dwelling`, /\/owner$/);
}

/** The owner page: null means "I own it". Returns where the wizard went next. */
export async function owner(page: Page, kind: Kind, iin: string | null, o: Steps = {}): Promise<string> {
  await check(page, o);
  if (iin === null) await page.check('input[name=ownerChoice][value=me]');
  else {
    await page.check('input[name=ownerChoice][value=other]');
    await page.fill('#ownerIin', iin);
  }
  await submitForm(page, `/apply/${kind}/owner`, /\/(relation|previous-address)$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

export async function relation(page: Page, kind: Kind, value: string, o: Steps = {}): Promise<void> {
  await check(page, o);
  await page.check(`input[name=relation][value="${value}"]`);
  await submitForm(page, `/apply/${kind}/relation`, /\/previous-address$/);
}

/** Types an ISO date into a GOV.UK date input's day, month and year fields. */
export async function fillDate(page: Page, name: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await page.fill(`#${name}-day`, String(Number(day)));
  await page.fill(`#${name}-month`, String(Number(month)));
  await page.fill(`#${name}-year`, year);
}

export async function coupon(page: Page, kind: Kind, o: Steps = {}): Promise<void> {
  await check(page, o);
  await page.fill('#region', 'Karaganda region');
  await page.fill('#locality', 'Karaganda');
  await page.fill('#street', 'Bukhar-Zhyrau 1');
  await submitForm(page, `/apply/${kind}/previous-address`, /\/arrival$/);
  await check(page, o);
  await fillDate(page, 'arrivalDate', o.arrival ?? '2025-11-28');
  await page.check('input[name=arrivalReason][value=work]');
  await submitForm(page, `/apply/${kind}/arrival`, /\/about-you$/);
  await check(page, o);
  await page.selectOption('#education', 'higher');
  await page.selectOption('#occupation', 'employed');
  await page.check('input[name=familyStatus][value=married]');
  await submitForm(page, `/apply/${kind}/about-you`, /\/check$/);
}

/** Submits on the check page; returns the application's id from the status page's address. */
export async function submit(page: Page, kind: Kind): Promise<string> {
  await submitForm(page, `/apply/${kind}/check`, /\/applications\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** The whole wizard for a permanent registration up to the status page. */
export async function applyFor(
  page: Page,
  o: { rka: string; owner: string | null; relation?: string; kind?: Kind; months?: string },
): Promise<string> {
  const kind = o.kind ?? 'permanent';
  await start(page, kind);
  if (kind === 'temporary') await period(page, o.months ?? '6');
  await dwelling(page, kind, o.rka);
  const next = await owner(page, kind, o.owner);
  if (o.relation) {
    assert.equal(next, 'relation', 'the relation question is asked when the norm is reached');
    await relation(page, kind, o.relation);
  } else assert.equal(next, 'previous-address', 'no relation question below the norm');
  await coupon(page, kind);
  return submit(page, kind);
}

/** Signs on /applications/:id/sign with the SMS code; waits for the status page. */
export async function signWithCode(page: Page, b: BrowserService, iin: string, id: string): Promise<void> {
  await page.goto(`/applications/${id}/sign`);
  const before = await smsCount(b.service, iin);
  await submitForm(page, `/applications/${id}/sign`, new RegExp(`/applications/${id}/sign$`));
  await page.fill('#code', await codeFor(b.service, iin, before));
  await page.locator('main form:has(#code) button[type=submit]').click();
  await page.waitForURL(new RegExp(`/applications/${id}$`));
}

/** The text of the page's main element, whitespace collapsed. */
export async function mainText(page: Page): Promise<string> {
  return ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');
}
