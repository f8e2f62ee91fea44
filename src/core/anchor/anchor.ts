/** Text-quote anchors: the quoted text with its surroundings, and its offsets as a hint. */
import type { Anchor } from '../annotations';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;

/** The anchor for `text[start, end)`: the quote, up to 32 characters of prefix and suffix, and the offsets. */
export function createAnchor(text: string, start: number, end: number): Anchor {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return {
    quote: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_CHARS), from),
    suffix: text.slice(to, to + CONTEXT_CHARS),
    start: from,
    end: to,
  };
}

/** Whether the anchor's stored position still holds exactly its quote in `text`. */
export function anchorHolds(text: string, anchor: Anchor): boolean {
  return anchor.end - anchor.start === anchor.quote.length && text.startsWith(anchor.quote, anchor.start);
}
