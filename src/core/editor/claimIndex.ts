/**
 * What an article editor shows: pending detections and anchored annotations as one list of claims, sorted by
 * start, with a query for the claims overlapping a range (the visible window, the cursor) that skips the rest.
 */
import type { Annotation, ClaimStatus } from '../annotations';
import type { ClaimKind, Finding } from '../findings';

/** A range of article text: UTF-16 offsets, end exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** One claim on screen: a detection nobody reviewed yet, or an annotation from the sidecar. */
export type Claim =
  | { type: 'pending'; kind: ClaimKind; start: number; end: number; finding: Finding }
  | { type: 'annotation'; kind: ClaimKind; start: number; end: number; annotation: Annotation };

/** The status shown for a claim: a pending detection has none yet. */
export function claimStatus(claim: Claim): ClaimStatus | 'pending' {
  return claim.type === 'pending' ? 'pending' : claim.annotation.status;
}

/** A sorted, queryable list of an article's claims. Build it once per change; query it per view or cursor move. */
export class ClaimIndex {
  readonly claims: readonly Claim[];
  /** prefixMaxEnd[i] = the largest end among claims[0..i], so a query can stop walking back early. */
  private readonly prefixMaxEnd: number[];

  constructor(pending: readonly Finding[], annotations: readonly Annotation[]) {
    const claims: Claim[] = [];
    for (const finding of pending) claims.push({ type: 'pending', kind: finding.kind, start: finding.start, end: finding.end, finding });
    for (const annotation of annotations) {
      if (annotation.unanchored) continue;
      claims.push({ type: 'annotation', kind: annotation.kind, start: annotation.anchor.start, end: annotation.anchor.end, annotation });
    }
    claims.sort((a, b) => a.start - b.start || a.end - b.end);
    this.claims = claims;
    this.prefixMaxEnd = [];
    let max = -Infinity;
    for (const claim of claims) {
      max = Math.max(max, claim.end);
      this.prefixMaxEnd.push(max);
    }
  }

  /** Claims overlapping [start, end]; a claim touching an end point counts, so an empty range finds claims at a cursor. */
  overlapping(start: number, end: number): Claim[] {
    // Last claim starting at or before `end`.
    let lo = 0;
    let hi = this.claims.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.claims[mid].start <= end) lo = mid + 1;
      else hi = mid;
    }
    const out: Claim[] = [];
    for (let i = lo - 1; i >= 0 && this.prefixMaxEnd[i] >= start; i--) {
      if (this.claims[i].end >= start) out.push(this.claims[i]);
    }
    return out.reverse();
  }

  /** The first claim (that `shown` accepts) starting after `offset`, wrapping around; undefined when there is none. */
  next(offset: number, shown: (c: Claim) => boolean = () => true): Claim | undefined {
    return this.claims.find((c) => c.start > offset && shown(c)) ?? this.claims.find(shown);
  }

  /** The last claim (that `shown` accepts) starting before `offset`, wrapping around; undefined when there is none. */
  previous(offset: number, shown: (c: Claim) => boolean = () => true): Claim | undefined {
    for (let i = this.claims.length - 1; i >= 0; i--) if (this.claims[i].start < offset && shown(this.claims[i])) return this.claims[i];
    for (let i = this.claims.length - 1; i >= 0; i--) if (shown(this.claims[i])) return this.claims[i];
    return undefined;
  }
}

/** Decoration styles: one per pending kind, one per annotated kind and status, plus the cue and source marks. */
export type DecorationStyle = `pending.${ClaimKind}` | `annotation.${ClaimKind}.${ClaimStatus}` | 'cue' | 'source';

/** What to draw, per style, as offset ranges. */
export type DecorationPlan = Map<DecorationStyle, OffsetRange[]>;

/** The filters the settings apply to what is drawn. */
export interface PlanOptions {
  kinds: readonly ClaimKind[];
  showDetections: boolean;
  markCueAndSource: boolean;
}

/** The style a claim is drawn with. */
export function styleOf(claim: Claim): DecorationStyle {
  return claim.type === 'pending' ? `pending.${claim.kind}` : `annotation.${claim.kind}.${claim.annotation.status}`;
}

/** Reads the article text in [start, end), without copying the whole article. */
export type TextSlicer = (start: number, end: number) => string;

/** Where the cue and the source sit inside a claim: detections carry spans, annotations only the words. */
export function marksOf(claim: Claim, slice?: TextSlicer): { cue?: OffsetRange; source?: OffsetRange } {
  if (claim.type === 'pending') {
    const { cue, source } = claim.finding;
    return { cue: cue ? { start: cue.start, end: cue.end } : undefined, source: source ? { start: source.start, end: source.end } : undefined };
  }
  const quote = slice ? slice(claim.start, claim.end) : claim.annotation.anchor.quote;
  const find = (words: string | undefined): OffsetRange | undefined => {
    if (!words) return undefined;
    const at = quote.indexOf(words);
    return at < 0 ? undefined : { start: claim.start + at, end: claim.start + at + words.length };
  };
  return { cue: find(claim.annotation.cue), source: find(claim.annotation.source?.name) };
}

/**
 * Plans the decorations for the claims overlapping `windows` (the visible ranges; all claims when omitted).
 * `slice` reads the article's current text, to find an annotation's cue and source inside its range.
 */
export function planDecorations(index: ClaimIndex, options: PlanOptions, windows?: readonly OffsetRange[], slice?: TextSlicer): DecorationPlan {
  const plan: DecorationPlan = new Map();
  const add = (style: DecorationStyle, range: OffsetRange) => {
    let list = plan.get(style);
    if (!list) plan.set(style, (list = []));
    list.push(range);
  };
  const seen = new Set<Claim>();
  const candidates = windows ? windows.flatMap((w) => index.overlapping(w.start, w.end)) : index.claims;
  for (const claim of candidates) {
    if (seen.has(claim)) continue;
    seen.add(claim);
    if (!options.kinds.includes(claim.kind)) continue;
    if (claim.type === 'pending' && !options.showDetections) continue;
    add(styleOf(claim), { start: claim.start, end: claim.end });
    if (options.markCueAndSource) {
      const marks = marksOf(claim, slice);
      if (marks.cue) add('cue', marks.cue);
      if (marks.source) add('source', marks.source);
    }
  }
  return plan;
}
