// console pages (issue 6): being built.
import { Hono } from 'hono';
import type { ServiceContext } from '../../services/context.ts';
import type { PageEnv } from './env.ts';

export function consolePages(ctx: ServiceContext) {
  void ctx;
  return new Hono<PageEnv>();
}
