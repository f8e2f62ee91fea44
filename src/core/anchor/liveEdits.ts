/** Moves ranges through edits as the user types, without looking at the text. */
import type { Anchor, SidecarData } from '../annotations';
import { createAnchor } from './anchor';
import { locate, sameAnchor } from './reanchor';

/** A UTF-16 range, end exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A replacement of `[start, end)` by `text`, as VS Code reports content changes (`rangeOffset`, `rangeLength`, `text`). */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * Maps `range` through `changes`, applied one after another (each change's offsets refer to the text left by the
 * previous ones; VS Code sends an event's changes in descending order, so that is the same as applying them at once).
 *
 * - An edit before the range shifts it; an edit after it leaves it alone.
 * - An insertion exactly at the start or the end stays outside the range (typing next to a claim does not grow it);
 *   typing strictly inside, or replacing text that starts or ends at a boundary from the inside, grows or shrinks it.
 * - An edit that overlaps one end trims the range to what is left of its text.
 * - When the range's text is deleted or replaced entirely, the result is null: the annotation is orphaned rather
 *   than attached to text it never covered.
 */
export function mapRange(range: OffsetRange, changes: readonly TextChange[]): OffsetRange | null {
  let { start, end } = range;
  if (end <= start) return null;
  for (const change of changes) {
    const delta = change.text.length - (change.end - change.start);
    if (change.start >= end) continue; // after the range, or an insertion at its end
    if (change.end <= start) {
      // before the range (an insertion at its start included)
      if (change.end === start && change.start === start && change.text.length === 0) continue;
      start += delta;
      end += delta;
      continue;
    }
    if (change.start <= start && change.end >= end) return null; // the whole quote is gone
    if (change.start < start) {
      // overlaps the start: what is left begins after the inserted text
      start = change.start + change.text.length;
      end += delta;
    } else if (change.end > end) {
      // overlaps the end: what is left ends where the change begins
      end = change.start;
    } else {
      end += delta; // inside
    }
    if (end <= start) return null;
  }
  return { start, end };
}

/**
 * Moves every annotation and dismissal of `data` through `changes` that turned the old text into `text`. A mapped
 * item gets a fresh anchor for the text it now covers; an item whose text was deleted entirely, or an orphan, is
 * placed again only where its exact quote occurs (so undoing a deletion brings it back), and is otherwise flagged
 * `unanchored`, never dropped. Items that did not move are returned as the same objects.
 */
export function applyLiveEdits(data: SidecarData, text: string, changes: readonly TextChange[]): SidecarData {
  const move = <T extends { anchor: Anchor; unanchored?: boolean }>(item: T): T => {
    const range = item.unanchored ? null : mapRange(item.anchor, changes);
    const placed = range ?? locate(text, item.anchor, false);
    if (!placed) return item.unanchored ? item : { ...item, unanchored: true };
    const anchor = createAnchor(text, placed.start, placed.end);
    if (!item.unanchored && sameAnchor(anchor, item.anchor)) return item;
    const moved = { ...item, anchor };
    delete moved.unanchored;
    return moved;
  };
  return { ...data, annotations: data.annotations.map(move), dismissed: data.dismissed.map(move) };
}
