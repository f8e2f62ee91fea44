/**
 * One article's review state at one version: the detector's findings joined with the sidecar's annotations.
 * Everything over the whole article (pending detections, the full claim index) is computed on first use; the
 * per-keystroke path (`window`) touches only the findings in a range, so typing in a 1 MB article stays cheap.
 */
import type { Annotation, SidecarData } from '../annotations';
import type { Finding } from '../findings';
import { reconcile } from '../review/reconcile';
import { ClaimIndex } from './claimIndex';

/** The findings overlapping [start, end]; `findings` sorted by start, `maxEnd[i]` the largest end among findings[0..i]. */
function findingsIn(findings: readonly Finding[], maxEnd: readonly number[], start: number, end: number): Finding[] {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (findings[mid].start <= end) lo = mid + 1;
    else hi = mid;
  }
  let first = lo;
  while (first > 0 && maxEnd[first - 1] >= start) first--;
  return findings.slice(first, lo).filter((f) => f.end >= start);
}

/** Findings and annotations of one article, with whole-article views computed lazily. */
export class ArticleReview {
  private reconciled?: { annotations: Annotation[]; pending: Finding[] };
  private fullIndex?: ClaimIndex;
  private maxEnd?: number[];
  private sorted?: readonly Finding[];

  constructor(
    readonly findings: readonly Finding[],
    readonly data: SidecarData,
  ) {}

  /** Detections no annotation or dismissal of the same kind covers. */
  get pending(): readonly Finding[] {
    return this.reconcileAll().pending;
  }

  /** The anchored annotations. */
  get annotations(): readonly Annotation[] {
    return this.data.annotations.filter((a) => !a.unanchored);
  }

  /** Annotations whose quote could not be found in the article. */
  get unanchored(): readonly Annotation[] {
    return this.data.annotations.filter((a) => a.unanchored);
  }

  /** Every claim of the article (pending detections and anchored annotations), sorted. */
  get index(): ClaimIndex {
    this.fullIndex ??= new ClaimIndex(this.pending, this.data.annotations);
    return this.fullIndex;
  }

  /** The claims overlapping [start, end] only: what the visible window or a cursor needs, without a full pass. */
  window(start: number, end: number): ClaimIndex {
    if (this.fullIndex) return new ClaimIndex(this.fullIndex.overlapping(start, end).flatMap((c) => (c.type === 'pending' ? [c.finding] : [])), this.annotationsIn(start, end));
    const { findings, maxEnd } = this.ordered();
    const local = findingsIn(findings, maxEnd, start, end);
    const touching = this.annotationsIn(start, end);
    // Reconcile the local findings with every reviewed range, so a dismissal just outside the window still counts.
    const { pending } = reconcile(local, this.data);
    return new ClaimIndex(pending, touching);
  }

  private annotationsIn(start: number, end: number): Annotation[] {
    return this.data.annotations.filter((a) => !a.unanchored && a.anchor.end >= start && a.anchor.start <= end);
  }

  private reconcileAll(): { annotations: Annotation[]; pending: Finding[] } {
    this.reconciled ??= reconcile(this.findings, this.data);
    return this.reconciled;
  }

  private ordered(): { findings: readonly Finding[]; maxEnd: number[] } {
    if (!this.sorted || !this.maxEnd) {
      let inOrder = true;
      for (let i = 1; i < this.findings.length && inOrder; i++) inOrder = this.findings[i - 1].start <= this.findings[i].start;
      this.sorted = inOrder ? this.findings : [...this.findings].sort((a, b) => a.start - b.start);
      const maxEnd: number[] = new Array(this.sorted.length);
      let max = -Infinity;
      for (let i = 0; i < this.sorted.length; i++) maxEnd[i] = max = Math.max(max, this.sorted[i].end);
      this.maxEnd = maxEnd;
    }
    return { findings: this.sorted, maxEnd: this.maxEnd };
  }
}
