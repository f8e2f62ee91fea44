/** Clauses in a tokenized block: the extent of a claim's content and the words around a cue. */
import {
  ADJECTIVE_ENDING,
  ADVERBS,
  AUXILIARIES,
  CONJUNCTIONS,
  DAYS,
  DETERMINERS,
  FIGURE_NOUNS,
  isDeterminerOrPossessive,
  isLyAdverb,
  isMonthMay,
  isPronounContraction,
  MANNER_WORDS,
  NOMINATIVE,
  NP_BREAKS,
  PAST_TENSE,
  PERIODS,
  PREPOSITIONS,
  SPEECH_NOUNS,
  TIME_WORDS,
} from './lexicon';
import { NounPhraseReader } from './nounPhrases';
import { Tok } from './tokens';
import { type Sentence } from './tokenSentences';

/** Reads clauses around a cue: where a claim's content starts and ends, and what follows or precedes the verb. */
/** A superlative adjective ("hardest", "biggest", "finest"). */
const SUPERLATIVE = /^[a-z]{2,}est$/;

export class ClauseReader extends NounPhraseReader {
  /**
   * The token after a dateline that opens the sentence ("KYIV —", "**WASHINGTON** –", "KYIV, Ukraine (AP) —"): a
   * word in capitals, then capitalised words, commas or brackets, then a dash. 0 when there is none.
   */
  protected datelineEnd(sent: Sentence): number {
    const toks = this.toks;
    let j = sent.a;
    while (j < sent.b && toks[j].k === Tok.Other) j++;
    const first = toks[j];
    if (!first || first.k !== Tok.Word || first.e - first.s < 2) return 0;
    const word = this.text.slice(first.s, first.e);
    if (word !== word.toUpperCase() || word === word.toLowerCase()) return 0;
    for (let k = j + 1; k < sent.b && k <= j + 8; k++) {
      const t = toks[k];
      if (t.k === Tok.Dash) return k + 1 < sent.b && toks[k + 1].k === Tok.Word ? k + 1 : 0;
      if (!((t.k === Tok.Word && t.cap) || t.k === Tok.Comma || t.k === Tok.ParenOpen || t.k === Tok.ParenClose || t.k === Tok.Other)) return 0;
    }
    return 0;
  }

  /** "“…?” a narrator in the ad asks.": a quotation, a short noun phrase, then the verb at token i ending the sentence. */
  protected quoteFrameBefore(sent: Sentence, i: number): boolean {
    const toks = this.toks;
    const n = toks[i + 1];
    if (n && n.k !== Tok.End && n.k !== Tok.Comma) return false;
    for (let j = i - 1; j >= sent.a && i - j <= 8; j--) {
      const t = toks[j];
      if (t.k === Tok.QuoteClose) return j < i - 1;
      if (t.k === Tok.Comma && j > sent.a && toks[j - 1].k === Tok.QuoteClose) return j < i - 1;
      if (t.k !== Tok.Word || t.q || AUXILIARIES.has(t.w) || (this.opts.verbs.has(t.w) && !t.cap)) return false;
    }
    return false;
  }

  /** The sentence ends with a full stop, question or exclamation mark (a headline does not). */
  protected endsWithStop(sent: Sentence): boolean {
    for (let j = sent.b - 1; j >= sent.a; j--) {
      const k = this.toks[j].k;
      if (k === Tok.End) return true;
      if (k !== Tok.QuoteClose && k !== Tok.ParenClose && k !== Tok.Other) return false;
    }
    return false;
  }

  /** The sentence holds a closing quotation mark. */
  protected closesQuote(sent: Sentence): boolean {
    for (let j = sent.a; j < sent.b; j++) if (this.toks[j].k === Tok.QuoteClose) return true;
    return false;
  }

  /** The sentence opens with a quotation mark and its quotation runs to its end. */
  protected wholeQuote(sent: Sentence): boolean {
    const toks = this.toks;
    if (toks[sent.a].k !== Tok.QuoteOpen) return false;
    for (let j = sent.a + 1; j < sent.b; j++) {
      const t = toks[j];
      if (t.k === Tok.QuoteOpen) return false;
      if (t.k === Tok.QuoteClose) {
        for (let k = j + 1; k < sent.b; k++) if (toks[k].k !== Tok.End && toks[k].k !== Tok.Other) return false;
        return true;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ attribution

  /** A finite reporting verb follows within a few plain words of token j ("… in late 2024 suggest that", "… by Reuters said"). */
  protected laterVerb(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    for (let k = j; k < sent.b && k <= j + 10; k++) {
      const t = toks[k];
      if (t.k !== Tok.Word || t.q) return false;
      const e = t.cap ? undefined : this.opts.verbs.get(t.w);
      if (e && e.form !== 'ing' && e.form !== 'en' && k > j && toks[k - 1].w !== 'and' && toks[k - 1].w !== 'or') return true;
      if (AUXILIARIES.has(t.w) && !isMonthMay(t, k, sent.a)) return false;
    }
    return false;
  }

  /** From token j, words up to a comma that a finite reporting verb follows (", citing officials, said"). */
  protected insertBeforeVerb(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    for (let k = j; k < sent.b && k <= j + 10; k++) {
      const t = toks[k];
      if (t.k === Tok.Comma) {
        let v = k + 1;
        while (v < sent.b && toks[v].k === Tok.Word && (ADVERBS.has(toks[v].w) || AUXILIARIES.has(toks[v].w) || (isLyAdverb(toks[v].w) && !toks[v].cap))) v++;
        const e = v < sent.b && toks[v].k === Tok.Word && !toks[v].cap ? this.opts.verbs.get(toks[v].w) : undefined;
        return e !== undefined && e.form !== 'ing' && e.form !== 'base';
      }
      if (t.k !== Tok.Word && t.k !== Tok.ParenOpen && t.k !== Tok.ParenClose) return false;
    }
    return false;
  }

  /** A "that" clause, a colon, a quotation or a reporting participle within a few tokens from j. */
  protected complementFollows(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    for (let k = j; k < sent.b && k < j + 8; k++) {
      const t = toks[k];
      if (t.k === Tok.Colon || t.k === Tok.QuoteOpen || (t.w === 'that' && !t.q)) return true;
      if (t.k === Tok.Word && !t.cap && this.opts.verbs.get(t.w)?.form === 'ing') return true;
      if (t.k === Tok.End) return false;
    }
    return false;
  }

  /** "put the death toll at 14", "puts the cost at $2 billion": a figure noun, then "at", within a few words of token i. */
  protected putsFigureAt(sent: Sentence, i: number): boolean {
    const toks = this.toks;
    let figure = false;
    for (let k = i + 1; k < sent.b && k <= i + 6; k++) {
      const t = toks[k];
      if (t.k !== Tok.Word || t.q) return false;
      if (FIGURE_NOUNS.has(t.w)) figure = true;
      else if (t.w === 'at') return figure;
      // "put the number much higher", "put the toll lower"
      else if (figure && (t.w === 'higher' || t.w === 'lower')) return true;
    }
    return false;
  }

  /** Tokens [a, b) hold something that reads as a finite verb: an auxiliary, a past tense or an "-ed" word. */
  protected hasFiniteVerb(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.toks[k];
      if (t.k === Tok.Word && !t.cap && (AUXILIARIES.has(t.w) || PAST_TENSE.has(t.w) || (t.w.endsWith('ed') && t.w.length > 3) || isPronounContraction(t.w))) return true;
      if (t.k === Tok.QuoteOpen || t.k === Tok.Colon) return true;
    }
    return false;
  }

  /** The cue ending at token j closes the sentence after a comma-led frame: "…, some experts believe." */
  protected closingFrame(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    if (j < sent.b && toks[j].k !== Tok.End) return false;
    for (let k = j - 2; k > sent.a && j - k <= 6; k--) {
      const t = toks[k];
      if (t.k === Tok.Comma) return k > sent.a + 2;
      if (t.k !== Tok.Word || t.q) return false;
    }
    return false;
  }

  /** "expect the central bank to cut rates": an object of a few words, then "to" and a verb. */
  protected objectThenTo(j: number, b: number): boolean {
    const toks = this.toks;
    for (let k = j + 1; k + 1 < b && k <= j + 6; k++) {
      const t = toks[k];
      if (t.k !== Tok.Word || t.q) return false;
      if (t.w === 'to') {
        const n = toks[k + 1];
        return n.k === Tok.Word && !n.cap && !DETERMINERS.has(n.w) && !/^\d/.test(n.w);
      }
      if (AUXILIARIES.has(t.w) || NP_BREAKS.has(t.w) || PREPOSITIONS.has(t.w)) return false;
    }
    return false;
  }

  /**
   * A colon at token j, or after a manner adverbial of up to three words ("put it bluntly:", "put it this way:") or
   * an addressee ("put it to me:", "put it to the committee:").
   */
  protected colonAfter(j: number): boolean {
    const toks = this.toks;
    let to = false;
    for (let k = j; k < toks.length && k <= j + 3; k++) {
      const t = toks[k];
      if (t.k === Tok.Colon) return true;
      if (t.k === Tok.Word && !t.q && t.w === 'to' && k === j) to = true;
      else if (t.k !== Tok.Word || t.q || !(to || isLyAdverb(t.w) || ADVERBS.has(t.w) || MANNER_WORDS.has(t.w))) return false;
    }
    return false;
  }

  /** "as" opens the noun phrase (of words only, up to eight) that ends before token i. */
  protected asBefore(sent: Sentence, i: number): boolean {
    const toks = this.toks;
    for (let j = i - 1; j >= sent.a && i - j <= 9; j--) {
      const t = toks[j];
      if (t.k !== Tok.Word || t.q) return false;
      if (t.w === 'as') return j < i - 1;
    }
    return false;
  }

  /** After "called": an object noun phrase, then the label it is given (a quotation, "a …", an adjective). */
  protected callComplement(sent: Sentence, k: number): boolean {
    const toks = this.toks;
    const first = toks[k];
    if (first.k === Tok.QuoteOpen) return true;
    if (first.k !== Tok.Word || first.w === 'for' || first.w === 'on' || first.w === 'off' || first.w === 'up' || first.w === 'in' || first.w === 'out' || first.w === 'back') return false;
    for (let j = k + 1; j < sent.b && j <= k + 7; j++) {
      const t = toks[j];
      if (t.k === Tok.QuoteOpen) return true;
      if (t.k !== Tok.Word || t.q) return false;
      if (t.w === 'a' || t.w === 'an') return j > k;
      // "called it the hardest decision of her career": a superlative label
      if (t.w === 'the' && j > k && j + 1 < sent.b && toks[j + 1].k === Tok.Word && (SUPERLATIVE.test(toks[j + 1].w) || toks[j + 1].w === 'most' || toks[j + 1].w === 'best' || toks[j + 1].w === 'worst')) return true;
      // "the remarks", "Obama's comments": a word after a determiner or possessive is a noun, not a verb
      const p = toks[j - 1];
      const noun = p.k === Tok.Word && isDeterminerOrPossessive(p.w);
      if (AUXILIARIES.has(t.w) || NP_BREAKS.has(t.w) || (this.opts.verbs.has(t.w) && !t.cap && !noun)) return false;
      // ("called the trainer at 3-3 in the final set": a score or a figure after the object, no label)
      if (PREPOSITIONS.has(t.w) && !t.cap && j + 1 < sent.b && toks[j + 1].k === Tok.Word && /^\d/.test(toks[j + 1].w)) return false;
      if (!t.cap && j > k + 1 && ADJECTIVE_ENDING.test(t.w)) return true;
    }
    return false;
  }

  /** First speech noun within a few words after a light verb, or -1. */
  protected speechNounAfter(sent: Sentence, i: number): number {
    const toks = this.toks;
    for (let j = i + 1; j < sent.b && j <= i + 6; j++) {
      const t = toks[j];
      if (t.k !== Tok.Word || t.q) return -1;
      if (SPEECH_NOUNS.has(t.w)) return j;
      if (t.w === 'that' || t.w === 'to' || AUXILIARIES.has(t.w)) return -1;
    }
    return -1;
  }

  /**
   * "The minister's claim that the economy is growing has been disputed": a that-clause inside the sentence's
   * subject ends before the main verb, the first auxiliary after the clause's own verb and a word. Returns the
   * clause's end (the offset `e` when no main verb follows).
   */
  protected subjectClauseEnd(sent: Sentence, j: number, e: number): number {
    const toks = this.toks;
    let verb = false;
    for (let k = j; k < sent.b && toks[k].e <= e; k++) {
      const t = toks[k];
      if (t.k !== Tok.Word || t.q) return e;
      const p = toks[k - 1];
      if (verb && AUXILIARIES.has(t.w) && p.k === Tok.Word && !AUXILIARIES.has(p.w) && !CONJUNCTIONS.has(p.w) && p.w !== 'or' && p.w !== 'that' && p.w !== 'who' && p.w !== 'which') return p.e;
      if (AUXILIARIES.has(t.w) || PAST_TENSE.has(t.w) || (k > j && t.w.endsWith('ed') && !t.cap)) verb = true;
    }
    return e;
  }

  /** The content starting at offset `cs` after the cue ending at token j is a clause: "that …", a colon, or subject and verb. */
  protected clauseContent(sent: Sentence, j: number, cs: number): boolean {
    const toks = this.toks;
    let c = j;
    while (c < sent.b && toks[c].s < cs) c++;
    if (c >= sent.b) return false;
    const p = toks[c - 1];
    // "that" opens a clause, but not as a determiner after a preposition ("wrote in that spot")
    if (p && (p.k === Tok.Colon || (p.w === 'that' && !(c - 2 > sent.a && PREPOSITIONS.has(toks[c - 2].w))))) return true;
    // "noted in its daily report: “…”"
    for (let k = c; k < sent.b && k < c + 12 && toks[k].k !== Tok.End; k++) if (toks[k].k === Tok.Colon) return true;
    const t = toks[c];
    // "recalled Mr. Obama talking about …": an object and a participle
    for (let k = c + 1; k < sent.b && k <= c + 4 && toks[k].k === Tok.Word; k++) if (toks[k].w.endsWith('ing') && toks[k].w.length > 5 && !toks[k].cap && toks[c].cap) return true;
    return (t.w === 'that' && !(p && PREPOSITIONS.has(p.w))) || t.k === Tok.QuoteOpen || this.clauseStarts(c, sent.b) || (t.k === Tok.Word && NOMINATIVE.has(t.w));
  }

  /**
   * The colon that ends the block after a frame ("The New York Times reports:", "He said in a statement:"),
   * with no more than a short adverbial between the cue and it; -1 otherwise.
   */
  protected openColon(sent: Sentence, j: number): number {
    const toks = this.toks;
    const last = toks.length - 1;
    if (sent.b !== toks.length || toks[last].k !== Tok.Colon || last - j > 6) return -1;
    for (let k = j; k < last; k++) {
      const t = toks[k];
      if (t.k !== Tok.Word || t.q || AUXILIARIES.has(t.w) || NP_BREAKS.has(t.w) || (this.opts.verbs.has(t.w) && !t.cap)) return -1;
      // "Key questions now facing the company:": a participle makes it a label, not a frame
      if (!t.cap && t.w.length > 5 && t.w.endsWith('ing')) return -1;
    }
    return last;
  }

  /** Weak verbs need a complement clause: "that", a colon or a quotation. */
  protected weakOk(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    for (let k = j; k < sent.b && k <= j + 4; k++) {
      const t = toks[k];
      if (t.w === 'that' || t.k === Tok.Colon || t.k === Tok.QuoteOpen) return true;
      if (t.k !== Tok.Word || !(TIME_WORDS.has(t.w) || DETERMINERS.has(t.w) || t.cap)) return false;
    }
    return false;
  }

  protected quoteOpenBefore(qc: number): number {
    for (let j = qc - 1; j >= 0; j--) {
      if (this.toks[j].k === Tok.QuoteOpen) return j;
      if (this.toks[j].k === Tok.QuoteClose) return -1;
    }
    return -1;
  }

  protected quoteCloseAfter(qo: number): number {
    for (let j = qo + 1; j < this.toks.length; j++) {
      if (this.toks[j].k === Tok.QuoteClose) return j;
      if (this.toks[j].k === Tok.QuoteOpen) return j - 1;
    }
    return this.toks.length - 1;
  }

  /** End offset of content starting at token c: the sentence end without its final stop, or a quotation's end. */
  protected contentEndOf(sent: Sentence, c: number): number {
    const toks = this.toks;
    let b = sent.b;
    // a trailing participle clause (", arguing that …", ", further raising …") is not part of the claim
    const cuts = this.clauseCuts(sent);
    if (cuts.length > 0) {
      let lo = 0;
      let hi = cuts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cuts[mid] < c + 2) lo = mid + 1;
        else hi = mid;
      }
      if (lo < cuts.length) b = cuts[lo];
    }
    while (b - 1 > c && (toks[b - 1].k === Tok.End || toks[b - 1].k === Tok.Semi || toks[b - 1].k === Tok.Comma) && !toks[b - 1].q) b--;
    return toks[b - 1].e;
  }

  private cutCache: { a: number; cuts: number[] } = { a: -1, cuts: [] };

  /** Semicolons, and commas that open a participle clause or "according to" (computed once per sentence). */
  private clauseCuts(sent: Sentence): number[] {
    if (this.cutCache.a === sent.a) return this.cutCache.cuts;
    const toks = this.toks;
    const cuts: number[] = [];
    for (let k = sent.a; k + 1 < sent.b; k++) {
      const t = toks[k];
      // "Critics argue the law is vague; supporters say …": a semicolon closes the claim too
      if (t.k === Tok.Semi && !t.q) {
        cuts.push(k);
        continue;
      }
      if (t.k !== Tok.Comma || t.q) continue;
      let n = k + 1;
      if (toks[n].k === Tok.Word && ADVERBS.has(toks[n].w) && n + 1 < sent.b) n++;
      const w = toks[n];
      if (w.k !== Tok.Word || w.q) continue;
      if ((!w.cap && w.w.length > 5 && w.w.endsWith('ing')) || (w.w === 'according' && toks[n + 1]?.w === 'to')) cuts.push(k);
    }
    this.cutCache = { a: sent.a, cuts };
    return cuts;
  }

  /** The content after a cue: a quotation, a colon clause, a "that" clause or the rest of the sentence. */
  protected contentAfter(sent: Sentence, j: number, objectVerb: boolean): { s: number; e: number; quote: boolean } | null {
    const toks = this.toks;
    if (j >= sent.b) return null;
    let c = j;
    // skip the addressee or an adverbial up to "that" or a colon
    let lim = Math.min(sent.b, j + 12);
    let found = -1;
    const first = toks[j];
    const mayScan = objectVerb || first.k === Tok.Comma || (first.k === Tok.Word && (TIME_WORDS.has(first.w) || first.cap || DETERMINERS.has(first.w) || ADVERBS.has(first.w) || isLyAdverb(first.w)));
    if (mayScan) {
      for (let k = j; k < lim; k++) {
        const t = toks[k];
        if (t.k === Tok.Colon) {
          found = k + 1;
          break;
        }
        if (t.k === Tok.Word && t.w === 'that' && !t.q) {
          found = k;
          break;
        }
        if (t.k === Tok.QuoteOpen || t.k === Tok.End || t.k === Tok.Semi) {
          if (t.k === Tok.QuoteOpen && (objectVerb || toks[k - 1].k === Tok.Comma || toks[k - 1].k === Tok.Colon)) found = k;
          // "told reporters the talks were “not on the agenda.”": the clause starts before the quotation
          if (t.k === Tok.QuoteOpen && objectVerb && toks[k - 1].k === Tok.Word) {
            for (let m = j + 1; m < k; m++) {
              if (this.clauseStarts(m, sent.b)) {
                found = m;
                break;
              }
            }
          }
          break;
        }
        if (t.k === Tok.Word && (AUXILIARIES.has(t.w) || this.opts.verbs.has(t.w)) && !objectVerb) break;
      }
    }
    if (found < 0 && objectVerb) {
      // "told Reuters the plan was dead", "told the BBC they had no power": the addressee, then a clause
      for (let k = j + 1; k < sent.b && k <= j + 3; k++) {
        const p = toks[k - 1];
        if (p.k !== Tok.Word || p.q || AUXILIARIES.has(p.w) || NP_BREAKS.has(p.w) || PREPOSITIONS.has(p.w) || (this.opts.verbs.has(p.w) && !p.cap)) break;
        if (DETERMINERS.has(p.w)) continue;
        if (this.clauseStarts(k, sent.b)) {
          found = k;
          break;
        }
      }
    }
    if (found >= 0) c = found;
    else if (first.k === Tok.Colon) c = j + 1;
    while (c < sent.b && toks[c].k === Tok.Comma) c++;
    if (c < sent.b && toks[c].k === Tok.Colon) c++;
    if (c >= sent.b) return null;
    c = this.afterTime(sent, c);
    if (toks[c].k === Tok.QuoteOpen) {
      const qc = this.quoteCloseAfter(c);
      const e = Math.max(toks[qc].e, this.contentEndOf(sent, c));
      return { s: toks[c].s, e, quote: true };
    }
    if (toks[c].k === Tok.End) return null;
    return { s: toks[c].s, e: this.contentEndOf(sent, c), quote: false };
  }

  /**
   * "said Tuesday it was reviewing …", "told reporters last week that …": a time before the clause belongs to the
   * verb, not to the claim. Returns where the clause starts (token c when no time leads it).
   */
  private afterTime(sent: Sentence, c: number): number {
    const toks = this.toks;
    let k = c;
    if (k + 1 < sent.b && toks[k].w === 'on' && DAYS.has(toks[k + 1].w)) k += 2;
    else if (k + 1 < sent.b && (toks[k].w === 'last' || toks[k].w === 'this' || toks[k].w === 'earlier') && PERIODS.has(toks[k + 1].w)) k += 2;
    else if (DAYS.has(toks[k].w) || toks[k].w === 'yesterday' || toks[k].w === 'today' || toks[k].w === 'tonight') k++;
    if (k === c || k >= sent.b) return c;
    const t = toks[k];
    return t.w === 'that' || t.k === Tok.QuoteOpen || t.k === Tok.Colon || this.clauseStarts(k, sent.b) ? (t.k === Tok.Colon ? k + 1 : k) : c;
  }
}
