/** The export formats with their renderers: what the CLI's `--format` and the command render. */
import { toClaimReview } from './claimReview';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { FORMAT_NAMES, type ExportFormat, type FormatName } from './formatNames';
import type { ExportInput } from './model';
import { toWebAnnotation } from './webAnnotation';

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formatNames';

/** How each format is described, named and rendered. */
export interface FormatInfo extends FormatName {
  render(input: ExportInput): string;
}

/** The format table. */
export const FORMATS: Record<ExportFormat, FormatInfo> = {
  md: { ...FORMAT_NAMES.md, render: toMarkdown },
  html: { ...FORMAT_NAMES.html, render: toHtml },
  csv: { ...FORMAT_NAMES.csv, render: toCsv },
  webannotation: { ...FORMAT_NAMES.webannotation, render: toWebAnnotation },
  claimreview: { ...FORMAT_NAMES.claimreview, render: toClaimReview },
};

/** Renders `input` in `format`. */
export function renderExport(format: ExportFormat, input: ExportInput): string {
  return FORMATS[format].render(input);
}
