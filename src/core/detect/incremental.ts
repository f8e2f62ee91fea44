/**
 * Incremental detection: after an edit, re-runs the local pass over the line blocks the edit touched
 * and the cheap linking pass over all blocks, returning exactly what a full pass returns.
 */
import type { Finding } from '../findings';
import { analyzeRange, BlockState, link } from './blockModel';
import type { Detector } from './detector';

/** Keeps the findings of one document up to date as it is edited. */
export class IncrementalDetector {
  private text: string;
  private blocks: BlockState[];
  private current: Finding[];

  constructor(private readonly detector: Detector, text: string) {
    this.text = text;
    this.blocks = analyzeRange(text, 0, text.length, detector.compiled);
    this.current = link(this.blocks);
  }

  /** The findings for the current text. */
  findings(): Finding[] {
    return this.current;
  }

  /** The current text. */
  getText(): string {
    return this.text;
  }

  /** Replaces the UTF-16 range [start, end) by `newText` and returns all findings for the new text. */
  applyEdit(start: number, end: number, newText: string): Finding[] {
    const old = this.text;
    start = Math.max(0, Math.min(start, old.length));
    end = Math.max(start, Math.min(end, old.length));
    const text = old.slice(0, start) + newText + old.slice(end);
    const delta = newText.length - (end - start);
    const blocks = this.blocks;
    // touched blocks, widened by one on each side so that line terminators re-split correctly
    let first = this.blockAt(start);
    let last = this.blockAt(end);
    if (first > 0) first--;
    if (last < blocks.length - 1) last++;
    const from = blocks[first].start;
    const to = last === blocks.length - 1 ? text.length : blocks[last].next + delta;
    const fresh = analyzeRange(text, from, to, this.detector.compiled);
    for (let i = last + 1; i < blocks.length; i++) {
      const b = blocks[i];
      b.start += delta;
      b.end += delta;
      b.next += delta;
    }
    blocks.splice(first, last - first + 1, ...fresh);
    this.text = text;
    this.current = link(blocks);
    return this.current;
  }

  /** Index of the block containing offset `pos` (the last block for the text end). */
  private blockAt(pos: number): number {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
