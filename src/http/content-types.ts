// What a request body may be (issue 14, finding 4): the API reads JSON only, the pages read
// url-encoded forms only, except the pages that upload a file (the S9 filing's documents,
// issue 17 item 5; the S6/S8 filing's, issue 19), which read multipart. Anything else is 415,
// before a body is read — a text/plain or form post to the API, which a browser sends
// cross-site without asking, included.
// url-encoded forms only, except the one page that uploads a file (the S9 filing's documents,
// issue 17 item 5) and the S1 intake with its photo (issue 18), which read multipart. Anything else is 415, before a body is read — a
// text/plain or form post to the API, which a browser sends cross-site without asking, included.
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';
export const MULTIPART_TYPE = 'multipart/form-data';
/** Pages whose form uploads a file (body-limits.ts gives them their own limit). */
const UPLOAD_PAGES = /^\/((cadastre|licences)\/new\/documents|console\/passports\/new)$/;

/** The media type without parameters, lower case; undefined when the header is absent. */
export function mediaType(c: Context): string | undefined {
  const header = c.req.header('content-type');
  return header === undefined ? undefined : header.split(';')[0]!.trim().toLowerCase();
}

/** The charset parameter, when one is given. */
function charset(c: Context): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(c.req.header('content-type') ?? '');
  return match?.[1]?.toLowerCase();
}

export function hasBody(c: Context): boolean {
  const length = c.req.header('content-length');
  return c.req.header('transfer-encoding') !== undefined || (length !== undefined && length.trim() !== '0');
}

export function isApi(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

export function contentTypes(): MiddlewareHandler {
  return async (c, next) => {
    if (!WITH_BODY.has(c.req.method)) return next();
    const expected = isApi(c.req.path) ? JSON_TYPE : UPLOAD_PAGES.test(c.req.path) ? MULTIPART_TYPE : FORM_TYPE;
    const type = mediaType(c);
    const given = type !== undefined || hasBody(c);
    const cs = charset(c);
    if (given && (type !== expected || (cs !== undefined && cs !== 'utf-8' && cs !== 'utf8'))) {
      throw new AppError('unsupported-media-type', { expected });
    }
    await next();
  };
}
