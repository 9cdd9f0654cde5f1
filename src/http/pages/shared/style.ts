// The pages' style sheet, served by us as a file (never inline), so the Content-Security-Policy
// allows styles from our own origin only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';

const CSS = readFileSync(join(import.meta.dirname, 'assets', 'tirkeu.css'));

export function styleAssets() {
  const app = new Hono();
  app.get(
    '/tirkeu.css',
    () =>
      new Response(new Uint8Array(CSS), {
        headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=86400' },
      }),
  );
  return app;
}
