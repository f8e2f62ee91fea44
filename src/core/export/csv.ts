/** The CSV export: one row per claim, RFC 4180, UTF-8 with a BOM so spreadsheet programs detect the encoding. */
import { collectArticles, type ExportInput } from './model';

/** The header row, in column order. */
export const CSV_COLUMNS = ['article', 'kind', 'status', 'quote', 'cue', 'source name', 'source url', 'note', 'line', 'column', 'id'] as const;

/** Renders the CSV export (CRLF line ends, BOM first). Unanchored claims have an empty line and column. */
export function toCsv(input: ExportInput): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const { article, claims } of collectArticles(input)) {
    for (const c of claims) {
      rows.push([
        article.path,
        c.kind,
        c.status,
        c.quote,
        c.cue ?? '',
        c.source?.name ?? '',
        c.source?.url ?? '',
        c.note ?? '',
        c.unanchored ? '' : String(c.line),
        c.unanchored ? '' : String(c.column),
        c.id,
      ]);
    }
  }
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One RFC 4180 field. A value a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe, the OWASP advice, so that a hostile note cannot run a formula when the file is opened.
 */
export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}
