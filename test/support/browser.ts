// The browser suite's harness: the e-service served on a real port, Debian's Chromium driven by
// playwright-core (flags from the developers' brief), a worker loop delivering SMS as the server
// does, and the checks every page gets — axe-core (no serious or critical violations).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { EngineKind } from '../../src/db/database.ts';
import type { RegistryDataset } from '../../src/domain/registry-facts.ts';
import type { ServiceSettings } from '../../src/services/context.ts';
import { openService, type TestService } from './service.ts';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

export interface BrowserService {
  service: TestService;
  base: string;
  browser: Browser;
  /** A page in a fresh context (own cookies): one person's browser. Phone width by default. */
  newPage(options?: { width?: number; language?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowserService(
  engine: EngineKind,
  options: { data?: RegistryDataset; settings?: Partial<ServiceSettings>; now?: string } = {},
): Promise<BrowserService> {
  const service = await openService(engine, options);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: (request) => service.app.fetch(request), port: 0, hostname: '127.0.0.1' }, () =>
      resolve(s),
    );
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The server's worker delivers the outbox (SMS codes) every moment; so does this loop.
  let stopped = false;
  let round: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    if (!stopped) round = round.then(() => service.duties()).catch(() => undefined);
  }, 100);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    service,
    base,
    browser,
    async newPage({ width = 360, language = 'kk' } = {}) {
      const context = await browser.newContext({
        baseURL: base,
        viewport: { width, height: 800 },
        locale: language,
        extraHTTPHeaders: { 'accept-language': language },
      });
      return context.newPage();
    },
    async close() {
      stopped = true;
      clearInterval(timer);
      await round;
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await service.dispose();
    },
  };
}

async function phoneOf(service: TestService, iin: string): Promise<string> {
  const binding = await service.ctx.registries.phones.phoneOf(iin);
  if (!binding) throw new Error(`${iin} has no phone`);
  return binding.phone;
}

/** How many SMS the person has had so far: pass it to codeFor to wait for the next one. */
export async function smsCount(service: TestService, iin: string): Promise<number> {
  return service.sms.recent(await phoneOf(service, iin)).length;
}

/** Waits until the worker has delivered a new code to the person (after `before` SMS), returns it. */
export async function codeFor(service: TestService, iin: string, before: number): Promise<string> {
  const phone = await phoneOf(service, iin);
  for (let i = 0; i < 100; i++) {
    const sent = service.sms.recent(phone);
    if (sent.length > before) {
      const code = /(\d{6})/.exec(sent[0]?.text ?? '')?.[1];
      if (code) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no code reached ${iin}`);
}

/** Logs in on the pages with IIN + SMS code, as a person would. */
export async function logIn(page: Page, service: TestService, iin: string, next = '/cabinet'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.fill('#iin', iin);
  const before = await smsCount(service, iin);
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/login\/code/);
  await page.fill('#code', await codeFor(service, iin, before));
  await page.click('main button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** axe-core on the page as it is now: no serious or critical violation. */
export async function assertAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    [],
    `accessibility of ${page.url()}`,
  );
}

/** Saves a screenshot for the docs when TIRKEU_SCREENSHOTS=1 (docs/screenshots/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env['TIRKEU_SCREENSHOTS'] !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
