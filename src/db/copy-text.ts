// PostgreSQL COPY text format: tab-separated columns, \N for NULL, backslash escapes.
const SPECIAL = /[\\\t\n\r]/g;
/** The same characters, tested first: most fields (IINs, dates, names) have none to escape. */
const HAS_SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export type CopyValue = string | number | boolean | null;

export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return HAS_SPECIAL.test(value) ? value.replace(SPECIAL, (c) => ESCAPES[c]!) : value;
}

/** Accumulates rows of one table as COPY text. */
export class CopyBuffer {
  readonly table: string;
  readonly columns: readonly string[];
  private parts: string[] = [];
  rows = 0;

  constructor(table: string, columns: readonly string[]) {
    this.table = table;
    this.columns = columns;
  }

  add(values: readonly CopyValue[]): void {
    let line = '';
    for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : '\t') + copyField(values[i]!);
    this.parts.push(line);
    this.rows++;
  }

  text(): string {
    return this.parts.length === 0 ? '' : this.parts.join('\n') + '\n';
  }
}
