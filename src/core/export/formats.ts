/** The export formats by name: what the CLI's `--format` and the command's quick pick offer. */
import { toClaimReview } from './claimReview';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import type { ExportInput } from './model';
import { toWebAnnotation } from './webAnnotation';

/** Every format name, in the order they are offered. */
export const EXPORT_FORMATS = ['md', 'html', 'csv', 'webannotation', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How each format is described, named and rendered. */
export interface FormatInfo {
  label: string;
  description: string;
  extension: string;
  render(input: ExportInput): string;
}

/** The format table. */
export const FORMATS: Record<ExportFormat, FormatInfo> = {
  md: { label: 'Markdown report', description: 'Counts and claims per article; reads well on GitHub', extension: '.md', render: toMarkdown },
  html: { label: 'HTML report', description: 'Self-contained, printable, article text highlighted', extension: '.html', render: toHtml },
  csv: { label: 'CSV', description: 'One row per claim, for spreadsheets', extension: '.csv', render: toCsv },
  webannotation: { label: 'W3C Web Annotation (JSON-LD)', description: 'AnnotationCollection for annotation tools', extension: '.jsonld', render: toWebAnnotation },
  claimreview: { label: 'schema.org ClaimReview (JSON-LD)', description: 'Claims with a verdict, for publishing fact checks', extension: '.jsonld', render: toClaimReview },
};

/** True when `name` is a format name. */
export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** Renders `input` in `format`. */
export function renderExport(format: ExportFormat, input: ExportInput): string {
  return FORMATS[format].render(input);
}
