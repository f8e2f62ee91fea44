/**
 * Re-anchoring after the article changed outside the editor, after Hypothesis's `match-quote.ts`: the stored
 * position if it still holds the quote, else the exact quote (best surroundings, then nearest), else an approximate
 * match scored on quote, prefix, suffix and distance; below the threshold the anchor is left unplaced (null).
 */
import search from 'approx-string-match';
import type { Anchor, SidecarData } from '../annotations';
import { anchorHolds, createAnchor } from './anchor';
import type { OffsetRange } from './liveEdits';

/** At most this share of the quote's characters may differ in an approximate match. */
export const MAX_ERROR_RATIO = 0.25;
/** The lowest combined score (0 to 1) an approximate match needs. */
export const MIN_APPROXIMATE_SCORE = 0.5;

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** How a placement was found. */
export type AnchorMatch = OffsetRange & { method: 'position' | 'exact' | 'approximate' };

/** Where the anchor's quote is in `text` now, or null when it cannot be placed (the annotation becomes unanchored). */
export function reanchor(text: string, anchor: Anchor): { start: number; end: number } | null {
  const match = locate(text, anchor, true);
  return match && { start: match.start, end: match.end };
}

/**
 * `reanchor` with the method it used; `approximate: false` accepts only the exact quote. `shift` is a guess of how far
 * the text moved (the shift of the previous annotation): when the quote and its whole prefix and suffix are there, no
 * search is needed, since no other occurrence can match its surroundings better.
 */
export function locate(text: string, anchor: Anchor, approximate: boolean, shift = 0): AnchorMatch | null {
  if (anchor.quote.length === 0) return null;
  if (anchorHolds(text, anchor)) return { start: anchor.start, end: anchor.end, method: 'position' };
  const guess = anchor.start + shift;
  if (shift !== 0 && guess >= 0 && text.startsWith(anchor.quote, guess)) {
    const end = guess + anchor.quote.length;
    if (commonSuffixLength(text, guess, anchor.prefix) === anchor.prefix.length && commonPrefixLength(text, end, anchor.suffix) === anchor.suffix.length) {
      return { start: guess, end, method: 'exact' };
    }
  }
  const exact = exactMatch(text, anchor);
  if (exact) return { ...exact, method: 'exact' };
  if (!approximate) return null;
  const approx = approximateMatch(text, anchor);
  return approx && { ...approx, method: 'approximate' };
}

/** Among exact occurrences, the one whose surroundings best match prefix and suffix, then the nearest to the old start. */
function exactMatch(text: string, anchor: Anchor): OffsetRange | null {
  let best: OffsetRange | null = null;
  let bestContext = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    const end = at + anchor.quote.length;
    const context = commonSuffixLength(text, at, anchor.prefix) + commonPrefixLength(text, end, anchor.suffix);
    const distance = Math.abs(at - anchor.start);
    if (context > bestContext || (context === bestContext && distance < bestDistance)) {
      best = { start: at, end };
      bestContext = context;
      bestDistance = distance;
    }
  }
  return best;
}

function commonSuffixLength(text: string, before: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && before - n - 1 >= 0 && text.charCodeAt(before - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

function commonPrefixLength(text: string, after: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && after + n < text.length && text.charCodeAt(after + n) === suffix.charCodeAt(n)) n++;
  return n;
}

function approximateMatch(text: string, anchor: Anchor): OffsetRange | null {
  const { quote } = anchor;
  const maxErrors = Math.min(256, Math.floor(quote.length * MAX_ERROR_RATIO));
  if (maxErrors < 1) return null;
  // Search near the old position first (fast on long articles); the whole text only when nothing is close.
  const pad = Math.max(2000, quote.length * 4);
  const from = Math.max(0, anchor.start - pad);
  const to = Math.min(text.length, anchor.end + pad);
  let matches = search(text.slice(from, to), quote, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  let best = bestScored(text, anchor, matches);
  if (!best && (from > 0 || to < text.length)) {
    matches = search(text, quote, maxErrors);
    best = bestScored(text, anchor, matches);
  }
  return best;
}

function bestScored(text: string, anchor: Anchor, matches: { start: number; end: number; errors: number }[]): OffsetRange | null {
  let best: OffsetRange | null = null;
  let bestScore = MIN_APPROXIMATE_SCORE;
  for (const match of matches) {
    if (match.end <= match.start) continue;
    const score = scoreMatch(text, anchor, match);
    if (score >= bestScore) {
      best = { start: match.start, end: match.end };
      bestScore = score;
    }
  }
  return best;
}

function scoreMatch(text: string, anchor: Anchor, match: { start: number; end: number; errors: number }): number {
  const quoteScore = 1 - match.errors / anchor.quote.length;
  const prefixScore = contextScore(text.slice(Math.max(0, match.start - anchor.prefix.length), match.start), anchor.prefix);
  const suffixScore = contextScore(text.slice(match.end, match.end + anchor.suffix.length), anchor.suffix);
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(match.start - anchor.start) / text.length;
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
}

/** 1 when `context` matches `actual` exactly, falling with the edit distance; an empty stored context always matches. */
function contextScore(actual: string, context: string): number {
  if (context.length === 0) return 1;
  if (actual.length === 0) return 0;
  const matches = search(actual, context, context.length);
  return matches.length === 0 ? 0 : Math.max(0, 1 - matches[0].errors / context.length);
}

/**
 * Re-anchors every annotation and dismissal against `text`. A placed item gets a fresh anchor for the text it now
 * covers (and loses `unanchored`); an item that cannot be placed keeps its anchor and is flagged `unanchored`, never
 * dropped. Items whose anchor did not change are returned as the same objects.
 */
export function reanchorData(text: string, data: SidecarData, options: { approximate?: boolean } = {}): SidecarData {
  const approximate = options.approximate ?? true;
  let shift = 0;
  const place = <T extends { anchor: Anchor; unanchored?: boolean }>(item: T): T => {
    const match = locate(text, item.anchor, approximate, shift);
    if (!match) return item.unanchored ? item : { ...item, unanchored: true };
    if (match.method !== 'approximate') shift = match.start - item.anchor.start;
    const anchor = createAnchor(text, match.start, match.end);
    if (!item.unanchored && sameAnchor(anchor, item.anchor)) return item;
    const placed = { ...item, anchor };
    delete placed.unanchored;
    return placed;
  };
  // In position order, neighbours tend to have moved by the same amount.
  const inOrder = <T extends { anchor: Anchor; unanchored?: boolean }>(items: readonly T[]): T[] => {
    const order = items.map((_, i) => i).sort((a, b) => items[a].anchor.start - items[b].anchor.start);
    const placed: T[] = new Array<T>(items.length);
    for (const i of order) placed[i] = place(items[i]);
    return placed;
  };
  return { ...data, annotations: inOrder(data.annotations), dismissed: inOrder(data.dismissed) };
}

/** Whether two anchors are identical. */
export function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}
