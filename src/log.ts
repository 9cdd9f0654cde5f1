// Structured logs (pino). Personal data never belongs in a log line; the redaction below is the
// safety net for fields that carry it by mistake.
import { pino } from 'pino';

const PERSONAL = ['iin', 'name', 'fullName', 'phone', 'address', 'birthDate', 'applicant', 'owner'];

export const REDACT_PATHS = [
  ...PERSONAL,
  ...PERSONAL.map((k) => `*.${k}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'password',
  '*.password',
];

export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'tirkeu' } },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;
