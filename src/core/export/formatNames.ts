/**
 * The export formats by name and how they are offered (label, description, file extension), without their
 * renderers: what the command's quick pick needs before anything is rendered.
 */

/** Every format name, in the order they are offered. */
export const EXPORT_FORMATS = ['md', 'html', 'csv', 'webannotation', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How a format is described and named. */
export interface FormatName {
  label: string;
  description: string;
  extension: string;
}

/** The names of the formats. */
export const FORMAT_NAMES: Record<ExportFormat, FormatName> = {
  md: { label: 'Markdown report', description: 'Counts and claims per article; reads well on GitHub', extension: '.md' },
  html: { label: 'HTML report', description: 'Self-contained, printable, article text highlighted', extension: '.html' },
  csv: { label: 'CSV', description: 'One row per claim, for spreadsheets', extension: '.csv' },
  webannotation: { label: 'W3C Web Annotation (JSON-LD)', description: 'AnnotationCollection for annotation tools', extension: '.jsonld' },
  claimreview: { label: 'schema.org ClaimReview (JSON-LD)', description: 'Claims with a verdict, for publishing fact checks', extension: '.jsonld' },
};

/** True when `name` is a format name. */
export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}
