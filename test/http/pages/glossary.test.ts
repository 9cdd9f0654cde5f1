// Issue 22, finding 5: the abbreviations that stay on the pages (РКА, ЦОН, ЕГКН, БМГ) are
// explained in plain words on /glossary in kk, ru and en, reachable from every page's footer.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openService, type TestService } from '../../support/service.ts';

const EXPECTED: Record<string, string[]> = {
  en: ['Registration code of the address', 'Public service centre', 'Real-estate cadastre', 'Mobile citizens database'],
  ru: ['Регистрационный код адреса', 'Центр обслуживания населения', 'кадастр недвижимости', 'База мобильных граждан'],
  kk: ['Мекенжайдың тіркеу коды', 'Халыққа қызмет көрсету орталығы', 'кадастры', 'Мобильді азаматтар базасы'],
};

describe('finding 5: a glossary of the words that stay', () => {
  let service: TestService;
  before(async () => {
    service = await openService('pglite');
  });
  after(() => service.dispose());

  for (const [lang, names] of Object.entries(EXPECTED)) {
    it(`explains РКА, ЦОН, ЕГКН and БМГ in ${lang}, each with an anchor and its full name`, async () => {
      const page = await (await service.fetch('GET', `/glossary?lang=${lang}`)).text();
      for (const term of ['rka', 'tson', 'egkn', 'bmg']) assert.match(page, new RegExp(`<dt id="${term}">`));
      for (const abbr of [lang === 'kk' ? 'ХҚКО' : 'ЦОН', 'РКА', 'ЕГКН', 'БМГ'])
        assert.match(page, new RegExp(`<abbr title="[^"]+">${abbr}</abbr>`), abbr);
      for (const name of names) assert.ok(page.includes(name), name);
    });
  }

  it('is linked from the footer of every page', async () => {
    for (const path of ['/', '/verify', '/login']) {
      const page = await (await service.fetch('GET', `${path}?lang=en`)).text();
      assert.match(page, /<footer[\s\S]*<a href="\/glossary">Words used in this service<\/a>/, path);
    }
  });
});
