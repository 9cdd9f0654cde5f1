// Issue 14, issue 14, build item 10: a fuzz test driven by the API's own description. It reads
// /openapi.json and sends every operation malformed JSON, an oversized body, a wrong content
// type, and bodies and parameters generated from the operation's schemas (fast-check, seeded)
// with wrong types and unicode-hostile strings — NUL, lone surrogates, bidi overrides, zero-width
// characters, emoji, very long strings — without and with a session. No answer may be a 5xx, and
// no body may show a stack trace or an exception's text.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ENGINES } from '../../support/engines.ts';
import { apply } from '../../support/api-flow.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const SEED = 20_261_129;
const RUNS_PER_OPERATION = 25;

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};
interface Operation {
  method: string;
  path: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

const HOSTILE = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Egnp.exe',
  'Ал\u200Bматы',
  '\u2066ltr\u2069',
  '\uFEFF',
  '😀👨‍👩‍👧',
  'x'.repeat(70_000),
  '../../etc/passwd',
  "'; drop table persons; --",
  '<script>alert(1)</script>',
  '%00',
  '900701300108',
  '-1',
  '1e309',
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 300 }),
);

/** Any JSON value, for a field of the wrong type. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  hostileString,
  fc.constant([]),
  fc.constant({}),
  fc.constant({ __proto__: { polluted: true } }),
);

function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  return schema.$ref ? resolve(components[schema.$ref.split('/').pop()!]!, components) : schema;
}

/** A value for the schema: mostly of the right shape with hostile leaves, sometimes of the wrong type. */
function valueFor(raw: Schema, components: Record<string, Schema>, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw, components);
  const alternatives = schema.oneOf ?? schema.anyOf ?? schema.allOf;
  let typed: fc.Arbitrary<unknown>;
  if (depth > 4) typed = wrongType;
  else if (alternatives) typed = fc.oneof(...alternatives.map((s) => valueFor(s, components, depth + 1)));
  else if (schema.enum) typed = fc.oneof(fc.constantFrom(...schema.enum), hostileString);
  else {
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'object':
        typed = fc.record(
          Object.fromEntries(
            Object.entries(schema.properties ?? {}).map(([k, s]) => [k, valueFor(s, components, depth + 1)]),
          ),
          { requiredKeys: [] },
        );
        break;
      case 'array':
        typed = fc.array(valueFor(schema.items ?? {}, components, depth + 1), { maxLength: 12 });
        break;
      case 'integer':
      case 'number':
        typed = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(2 ** 53));
        break;
      case 'boolean':
        typed = fc.boolean();
        break;
      default:
        typed = hostileString;
    }
  }
  return fc.oneof({ weight: 4, arbitrary: typed }, { weight: 1, arbitrary: wrongType });
}

const TRACE = [/\n\s+at /, /\bat .+:\d+:\d+/, /node:internal/, /\.ts:\d+/, /\b(Type|Range|Syntax|Reference)Error\b/];

const seen = new Map<number, number>();
async function assertSafe(res: Response, what: string): Promise<void> {
  const text = await res.text();
  seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
  assert.ok(res.status < 500, `${what}: ${res.status} ${text.slice(0, 300)}`);
  for (const pattern of TRACE) assert.doesNotMatch(text, pattern, `${what}: ${text.slice(0, 300)}`);
}

for (const engine of ENGINES) {
  describe(`fuzzing every API operation from /openapi.json (${engine})`, () => {
    let s: TestService;
    let operations: Operation[];
    let components: Record<string, Schema>;
    let token: string;
    let applicationId: string;
    before(async () => {
      s = await openService(engine);
      token = await s.login(P.timur);
      // A real application, so that generated input also reaches the handlers behind {id}.
      applicationId = (await apply(s, token, { service: 'registration-permanent', rka: D.D6, owner: P.viktor })).id;
      const doc = (await (await s.fetch('GET', '/openapi.json')).json()) as {
        paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
        components: { schemas: Record<string, Schema> };
      };
      components = doc.components.schemas;
      operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })),
      );
      // Logging out ends the session the other operations use: last.
      operations.sort((a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')));
    });
    after(() => {
      if (process.env['FUZZ_DEBUG']) console.warn([...seen].sort());
      return s.dispose();
    });

    const send = (op: Operation, o: { path?: string; body?: string; type?: string; auth: boolean }) =>
      s.app.fetch(
        new Request(`http://tirkeu.test${o.path ?? op.path.replace(/\{[^}]+\}/g, crypto.randomUUID())}`, {
          method: op.method,
          headers: {
            ...(o.type ? { 'content-type': o.type } : {}),
            ...(o.auth ? { authorization: `Bearer ${token}` } : {}),
          },
          ...(op.method === 'GET' || op.method === 'HEAD' ? {} : o.body === undefined ? {} : { body: o.body }),
        }),
      );

    it('reads at least the documented operations', () => {
      assert.ok(operations.length >= 30, `only ${operations.length} operations`);
    });

    describe('build item 10: malformed, oversized, wrong-typed and unicode-hostile input is never a 5xx', () => {
      for (const auth of [false, true]) {
        it(`fixed cases on every operation, ${auth ? 'with' : 'without'} a session`, async () => {
          if (auth) token = await s.login(P.timur);
          for (const op of operations) {
            const name = `${op.method} ${op.path}`;
            await assertSafe(
              await send(op, { auth, type: 'application/json', body: '{"a": [1, 2' }),
              `${name} malformed`,
            );
            await assertSafe(
              await send(op, { auth, type: 'application/json', body: JSON.stringify({ x: 'y'.repeat(300_000) }) }),
              `${name} oversized`,
            );
            await assertSafe(await send(op, { auth, type: 'text/plain', body: 'hello' }), `${name} text/plain`);
            await assertSafe(
              await send(op, { auth, type: 'application/json', body: '"\\u0000\\ud800"' }),
              `${name} NUL`,
            );
            for (const bad of ['%00', '%ED%A0%80', '%E2%80%AE', 'x'.repeat(5000), '..%2F..%2F']) {
              await assertSafe(
                await send(op, { auth, path: `${op.path.replace(/\{[^}]+\}/g, bad)}?page=${bad}&size=${bad}` }),
                `${name} param ${bad.slice(0, 12)}`,
              );
            }
          }
        });

        it(`bodies and parameters generated from the schemas, ${auth ? 'with' : 'without'} a session`, async () => {
          if (auth) token = await s.login(P.timur);
          for (const op of operations) {
            const schema = op.requestBody?.content['application/json']?.schema;
            const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
            await fc.assert(
              fc.asyncProperty(
                schema ? valueFor(schema, components) : fc.constant(undefined),
                fc.tuple(
                  ...params.map((p) =>
                    p.name === 'id' ? fc.oneof(fc.constant(applicationId), hostileString) : hostileString,
                  ),
                ),
                async (body, values) => {
                  let path = op.path;
                  const query = new URLSearchParams();
                  params.forEach((p, i) => {
                    const v = values[i]!;
                    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(v.toWellFormed()));
                    else query.set(p.name, v.toWellFormed());
                  });
                  const q = query.size > 0 ? `?${query.toString()}` : '';
                  const res = await send(op, {
                    auth,
                    path: `${path.replace(/\{[^}]+\}/g, crypto.randomUUID())}${q}`,
                    type: 'application/json',
                    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                  });
                  await assertSafe(res, `${op.method} ${op.path} ${JSON.stringify(body)?.slice(0, 200)}`);
                },
              ),
              { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
            );
          }
        });
      }
    });
  });
}
