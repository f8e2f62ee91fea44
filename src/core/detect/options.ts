/** Detector options compiled once: lexicons, phrase tries and the ignore list. */
import type { DetectorOptions } from './detector';
import { builtInHedges, CLAIMANTLESS_NOUNS } from './hedges';
import { buildVerbLexicon, CLAIM_NOUNS, LIGHT_VERBS, MANNER_OF_SPEAKING, VerbEntry } from './lexicon';
import { PhraseSet } from './phrases';
import { Tok, tokenize } from './tokens';


/** The compiled form the detector passes to its passes. */
export interface CompiledOptions {
  verbs: Map<string, VerbEntry>;
  hedges: PhraseSet;
  extraHedges: PhraseSet | null;
  extraCues: PhraseSet | null;
  includeModal: boolean;
  /** Every word that can start an attribution cue (one lookup per token rules out most words). */
  cueStarts: Set<string>;
  /** Every word that can start an unverified cue. */
  hedgeStarts: Set<string>;
  /** Both sets as one lookup: 1 = may start a cue, 2 = may start a hedge. */
  wordFlags: Map<string, number>;
  /** True when a cue text contains an ignored word or phrase. */
  ignored(cueText: string): boolean;
}

let sharedVerbs: Map<string, VerbEntry> | null = null;
let sharedHedges: PhraseSet | null = null;

/** The words of `s`; with the detector's `flags`, so that the tokenizer keeps its word cache for that table. */
const words = (s: string, flags?: Map<string, number>): string[] => tokenize(s, 0, s.length, flags).filter((t) => t.k === Tok.Word).map((t) => t.w);

/** Compiles options; the built-in lexicons are built once per process and shared read-only. */
export function compileOptions(options: DetectorOptions = {}): CompiledOptions {
  sharedVerbs ??= buildVerbLexicon();
  sharedHedges ??= builtInHedges();
  let extraHedges: PhraseSet | null = null;
  for (const h of options.extraHedges ?? []) {
    if (typeof h !== 'string' || !h.trim()) continue;
    extraHedges ??= new PhraseSet();
    extraHedges.add(h, 'evidential');
  }
  let extraCues: PhraseSet | null = null;
  for (const c of options.extraCues ?? []) {
    if (typeof c !== 'string' || !c.trim()) continue;
    extraCues ??= new PhraseSet();
    extraCues.add(c, 'extra-cue');
    const w = words(c);
    if (w.length === 1 && /^[a-z]+$/.test(w[0]) && !w[0].endsWith('ed') && !w[0].endsWith('s')) {
      const base = w[0];
      const stem = base.endsWith('e') ? base.slice(0, -1) : base;
      for (const form of [stem + 'ed', base + 's', stem + 'ing']) extraCues.add(form, 'extra-cue');
    }
  }
  const cueStarts = new Set<string>(sharedVerbs.keys());
  for (const w of ['according', 'come', 'came', 'comes', 'coming', 'put', 'puts', 'read', 'reads', 'posted', 'posts', 'heard', 'ruled', 'rules', 'ruling', ...MANNER_OF_SPEAKING, ...LIGHT_VERBS, ...CLAIM_NOUNS]) cueStarts.add(w);
  for (const c of options.extraCues ?? []) if (typeof c === 'string') for (const w of words(c)) cueStarts.add(w);
  if (extraCues) for (const c of options.extraCues ?? []) {
    const w = words(c);
    if (w.length === 1) {
      const base = w[0];
      const stem = base.endsWith('e') ? base.slice(0, -1) : base;
      for (const form of [stem + 'ed', base + 's', stem + 'ing']) cueStarts.add(form);
    }
  }
  const hedgeStarts = new Set<string>([...sharedHedges.firstWords(), ...(extraHedges ? extraHedges.firstWords() : []), ...CLAIMANTLESS_NOUNS]);
  const wordFlags = new Map<string, number>();
  for (const w of cueStarts) wordFlags.set(w, 1);
  for (const w of hedgeStarts) wordFlags.set(w, (wordFlags.get(w) ?? 0) | 2);
  const ignoreList = (options.ignore ?? []).filter((s) => typeof s === 'string' && s.trim()).map((s) => words(s)).filter((w) => w.length > 0);
  // (a cue is split with the detector's own flag table: the tokenizer's word cache holds one table at a time, and
  // a split with none would empty it on every finding)
  const ignored = ignoreList.length === 0
    ? (): boolean => false
    : (cueText: string): boolean => {
        const cw = words(cueText, wordFlags);
        return ignoreList.some((iw) => {
          outer: for (let i = 0; i + iw.length <= cw.length; i++) {
            for (let j = 0; j < iw.length; j++) if (cw[i + j] !== iw[j]) continue outer;
            return true;
          }
          return false;
        });
      };
  return { verbs: sharedVerbs, hedges: sharedHedges, extraHedges, extraCues, includeModal: options.includeModal === true, cueStarts, hedgeStarts, wordFlags, ignored };
}
