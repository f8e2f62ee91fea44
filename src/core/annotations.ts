/** The annotation model: what editors decide about claims, stored in the YAML sidecar beside each article. */
import type { ClaimKind } from './findings';

/** The verification statuses an editor can record, in the order they are offered. */
export const STATUSES = ['unchecked', 'in-progress', 'verified', 'disputed', 'false', 'inconclusive'] as const;
export type ClaimStatus = (typeof STATUSES)[number];

/** The two claim kinds an annotation or dismissal can have (mirrors `ClaimKind`). */
export const KINDS = ['attributed', 'unverified'] as const;

/** The two origins an annotation can have. */
export const ORIGINS = ['detected', 'manual'] as const;

/** Where an annotation came from. */
export type AnnotationOrigin = (typeof ORIGINS)[number];

/** A text-quote anchor: the quote is the truth, start/end only a hint (UTF-16 offsets). */
export interface Anchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Who a claim is attributed to, as the editor recorded it. */
export interface ClaimSource {
  name: string;
  url?: string;
  type?: string;
}

/** One reviewed claim. Unknown keys read from a sidecar are kept in `extra` and written back unchanged. */
export interface Annotation {
  id: string;
  kind: ClaimKind;
  status: ClaimStatus;
  anchor: Anchor;
  cue?: string;
  source?: ClaimSource;
  note?: string;
  origin: AnnotationOrigin;
  /** The detector rule, for detected annotations. */
  rule?: string;
  created: string;
  updated: string;
  by?: string;
  /** True when the quote could not be found in the article; the annotation is kept, never deleted. */
  unanchored?: boolean;
  extra?: Record<string, unknown>;
}

/** A detection the editor dismissed as a false alarm; it stays dismissed when the text moves. */
export interface Dismissal {
  id: string;
  kind: ClaimKind;
  anchor: Anchor;
  rule?: string;
  cue?: string;
  created: string;
  by?: string;
  unanchored?: boolean;
  extra?: Record<string, unknown>;
}

/** Everything one sidecar holds. */
export interface SidecarData {
  version: 1;
  /** The article's file name, relative to the sidecar's folder. */
  article: string;
  annotations: Annotation[];
  dismissed: Dismissal[];
  /** Unknown top-level keys, kept and written back unchanged. */
  extra?: Record<string, unknown>;
}
