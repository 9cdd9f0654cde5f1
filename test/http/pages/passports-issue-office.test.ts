// 003 ¶B5 in Chromium: the ЦОН employee records at intake whether an extra check or decision is
// needed (a coded choice); with one, the coupon tells the applicant the document will be issued
// at the ЦОН of the registered address and the day it is due there (the production time told at
// filing); "where is my document" says the same. Dana is registered in Almaty and files in Astana.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { sqlWantedPersons } from '../../../src/registries/sql/wanted-persons.ts';
import type { Actor } from '../../../src/services/actor.ts';
import { formRegister, moveRegister } from '../../../src/services/identity-documents/registers.ts';
import { exportPkcs12 } from '../../../src/services/signatures/pkcs12.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService } from '../../support/browser.ts';
import { addDwelling, P } from '../../support/family.ts';
import { familyDataset } from '../../support/service.ts';

// Monday 6 April 2026, 10:00 in Astana.
const NOW = '2026-04-06T05:00:00Z';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

const main = async (page: Page) => (await page.textContent('main')) ?? '';

describe('pages: 003 ¶B5, the extra check sends the document to the registered address', () => {
  let b: BrowserService;
  let dir: string;
  let reception: Page;

  before(async () => {
    b = await openBrowserService('pglite', {
      now: NOW,
      data: familyDataset((s) => addDwelling(s, '0202004000000001', [P.dana], 60, [P.dana], 'almaty')),
    });
    await b.service.ctx.database.db
      .insertInto('operators')
      .values({ iin: P.viktor, role: 'reception', office: 'astana-1' })
      .execute();
    dir = mkdtempSync(join(tmpdir(), 'tirkeu-b5-'));
    writeFileSync(
      join(dir, 'viktor.p12'),
      await exportPkcs12(await b.service.certificate({ iin: P.viktor }), [b.service.ca.certificate], 'pass'),
    );
    writeFileSync(join(dir, 'photo.jpg'), JPEG);
    reception = await b.newPage({ language: 'en' });
    await logIn(reception, b.service, P.viktor, '/');
  });
  after(() => b.close());

  async function accept(applicant: string, extraCheck: string) {
    await reception.goto('/console/passports/new');
    await reception.fill('#applicant', applicant);
    await reception.check('input[name=documentKind][value=id-card]');
    await reception.selectOption('#reason', 'lost');
    await reception.check('input[name=urgency][value=u1]');
    await reception.selectOption('#extraCheck', extraCheck);
    await reception.setInputFiles('#photo', join(dir, 'photo.jpg'));
    await reception.click('main form button');
  }

  it('without an extra check, the coupon names the accepting ЦОН and the day the document is due', async () => {
    await accept(P.aigerim, 'none');
    await reception.waitForURL(/\/sign$/);
    await reception.setInputFiles('#p12', join(dir, 'viktor.p12'));
    await reception.fill('#p12-password', 'pass');
    await reception.click('form[data-eds-content] button');
    await reception.waitForSelector('h1.coupon');
    assert.match(await main(reception), /issued at astana-1, ready by 21\.04\.2026/);
  });

  it('with one, the employee signs the issuing ЦОН into the formular; the coupon names it', async () => {
    await accept(P.dana, 'data-discrepancy');
    await reception.waitForURL(/\/sign$/);
    await assertAccessible(reception);
    const formular = await main(reception);
    assert.match(formular, /documents differ from the registries/);
    assert.match(formular, /Issued at\s*almaty-1/);
    await reception.setInputFiles('#p12', join(dir, 'viktor.p12'));
    await reception.fill('#p12-password', 'pass');
    await reception.click('form[data-eds-content] button');
    await reception.waitForSelector('h1.coupon');
    assert.match(await main(reception), /issued at almaty-1, ready by 21\.04\.2026/);
  });

  it('refuses an extra check for a person with no permanent registration, in words', async () => {
    await accept(P.erlan, 'decision-needed');
    assert.match(await main(reception), /no permanent registration/);
  });

  it('"where is my document" says where the document will be issued', async () => {
    const citizen = await b.newPage({ language: 'ru' });
    await logIn(citizen, b.service, P.dana, '/');
    await citizen.goto('/documents');
    await assertAccessible(citizen);
    assert.match(await main(citizen), /Документ будет выдан в almaty-1, готов к 21\.04\.2026/);
  });

  it('another ЦОН is refused the hand-over, in words naming the issuing one; that one lists the document', async () => {
    // The register through the units (their pages are tested in passports.test.ts).
    const ctx = b.service.ctx;
    const unit = (role: string, office: string) => ({ kind: 'operator', iin: P.erlan, role, office }) as Actor;
    let register = await formRegister(ctx, unit('qaiib', 'astana-1'), 'u1');
    const numbers = Object.fromEntries(register.cases.map((c, i) => [c.id, `04567891${i}`]));
    const dana = await ctx.database.db
      .selectFrom('cases')
      .select('id')
      .where('applicant_iin', '=', P.dana)
      .executeTakeFirstOrThrow();
    for (const [role, office, step] of [
      ['qaiib', 'astana-1', 'register'],
      ['kqpb', 'kqpb-astana', 'regional-check'],
      ['kqpd', 'kqpd', 'log-incoming'],
      ['kqpd', 'kqpd', 'department-check'],
      ['kqpd', 'kqpd', 'send-to-production'],
      ['aoo-rmk', 'aoo-rmk', 'produce'],
      ['kqpd', 'kqpd', 'register-ready'],
      ['kqpd', 'kqpd', 'dispatch-down'],
      ['kqpb', 'kqpb-astana', 'regional-file'],
      ['kqpb', 'kqpb-astana', 'regional-send'],
      ['qaiib', 'astana-1', 'to-con'],
    ] as const)
      register = (
        await moveRegister(
          ctx,
          unit(role, office),
          { registerId: register.id, step, ...(step === 'produce' ? { documentNumbers: numbers } : {}) },
          sqlWantedPersons(ctx.database.db),
        )
      ).register;
    await reception.goto('/console/passports');
    assert.equal(await reception.isVisible(`a[href$="${dana.id}/hand-over"]`), false);
    const refused = await reception.goto(`/console/passports/${dana.id}/hand-over`);
    assert.equal(refused?.status(), 409);
    assert.match(await main(reception), /issued only at almaty-1/);
    await ctx.database.db
      .insertInto('operators')
      .values({ iin: P.kulan, role: 'reception', office: 'almaty-1' })
      .execute();
    const almaty = await b.newPage({ language: 'kk' });
    await logIn(almaty, b.service, P.kulan, '/');
    await almaty.goto('/console/passports');
    assert.ok(await almaty.isVisible(`a[href$="${dana.id}/hand-over"]`));
  });
});
