/** The shared input of every export format, and the flat claim list each format renders. */
import type { Annotation, ClaimSource, ClaimStatus, SidecarData } from '../annotations';
import { STATUSES } from '../annotations';
import type { ClaimKind, Finding } from '../findings';
import { LineIndex } from '../text/lineIndex';

/** One article to export: its text, its sidecar, and the detections nobody has reviewed (see `reconcile`). */
export interface ExportArticle {
  /** How reports name the article: a workspace-relative path with forward slashes. */
  path: string;
  /** The article's URI (e.g. `file:///…` or a published URL); the JSON-LD formats point at it. Defaults to `path`. */
  uri?: string;
  text: string;
  data: SidecarData;
  pending: Finding[];
}

/** Whether unreviewed detections appear in an export, marked as such, or are left out. */
export type IncludeUnreviewed = 'marked' | 'omit';

/** Options every format accepts. */
export interface ExportOptions {
  includeUnreviewed: IncludeUnreviewed;
  /** When the export was made (ISO 8601); passed in so that output is reproducible. */
  generated: string;
  /** The reviewing organisation (ClaimReview `author`). */
  organization?: string;
  /** A title for the reports. */
  title?: string;
}

/** What every format function takes. */
export interface ExportInput {
  articles: ExportArticle[];
  options: ExportOptions;
}

/** A claim's status in an export: an annotation's status, or `unreviewed` for a pending detection. */
export type ExportStatus = ClaimStatus | 'unreviewed';

/** Every export status, in report order. */
export const EXPORT_STATUSES: readonly ExportStatus[] = ['unreviewed', ...STATUSES];

/** The statuses that record a verdict, the ones ClaimReview can publish. */
export const VERDICT_STATUSES: readonly ClaimStatus[] = ['verified', 'disputed', 'false', 'inconclusive'];

/** The two claim kinds, in report order. */
export const CLAIM_KINDS: readonly ClaimKind[] = ['attributed', 'unverified'];

/** One claim as the formats see it, whether it is a reviewed annotation or a pending detection. */
export interface ExportClaim {
  /** The annotation id; for a pending detection, a stable id built from its kind and range. */
  id: string;
  kind: ClaimKind;
  status: ExportStatus;
  reviewed: boolean;
  quote: string;
  cue?: string;
  source?: ClaimSource;
  note?: string;
  rule?: string;
  origin: 'detected' | 'manual';
  created?: string;
  updated?: string;
  by?: string;
  /** True when the quote could not be found in the text: `start`, `end`, `line`, `column` are then stale hints. */
  unanchored: boolean;
  /** UTF-16 range in the article text, end exclusive. */
  start: number;
  end: number;
  /** 1-based line and column (UTF-16 units, as editors count) of `start`. */
  line: number;
  column: number;
  /** Up to 32 characters of context on each side of the quote. */
  prefix: string;
  suffix: string;
}

/** An article with its claims, anchored ones in text order followed by unanchored ones. */
export interface ExportedArticle {
  article: ExportArticle;
  claims: ExportClaim[];
}

const CONTEXT = 32;

/** Flattens an article's annotations and (unless omitted) pending detections into positioned claims. */
export function collectClaims(article: ExportArticle, options: Pick<ExportOptions, 'includeUnreviewed'>): ExportClaim[] {
  const { text } = article;
  const lines = new LineIndex(text);
  const claims: ExportClaim[] = [];
  const place = (start: number, end: number): Pick<ExportClaim, 'start' | 'end' | 'line' | 'column' | 'prefix' | 'suffix'> => {
    const pos = lines.positionAt(start);
    return {
      start,
      end,
      line: pos.line + 1,
      column: pos.character + 1,
      prefix: text.slice(safeBoundary(text, Math.max(0, start - CONTEXT)), start),
      suffix: text.slice(end, safeBoundary(text, Math.min(text.length, end + CONTEXT))),
    };
  };
  for (const annotation of article.data.annotations) {
    claims.push(fromAnnotation(annotation, text, lines, place));
  }
  if (options.includeUnreviewed === 'marked') {
    for (const finding of article.pending) {
      claims.push({
        id: `pending-${finding.kind}-${finding.start}-${finding.end}`,
        kind: finding.kind,
        status: 'unreviewed',
        reviewed: false,
        quote: finding.text,
        ...(finding.cue ? { cue: finding.cue.text } : {}),
        ...(finding.source ? { source: { name: finding.source.text } } : {}),
        rule: finding.rule,
        origin: 'detected',
        unanchored: false,
        ...place(finding.start, finding.end),
      });
    }
  }
  return claims.sort(
    (a, b) => Number(a.unanchored) - Number(b.unanchored) || a.start - b.start || a.end - b.end || compareText(a.id, b.id),
  );
}

function fromAnnotation(
  a: Annotation,
  text: string,
  lines: LineIndex,
  place: (start: number, end: number) => Pick<ExportClaim, 'start' | 'end' | 'line' | 'column' | 'prefix' | 'suffix'>,
): ExportClaim {
  const { start, end, quote } = a.anchor;
  // The quote is the truth; offsets that no longer cover it are treated as unanchored rather than trusted.
  const anchored = !a.unanchored && start >= 0 && end <= text.length && start <= end && text.slice(start, end) === quote;
  const where = anchored
    ? place(start, end)
    : { start, end, ...staleLineColumn(lines, start), prefix: a.anchor.prefix, suffix: a.anchor.suffix };
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    reviewed: true,
    quote,
    ...(a.cue !== undefined ? { cue: a.cue } : {}),
    ...(a.source !== undefined ? { source: a.source } : {}),
    ...(a.note !== undefined ? { note: a.note } : {}),
    ...(a.rule !== undefined ? { rule: a.rule } : {}),
    origin: a.origin,
    created: a.created,
    updated: a.updated,
    ...(a.by !== undefined ? { by: a.by } : {}),
    unanchored: !anchored,
    ...where,
  };
}

function staleLineColumn(lines: LineIndex, start: number): { line: number; column: number } {
  const pos = lines.positionAt(Math.max(0, start));
  return { line: pos.line + 1, column: pos.character + 1 };
}

/** Moves an offset off the low half of a surrogate pair so context never splits a character. */
function safeBoundary(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff && offset > 0 ? offset + (offset < text.length ? 1 : 0) : offset;
}

/** Code-unit comparison, so sorting does not depend on the runtime's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts claims per kind and status (zeros included). */
export function countClaims(claims: readonly ExportClaim[]): Record<ClaimKind, Record<ExportStatus, number>> {
  const empty = (): Record<ExportStatus, number> =>
    Object.fromEntries(EXPORT_STATUSES.map((s) => [s, 0])) as Record<ExportStatus, number>;
  const counts = { attributed: empty(), unverified: empty() };
  for (const c of claims) counts[c.kind][c.status]++;
  return counts;
}

/** Every article with its claims, in the order given. */
export function collectArticles(input: ExportInput): ExportedArticle[] {
  return input.articles.map((article) => ({ article, claims: collectClaims(article, input.options) }));
}

/** The URI the JSON-LD formats use for an article. */
export function articleUri(article: ExportArticle): string {
  return article.uri ?? article.path;
}

/** Human labels for kinds and statuses, shared by the reports. */
export const KIND_LABELS: Record<ClaimKind, string> = { attributed: 'Attributed claim', unverified: 'Unverified statement' };

/** The status columns a report shows: `unreviewed` only when pending detections are included. */
export function visibleStatuses(includeUnreviewed: IncludeUnreviewed): ExportStatus[] {
  return EXPORT_STATUSES.filter((s) => s !== 'unreviewed' || includeUnreviewed === 'marked');
}

/** A status as a reader sees it. */
export function statusLabel(status: ExportStatus): string {
  return status === 'unreviewed' ? 'unreviewed detection' : status;
}
