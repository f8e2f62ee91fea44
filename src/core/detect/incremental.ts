/**
 * Incremental detection: after an edit, re-runs the local pass over the line blocks the edit touched
 * and the cheap linking pass over all blocks, returning exactly what a full pass returns.
 */
import type { Finding } from '../findings';
import { analyzeRange, blockIndexAt, blockText, BlockState, link } from './blockModel';
import type { Detector } from './detector';

/** Keeps the findings of one document up to date as it is edited. */
export class IncrementalDetector {
  private blocks: BlockState[];
  private length: number;
  private textCache: string | null;
  private current: Finding[];

  constructor(private readonly detector: Detector, text: string) {
    this.blocks = analyzeRange(text, 0, text.length, detector.compiled);
    this.length = text.length;
    this.textCache = text;
    this.current = link(this.blocks);
  }

  /** The findings for the current text. */
  findings(): Finding[] {
    return this.current;
  }

  /** The current text (joined from the blocks on demand). */
  getText(): string {
    this.textCache ??= this.blocks.map(blockText).join('');
    return this.textCache;
  }

  /** Replaces the UTF-16 range [start, end) by `newText` and returns all findings for the new text. */
  applyEdit(start: number, end: number, newText: string): Finding[] {
    const length = this.length;
    start = Math.max(0, Math.min(start, length));
    end = Math.max(start, Math.min(end, length));
    const delta = newText.length - (end - start);
    const blocks = this.blocks;
    // touched blocks, widened by one on each side so that line terminators re-split correctly; only
    // their text is rebuilt, so an edit costs the size of the paragraphs it touches, not the document
    let first = this.blockAt(start);
    let last = this.blockAt(end);
    if (first > 0) first--;
    if (last < blocks.length - 1) last++;
    const from = blocks[first].start;
    const atEnd = last === blocks.length - 1;
    let old = '';
    for (let i = first; i <= last; i++) old += blockText(blocks[i]);
    const region = old.slice(0, start - from) + newText + old.slice(end - from);
    const fresh = analyzeRange(region, 0, region.length, this.detector.compiled);
    // a region that ends at a line break but not at the text end must not grow an empty last block
    if (!atEnd && fresh.length > 1 && fresh[fresh.length - 1].start === region.length) fresh.pop();
    for (const b of fresh) {
      b.start += from;
      b.end += from;
      b.next += from;
    }
    for (let i = last + 1; i < blocks.length; i++) {
      const b = blocks[i];
      b.start += delta;
      b.end += delta;
      b.next += delta;
    }
    blocks.splice(first, last - first + 1, ...fresh);
    this.length = length + delta;
    this.textCache = null;
    this.current = link(blocks);
    return this.current;
  }

  /** Index of the block containing offset `pos` (the last block for the text end). */
  private blockAt(pos: number): number {
    return blockIndexAt(this.blocks, pos);
  }
}
