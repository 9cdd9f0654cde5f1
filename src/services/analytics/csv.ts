// RFC 4180 CSV for the analytics exports: a header line, CRLF line ends, fields quoted when they
// hold a comma, a quote or a line break. An empty field is a suppressed or absent value.
export type CsvValue = string | number | boolean | null;

function field(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
