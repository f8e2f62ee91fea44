/** Reconciles fresh detections with what a sidecar already records. */
import type { Annotation, Dismissal, SidecarData } from '../annotations';
import type { Finding } from '../findings';

/** The annotations to show as reviewed, and the detections nobody has reviewed or dismissed yet. */
export interface Reconciled {
  annotations: Annotation[];
  pending: Finding[];
}

interface Range {
  start: number;
  end: number;
}

/** Half-open ranges overlap when they share at least one unit; an empty range overlaps a range that contains it. */
function overlaps(a: Range, b: Range): boolean {
  if (a.start === a.end) {
    return b.start <= a.start && a.start < b.end;
  }
  if (b.start === b.end) {
    return a.start <= b.start && b.start < a.end;
  }
  return a.start < b.end && b.start < a.end;
}

function anchoredRanges(entries: readonly (Annotation | Dismissal)[], kind: Finding['kind']): Range[] {
  const ranges: Range[] = [];
  for (const entry of entries) {
    // An unanchored entry's offsets are stale hints: they must not hide a detection somewhere else.
    if (entry.kind === kind && !entry.unanchored) {
      ranges.push({ start: entry.anchor.start, end: entry.anchor.end });
    }
  }
  return ranges.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Index of the first range whose start is >= `offset` (ranges sorted by start). */
function lowerBound(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid].start < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Builds a per-kind matcher that answers "does any reviewed range of this kind overlap?" without a full scan. */
function coverageOf(ranges: Range[]): (r: Range) => boolean {
  // prefixMaxEnd[i] = the largest end among ranges[0..i]; lets a binary search skip ranges that end too early.
  const prefixMaxEnd: number[] = [];
  let maxEnd = -Infinity;
  for (const range of ranges) {
    maxEnd = Math.max(maxEnd, range.end);
    prefixMaxEnd.push(maxEnd);
  }
  return (r: Range): boolean => {
    // Only ranges starting before r ends (at or before r.start when r is empty) can overlap it.
    let i = lowerBound(ranges, r.start === r.end ? r.start + 1 : r.end) - 1;
    // Walk back while some range at or before i still reaches r.start.
    while (i >= 0 && prefixMaxEnd[i] >= r.start) {
      if (overlaps(ranges[i], r)) {
        return true;
      }
      i--;
    }
    return false;
  };
}

/**
 * Splits detections into those already reviewed and the rest: `pending` holds every finding that no anchored
 * annotation or dismissal of the same kind overlaps. Annotations are returned unchanged, in sidecar order.
 */
export function reconcile(findings: readonly Finding[], data: SidecarData): Reconciled {
  const reviewed = [...data.annotations, ...data.dismissed];
  const covered = {
    attributed: coverageOf(anchoredRanges(reviewed, 'attributed')),
    unverified: coverageOf(anchoredRanges(reviewed, 'unverified')),
  };
  const pending = findings.filter((finding) => !covered[finding.kind](finding));
  return { annotations: [...data.annotations], pending };
}
