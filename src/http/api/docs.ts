// The API's documentation: /openapi.json generated from the route schemas, and /api/docs, a
// Swagger UI served from the swagger-ui-dist package (no CDN: the service runs offline too). Its
// start script is a file too (no inline script under the Content-Security-Policy).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { html } from 'hono/html';

const require = createRequire(import.meta.url);
const START = "SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui' });\n";
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

export function mountDocs<E extends Env>(app: OpenAPIHono<E>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Tirkeu API',
      version: '1',
      description:
        'Electronic residence registration (Kazakhstan pilot 2025). Errors carry a stable code and messages in kk/ru/en. Every POST accepts an Idempotency-Key.',
    },
  });
  const dist = dirname(require.resolve('swagger-ui-dist/package.json'));
  app.get('/api/docs/start.js', (c) =>
    c.body(START, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' }),
  );
  app.get('/api/docs/:asset', async (c) => {
    const asset = c.req.param('asset');
    const type = ASSETS[asset];
    if (!type) return c.notFound();
    return c.body(await readFile(join(dist, asset)), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
  app.get('/api/docs', (c) =>
    c.html(
      html`<!doctype html>
        <html lang="en">
          <head>
            <meta charset="utf-8" />
            <title>Tirkeu API</title>
            <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
          </head>
          <body>
            <div id="ui"></div>
            <script src="/api/docs/swagger-ui-bundle.js"></script>
            <script src="/api/docs/start.js"></script>
          </body>
        </html>`,
    ),
  );
}
