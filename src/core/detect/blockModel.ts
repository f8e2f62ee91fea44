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
  cacheLink: number;
  cacheLinkEnd: number;
  cache: Finding[] | null;
}

/** Splits and analyzes text[from, to) (from at a line start, to at a line end or the text end). */
export function analyzeRange(text: string, from: number, to: number, opts: CompiledOptions): BlockState[] {
  const blocks = splitBlocks(text, from, to);
  const out: BlockState[] = new Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    out[i] = { start: b.start, end: b.end, next: b.next, analysis: analyzeBlock(text, b.start, b.end, opts), src: text, analyzedAt: b.start, cacheAt: -1, cacheLink: -2, cacheLinkEnd: -2, cache: null };
  }
  return out;
}

/** The text of a block, terminator included. */
export function blockText(b: BlockState): string {
  return b.src.slice(b.analyzedAt, b.analyzedAt + (b.next - b.start));
}

const shiftSpan = (s: TextSpan | null, d: number): TextSpan | null => (s && d !== 0 ? { start: s.start + d, end: s.end + d, text: s.text } : s);

function shiftFinding(f: Finding, d: number): Finding {
  if (d === 0) return f;
  const g: Finding = { ...f, start: f.start + d, end: f.end + d, cue: shiftSpan(f.cue, d), source: shiftSpan(f.source, d), content: shiftSpan(f.content, d) };
  return g;
}

/**
 * The linking pass: shifts each block's local findings to its current offset and adds continued
 * quotations (a paragraph that is wholly a quotation, right after an attributed quotation, inherits
 * its speaker; a pronoun speaker is replaced by the nearest named one).
 */
export function link(blocks: BlockState[]): Finding[] {
  const out: Finding[] = [];
  let speaker: TextSpan | null = null;
  let named: TextSpan | null = null;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const a = b.analysis;
    if (a.blank) continue;
    const d = b.start - b.analyzedAt;
    if (a.findings.length === 0 && !a.quoteOnly && !a.quoteSpeaker && !a.lastNamed) {
      speaker = null;
      continue;
    }
    const continued = a.quoteOnly && speaker ? speaker : null;
    const linkStart = continued ? continued.start : -1;
    const linkEnd = continued ? continued.end : -1;
    if (b.cache === null || b.cacheAt !== b.start || b.cacheLink !== linkStart || b.cacheLinkEnd !== linkEnd) {
      const list = a.findings.map((f) => shiftFinding(f, d));
      if (continued && a.quoteOnly) {
        const q = shiftSpan(a.quoteOnly, d) as TextSpan;
        list.unshift({
          kind: 'attributed',
          start: q.start,
          end: q.end,
          text: q.text,
          cue: null,
          source: continued,
          content: q,
          category: 'continued-quote',
          rule: 'attributed.continued-quote',
        });
        list.sort((x, y) => x.start - y.start);
      }
      b.cache = list;
      b.cacheAt = b.start;
      b.cacheLink = linkStart;
      b.cacheLinkEnd = linkEnd;
    }
    const cached = b.cache;
    for (let i = 0; i < cached.length; i++) out.push(cached[i]);
    // what a following paragraph may continue
    if (a.quoteOnly) {
      // a continued quotation keeps the speaker (or a bare quotation keeps none)
      if (!continued) speaker = null;
    } else if (a.quoteSpeaker) {
      const s = shiftSpan(a.quoteSpeaker, d) as TextSpan;
      speaker = a.speakerIsPronoun ? (shiftSpan(a.lastNamed, d) ?? named ?? s) : s;
    } else {
      speaker = null;
    }
    if (a.lastNamed) named = d === 0 ? a.lastNamed : { start: a.lastNamed.start + d, end: a.lastNamed.end + d, text: a.lastNamed.text };
  }
  return out;
}
