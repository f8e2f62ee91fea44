/** What the Claims view lists for one article, and how much of a workspace scan runs between two yields. */
import type { Annotation, ClaimStatus } from '../annotations';
import type { ClaimKind, Finding } from '../findings';

/** Files the workspace scan reads at once. */
export const SCAN_CHUNK = 20;

/** The longest the workspace scan works before it yields to the event loop, in milliseconds. */
export const SCAN_SLICE_MS = 8;

/** One claim as the Claims view lists it. */
export interface TreeClaim {
  kind: ClaimKind;
  status: ClaimStatus | 'pending';
  start: number;
  end: number;
  text: string;
  source?: string;
  id?: string;
  unanchored?: boolean;
}

/** The claims of an article, sorted by position: reconciled pending detections and every annotation. */
export function summariseClaims(pending: readonly Finding[], annotations: readonly Annotation[]): TreeClaim[] {
  const claims: TreeClaim[] = [
    ...pending.map((f): TreeClaim => ({ kind: f.kind, status: 'pending', start: f.start, end: f.end, text: f.text, source: f.source?.text })),
    ...annotations.map(
      (a): TreeClaim => ({
        kind: a.kind,
        status: a.status,
        start: a.anchor.start,
        end: a.anchor.end,
        text: a.anchor.quote,
        source: a.source?.name,
        id: a.id,
        unanchored: a.unanchored,
      }),
    ),
  ];
  return claims.sort((a, b) => a.start - b.start);
}
