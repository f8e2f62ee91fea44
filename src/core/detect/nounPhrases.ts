/** Noun phrases in a tokenized block: who a claim is credited to. */
import {
  ADVERBIAL_INSERTS,
  ADVERBS,
  AUXILIARIES,
  CONTINUE_FORMS,
  DETERMINERS,
  DOCUMENT_HEADS,
  GO_FORMS,
  INTRO_WORDS,
  isDeterminerOrPossessive,
  isLyAdverb,
  isMonthMay,
  isPluralLike,
  isPronounContraction,
  MESSAGE_VERBS,
  NOMINATIVE,
  NP_BREAKS,
  PAST_TENSE,
  PEOPLE_QUANTIFIERS,
  PICTURE_HEADS,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIERS,
  TIME_WORDS,
  TO_ADJECTIVES,
  VAGUE_HEADS,
  VerbForm,
  YEAR,
  REFLEXIVES,
} from './lexicon';
import type { CompiledOptions } from './options';
import { Tok, Token } from './tokens';
import { isSingleQuote, type Sentence } from './tokenSentences';

/**
 * Reads noun phrases in a block's tokens: the speaker before or after a cue, subjects, appositions and titles.
 * The clause reader and the block analyzer build on it.
 */
const NUMBER_WORDS = new Set('a an one two three four five six seven eight nine ten dozen dozens twenty thirty forty fifty hundred hundreds thousand thousands million half'.split(' '));

/** Prepositions beyond the shared list that may follow a name given ("a group called Rovers Till I Die against …"). */
const MORE_PREPOSITIONS = new Set(['against', 'despite', 'towards', 'toward', 'amid', 'among', 'between', 'behind', 'beyond', 'near', 'outside', 'inside', 'without', 'within', 'across', 'along', 'around', 'throughout', 'through', 'via']);

export class NounPhraseReader {
  constructor(
    protected readonly text: string,
    protected readonly toks: Token[],
    protected readonly opts: CompiledOptions,
  ) {}

  /**
   * How many words of "continued", "went on" or a verb of sending a message ("emailed", "phoned") end at token k
   * (0 when none does): after them "to say" reports as if finite.
   */
  protected continuesBefore(k: number, a: number): number {
    const toks = this.toks;
    if (k < a || toks[k].k !== Tok.Word) return 0;
    if (CONTINUE_FORMS.has(toks[k].w) || MESSAGE_VERBS.has(toks[k].w)) return 1;
    return toks[k].w === 'on' && k - 1 >= a && GO_FORMS.has(toks[k - 1].w) ? 2 : 0;
  }

  private titleCaseCache: { a: number; v: boolean } = { a: -1, v: false };

  /** A headline in title case ("Obama Says Museum Will Open"): most words capitalised, no final stop. */
  protected titleCase(sent: Sentence): boolean {
    if (this.titleCaseCache.a === sent.a) return this.titleCaseCache.v;
    let words = 0;
    let caps = 0;
    for (let j = sent.a; j < sent.b; j++) {
      const t = this.toks[j];
      if (t.k !== Tok.Word || t.q) continue;
      words++;
      if (t.cap) caps++;
    }
    const v = words >= 3 && caps >= words * 0.7;
    this.titleCaseCache = { a: sent.a, v };
    return v;
  }

  /**
   * The subject when the sentence's opening defeats `subjectOf`: the last subject pronoun before token `limit`
   * ("On September 27 they published … by announcing"), else a name opening the sentence before its apposition
   * ("Dean, a medical doctor, then appeared … by saying").
   */
  protected leadingSubject(sent: Sentence, limit: number): { a: number; b: number } | null {
    const toks = this.toks;
    for (let j = limit - 1; j >= sent.a; j--) if (NOMINATIVE.has(toks[j].w) && !toks[j].q) return { a: j, b: j + 1 };
    if (!toks[sent.a].cap) return null;
    const np = this.forwardNP(sent.a, limit);
    return np.b > np.a && np.b < limit && toks[np.b].k === Tok.Comma && this.isNominal(np) ? np : null;
  }

  /** Token j is a "which" or "who" that opens a relative clause after a comma. */
  protected relativeOpens(sent: Sentence, j: number): boolean {
    const t = this.toks[j];
    return j - 1 > sent.a && (t.w === 'which' || t.w === 'who') && !t.q && this.toks[j - 1].k === Tok.Comma;
  }

  /**
   * "A 46-page analysis released by the department last month reveals …": the sentence opens with a document
   * noun phrase whose modifiers run up to the verb group at token v. Returns where the phrase starts, or -1.
   */
  protected documentSubject(sent: Sentence, v: number, pictures = false): number {
    const toks = this.toks;
    let a = sent.a;
    if (toks[a].k === Tok.Word && INTRO_WORDS.has(toks[a].w)) a++;
    // or a clause of its own after a comma: "…, as reports observed in late 2024 suggest that …"
    for (let j = v - 1; j > a && v - j <= 14; j--) {
      const t = toks[j];
      if (t.k === Tok.Comma || t.k === Tok.Semi) break;
      if (t.k === Tok.Word && (t.w === 'as' || t.w === 'while' || t.w === 'because' || t.w === 'since' || t.w === 'but' || t.w === 'and') && toks[j - 1].k === Tok.Comma) {
        a = j + 1;
        break;
      }
    }
    const bare = toks[a].k === Tok.Word && !toks[a].cap && DOCUMENT_HEADS.has(toks[a].w) && isPluralLike(toks[a].w);
    if (v - a < 3 || v - a > 30 || toks[a].k !== Tok.Word || !(DETERMINERS.has(toks[a].w) || toks[a].cap || bare)) return -1;
    // the head comes within the first few words: "A USA TODAY analysis of …", "The new study by …"
    let head = -1;
    for (let j = a; j < v && j <= a + 5; j++) {
      const t = toks[j];
      if (t.k !== Tok.Word) return -1;
      if ((DOCUMENT_HEADS.has(t.w) && !PICTURE_HEADS.has(t.w)) || (pictures && PICTURE_HEADS.has(t.w))) {
        head = j;
        break;
      }
    }
    if (head < 0) return -1;
    // no clause of its own before the verb: no comma, stop or quotation, no cue verb but in a relative clause
    let relative = false;
    for (let j = head + 1; j < v; j++) {
      const t = toks[j];
      // "… that have raised $1 million since Jan. 1, 2015, shows …": a date's comma, and the one closing the phrase
      if (t.k === Tok.Comma && (j === v - 1 || (/^\d/.test(toks[j - 1].w) && /^\d/.test(toks[j + 1].w)))) continue;
      if (t.k !== Tok.Word && t.k !== Tok.Other && t.k !== Tok.ParenOpen && t.k !== Tok.ParenClose) return -1;
      if (t.w === 'that' || t.w === 'which' || t.w === 'who') relative = true;
      if (!relative && !t.cap && (AUXILIARIES.has(t.w) || (this.opts.verbs.has(t.w) && this.opts.verbs.get(t.w)?.form !== 'en' && this.opts.verbs.get(t.w)?.form !== 'both'))) return -1;
    }
    return a;
  }

  /**
   * The participle at token v ("called", "dubbed") gives a name to the plain noun before it ("a group called Lashkar-e-Taiba belongs …"):
   * a capitalised name follows, and after it no complement ("called Machado a liar", "called Smith “reckless”")
   * but a stop, a comma, a verb or a preposition.
   */
  protected namesAfter(v: number, a: number, b: number): boolean {
    const toks = this.toks;
    const p = toks[v - 1];
    if (v - 1 < a || p.k !== Tok.Word || p.cap || p.q || NOMINATIVE.has(p.w) || !this.nounBefore(v - 1)) return false;
    let k = v + 1;
    // ("an account called @ValleyTruth22": a handle)
    if (k + 1 < b && toks[k].k === Tok.Other && this.text.charCodeAt(toks[k].s) === 64 && toks[k].e === toks[k + 1].s && toks[k + 1].k === Tok.Word) return true;
    while (k < b && k < v + 6 && toks[k].k === Tok.Word && toks[k].cap) k++;
    if (k === v + 1) return false;
    if (k >= b) return true;
    const t = toks[k];
    if (t.k === Tok.Comma || t.k === Tok.End || t.k === Tok.ParenOpen || t.k === Tok.Dash) return true;
    // a verb in -s or in the past ("… called Lashkar-e-Taiba belongs", "… called Waiting Matters held a protest"),
    // where a complement would be an adjective or a noun phrase
    return t.k === Tok.Word && !t.q && (AUXILIARIES.has(t.w) || PAST_TENSE.has(t.w) || (t.w.length > 4 && t.w.endsWith('ed')) || PREPOSITIONS.has(t.w) || MORE_PREPOSITIONS.has(t.w) || t.w === 'that' || t.w === 'which' || t.w === 'who' || (this.opts.verbs.has(t.w) && this.opts.verbs.get(t.w)?.form !== 'ing') || (t.w.endsWith('s') && !t.w.endsWith('ss') && !t.w.endsWith("'s")));
  }

  /** "than" at token j compares a number: "with more than 4,000 procedures", "fewer than 20 officers". */
  protected comparative(j: number): boolean {
    const t = this.toks[j];
    const p = this.toks[j - 1];
    const n = this.toks[j + 1];
    return t.w === 'than' && p !== undefined && (p.w === 'more' || p.w === 'less' || p.w === 'fewer') && n !== undefined && n.k === Tok.Word && (/^\d/.test(n.w) || NUMBER_WORDS.has(n.w));
  }

  /** A word in capitals after a name is a credential ("Priyanka Venkataraman, DO,"), not the verb "do". */
  protected credential(t: Token): boolean {
    if (!t.cap || t.e - t.s < 2 || t.e - t.s > 4) return false;
    for (let k = t.s; k < t.e; k++) {
      const c = this.text.charCodeAt(k);
      if (c < 65 || c > 90) return false;
    }
    return true;
  }

  /** The participle at token j modifies the noun before it: "reports observed in late 2024", "figures cited by the ministry". */
  protected reducedRelative(j: number, form: VerbForm): boolean {
    const toks = this.toks;
    if (form !== 'both' && form !== 'en') return false;
    const n = toks[j + 1];
    return j > 0 && n !== undefined && n.k === Tok.Word && !n.q && (PREPOSITIONS.has(n.w) || n.w === 'by') && n.w !== 'to' && n.w !== 'that' && this.pluralNoun(toks[j - 1]);
  }

  /** A plural noun, also one spelled like a verb ("reports", "claims") or opening the sentence ("Figures"). */
  protected pluralNoun(t: Token): boolean {
    const w = t.w;
    return t.k === Tok.Word && !t.q && isPluralLike(w) && !AUXILIARIES.has(w) && !ADVERBS.has(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !NP_BREAKS.has(w) && w !== 'its' && w !== 'his' && w !== 'this' && w !== 'was';
  }

  /** Token k is a lower-case word that can end a noun phrase ("the guides", "programs"), not a verb or function word. */
  protected nounBefore(k: number): boolean {
    const t = this.toks[k];
    if (t.k !== Tok.Word || t.q || t.cap) return false;
    const w = t.w;
    return !(INTRO_WORDS.has(w) || TIME_WORDS.has(w) || /^\d/.test(w) || NP_BREAKS.has(w) || AUXILIARIES.has(w) || ADVERBS.has(w) || PREPOSITIONS.has(w) || DETERMINERS.has(w) || isLyAdverb(w) || this.opts.verbs.has(w) || w === 'and' || w === 'or' || w === 'nor' || w === 'what' || w === 'who');
  }

  /**
   * Where a frame ends: token j itself when it is a comma, a stop or the sentence end; or after an adverbial
   * ("on Friday", "in an interview") that runs to one. -1 when other words follow.
   */
  protected adverbialEnd(sent: Sentence, j: number): number {
    const toks = this.toks;
    if (j >= sent.b || toks[j].k === Tok.Comma || toks[j].k === Tok.End) return j;
    const first = toks[j];
    if (first.k !== Tok.Word || !(TIME_WORDS.has(first.w) || PREPOSITIONS.has(first.w))) return -1;
    for (let k = j; k < sent.b && k < j + 10; k++) {
      const t = toks[k];
      if (t.k === Tok.Comma || t.k === Tok.End) return k;
      if (t.k !== Tok.Word || t.q || t.w === 'that' || AUXILIARIES.has(t.w) || (this.opts.verbs.has(t.w) && !t.cap)) return -1;
    }
    return -1;
  }

  /** The subject of the sentence's main clause, before token `limit`: a short noun phrase followed by a verb. */
  protected subjectOf(sent: Sentence, limit: number): { a: number; b: number } | null {
    const toks = this.toks;
    let a = sent.a;
    const first = toks[a];
    if (first.k === Tok.Word && (PREPOSITIONS.has(first.w) || TIME_WORDS.has(first.w) || NP_BREAKS.has(first.w) || first.w === 'following' || first.w === 'despite')) {
      let c = a;
      let verb = false;
      while (c < limit && c - a < 40 && toks[c].k !== Tok.Comma) {
        if (c > a && toks[c].k === Tok.Word && this.finiteVerbAt(c)) verb = true;
        c++;
      }
      if (!verb && c < limit && toks[c].k === Tok.Comma) a = c + 1;
      else {
        // "On Sunday night Moreau shared …": a time phrase with no comma after it
        let k = a + 1;
        while (k < limit && k - a <= 4 && toks[k].k === Tok.Word && (TIME_WORDS.has(toks[k].w) || /^\d/.test(toks[k].w))) k++;
        if (k === a + 1 || !(PREPOSITIONS.has(first.w) || TIME_WORDS.has(first.w))) return null;
        a = k;
      }
    }
    while (a < limit && toks[a].k === Tok.Word && INTRO_WORDS.has(toks[a].w)) a++;
    // "Meanwhile, it attacked Trump, saying …"
    if (a > sent.a && a < limit && toks[a].k === Tok.Comma && toks[a - 1].k === Tok.Word && INTRO_WORDS.has(toks[a - 1].w)) a++;
    let j = a;
    // (a bracketed acronym does not count toward the length: "The Petroleum Pricing Authority (PPA) on Friday raised")
    let brackets = 0;
    while (j < limit && j - a - brackets < 9) {
      const t = toks[j];
      if (t.k === Tok.ParenOpen || t.k === Tok.ParenClose) {
        j++;
        brackets++;
        continue;
      }
      // "Howard Dean, a former party chairman, poked at …": the subject with its apposition, up to the comma before the verb
      if (t.k === Tok.Comma && j > a && !t.q) return this.appositiveSubject(a, j, limit);
      if (t.k !== Tok.Word || t.q) return null;
      if (j > a && this.finiteVerbAt(j)) break;
      if (NP_BREAKS.has(t.w)) return null;
      j++;
    }
    if (j >= limit || j - a - brackets >= 9 || j === a || !this.hasHead(a, j)) return null;
    if (!this.isNominal({ a, b: j }) && !DETERMINERS.has(toks[a].w)) return null;
    // "He then defended …", "Mr. Trump hardly clarified …": the adverb is not part of the speaker
    while (j - 1 > a && !toks[j - 1].cap && (ADVERBS.has(toks[j - 1].w) || isLyAdverb(toks[j - 1].w))) j--;
    // "Senate Democrats on Tuesday unveiled …": the time is not part of the speaker
    if (j - 2 > a && toks[j - 2].w === 'on' && TIME_WORDS.has(toks[j - 1].w)) j -= 2;
    else if (j - 1 > a && TIME_WORDS.has(toks[j - 1].w) && !toks[j - 1].cap) j--;
    return { a, b: j };
  }

  /** The word at token j reads as the sentence's verb after its subject (an auxiliary, a cue verb or a past form). */
  private finiteVerbAt(j: number): boolean {
    const t = this.toks[j];
    return !t.cap && (AUXILIARIES.has(t.w) || this.opts.verbs.has(t.w) || PAST_TENSE.has(t.w) || (t.w.endsWith('ed') && !DETERMINERS.has(this.toks[j - 1].w)));
  }

  /** The subject starting at token a whose name ends at the comma j, with the apposition after it, when a verb follows that. */
  private appositiveSubject(a: number, j: number, limit: number): { a: number; b: number } | null {
    const toks = this.toks;
    let c = j + 1;
    while (c < limit && c - j < 24 && (toks[c].k === Tok.Word || toks[c].k === Tok.ParenOpen || toks[c].k === Tok.ParenClose)) c++;
    if (c + 1 >= limit || toks[c].k !== Tok.Comma || toks[c + 1].k !== Tok.Word || toks[c + 1].q || !this.finiteVerbAt(c + 1)) return null;
    const np = this.backwardNP(c, a);
    return np.a === a && np.b > np.a && this.hasHead(a, j) ? np : null;
  }

  /** The speaker of a verb after "and"/"but" at token conj: the sentence's subject, else the nearest named noun phrase. */
  protected subjectBeforeConjunction(sent: Sentence, conj: number): { a: number; b: number } | null {
    const subj = this.subjectOf(sent, conj);
    if (subj) return subj;
    const near = this.backwardNP(conj - 1, sent.a);
    return near.b > near.a && this.isNominal(near) ? near : null;
  }

  /**
   * "the system makes fewer errors", "the storm destroyed 900 homes": a determiner, a singular noun within a few words
   * and a plain present or past after it, with its object: a clause without an auxiliary.
   */
  protected plainClauseStarts(j: number, b: number): boolean {
    const toks = this.toks;
    if (j + 2 >= b || toks[j].k !== Tok.Word || toks[j].q || !DETERMINERS.has(toks[j].w)) return false;
    for (let k = j + 2; k < b && k < j + 5; k++) {
      if (toks[k].k !== Tok.Word || toks[k].q) return false;
      if (!toks[k].cap && this.plainVerbAfterNoun(k, b)) return true;
    }
    return false;
  }

  /** Token k is a plain present in -s or a past in -ed after a singular noun, with a word after it. */
  private plainVerbAfterNoun(k: number, b: number): boolean {
    const toks = this.toks;
    const u = toks[k];
    const p = toks[k - 1];
    const n = k + 1 < b ? toks[k + 1] : null;
    if (!n || n.k !== Tok.Word || n.q || p.k !== Tok.Word || p.q || p.cap || p.w.endsWith('s') || !this.nounBefore(k - 1) || DETERMINERS.has(p.w) || ADVERBS.has(p.w)) return false;
    const w = u.w;
    if (PREPOSITIONS.has(w) || NP_BREAKS.has(w) || ADVERBS.has(w)) return false;
    return (w.length > 4 && w.endsWith('ed')) || PAST_TENSE.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith("'s") && !w.endsWith('us') && !w.endsWith('is'));
  }

  /** A finite clause seems to start at token j ("his efforts will …", "Clinton is …"). */
  protected clauseStarts(j: number, b: number): boolean {
    const toks = this.toks;
    if (j + 1 >= b) return false;
    const t = toks[j];
    if (t.k !== Tok.Word || t.q) return false;
    // "bigotry and xenophobia are …": a bare noun phrase of a few words before an auxiliary
    const bare = this.nounBefore(j) && !t.w.endsWith('ing');
    if (['he', 'she', 'they', 'it', 'we', 'i', 'there', 'his', 'her', 'their', 'its', 'the', 'this', 'these', 'those', 'a', 'an'].includes(t.w) || t.cap || bare || /^\d/.test(t.w)) {
      for (let k = j + 1; k < b && k < j + 8; k++) {
        const u = toks[k];
        if (u.k !== Tok.Word) return false;
        if (AUXILIARIES.has(u.w) && u.w !== 'not' && u.w !== 'never') return true;
        if (bare && k > j + 4) return false;
        // (nor a determiner: "told a local paper the mine was safe" has its clause at "the")
        if (bare && (PREPOSITIONS.has(u.w) || NP_BREAKS.has(u.w) || DETERMINERS.has(u.w))) return false;
      }
    }
    return false;
  }

  /** The phrase names a document or a count ("a 2014 study", "the data"); what a picture shows is not a claim. */
  protected hasDocumentHead(np: { a: number; b: number }, pictures = false): boolean {
    let found = false;
    for (let j = np.a; j < np.b; j++) {
      const w = this.toks[j].w;
      if (PICTURE_HEADS.has(w)) {
        if (!pictures) return false;
        found = true;
      }
      if (DOCUMENT_HEADS.has(w)) found = true;
    }
    return found;
  }

  protected isNominal(np: { a: number; b: number }): boolean {
    for (let j = np.a; j < np.b; j++) {
      const t = this.toks[j];
      if (t.k === Tok.Word && (t.cap || PRONOUNS.has(t.w) || VAGUE_HEADS.has(t.w))) return true;
    }
    return false;
  }

  /** The source noun phrase ending at token k, scanning back no further than token a. */
  protected backwardNP(k: number, a: number, depth = 0): { a: number; b: number } {
    const toks = this.toks;
    const empty = { a: k + 1, b: k + 1 };
    if (k < a) return empty;
    // "A post shared 40,000 times since Friday claims …": a time closing the subject is not part of it
    if (depth === 0 && k - 2 >= a && toks[k].k === Tok.Word && TIME_WORDS.has(toks[k].w) && (toks[k - 1].w === 'since' || toks[k - 1].w === 'until') && !toks[k - 1].q) {
      const head = this.backwardNP(k - 2, a, depth + 1);
      if (head.b > head.a) return head;
    }
    let end = k;
    // a closing apposition comma or dash: "Rasul Musaev, the head of the hospital, denied"
    if (toks[k].k === Tok.Comma || toks[k].k === Tok.Dash) {
      // a closing apposition comma or dash: "Rasul Musaev, the head of the hospital, denied"
      if (depth > 3) return empty;
      let j = k - 1;
      while (j >= a && toks[j].k !== Tok.Dash && toks[j].k !== Tok.Comma && toks[j].k !== Tok.QuoteClose && toks[j].k !== Tok.QuoteOpen && toks[j].k !== Tok.End && toks[j].k !== Tok.Semi && k - j < 40) j--;
      if (j < a || (toks[j].k !== Tok.Comma && toks[j].k !== Tok.Dash) || j === k - 1) return empty;
      // "The defendant, who lives in Harwood Lane, Fenbridge, denies": a town after a place is part of the insert
      if (k - j === 2 && toks[j + 1].cap && toks[j].k === Tok.Comma && j - 1 >= a && toks[j - 1].k === Tok.Word && toks[j - 1].cap) {
        let p = j - 1;
        while (p >= a && toks[p].k === Tok.Word && toks[p].cap && j - p <= 4) p--;
        if (p >= a && toks[p].k === Tok.Word && (toks[p].w === 'in' || toks[p].w === 'from' || toks[p].w === 'near' || toks[p].w === 'at')) {
          let q = p - 1;
          while (q >= a && toks[q].k !== Tok.Dash && toks[q].k !== Tok.Comma && toks[q].k !== Tok.QuoteClose && toks[q].k !== Tok.QuoteOpen && toks[q].k !== Tok.End && k - q < 40) q--;
          if (q >= a && toks[q].k === Tok.Comma) j = q;
        }
      }
      const seg = toks[j + 1];
      if (seg.k !== Tok.Word || seg.q) return empty;
      // "Johnnie Wilson, of Springfield, Va., said", "Donna Rawlings, 59, of Ashton, Md., who …": a home town and
      // its state after the name
      if (k - j === 2 && seg.cap && this.text.charCodeAt(seg.e - 1) === 46) {
        let p = j - 1;
        while (p >= a && toks[p].k === Tok.Word && toks[p].cap && j - p <= 4) p--;
        if (p < j - 1 && p - 2 >= a && toks[p].w === 'of' && toks[p - 1].k === Tok.Comma) {
          let n = p - 2;
          if (/^\d{1,3}$/.test(toks[n].w) && n - 2 >= a && toks[n - 1].k === Tok.Comma) n -= 2;
          const head = this.backwardNP(n, a, depth + 1);
          if (head.b > head.a && this.isNominal(head)) return { a: head.a, b: k };
        }
      }
      let allInsert = true;
      for (let m = j + 1; m < k; m++) if (!ADVERBIAL_INSERTS.has(toks[m].w)) allInsert = false;
      if (allInsert || seg.w === 'who' || seg.w === 'whose' || seg.w === 'which' || seg.w === 'where' || seg.w === 'like' || seg.w === 'unlike') {
        // "The MoD, however, said" / "Schiff, who chairs the panel, said" / "Clinton, like Obama, has said": the head
        // before the insert
        // (an age before the insert is an apposition of its own: "Schiff, 56, who has served …, told")
        const age = j - 2 >= a && /^\d{1,3}$/.test(toks[j - 1].w) && toks[j - 2].k === Tok.Comma;
        // (so is a state after a home town: "Donna Rawlings, of Ashton, Md., who …")
        const state = j - 2 >= a && toks[j - 1].k === Tok.Word && toks[j - 1].cap && this.text.charCodeAt(toks[j - 1].e - 1) === 46 && toks[j - 2].k === Tok.Comma;
        const inner = this.backwardNP(age || state ? j : j - 1, a, depth + 1);
        return inner.b > inner.a ? { a: inner.a, b: inner.b } : empty;
      }
      // an apposition holds no verb, but for a relative clause that closes it ("a former minister who is a critic of …");
      // a participle phrase holds one ("Trump, speaking after the debate, said")
      const participle = seg.w.length > 5 && seg.w.endsWith('ing') && !seg.cap && j > a && toks[j - 1].k === Tok.Word;
      for (let m = participle ? k : j + 1; m < k; m++) {
        const t = toks[m];
        if (m > j + 2 && (t.w === 'who' || t.w === 'which' || t.w === 'that' || t.w === 'whose') && toks[m - 1].k === Tok.Word && !toks[m - 1].q) break;
        if (t.k !== Tok.Word && t.k !== Tok.ParenOpen && t.k !== Tok.ParenClose && t.k !== Tok.Other) return empty;
        const ve = t.cap ? undefined : this.opts.verbs.get(t.w);
        // ("known as the HUR", "described as a hardliner": "as" after a participle names)
        const namedAs = t.w === 'as' && m > j + 1 && (toks[m - 1].w === 'known' || toks[m - 1].w === 'described' || toks[m - 1].w === 'identified' || toks[m - 1].w === 'referred');
        // (", a firm called Brightwave,": a name given is no verb)
        const naming = ve !== undefined && (ve.lemma === 'call' || ve.lemma === 'dub') && this.namesAfter(m, j + 1, k);
        if (t.q || (AUXILIARIES.has(t.w) && !this.credential(t)) || (NP_BREAKS.has(t.w) && t.w !== 'to' && !namedAs && !this.comparative(m)) || (ve && (ve.form === 'past' || ve.form === 'both') && !naming) || (PAST_TENSE.has(t.w) && !t.cap)) return empty;
        // ", visited the depot on Sunday,": a past verb and its object, where ", based in London," is a participle
        if (m === j + 1 && !t.cap && t.w.endsWith('ed') && m + 1 < k && toks[m + 1].k === Tok.Word && isDeterminerOrPossessive(toks[m + 1].w)) return empty;
      }
      const head = this.backwardNP(j - 1, a, depth + 1);
      if (head.b <= head.a) return empty;
      // the participle phrase says where the speaker was, not who: "Trump, speaking after the debate," is Trump; but
      // "Officials, including the mayor," and "The agency, citing the ministry," name sources
      if (participle && seg.w !== 'including' && seg.w !== 'citing' && seg.w !== 'quoting') return head;
      // the head may itself be an apposition ("Scott Pruitt, the attorney general of Oklahoma, one of the states …")
      const h = toks[head.a];
      if (head.a - 1 > a && (toks[head.a - 1].k === Tok.Comma || toks[head.a - 1].k === Tok.Dash) && (!h.cap || DETERMINERS.has(h.w))) {
        // (the name before it opens the sentence, with no comma of its own: "Mr. Smith, 45, a lawyer, said")
        let outer = this.backwardNP(head.a - 1, a, depth + 1);
        if (outer.b <= outer.a && head.a - 2 >= a) {
          outer = this.backwardNP(head.a - 2, a, depth + 1);
          const o = toks[outer.a];
          if (outer.b !== head.a - 1 || !o.cap || PREPOSITIONS.has(o.w) || TIME_WORDS.has(o.w) || INTRO_WORDS.has(o.w)) outer = empty;
        }
        if (outer.b > outer.a) return { a: outer.a, b: k };
      } else if (head.b === head.a + 1 && this.credential(h) && head.a - 2 >= a && toks[head.a - 1].k === Tok.Comma) {
        // "Dr. Priyanka Venkataraman, DO, chair of …": the credential follows the name
        const outer = this.backwardNP(head.a - 2, a, depth + 1);
        if (outer.b === head.a - 1) return { a: outer.a, b: k };
      } else if (head.a - 2 > a && toks[head.a - 1].k === Tok.Comma) {
        // a name after the phrase that opens the sentence: "One resident, Maria, 67, said"
        const outer = this.backwardNP(head.a - 2, a, depth + 1);
        const o = toks[outer.a];
        if (outer.b === head.a - 1 && outer.a === a && (DETERMINERS.has(o.w) || o.w === 'one') && !PREPOSITIONS.has(o.w)) return { a: outer.a, b: k };
      }
      return { a: head.a, b: k };
    }
    const t0 = toks[k];
    // "many of whom say": the quantifier is part of the speaker
    if (t0.k === Tok.Word && (t0.w === 'whom' || t0.w === 'which') && !t0.q && k - 2 >= a && toks[k - 1].w === 'of' && (QUANTIFIERS.has(toks[k - 2].w) || toks[k - 2].w === 'none' || toks[k - 2].w === 'one' || toks[k - 2].w === 'each')) return { a: k - 2, b: k + 1 };
    if (t0.k === Tok.Word && (t0.w === 'who' || t0.w === 'which' || t0.w === 'whom' || NOMINATIVE.has(t0.w) || (t0.w === 'it' && k > a && this.nounBefore(k - 1))) && !t0.q) return { a: k, b: k + 1 };
    // "… and said": a second verb of the clause, whose subject lies further back
    if (t0.k === Tok.Word && (t0.w === 'and' || t0.w === 'but') && !t0.q) return empty;
    let j = k;
    let n = 0;
    let parenDepth = 0;
    while (j >= a) {
      const t = toks[j];
      if (t.k === Tok.ParenClose) {
        parenDepth++;
        j--;
        continue;
      }
      if (t.k === Tok.ParenOpen) {
        if (parenDepth === 0) break;
        parenDepth--;
        j--;
        continue;
      }
      if (t.k !== Tok.Word) {
        if (parenDepth > 0) {
          j--;
          continue;
        }
        // "the traders' association": a plural possessive's apostrophe
        const w = j > a ? toks[j - 1] : null;
        if (t.k === Tok.Other && j < k && w && w.k === Tok.Word && w.e === t.s && w.w.endsWith('s') && isSingleQuote(this.text.charCodeAt(t.s)) && toks[j + 1].k === Tok.Word && toks[j + 1].s > t.e) {
          j--;
          continue;
        }
        // "Procter & Gamble", "Holm & Ferry Securities": an ampersand inside a name
        if (t.k === Tok.Other && j < k && w && w.k === Tok.Word && w.cap && !w.q && toks[j + 1].k === Tok.Word && toks[j + 1].cap && t.e - t.s === 1 && this.text.charCodeAt(t.s) === 38) {
          j--;
          continue;
        }
        break;
      }
      if (t.q) break;
      if (parenDepth === 0) {
        // "to" ends the phrase, but for "according to", "a source close to the Kremlin", "a group linked to Iran"
        if (NP_BREAKS.has(t.w) && !(t.w === 'to' && j > a && TO_ADJECTIVES.has(toks[j - 1].w)) && !this.comparative(j)) {
          // ("residents who spoke to the Sentinel insisted …": the relative clause belongs to the speaker)
          if (t.w === 'to' && depth === 0) {
            const rel = this.relativeBefore(j, a);
            if (rel >= 0) {
              const head = this.backwardNP(rel - 1, a, depth + 1);
              if (head.b === rel) return { a: head.a, b: end + 1 };
            }
          }
          break;
        }
        if ((AUXILIARIES.has(t.w) && !isMonthMay(t, j, a) && !this.credential(t)) || isPronounContraction(t.w)) break;
        const ve = this.opts.verbs.get(t.w);
        // ("A hacking group calling itself NightParcel claimed …": a name taken stays in the speaker)
        if (ve && !t.cap && ve.form !== 'base' && j !== k && !this.reducedRelative(j, ve.form) && !((ve.lemma === 'call' || ve.lemma === 'dub') && ve.form !== 'ing' && this.namesAfter(j, a, k + 1)) && !(ve.lemma === 'call' && j + 1 <= k && REFLEXIVES.has(toks[j + 1].w))) break;
        if (t.w === 'and' && j > a && toks[j - 1].k === Tok.Comma) break;
        if (PRONOUNS.has(t.w) && j !== k && !t.cap) {
          // "Lawmakers who trade stocks say": the relative clause belongs to the speaker
          if (t.w === 'who' && k - j >= 2 && j > a && toks[j - 1].k === Tok.Word && !toks[j - 1].q && (toks[j - 1].cap || this.pluralNoun(toks[j - 1])) && !this.opts.verbs.has(toks[j + 1].w)) {
            const head = this.backwardNP(j - 1, a, depth + 1);
            if (head.b === j) return { a: head.a, b: end + 1 };
          }
          break;
        }
      }
      n++;
      j--;
      if (n >= 16) break;
    }
    let s = j + 1;
    // trim leading prepositions, conjunctions and adverbs: "with hospital administrators"
    // ("at least one maker": a quantifier)
    while (s <= end && toks[s].k === Tok.Word && (PREPOSITIONS.has(toks[s].w) || toks[s].w === 'and' || INTRO_WORDS.has(toks[s].w)) && !toks[s].cap && !(toks[s].w === 'at' && s + 1 <= end && (toks[s + 1].w === 'least' || toks[s + 1].w === 'most'))) s++;
    while (s <= end && toks[s].k === Tok.Word && toks[s].cap && INTRO_WORDS.has(toks[s].w) && s < end) s++;
    if (s > end) return empty;
    // trailing time adverbs are not part of the speaker ("Smith on Tuesday said")
    while (end > s && toks[end].k === Tok.Word && TIME_WORDS.has(toks[end].w) && !toks[end].cap) end--;
    // "City councillors on Monday rejected": a day after "on" is a time too
    if (end - 1 > s && toks[end].k === Tok.Word && TIME_WORDS.has(toks[end].w) && toks[end - 1].w === 'on') end -= 2;
    // "A group of doctors in 2015 wrote": the year is a time too
    if (end - 1 > s && YEAR.test(toks[end].w) && toks[end - 1].w === 'in') end -= 2;
    // "Some believe …", "all agreed that …": a quantifier alone stands for people
    if (!this.hasHead(s, end + 1) && !(s === end && PEOPLE_QUANTIFIERS.has(toks[s].w))) return empty;
    return { a: s, b: end + 1 };
  }

  /** "… who spoke to" ending at the "to" at token j: the index of "who" after a plural or a name, or -1. */
  private relativeBefore(j: number, a: number): number {
    const toks = this.toks;
    const m = j - 2;
    if (m - 1 < a || toks[m].w !== 'who' || toks[m].q || toks[j - 1].k !== Tok.Word || toks[j - 1].q) return -1;
    const v = toks[j - 1].w;
    if (!(PAST_TENSE.has(v) || v.endsWith('ed') || v === 'talk' || v === 'speak' || v === 'spoke' || v === 'talked')) return -1;
    const p = toks[m - 1];
    return p.k === Tok.Word && !p.q && (p.cap || this.pluralNoun(p)) ? m : -1;
  }

  /**
   * A post-posed speaker with the apposition that closes the sentence: "said the commander, Oleg Ivanov." or
   * "said Chief Ana Ruiz, the head of the city force."
   */
  protected withApposition(np: { a: number; b: number }, sent: Sentence): { a: number; b: number } {
    const toks = this.toks;
    if (np.b <= np.a || np.b + 1 >= sent.b || toks[np.b].k !== Tok.Comma) return np;
    const first = toks[np.b + 1];
    // "Len Burman, head of the Tax Policy Center": a title opens it as well as a determiner or a name, but not
    // an adverbial (", on Tuesday"), a participle (", adding that …") or a conjunction; "…, who heads the centre":
    // a relative clause on its own
    const who = first.w === 'who' && !first.q;
    if (first.k !== Tok.Word || first.q || !(who || this.appositionOpens(np.b + 1))) return np;
    let j = np.b + 1;
    // "…, a fellow at the council who ran the agency": a relative clause closes it, verbs and all
    let relative = who;
    while (j < sent.b && j - np.b <= 30) {
      const t = toks[j];
      if (t.k === Tok.End) break;
      // a second apposition: "…, the Center for American Progress, a liberal think tank"
      if (t.k === Tok.Comma && !relative && j + 1 < sent.b && toks[j + 1].k === Tok.Word && (toks[j + 1].cap || DETERMINERS.has(toks[j + 1].w))) {
        j++;
        continue;
      }
      if (t.k !== Tok.Word && t.k !== Tok.ParenOpen && t.k !== Tok.ParenClose) return np;
      if (t.k === Tok.Word && (t.w === 'who' || t.w === 'whose') && !t.q && j > np.b + 2) relative = true;
      // a cue word's base or -s form reads as a noun here ("a liberal think tank", "its reports")
      const ve = t.cap ? undefined : this.opts.verbs.get(t.w);
      if (!relative && t.k === Tok.Word && (t.q || AUXILIARIES.has(t.w) || (NP_BREAKS.has(t.w) && t.w !== 'to') || (PAST_TENSE.has(t.w) && !t.cap) || (ve && ve.form !== 'base' && ve.form !== 's'))) return np;
      // "…, who emphasized that …" reports a claim of its own
      if (relative && (t.q || (ve && !ve.weak && ve.form !== 'base' && toks[j + 1]?.w === 'that'))) return np;
      j++;
    }
    if (j < sent.b && toks[j].k !== Tok.End) return np;
    return j > np.b + 1 ? { a: np.a, b: j } : np;
  }

  /** Token k may open an apposition after a speaker's name: a determiner, a name, or a title ("head of …"). */
  private appositionOpens(k: number): boolean {
    const t = this.toks[k];
    if (t.cap || DETERMINERS.has(t.w)) return true;
    // a title is a common noun: not a pronoun, a participle or a past form
    return this.nounBefore(k) && !PRONOUNS.has(t.w) && !t.w.endsWith('ing') && !t.w.endsWith('ed');
  }

  /** The noun phrase starting at token k (inverted frames, "according to", "by"). */
  protected forwardNP(k: number, b: number): { a: number; b: number } {
    const toks = this.toks;
    let j = k;
    let parenDepth = 0;
    while (j < b) {
      const t = toks[j];
      if (t.k === Tok.ParenOpen) {
        parenDepth++;
        j++;
        continue;
      }
      if (t.k === Tok.ParenClose) {
        if (parenDepth === 0) break;
        parenDepth--;
        j++;
        // "(SBU) several Russian POWs have told" – a bracketed acronym closes the name
        if (parenDepth === 0 && j < b && toks[j].k === Tok.Word && toks[j].w !== 'of') break;
        continue;
      }
      if (parenDepth > 0) {
        j++;
        continue;
      }
      if (t.k !== Tok.Word || t.q) break;
      if (j > k && (NP_BREAKS.has(t.w) || AUXILIARIES.has(t.w))) break;
      if (j > k && !t.cap) {
        const ve = this.opts.verbs.get(t.w);
        // "a report by …", "the latest estimates": after a determiner (and its adjectives) the word is a noun
        // "according to local media reports, …": a verb needs what it says, so before a comma or a stop it is a noun
        const nounBeforeBreak = (ve?.form === 's' || ve?.form === 'base') && j + 1 < b && (toks[j + 1].k === Tok.Comma || toks[j + 1].k === Tok.End);
        // "a charging document", "the leading analyst": a participle between a determiner and its noun is a modifier
        const n = j + 1 < b ? toks[j + 1] : null;
        const modifier = ve?.form === 'ing' && isDeterminerOrPossessive(toks[j - 1].w) && !!n && n.k === Tok.Word && !n.q && !PREPOSITIONS.has(n.w) && !DETERMINERS.has(n.w) && !NP_BREAKS.has(n.w) && !AUXILIARIES.has(n.w);
        if (ve && !nounBeforeBreak && !modifier && !((ve.form === 'base' || ve.form === 's') && this.nounAfterDeterminer(k, j))) break;
      }
      j++;
      if (j - k >= 14) break;
    }
    let e = j;
    while (e > k && toks[e - 1].k === Tok.Word && (PREPOSITIONS.has(toks[e - 1].w) || DETERMINERS.has(toks[e - 1].w) || toks[e - 1].w === 'and')) e--;
    if (!this.hasHead(k, e)) return { a: k, b: k };
    return { a: k, b: e };
  }

  /** Token j follows a determiner or possessive, perhaps with words between that are no verbs ("a new report"). */
  private nounAfterDeterminer(k: number, j: number): boolean {
    const toks = this.toks;
    for (let m = j - 1; m >= k && j - m <= 3; m--) {
      const w = toks[m].w;
      if (toks[m].k !== Tok.Word) return false;
      if (isDeterminerOrPossessive(w)) return true;
      if (this.opts.verbs.has(w) || PREPOSITIONS.has(w) || AUXILIARIES.has(w)) return false;
    }
    return false;
  }

  /** A noun phrase needs a word that is not a determiner, preposition or adverb. */
  protected hasHead(a: number, b: number): boolean {
    for (let j = a; j < b; j++) {
      const t = this.toks[j];
      if (t.k === Tok.Word && !DETERMINERS.has(t.w) && !PREPOSITIONS.has(t.w) && !ADVERBS.has(t.w) && !INTRO_WORDS.has(t.w)) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ findings
}
