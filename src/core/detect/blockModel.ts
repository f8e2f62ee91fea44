/**
 * Per-block analysis results plus the linking pass. The full detector and the incremental detector
 * share this, so both produce the same findings by construction.
 */
import type { Finding, TextSpan } from '../findings';
import { Block, splitBlocks } from '../text/blocks';
import { analyzeBlock, BlockAnalysis } from './analyze';
import type { CompiledOptions } from './options';

/** A block with its local analysis (offsets as of `analyzedAt`) and cached linked findings. */
export interface BlockState extends Block {
  analysis: BlockAnalysis;
  /** The string the block was analyzed in, and the block's offset there. */
  src: string;
  analyzedAt: number;
  cacheAt: number;
  cacheSpeaker: TextSpan | null;
  cacheNamed: TextSpan | null;
  cachePerson: TextSpan | null;
  cache: Finding[] | null;
}

/** Splits and analyzes text[from, to) (from at a line start, to at a line end or the text end). */
export function analyzeRange(text: string, from: number, to: number, opts: CompiledOptions): BlockState[] {
  const blocks = splitBlocks(text, from, to);
  const out: BlockState[] = new Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    out[i] = { start: b.start, end: b.end, next: b.next, analysis: analyzeBlock(text, b.start, b.end, opts), src: text, analyzedAt: b.start, cacheAt: -1, cacheSpeaker: null, cacheNamed: null, cachePerson: null, cache: null };
  }
  return out;
}

/** The text of a block, terminator included. */
export function blockText(b: BlockState): string {
  return b.src.slice(b.analyzedAt, b.analyzedAt + (b.next - b.start));
}

const sameSpan = (x: TextSpan | null, y: TextSpan | null): boolean => x === y || (!!x && !!y && x.start === y.start && x.end === y.end && x.text === y.text);

const shiftSpan = (s: TextSpan | null, d: number): TextSpan | null => (s && d !== 0 ? { start: s.start + d, end: s.end + d, text: s.text } : s);

function shiftFinding(f: Finding, d: number): Finding {
  if (d === 0) return f;
  const g: Finding = { ...f, start: f.start + d, end: f.end + d, cue: shiftSpan(f.cue, d), source: shiftSpan(f.source, d), content: shiftSpan(f.content, d) };
  if (f.resolvedSource) g.resolvedSource = shiftSpan(f.resolvedSource, d) as TextSpan;
  return g;
}

/** The finding with a resolved pronoun source added last, built whole so it needs no separate property store. */
function withResolved(f: Finding, r: TextSpan): Finding {
  const { kind, start, end, text, cue, source, content, category, rule, sourceVague } = f;
  return sourceVague !== undefined
    ? { kind, start, end, text, cue, source, content, category, rule, sourceVague, resolvedSource: r }
    : { kind, start, end, text, cue, source, content, category, rule, resolvedSource: r };
}

/**
 * The linking pass: shifts each block's local findings to its current offset and adds continued
 * quotations (a paragraph that is wholly a quotation, right after an attributed quotation, inherits
 * its speaker; a pronoun speaker is replaced by the nearest named one). Blocks are fed in order.
 */
export class Linker {
  readonly out: Finding[] = [];
  private speaker: TextSpan | null = null;
  private named: TextSpan | null = null;
  /** The last named source that is a person, for "he" and "she". */
  private person: TextSpan | null = null;
  /** Where in `out` a frame waiting for its quotation ("The governor added:") sits, or -1. */
  private openAt = -1;

  /** `textOf(start, end)` returns the current text of a range; it is asked only to join a frame and its quotation. */
  constructor(private readonly textOf: (start: number, end: number) => string) {}

  /** Adds one block's analysis, shifted by `d`; `cache` (incremental use) keeps its linked findings. */
  push(a: BlockAnalysis, d: number, cache: BlockState | null): void {
    if (a.blank) return;
    let absorbed = false;
    if (this.openAt >= 0) {
      // the paragraph after "The governor added:" is what the governor added; the frame's finding runs on to its end
      const f = this.out[this.openAt];
      const s = a.bodyS + d;
      const e = a.bodyE + d;
      this.out[this.openAt] = { ...f, end: e, text: this.textOf(f.start, e), content: { start: s, end: e, text: this.textOf(s, e) } };
      this.openAt = -1;
      absorbed = true;
    }
    if (a.findings.length === 0 && !a.quoteOnly && !a.quoteSpeaker && !a.lastNamed) {
      this.speaker = null;
      if (a.lastPerson) this.person = shiftSpan(a.lastPerson, d);
      return;
    }
    // a quotation the frame before took as its content is not reported again as a continued quotation
    const continued = a.quoteOnly && this.speaker && !absorbed ? this.speaker : null;
    const resolve = a.unresolved && this.named ? this.named : null;
    const resolvePerson = a.unresolved && this.person ? this.person : null;
    let list: Finding[];
    if (cache && cache.cache !== null && cache.cacheAt === cache.start && sameSpan(cache.cacheSpeaker, continued) && sameSpan(cache.cacheNamed, resolve) && sameSpan(cache.cachePerson, resolvePerson)) {
      list = cache.cache;
    } else {
      list = d === 0 && !continued && !resolve && !resolvePerson ? a.findings : a.findings.map((f) => shiftFinding(f, d));
      if ((resolve || resolvePerson) && a.unresolved) {
        // a pronoun speaker with no named source earlier in its paragraph: the nearest one before it ("he" and
        // "she": the nearest person)
        const unresolved = new Set(a.unresolved);
        // the quotation a resolved pronoun continues in the paragraph is the same person's (“…,” she says. “…”): by
        // the pronoun's offset
        const byPronoun = new Map<number, TextSpan>();
        for (let i = 0; i < list.length; i++) {
          const c = list[i];
          if (c.category === 'continued-quote' && c.source) {
            const by = byPronoun.get(c.source.start);
            if (by) list[i] = { ...c, source: by };
            continue;
          }
          if (!unresolved.has(a.findings[i])) continue;
          const by = isPersonal(a.findings[i].source) ? resolvePerson : resolve;
          if (!by) continue;
          list[i] = withResolved(list[i], by);
          const pronoun = list[i].source;
          if (pronoun) byPronoun.set(pronoun.start, by);
        }
      }
      if (continued && a.quoteOnly) {
        // one continued quote per sentence, as in a quotation that runs on inside a paragraph
        const quoted: Finding[] = (a.quoteParts ?? [a.quoteOnly]).map((part) => {
          const q = shiftSpan(part, d) as TextSpan;
          return { kind: 'attributed', start: q.start, end: q.end, text: q.text, cue: null, source: continued, content: q, category: 'continued-quote', rule: 'attributed.continued-quote' };
        });
        list = [...quoted, ...list];
        list.sort((x, y) => x.start - y.start);
      }
      if (cache) {
        cache.cache = list;
        cache.cacheAt = cache.start;
        cache.cacheSpeaker = continued;
        cache.cacheNamed = resolve;
        cache.cachePerson = resolvePerson;
      }
    }
    const out = this.out;
    for (let i = 0; i < list.length; i++) out.push(list[i]);
    // a frame can only close a block that holds no continued quotation, so its index in `list` is its index in the analysis
    if (a.open) this.openAt = out.length - list.length + a.findings.indexOf(a.open);
    // what a following paragraph may continue
    if (a.quoteOnly) {
      // a continued quotation keeps the speaker (or a bare quotation keeps none)
      if (!continued && !absorbed) this.speaker = null;
    } else if (a.quoteSpeaker) {
      const s = shiftSpan(a.quoteSpeaker, d) as TextSpan;
      this.speaker = a.speakerIsPersonal
        ? (shiftSpan(a.lastPerson, d) ?? this.person ?? s)
        : a.speakerIsPronoun
          ? (shiftSpan(a.lastNamed, d) ?? this.named ?? s)
          : s;
    } else {
      this.speaker = null;
    }
    if (a.lastNamed) this.named = shiftSpan(a.lastNamed, d);
    if (a.lastPerson) this.person = shiftSpan(a.lastPerson, d);
  }
}

/** The source is "he" or "she". */
function isPersonal(source: TextSpan | null): boolean {
  const w = source ? source.text.toLowerCase() : '';
  return w === 'he' || w === 'she';
}

/** Index of the block containing offset `pos` (the last block for the text end). */
export function blockIndexAt(blocks: BlockState[], pos: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The current text of [start, end), joined from the blocks that cover it. */
function textOfBlocks(blocks: BlockState[], start: number, end: number): string {
  const lo = blockIndexAt(blocks, start);
  let joined = '';
  for (let i = lo; i < blocks.length && blocks[i].start < end; i++) joined += blockText(blocks[i]);
  return joined.slice(start - blocks[lo].start, end - blocks[lo].start);
}

/** Links all blocks (see `Linker`). */
export function link(blocks: BlockState[]): Finding[] {
  const linker = new Linker((start, end) => textOfBlocks(blocks, start, end));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    linker.push(b.analysis, b.start - b.analyzedAt, b);
  }
  return linker.out;
}

/** A full pass that keeps no per-block state: analyze each line and link it at once. */
export function detectAll(text: string, opts: CompiledOptions): Finding[] {
  const linker = new Linker((start, end) => text.slice(start, end));
  const n = text.length;
  // line ends by the native search: the next \n and the next \r, each searched for again only once passed
  let nextLf = -1;
  let nextCr = -1;
  let start = 0;
  for (;;) {
    if (nextLf < start) {
      nextLf = text.indexOf('\n', start);
      if (nextLf < 0) nextLf = n;
    }
    if (nextCr < start) {
      nextCr = text.indexOf('\r', start);
      if (nextCr < 0) nextCr = n;
    }
    const end = nextLf < nextCr ? nextLf : nextCr;
    // an empty line changes nothing in the linking state
    if (end > start) linker.push(analyzeBlock(text, start, end, opts), 0, null);
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return linker.out;
}
