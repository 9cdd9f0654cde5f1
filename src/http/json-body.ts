// Every JSON body of the API passes here before a route sees it (issue 14): it must parse (else
// 400 invalid-json-body, not the 500 it was), nest at most MAX_DEPTH deep, and every string —
// keys included — is NFC-normalised and refused when it holds control characters, lone
// surrogates or invisible/bidi characters (400 invalid-text with the JSON pointer). No API field
// is multi-line or needs those characters; NUL and lone surrogates used to reach PostgreSQL and
// fail there as a 500 (SQLSTATE 22P05/22P02).
import type { Context, MiddlewareHandler } from 'hono';
import { normalizeText, textProblem } from '../domain/text.ts';
import { AppError } from '../errors.ts';
import { isApi, JSON_TYPE, mediaType } from './content-types.ts';

const MAX_DEPTH = 32;

function pointer(path: readonly (string | number)[]): string {
  return `/${path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

function checked(text: string, path: readonly (string | number)[]): string {
  const value = normalizeText(text);
  if (textProblem(value, { plain: true }) !== null) {
    // The pointer is built from keys that passed this check, so it holds no hostile character.
    const at = pointer(path);
    throw new AppError('invalid-text', { field: at }, { path: at });
  }
  return value;
}

/** The value with every string normalised, or an AppError naming the first bad one. */
export function cleanJson(value: unknown, path: (string | number)[] = [], depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new AppError('invalid-json-body');
  if (typeof value === 'string') return checked(value, path);
  if (Array.isArray(value)) return value.map((v, i) => cleanJson(v, [...path, i], depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const k = checked(key, path);
      out[k] = cleanJson(v, [...path, k], depth + 1);
    }
    return out;
  }
  return value;
}

declare module 'hono' {
  interface ContextVariableMap {
    rawBody: string;
  }
}

/**
 * The body exactly as it arrived, before normalisation: a signed message (the payment gateway's
 * callback, docs/payments.md) is verified over these bytes, which re-serialising would change.
 */
export function rawBodyOf(c: Context): string {
  // Unset when the request had no JSON body.
  return c.get('rawBody') ?? '';
}

export function jsonBodies(): MiddlewareHandler {
  return async (c, next) => {
    if (!isApi(c.req.path) || mediaType(c) !== JSON_TYPE || c.req.raw.body === null) return next();
    // Within the body limit already (body-limits.ts runs first).
    const text = await c.req.raw.text();
    c.set('rawBody', text);
    let body = text;
    if (text.trim() !== '') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new AppError('invalid-json-body');
      }
      body = JSON.stringify(cleanJson(parsed));
    }
    c.req.raw = new Request(c.req.raw, { body });
    await next();
  };
}
