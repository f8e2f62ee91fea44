/** A block's tokens split into sentences. */
import { isUpperOrDigit } from '../text/sentences';
import { AUXILIARIES, STANCE_LEMMAS, VerbEntry } from './lexicon';
import { Stops, Tok, Token } from './tokens';

/** A sentence of a block: its text range, its token range and what it may hold. */
export interface Sentence {
  s: number;
  e: number;
  /** What the sentence may hold: 1 = a cue word, 2 = a hedge word, 4 = a dash or colon. */
  f: number;
  /** token range [a, b) */
  a: number;
  b: number;
}

/**
 * Sentences from tokens, with the same rule as the line splitter in `text/sentences`: a break after a run of
 * . ! ? … and closing marks, before whitespace, optional opening marks and an upper-case letter or digit.
 * (Abbreviations, initials and acronyms keep their dot inside the word token, so they never break; but for a dotted
 * word before a listed sentence opener, "at 11 p.m. She said", whose dot the tokenizer leaves as a stop.)
 * Only the End tokens the tokenizer noted in `stops` are visited, and each sentence's flags (`f`) are joined from
 * the flags noted between them.
 */
export function tokenSentences(text: string, toks: Token[], verbs: ReadonlyMap<string, VerbEntry>, stops: Stops): Sentence[] {
  const out: Sentence[] = [];
  const n = toks.length;
  let a = 0;
  // can the sentence so far start a cue or a hedge, or does it hold a dash or colon?
  let any = 0;
  for (let m = 0; m < stops.at.length; m++) {
    const i = stops.at[m];
    any |= stops.flags[m];
    // the closing marks skipped here carry no flags
    let j = i + 1;
    while (j < n && (toks[j].k === Tok.QuoteClose || toks[j].k === Tok.ParenClose || (toks[j].k === Tok.Other && isSingleQuote(text.charCodeAt(toks[j].s)))) && toks[j].s === toks[j - 1].e) j++;
    if (j >= n) break;
    const ws = text.charCodeAt(toks[j - 1].e);
    if (!(ws === 32 || ws === 9 || ws === 0xa0 || ws === 0x2009 || ws === 0x202f)) continue;
    let k = j;
    while (k < n && (toks[k].k === Tok.QuoteOpen || toks[k].k === Tok.ParenOpen || (toks[k].k === Tok.Other && isSingleQuote(text.charCodeAt(toks[k].s))))) k++;
    if (k >= n || !isUpperOrDigit(text.charCodeAt(toks[k].s))) continue;
    // "“Does anybody know?” Graham asked.": a quoted question or exclamation and its frame are one sentence
    if (j > i + 1 && k === j && frameFollows(text, toks, i, j, verbs)) continue;
    out.push({ s: toks[a].s, e: toks[j - 1].e, f: any, a, b: j });
    a = j;
    any = 0;
  }
  if (a < n) out.push({ s: toks[a].s, e: toks[n - 1].e, f: any | stops.rest, a, b: n });
  return out;
}
export const isSingleQuote = (c: number): boolean => c === 39 || c === 0x2018 || c === 0x2019;

/** After a quoted "?" or "!" ending at token i (closing marks to j): a short name and a reporting verb end the sentence. */
function frameFollows(text: string, toks: Token[], i: number, j: number, verbs: ReadonlyMap<string, VerbEntry>): boolean {
  const stop = text.charCodeAt(toks[i].e - 1);
  if (stop !== 63 && stop !== 33) return false;
  if (toks[j - 1].k !== Tok.QuoteClose) return false;
  let k = j;
  const first = toks[k];
  if (first && first.k === Tok.Word && (first.w === 'he' || first.w === 'she' || first.w === 'they')) k++;
  else if (first && first.k === Tok.Word && first.w === 'the') {
    // "“…?” the senator asked.": a determiner and up to two nouns
    k++;
    while (k < toks.length && k - j < 3 && toks[k].k === Tok.Word && !toks[k].cap && !verbs.has(toks[k].w) && !AUXILIARIES.has(toks[k].w)) k++;
    if (k === j + 1) return false;
  } else {
    while (k < toks.length && k - j < 4 && toks[k].k === Tok.Word && toks[k].cap && !verbs.has(toks[k].w)) k++;
  }
  if (k === j || k >= toks.length) return false;
  const v = toks[k];
  const entry = v.k === Tok.Word && !v.cap ? verbs.get(v.w) : undefined;
  if (!entry || entry.weak || !(entry.form === 'past' || entry.form === 'both' || entry.form === 's') || STANCE_LEMMAS.has(entry.lemma)) return false;
  const n = toks[k + 1];
  return !n || n.k === Tok.End || n.k === Tok.Comma;
}
