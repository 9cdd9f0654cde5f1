// Configuration comes from the environment only (DEVELOPERS.md §6); every variable is validated
// here and a bad one stops the program with a coded error naming the variable.
import { z } from 'zod';
import { AppError } from './errors.ts';
import { LANGUAGES } from './i18n/messages.ts';

const schema = z.object({
  // 0 asks the system for a free port (tests); the port bound is printed at start.
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TIRKEU_DATA_DIR: z.string().min(1).default('./data'),
  TIRKEU_DEMO_PERSONS: z.coerce.number().int().min(1000).max(20_500_000).default(10_000),
  TIRKEU_DEMO_SEED: z
    .string()
    .regex(/^[0-9]{1,15}$/, 'must be a number')
    .default('2025'),
  TIRKEU_LANG: z.enum(LANGUAGES).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new AppError('invalid-config', { variable: String(issue.path[0]), detail: issue.message });
}
