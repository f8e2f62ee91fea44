/**
 * The local pass: finds attributed claims and unverified statements in one line block. Everything here
 * depends only on the block's own text, so an edit re-runs it for the touched blocks alone; what
 * crosses blocks (continued quotations) is left to the linking pass.
 */
import type { Finding, TextSpan } from '../findings';
import { markdownPrefixLength } from '../text/blocks';
import { ClauseReader } from './clauses';
import { laterPersonMention, personMention } from './persons';
import { findHedges, type HedgeHit } from './hedges';
import {
  ADJECTIVE_ENDING,
  ADVERBS,
  ARTICLES_AND_POSSESSIVES,
  AUXILIARIES,
  BASE_FORM_CUES,
  BE_FORMS,
  BELIEF_LEMMAS,
  CALL_PARTICLES,
  CLAIM_NOUNS,
  CLAIMED_THINGS,
  CLAUSE_ONLY_LEMMAS,
  CONJUNCTIONS,
  CURRENCY_WORDS,
  DETERMINERS,
  DOCUMENT_HEADS,
  DOCUMENT_LEMMAS,
  ECHO_PATHS,
  EMPTY_SAYINGS,
  FIGURE_NOUNS,
  GERUND_PREPOSITIONS,
  GROUP_HEADS,
  HEARINGS,
  HEDGED_INFINITIVES,
  INTRO_WORDS,
  INVERSION_LEMMAS,
  isDeterminerOrPossessive,
  isLyAdverb,
  isMonthMay,
  isPluralLike,
  isPronounContraction,
  LABEL_FUNCTION_WORDS,
  LABEL_STOPWORDS,
  LIGHT_VERBS,
  MANNER_NOUNS,
  MANNER_OF_SPEAKING,
  MONTHS,
  NEGATIVE_DETERMINERS,
  NOMINATIVE,
  NOT_BEFORE_VERB,
  NOUN_LIKE_VERBS,
  NP_BREAKS,
  NUMBER_WORD,
  OBJECT_STANCE_LEMMAS,
  OBJECT_VERBS,
  PAST_TENSE,
  PERCEPTION,
  PICTURE_HEADS,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIERS,
  QUOTE_FRAME_WEAK,
  QUOTING_VERBS,
  READABLE_HEADS,
  REFLEXIVES,
  RULERS,
  SIGNAGE,
  STANCE_LEMMAS,
  TIME_NOUNS,
  TIME_WORDS,
  TO_ADJECTIVES,
  TOLD_THINGS,
  VAGUE_HEADS,
  VerbEntry,
  YEAR,
} from './lexicon';
import type { CompiledOptions } from './options';
import { ruleId, shortText, unverifiedPrefix } from './sharedStrings';
import { markSingleQuotes } from './singleQuotes';
import { isDigit, Stops, Tok, Token, tokenAtOrAfter, tokenize } from './tokens';
import { type Sentence, tokenSentences } from './tokenSentences';

/** What the local pass knows about a block; offsets are absolute at analysis time. */
export interface BlockAnalysis {
  findings: Finding[];
  /** The block is wholly a quotation with no cue of its own: a candidate continued quote. */
  quoteOnly: TextSpan | null;
  /** Its sentences, each a continued quote of its own when the linker finds a speaker for the block. */
  quoteParts: TextSpan[] | null;
  /** The source of the last quotation-bearing attribution in the block, for a following continued quote. */
  quoteSpeaker: TextSpan | null;
  /** The last attribution's source is a pronoun (the linking pass may resolve it). */
  speakerIsPronoun: boolean;
  /** The last named (non-pronoun) source in the block. */
  lastNamed: TextSpan | null;
  /** The last of those that names a person ("Varga", "Dr. Ana Ruiz"), for "he" and "she". */
  lastPerson: TextSpan | null;
  /** The last speaker is "he" or "she". */
  speakerIsPersonal: boolean;
  /** The block has any text at all (blank lines do not break a quotation chain). */
  blank: boolean;
  /** Findings whose pronoun source no named source earlier in this block explains (the linker resolves them). */
  unresolved: Finding[] | null;
  /** A frame closing the block with a colon ("The governor added:"): the next paragraph is its content. */
  open: Finding | null;
  /** The block's text without its Markdown prefix and surrounding white space, [bodyS, bodyE). */
  bodyS: number;
  bodyE: number;
}

interface Attribution {
  cueA: number;
  cueB: number;
  srcA: number;
  srcB: number;
  contentStart: number;
  contentEnd: number;
  start: number;
  end: number;
  category: string;
  rule: string;
  quote: boolean;
  /** A frame whose quotation follows in the next paragraph: the finding has no content of its own. */
  open?: boolean;
}

/** Verbs that take a stance on a claim named before them ("…, a claim Vance flatly denies."). */
const STANCE_OR_DENIAL = new Set(['deny', 'dispute', 'reject', 'contest', 'rebut', 'dismiss', 'question', 'challenge', 'confirm', 'acknowledge', 'accept']);
/** Verbs that name what a claim is ("a claim the LFO has called unsupported"). */
const NAMING_LEMMAS = new Set(['call', 'describe', 'dub', 'label', 'brand']);
/** Words that open a second clause after a comma ("…, and it has been suggested that …"). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'with', 'though', 'although', 'yet']);
/** Words that make a clause speak of the one before ("…, though that remains unconfirmed"). */
const BACK_REFERENCES = new Set(['that', 'this', 'it', 'which', 'its', 'their', 'neither', 'none', 'these', 'those', 'them']);
/** Words of a greeting or thanks that make a short transcript turn a courtesy, not a claim. */
const COURTESIES = new Set(['thanks', 'thank', 'welcome', 'hello', 'glad', 'pleasure']);
const GREETING_TIMES = new Set(['morning', 'evening', 'afternoon']);
/** Objects of a hedge that point back to the clause before ("could not confirm this"). */
const OBJECT_BACK_REFERENCES = new Set(['this', 'it', 'them', 'these', 'those']);
/** Pronouns that stand for a speaker named earlier. */
const RESOLVABLE_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Runs the local pass over the block text[start, end). */
export function analyzeBlock(text: string, start: number, end: number, opts: CompiledOptions): BlockAnalysis {
  const from = start + markdownPrefixLength(text, start, end);
  const result: BlockAnalysis = { findings: [], quoteOnly: null, quoteParts: null, quoteSpeaker: null, speakerIsPronoun: false, speakerIsPersonal: false, lastNamed: null, lastPerson: null, blank: true, unresolved: null, open: null, bodyS: start, bodyE: start };
  let k = from;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xfeff)) k++;
  if (k >= end) return result;
  result.blank = false;
  let e = end;
  while (e > k && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  result.bodyS = k;
  result.bodyE = e;
  const stops: Stops = { at: [], flags: [], rest: 0 };
  const toks = tokenize(text, from, end, opts.wordFlags, stops);
  if (toks.length === 0) return result;
  markSingleQuotes(text, toks);
  let blockFlags = stops.rest;
  for (let m = 0; m < stops.flags.length; m++) blockFlags |= stops.flags[m];
  // nothing to find: no cue or hedge word, no dash or colon, and not a quotation paragraph (but the last person it
  // names as a subject, whom a later "she" may stand for)
  if (blockFlags === 0 && toks[0].k !== Tok.QuoteOpen) {
    const m = laterPersonMention(toks, 0, toks.length, true) ?? personMention(toks, 0, toks.length);
    if (m) result.lastPerson = { start: toks[m.a].s, end: toks[m.b - 1].e, text: shortText(text, toks[m.a].s, toks[m.b - 1].e) };
    return result;
  }
  const sentences = tokenSentences(text, toks, opts.verbs, stops);
  const analyzer = new BlockAnalyzer(text, toks, opts, result);
  analyzer.run(sentences);
  return result;}

class BlockAnalyzer extends ClauseReader {
  private readonly taken: Array<{ s: number; e: number }> = [];
  /** The block opens with a speaker label ("HOST: …"), claim or not. */
  private labelled = false;
  /** A person named as a subject since the last person source, as token indices: see `lastPerson`. */
  private mention: { a: number; b: number } | null = null;

  /** The nearest person named before the current token: the last person source, or a later subject mention. */
  private lastPerson(): TextSpan | null {
    const m = this.mention;
    if (m) {
      this.out.lastPerson = this.span(this.toks[m.a].s, this.toks[m.b - 1].e);
      this.mention = null;
    }
    return this.out.lastPerson;
  }
  /** Results of cue attempts made by the tail pass, by token index. */
  private tried: Map<number, Attribution | null> | null = null;
  /** The last cut made by `coordinateClause`: the earlier finding, where its clause ends and where the next one starts. */
  private clauseCut: { f: Finding; end: number; start: number } | null = null;

  constructor(text: string, toks: Token[], opts: CompiledOptions, private readonly out: BlockAnalysis) {
    super(text, toks, opts);
  }

  run(sentences: Sentence[]): void {
    const toks = this.toks;
    // "KYIV, Ukraine (AP) — …": the dateline is not part of the claim
    const dl = this.datelineEnd(sentences[0]);
    if (dl > 0) {
      sentences[0].a = dl;
      sentences[0].s = toks[dl].s;
    }
    let attributed = 0;
    // the speaker of the last quotation in this paragraph, which a following all-quote sentence continues
    let quoteSpeaker: TextSpan | null = null;
    let quoteOwner: Finding | null = null;
    // where a continued quotation that opened in an earlier sentence ends (“A,” he said. “B. C.”), or -1
    let runOn = -1;
    for (let si = 0; si < sentences.length; si++) {
      const sent = sentences[si];
      const before = this.out.findings.length;
      // "Duarte did not declare victory. “…,” she told supporters": a person named as the subject, for "she"
      const m = personMention(toks, sent.a, sent.b);
      // (kept as token indices until a pronoun or the linker needs it: most are never used)
      if (m) this.mention = m;
      if (si === 0 && (sent.f & 4) !== 0) this.speakerLabel(sent);
      if ((sent.f & 5) !== 0) this.attributions(sent);
      // ("…, and Mbeki-Thorsen rowed eleven passengers to the far bank": a person named as a clause's subject)
      const later = laterPersonMention(toks, sent.a, sent.b, false);
      if (later) this.mention = later;
      const added = this.out.findings.length - before;
      attributed += added;
      if (added > 0) {
        const f = this.out.findings[this.out.findings.length - 1];
        // (an indirect claim is continued too: "He added that he hoped to start. “That's the manager's decision.”")
        quoteSpeaker = f.kind === 'attributed' && f.source ? (f.resolvedSource ?? f.source) : null;
        quoteOwner = quoteSpeaker && f.category === 'direct-quote' && f.content && f.content.end <= sent.e ? f : null;
        runOn = -1;
      } else if (quoteSpeaker && (sent.s < runOn || this.wholeQuote(sent))) {
        // "“We will respond,” Zelensky said. “Russia will pay.”": the second sentence is his too, and so is each
        // further sentence of the quotation: “We have no shells. We have no food.”
        const span = this.span(sent.s, sent.e);
        if (sent.s < runOn || !this.isTaken(span.start)) {
          // the quoted speaker's content runs on through the quotation
          if (quoteOwner && quoteOwner.content && span.end > quoteOwner.content.end) quoteOwner.content = this.span(quoteOwner.content.start, span.end);
          this.out.findings.push({ kind: 'attributed', start: span.start, end: span.end, text: span.text, cue: null, source: quoteSpeaker, content: span, category: 'continued-quote', rule: 'attributed.continued-quote' });
          attributed++;
          // a quotation opened here and closed in a later sentence: those sentences continue it too
          if (sent.s >= runOn && !this.closesQuote(sent)) {
            const close = this.quoteCloseAfter(sent.a);
            runOn = toks[close].k === Tok.QuoteClose ? toks[close].e : toks[toks.length - 1].e;
          }
        }
      } else {
        quoteSpeaker = null;
        runOn = -1;
      }
      if ((sent.f & 2) !== 0) this.unverified(sent, before);
    }
    // a block that is wholly a quotation, with no attribution of its own
    const first = toks[0];
    if (attributed === 0 && first.k === Tok.QuoteOpen && !this.labelled) {
      let close = -1;
      for (let i = 1; i < toks.length; i++) {
        if (toks[i].k === Tok.QuoteClose || toks[i].k === Tok.QuoteOpen) {
          close = i;
          break;
        }
      }
      let tail = close < 0 ? toks.length : close + 1;
      while (tail < toks.length && (toks[tail].k === Tok.End || toks[tail].k === Tok.Other || toks[tail].k === Tok.ParenClose)) tail++;
      if ((close < 0 || toks[close].k === Tok.QuoteClose) && tail === toks.length) {
        const e = toks[toks.length - 1].e;
        this.out.quoteOnly = this.span(first.s, e);
        this.out.quoteParts = sentences.length > 1 ? sentences.map((x) => this.span(x.s, x.e)) : null;
      }
    }
    // the linker wants the last person named in the block
    this.lastPerson();
    // "He dismissed the concerns. “Our book is full. We are not building on hope,” he said.": a quotation that a
    // later frame in the paragraph claims is that frame's, not a continuation of the speaker before
    const fs = this.out.findings;
    // (at one start, the longer finding first: a frame before the continued quote it covers)
    fs.sort((x, y) => x.start - y.start || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0) || y.end - x.end);
    if (attributed > 1) {
      // in start order, the furthest end of the frames begun so far says whether one covers a continued quote
      let w = 0;
      let reach = -1;
      for (let r = 0; r < fs.length; r++) {
        const f = fs[r];
        const continued = f.category === 'continued-quote';
        if (continued && reach >= f.end) continue;
        if (!continued && f.kind === 'attributed' && f.end > reach) reach = f.end;
        fs[w++] = f;
      }
      fs.length = w;
    }
  }

  private attributions(sent: Sentence): void {
    const toks = this.toks;
    let last: Attribution | null = null;
    // claimed ranges that end before this sentence can never matter again: keep the list short (linear time
    // on a very long line)
    if (this.taken.length > 0) {
      let w = 0;
      for (let r = 0; r < this.taken.length; r++) if (this.taken[r].e > sent.s) this.taken[w++] = this.taken[r];
      this.taken.length = w;
    }
    // a frame closing the sentence ("…, the source added." / "“…,” he said.") governs everything before it
    const tail = this.tailFrame(sent);
    if (tail) {
      this.accept(tail);
      last = tail;
    }
    for (let i = sent.a; i < sent.b; i++) {
      const t = toks[i];
      // an attribution starts only at a cue word or a dash (cueAt says no to anything else)
      if ((t.f & 1) === 0 && t.k !== Tok.Dash) continue;
      if (tail && i >= tail.cueA && i < tail.cueB) continue;
      let split: { f: Finding; end: number; start: number } | null = null;
      if (this.isTaken(t.s)) {
        if (this.coordinateClause(sent, i, last)) split = this.clauseCut;
        else if (!this.appendedAt(sent, i)) continue;
      }
      // the tail pass already tried the non-participle verbs at the end of the sentence
      let att = this.tried !== null && this.tried.has(i) ? (this.tried.get(i) as Attribution | null) : this.cueAt(sent, i, last);
      // "“…,” the minister said, according to state media.": the quotation is the minister's; where it was
      // reported adds no claim of its own
      if (att && tail && tail.quote && att.rule === 'according-to' && att.cueA >= tail.cueB) continue;
      if (att) {
        att = this.participleClaim(sent, att) ?? att;
        if (att.contentEnd <= att.contentStart && !att.open) continue;
        // ("The ministry said four had died, but a regional official, speaking …, told NPA …": a second speaker after
        // a comma and a conjunction that the first claim's content stopped short of)
        // (or a frame after its claim: "The toll has risen to 38, the council said, but provincial officials put …")
        if (!split && last && att.srcB > att.srcA && (att.srcA - 3 > last.cueB || (att.srcA - 3 >= last.cueA && last.contentEnd <= toks[Math.min(last.cueA, last.srcA)].s)) && CONJUNCTIONS.has(toks[att.srcA - 1].w) && toks[att.srcA - 2].k === Tok.Comma && att.start < toks[att.srcA].s) {
          const f = this.out.findings[this.out.findings.length - 1];
          if (f && f.kind === 'attributed' && f.cue && f.cue.start === toks[last.cueA].s) split = { f, end: toks[att.srcA - 3].e, start: toks[att.srcA].s };
        }
        if (split && att.srcB > att.srcA && toks[att.srcA].s >= split.start && att.contentStart >= split.start && att.start < split.start) {
          // two speakers, two clauses: each finding covers its own ("X said A, but Y said B")
          att.start = split.start;
          this.endFindingAt(split.f, split.end, true);
        }
        // "…, a figure the ministry disputes.": the claim before ends at the comma
        if (att.rule === 'appended-clause' && last) {
          const f = this.out.findings[this.out.findings.length - 1];
          // (at the comma, or after a quotation the comma closes: "… within five years,” a claim …")
          let h = att.srcA - 1;
          while (h > sent.a && toks[h].s > att.start) h--;
          const end = toks[h - 1].k === Tok.QuoteClose ? toks[h - 1].e : toks[h - 2].e;
          if (f && f.kind === 'attributed' && f.end > end) this.endFindingAt(f, end, true);
        }
        // "Her death was confirmed by her daughter, who said the cause was …": one claim, what the daughter said
        if (last && last.rule === 'passive-by' && att.srcA <= last.srcB + 1 && att.srcB > last.srcA && att.cueA > last.cueA) this.retract(last);
        this.accept(att);
        last = att;
        if (att.cueB > i + 1) i = att.cueB - 1;
      }
    }
  }

  /**
   * "Clinton mocked the complaint, saying anybody who complains …": a stance verb's bare object, then a reporting
   * participle (after a comma or "by"); the participle's clause is the claim, credited to the same speaker (one finding, the participle its cue).
   */
  private participleClaim(sent: Sentence, att: Attribution): Attribution | null {
    const toks = this.toks;
    if (att.quote || att.open || att.category !== 'indirect' || att.srcB <= att.srcA) return null;
    const v = toks[att.cueA];
    const entry = this.opts.verbs.get(v.w);
    if (!entry || !OBJECT_STANCE_LEMMAS.has(entry.lemma) || entry.form === 'ing') return null;
    // the object runs to a comma, or to "by" ("responded to the mother by saying …")
    let k = att.cueB;
    while (k < sent.b && toks[k].k !== Tok.Comma && toks[k].w !== 'by' && toks[k].s < att.contentEnd) k++;
    if (k + 1 >= sent.b || (toks[k].k !== Tok.Comma && toks[k].w !== 'by') || toks[k].q || this.hasFiniteVerb(att.cueB, k) || toks[att.cueB].w === 'that') return null;
    const p = toks[k + 1];
    const pe = p.k === Tok.Word && !p.q ? this.opts.verbs.get(p.w) : undefined;
    if (!pe || pe.form !== 'ing' || pe.weak || OBJECT_STANCE_LEMMAS.has(pe.lemma)) return null;
    const c = this.contentAfter(sent, k + 2, OBJECT_VERBS.has(pe.lemma));
    if (!c || c.e <= c.s) return null;
    return this.make(sent, k + 1, k + 2, att.srcA, att.srcB, c.s, c.e, c.quote ? 'direct-quote' : 'indirect', 'participle', c.quote, att.start);
  }

  /** "posted" at i, then "on" and a platform ("X", "Facebook", "social media"), then "that", a colon or a quotation. */
  private postedOn(sent: Sentence, i: number): boolean {
    const toks = this.toks;
    if (i + 3 >= sent.b || toks[i + 1].w !== 'on') return false;
    let k = i + 2;
    if (toks[k].w === 'social' && toks[k + 1].w === 'media') k += 2;
    else if (toks[k].w === 'his' || toks[k].w === 'her' || toks[k].w === 'its' || toks[k].w === 'their') k++;
    while (k < sent.b && k < i + 6 && toks[k].k === Tok.Word && toks[k].cap) k++;
    if (k === i + 2 || k >= sent.b) return false;
    const n = toks[k];
    return n.w === 'that' || n.k === Tok.Colon || n.k === Tok.QuoteOpen || (n.k === Tok.Comma && toks[k + 1]?.k === Tok.QuoteOpen);
  }

  /** "read" at i has a written subject ("the statement", "a sign") and a quotation before it or a colon or quotation after it. */
  private textReads(sent: Sentence, i: number): boolean {
    const toks = this.toks;
    // "Torvane Chemicals has issued a statement. It reads: “…”": "it" is the text the sentence before ended on
    if (i - 1 === sent.a && toks[i - 1].w === 'it' && i + 1 < sent.b && (toks[i + 1].k === Tok.Colon || toks[i + 1].k === Tok.QuoteOpen)) {
      return sent.a >= 2 && toks[sent.a - 1].k === Tok.End && READABLE_HEADS.has(toks[sent.a - 2].w);
    }
    if (i - 2 < sent.a || !READABLE_HEADS.has(toks[i - 1].w) || toks[i - 1].q) return false;
    const n = i + 1 < sent.b ? toks[i + 1] : null;
    if (n && (n.k === Tok.Colon || n.k === Tok.QuoteOpen)) return true;
    // "“…,” the statement read."
    let k = i - 2;
    while (k > sent.a && toks[k].k === Tok.Word && !toks[k].q && i - k < 4) k--;
    return (toks[k].k === Tok.Comma && toks[k - 1]?.k === Tok.QuoteClose) || toks[k].k === Tok.QuoteClose;
  }

  /** After the cue ending at j, a plain stretch (no "that", colon or quotation) ends at a comma that a reporting verb follows. */
  private reportAfterClause(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    for (let k = j; k + 1 < sent.b && k < j + 16; k++) {
      const t = toks[k];
      if (t.k === Tok.Colon || t.k === Tok.QuoteOpen || t.k === Tok.End || t.w === 'that') return false;
      if (t.k !== Tok.Comma) continue;
      return this.reportAt(sent, k + 1, true);
    }
    return false;
  }

  /** A finite reporting verb at token k (`strong`: not a weak one), or a later verb within a few words of it. */
  private reportAt(sent: Sentence, k: number, strong: boolean): boolean {
    const n = this.toks[k];
    const nv = n && n.k === Tok.Word && !n.cap ? this.opts.verbs.get(n.w) : undefined;
    return (nv !== undefined && nv.form !== 'ing' && nv.form !== 'en' && !(strong && nv.weak)) || this.laterVerb(sent, k);
  }

  /** "told a long story", "tells jokes", "told it.": a telling that carries no claim (the words after the cue at j). */
  private toldThing(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    if (toks[j].w === 'it' && (j + 1 >= sent.b || toks[j + 1].k === Tok.End || toks[j + 1].k === Tok.Comma)) return true;
    let k = j;
    if (DETERMINERS.has(toks[k].w)) k++;
    // up to two adjectives before the noun ("a long, sad story")
    for (let n = 0; n < 4 && k < sent.b; n++, k++) {
      const t = toks[k];
      if (t.k === Tok.Comma) continue;
      if (t.k !== Tok.Word || t.q || t.cap) return false;
      if (TOLD_THINGS.has(t.w)) return true;
      if (this.opts.verbs.has(t.w) || AUXILIARIES.has(t.w) || NP_BREAKS.has(t.w) || PREPOSITIONS.has(t.w)) return false;
    }
    return false;
  }

  /**
   * After "asked" at j: "for" or "to" comes before any question word, quotation or colon, so it is a request; with
   * `toOnly` (after "agreed"), "to" before "that" or "with" is an undertaking.
   */
  private requestAfter(sent: Sentence, j: number, toOnly: boolean, infinitive = false): boolean {
    const toks = this.toks;
    for (let k = j; k < sent.b && k < j + 12; k++) {
      const t = toks[k];
      // (after "told" a comma ends the object: "told Reuters, asking not to be named"; after "asked" it may open an
      // apposition: "asked the operator, Brindle Haulage, for comment")
      if (t.k === Tok.QuoteOpen || t.k === Tok.Colon || t.k === Tok.End || (t.k === Tok.Comma && toOnly)) return false;
      if (t.k !== Tok.Word || t.q) continue;
      // ("warned in a letter to the company that …": a "to" before a noun phrase is no infinitive)
      if (t.w === 'to' && infinitive && k + 1 < sent.b && (toks[k + 1].cap || isDeterminerOrPossessive(toks[k + 1].w) || isDigit(toks[k + 1].w.charCodeAt(0)))) continue;
      if (t.w === 'to' || (t.w === 'for' && !toOnly)) return true;
      // ("agreed with the mayor that …"; but "urged anyone with footage to come forward")
      if (toOnly && (t.w === 'that' || (t.w === 'with' && !infinitive))) return false;
      // "told the Advocate the company expected the wall to be finished": a clause's verb comes before the "to"
      if (toOnly && k > j && !t.cap) {
        const form = this.opts.verbs.get(t.w)?.form;
        if ((AUXILIARIES.has(t.w) && t.w !== 'not' && t.w !== 'never') || PAST_TENSE.has(t.w) || form === 'past' || form === 'both' || form === 's') return false;
      }
      if (t.w === 'whether' || t.w === 'if' || t.w === 'why' || t.w === 'what' || t.w === 'how' || t.w === 'when' || t.w === 'who' || t.w === 'where') return false;
    }
    return false;
  }

  /** The cue at v sits in a condition that opens the sentence ("If it confirms …,", "Unless the ministry says …,"). */
  private inCondition(sent: Sentence, v: number): boolean {
    const toks = this.toks;
    for (let k = v - 1; k >= sent.a && v - k < 12; k--) {
      const t = toks[k];
      if (t.k !== Tok.Word) {
        if (t.k === Tok.QuoteOpen || t.k === Tok.Other) continue;
        return false;
      }
      if (t.q) return false;
      if (t.w === 'if' || t.w === 'unless') return k === sent.a || toks[k - 1].k !== Tok.Word || INTRO_WORDS.has(toks[k - 1].w) || toks[k - 1].w === 'even';
    }
    return false;
  }

  /**
   * A court, a jury or an inquest is the subject of "heard" (or of a passive "told") at token i: "The jury heard", "a
   * court has heard", "The court was told".
   */
  private hearingBefore(sent: Sentence, i: number, passive: boolean): boolean {
    const toks = this.toks;
    let k = i - 1;
    if (k >= sent.a && toks[k].k === Tok.Word && (passive ? BE_FORMS.has(toks[k].w) : toks[k].w === 'has' || toks[k].w === 'had')) k--;
    else if (passive) return false;
    return k >= sent.a && toks[k].k === Tok.Word && !toks[k].q && HEARINGS.has(toks[k].w);
  }

  /** "expects adjusted earnings of $4.60 to $4.75 per share": a sum of money within a few words, before any verb or comma. */
  private figureAhead(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    for (let k = j; k < sent.b && k < j + 10; k++) {
      const t = toks[k];
      // (money: a currency sign or cents, where "expect a rise to 5% next year" is an outlook)
      if (t.k === Tok.Other && (t.s < this.text.length && '$€£¥'.includes(this.text[t.s]))) return true;
      if (t.k === Tok.Word && !t.q && (t.w === 'cents' || t.w === 'pence')) return true;
      // ("revenue of 16.4 billion to 16.7 billion crowns": a currency named after its amount)
      if (t.k === Tok.Word && !t.q && CURRENCY_WORDS.has(t.w) && k > j && (isDigit(toks[k - 1].w.charCodeAt(0)) || toks[k - 1].w === 'million' || toks[k - 1].w === 'billion')) return true;
      if (t.k === Tok.Comma || t.k === Tok.End || t.q || (t.k === Tok.Word && (AUXILIARIES.has(t.w) || this.opts.verbs.has(t.w)))) return false;
    }
    return false;
  }

  /** "The company expects …": a noun after a determiner or possessive at the start of the sentence. */
  private determinedNoun(sent: Sentence, k: number): boolean {
    const toks = this.toks;
    return k - 1 === sent.a && toks[k].k === Tok.Word && !toks[k].q && this.nounBefore(k) && isDeterminerOrPossessive(toks[k - 1].w) && toks[k - 1].w !== 'that';
  }

  /** A word that can end the subject of a belief verb: a name, a personal pronoun, a group of people. */
  private believer(t: Token): boolean {
    return t.cap || ['he', 'she', 'they', 'we'].includes(t.w) || VAGUE_HEADS.has(t.w) || (isPluralLike(t.w) && !this.opts.verbs.has(t.w));
  }

  /** "Diplomats in the region fear …": the believer before a short prepositional phrase that ends at the verb. */
  private believerBeforePhrase(sent: Sentence, cs: number): boolean {
    const toks = this.toks;
    for (let p = cs - 2; p >= cs - 3 && p - 1 >= sent.a; p--) {
      const t = toks[p];
      if (t.k !== Tok.Word || t.q) return false;
      if (PREPOSITIONS.has(t.w) && t.w !== 'to') return toks[p - 1].k === Tok.Word && !toks[p - 1].q && (VAGUE_HEADS.has(toks[p - 1].w) || (isPluralLike(toks[p - 1].w) && !this.opts.verbs.has(toks[p - 1].w)));
    }
    return false;
  }

  /** The verb at token i closes "…, a figure the ministry disputes." (a comma, a claim or figure noun, a subject). */
  private appendedAt(sent: Sentence, i: number): boolean {
    const toks = this.toks;
    const entry = this.opts.verbs.get(toks[i].w);
    if (!entry) return false;
    const naming = NAMING_LEMMAS.has(entry.lemma);
    if (!(i + 1 >= sent.b || toks[i + 1].k === Tok.End || (naming && this.complementCloses(sent, i + 1)))) return false;
    if (!STANCE_OR_DENIAL.has(entry.lemma) && !naming) return false;
    for (let k = i - 1; k > sent.a && i - k <= 9; k--) {
      const t = toks[k];
      if (t.k === Tok.Comma) return false;
      // ("a charge the Tāwhiri Rugby Union (TRU) rejects")
      if (t.k === Tok.ParenOpen || t.k === Tok.ParenClose) continue;
      if (t.k !== Tok.Word || t.q) return false;
      if ((CLAIM_NOUNS.has(t.w) || FIGURE_NOUNS.has(t.w)) && DETERMINERS.has(toks[k - 1].w) && k - 2 >= sent.a && (toks[k - 2].k === Tok.Comma || (toks[k - 2].k === Tok.QuoteClose && k - 3 >= sent.a && toks[k - 3].k === Tok.Comma))) return true;
      // ("…, which the company disputes.")
      if (t.w === 'which' && !naming && toks[k - 1].k === Tok.Comma) return true;
    }
    return false;
  }

  /** Ends finding `f` (with `content`, its content too) at offset `end` when it runs past it: its clause ends there. */
  private endFindingAt(f: Finding, end: number, content: boolean): void {
    if (f.end <= end || f.start >= end) return;
    f.end = end;
    f.text = this.text.slice(f.start, end);
    if (content && f.content && f.content.end > end) f.content = this.span(f.content.start, end);
  }

  /**
   * The object a restrictive "that" or "which" at `rel` attaches to when it names something written ("released a
   * letter from his doctor that …", "shared the memo that …"): where it starts, or -1.
   */
  private documentAntecedent(sent: Sentence, rel: number): number {
    const toks = this.toks;
    for (let j = rel - 1; j >= sent.a && rel - j <= 6; j--) {
      const t = toks[j];
      if (t.k !== Tok.Word || t.q) return -1;
      if (!(READABLE_HEADS.has(t.w) || (DOCUMENT_HEADS.has(t.w) && !PICTURE_HEADS.has(t.w)))) {
        if (AUXILIARIES.has(t.w) || this.opts.verbs.has(t.w)) return -1;
        continue;
      }
      // the head follows its determiner, possessive or a modifier after one ("a new letter", "the council's memo")
      for (let k = j - 1; k >= sent.a && j - k <= 3; k--) {
        const p = toks[k];
        if (p.k !== Tok.Word || p.q) return -1;
        // (an object: "A letter that says he is healthy was released" has the claim's end in the main clause)
        if (isDeterminerOrPossessive(p.w) || (p.w.endsWith("'s") && !isPronounContraction(p.w))) return k > sent.a && toks[k - 1].k === Tok.Word ? k : -1;
      }
      return -1;
    }
    return -1;
  }

  /**
   * "The court ruled that …", "…, ruling 5-2 that …", "A federal judge rules that …": where the clause of a ruling
   * starts (a tally or an adverb before it goes with the cue), or -1. Not "ruled that out", "the ruling that", "Clean
   * Air Act rules that could …": the noun is kept apart by what stands before it.
   */
  private rulingAt(sent: Sentence, i: number): number {
    const toks = this.toks;
    const w = toks[i].w;
    const p = i > sent.a ? toks[i - 1] : null;
    if (!p) return -1;
    if (w === 'ruling' && p.k !== Tok.Comma && !(p.k === Tok.Word && BE_FORMS.has(p.w))) return -1;
    if (w === 'rules' && !(p.k === Tok.Word && RULERS.has(p.w))) return -1;
    const at = i + 1 < sent.b && toks[i + 1].w === 'that' ? i + 1 : i + 2 < sent.b && toks[i + 2].w === 'that' && (/^\d+[-–]\d+$/.test(toks[i + 1].w) || isLyAdverb(toks[i + 1].w)) ? i + 2 : -1;
    if (at < 0 || toks[at].q || (at + 1 < sent.b && (toks[at + 1].w === 'out' || toks[at + 1].k === Tok.End))) return -1;
    return at;
  }

  /** From token j a short complement without a verb or a comma runs to the end of the sentence ("baseless", "as unfounded"). */
  private complementCloses(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    for (let k = j; k < sent.b && k - j <= 10; k++) {
      const t = toks[k];
      if (t.k === Tok.End) return k > j;
      if (t.k !== Tok.Word || t.q || AUXILIARIES.has(t.w) || t.w === 'that' || t.w === 'which' || t.w === 'who') return false;
      const v = this.opts.verbs.get(t.w);
      if (v && v.form !== 'en' && v.form !== 'both') return false;
    }
    return false;
  }

  /** The sentence is a question that opens with its auxiliary ("Were you shown …?", "Did she say …?"). */
  private directQuestion(sent: Sentence): boolean {
    const toks = this.toks;
    const first = toks[sent.a];
    const last = toks[sent.b - 1];
    return first.k === Tok.Word && first.cap && !first.q && AUXILIARIES.has(first.w) && last.k === Tok.End && this.text.charCodeAt(last.e - 1) === 63;
  }

  /** "hearing “…”", "seeing “…”": a perception gerund at token j and a quotation right after it. */
  private perceivedQuote(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    return j + 1 < sent.b && toks[j].k === Tok.Word && !toks[j].q && (toks[j].w === 'hearing' || toks[j].w === 'seeing') && toks[j + 1].k === Tok.QuoteOpen;
  }

  /** "As reported by the Herald, …" / "…, as noted in the filing.": the as-frame at `as`, or null. */
  private passiveAsFrame(sent: Sentence, v: number, cueEnd: number, as: number): Attribution | null {
    const toks = this.toks;
    if (cueEnd + 1 >= sent.b || (toks[cueEnd].w !== 'by' && toks[cueEnd].w !== 'in') || toks[cueEnd].q) return null;
    const src = this.forwardNP(cueEnd + 1, sent.b);
    if (src.b <= src.a) return null;
    // "as noted in March", "as reported in 2019": a time, not a source
    const first = toks[src.a];
    if (TIME_WORDS.has(first.w) || MONTHS.has(first.w) || isDigit(first.w.charCodeAt(0)) || (first.w === 'the' && src.a + 1 < src.b && TIME_NOUNS.has(toks[src.a + 1].w))) return null;
    const after = src.b < sent.b ? toks[src.b] : null;
    if (as === sent.a && after && after.k === Tok.Comma && src.b + 1 < sent.b && toks[src.b + 1].k === Tok.Word) {
      return this.make(sent, v, cueEnd, src.a, src.b, toks[src.b + 1].s, this.contentEndOf(sent, src.b + 1), 'indirect', 'as-frame');
    }
    if ((!after || after.k === Tok.End) && as - 1 > sent.a && toks[as - 1].k === Tok.Comma) {
      return this.make(sent, v, cueEnd, src.a, src.b, toks[sent.a].s, toks[as - 2].e, 'indirect', 'as-frame');
    }
    return null;
  }

  /** Takes back the finding emitted for `att`. */
  private retract(att: Attribution): void {
    const cueStart = this.toks[att.cueA].s;
    const fs = this.out.findings;
    for (let k = fs.length - 1; k >= 0; k--) {
      const f = fs[k];
      if (f.kind === 'attributed' && f.cue !== null && f.cue.start === cueStart) {
        fs.splice(k, 1);
        return;
      }
    }
  }

  private accept(att: Attribution): void {
    this.emit(att);
    this.taken.push({ s: att.contentStart, e: att.contentEnd });
    if (att.srcB > att.srcA) this.taken.push({ s: this.toks[att.srcA].s, e: this.toks[att.srcB - 1].e });
  }

  /**
   * "…, but he said that …": a new clause with its own speaker inside an earlier claim's content ends that
   * content at the comma. Returns true when the cue at i starts such a clause (and trims the earlier claim).
   */
  private coordinateClause(sent: Sentence, i: number, last: Attribution | null): boolean {
    const toks = this.toks;
    if (!last || toks[i].k !== Tok.Word || toks[i].q || i < 3) return false;
    const entry = this.opts.verbs.get(toks[i].w);
    // (a plain present after a plural or "they": "…, though the authors caution that …")
    if (!entry || entry.form === 'ing' || (entry.form === 'base' && toks[i - 1].w === 'to') || entry.weak) return false;
    // (a capitalised word in -s is a name: "Marta Quiles")
    // (not a possessive: "…, while the governor's office said …" has a determiner and goes by the name rule)
    const nounSubject = (w: Token): boolean => w.k === Tok.Word && !w.q && !w.cap && !w.w.endsWith("'s") && (VAGUE_HEADS.has(w.w) || (isPluralLike(w.w) && !this.opts.verbs.has(w.w)));
    if (!PRONOUNS.has(toks[i - 1].w) && !PRONOUNS.has(toks[i - 2].w) && !nounSubject(toks[i - 1]) && !nounSubject(toks[i - 2])) return this.namedCoordinate(sent, i, last);
    let j = i - 1;
    while (j > sent.a && toks[j].k === Tok.Word && (ADVERBS.has(toks[j].w) || AUXILIARIES.has(toks[j].w))) j--;
    const subj = toks[j];
    // (a pronoun: "Lindqvist explained that …, though she stressed that …" is the same speaker reporting twice, one
    // claim)
    if (!subj || subj.k !== Tok.Word || !nounSubject(subj)) return false;
    // the head's modifiers: "…, and Western intelligence agencies have echoed …"
    for (let m = j - 1; m > sent.a + 1 && j - m <= 3; m--) {
      const t = toks[m];
      if (t.k !== Tok.Word || t.q || CONJUNCTIONS.has(t.w) || NP_BREAKS.has(t.w) || AUXILIARIES.has(t.w) || PREPOSITIONS.has(t.w) || (this.opts.verbs.has(t.w) && !t.cap)) break;
      j = m;
    }
    return this.cutBefore(j, last);
  }

  /**
   * "Osei said she was optimistic, but her challenger, Sam Whitlow, said …": a second speaker with a name (a
   * capitalised word in the noun phrase before the verb) or a determiner after the comma and conjunction.
   */
  private namedCoordinate(sent: Sentence, i: number, last: Attribution): boolean {
    const toks = this.toks;
    let v = i;
    while (v - 1 > sent.a && toks[v - 1].k === Tok.Word && (ADVERBS.has(toks[v - 1].w) || AUXILIARIES.has(toks[v - 1].w)) && !toks[v - 1].cap) v--;
    const np = this.backwardNP(v - 1, sent.a);
    if (np.b <= np.a || np.a < sent.a + 3 || np.b - np.a > 12) return false;
    // (or a speaker described with a determiner or possessive: "…, but a regional official told …", "…, while
    // his son said …")
    let named = isDeterminerOrPossessive(toks[np.a].w) && toks[np.a].w !== 'that' && toks[np.a].w !== 'this';
    for (let m = np.a; m < np.b; m++) if (toks[m].k === Tok.Word && toks[m].cap && !toks[m].q) named = true;
    return named && this.cutBefore(np.a, last);
  }

  /** A new clause starts at token j, after a comma (or dash) and a conjunction inside the claim `last`: ends that claim before them. */
  private cutBefore(j: number, last: Attribution): boolean {
    const toks = this.toks;
    const conj = toks[j - 1];
    const comma = toks[j - 2];
    const sepOk = comma && (comma.k === Tok.Comma || comma.k === Tok.Dash || (comma.k === Tok.QuoteClose && toks[j - 3]?.k === Tok.Comma));
    if (!conj || !sepOk || !CONJUNCTIONS.has(conj.w)) return false;
    if (comma.s <= last.contentStart || comma.s >= last.contentEnd) return false;
    // trim the earlier claim
    const f = this.out.findings[this.out.findings.length - 1];
    if (!f || f.kind !== 'attributed' || !f.content || f.content.start !== last.contentStart) return false;
    const cut = comma.k === Tok.QuoteClose ? j - 2 : j - 3;
    f.content = this.span(f.content.start, toks[cut].e);
    this.clauseCut = { f, end: toks[cut].e, start: toks[j].s };
    for (const r of this.taken) if (r.s === last.contentStart && r.e === last.contentEnd) r.e = comma.s;
    last.contentEnd = toks[cut].e;
    return true;
  }

  /** The attribution whose cue starts at token i, if any. */
  private cueAt(sent: Sentence, i: number, last: Attribution | null): Attribution | null {
    const toks = this.toks;
    const t = toks[i];
    if (t.k === Tok.Dash && i > sent.a && toks[i - 1].k === Tok.QuoteClose) return this.dashAttribution(sent, i);
    if (t.k !== Tok.Word || t.q || (t.f & 1) === 0) return null;
    if (t.w === 'according' && i + 1 < sent.b && toks[i + 1].w === 'to') return this.accordingTo(sent, i);
    const extra = this.opts.extraCues && this.opts.extraCues.starts(t.w) ? this.opts.extraCues.match(toks, i, sent.b) : null;
    if (extra) return this.verbAttribution(sent, i, extra.end, { lemma: extra.info.phrase, form: 'both', weak: false }, 'extra-cue');
    // capitalised words are names ("the United States"), except at the start of a sentence
    if (t.cap && i > sent.a && toks[i - 1].k !== Tok.QuoteOpen && !this.titleCase(sent)) return null;
    if (CLAIM_NOUNS.has(t.w) && i > sent.a && i + 1 < sent.b && toks[i + 1].w === 'that' && !toks[i + 1].q) {
      // "Trump's claim that …": the possessor is the source
      const p = toks[i - 1];
      const poss = p.k === Tok.Word && (p.w.endsWith("'s") || p.w.endsWith("s'")) && !isPronounContraction(p.w) ? i - 1 : (p.k === Tok.Word && ['his', 'her', 'their', 'its'].includes(p.w) ? i - 1 : -1);
      if (poss >= 0) {
        let a = poss;
        while (a - 1 >= sent.a && toks[a - 1].k === Tok.Word && toks[a - 1].cap && !toks[a - 1].q) a--;
        const c = this.contentAfter(sent, i + 1, false);
        if (c) return this.make(sent, i, i + 1, a, poss + 1, c.s, a === sent.a ? this.subjectClauseEnd(sent, i + 2, c.e) : c.e, 'indirect', 'claim-noun');
      }
    }
    if ((t.w === 'report' || t.w === 'reports') && !t.cap && i - 1 > sent.a && (toks[i - 1].w === 'a' || toks[i - 1].w === 'the') && i + 3 < sent.b && (toks[i + 1].w === 'in' || toks[i + 1].w === 'by')) {
      // "a report in the Kelmsford Courier that …": the outlet named after the report is its source
      let k = i + 2;
      if (toks[k].w === 'the' && !toks[k].cap) k++;
      const a = k;
      while (k < sent.b && k - a < 5 && toks[k].k === Tok.Word && toks[k].cap && !toks[k].q) k++;
      // (not a time: "a report in March that …")
      const c = k > a && k < sent.b && toks[k].w === 'that' && !toks[k].q && !MONTHS.has(toks[a].w) && !TIME_WORDS.has(toks[a].w) ? this.contentAfter(sent, k, false) : null;
      if (c && c.e > c.s) {
        const att = this.make(sent, i, i + 1, toks[i + 2].w === 'the' ? i + 2 : a, k, c.s, c.e, 'indirect', 'claim-noun');
        att.start = toks[i - 1].s;
        return att;
      }
    }
    if ((t.w === 'report' || t.w === 'reports') && !t.cap && i - 2 >= sent.a && toks[i - 1].cap && !toks[i - 1].q && i + 1 < sent.b && toks[i + 1].w === 'that' && !toks[i + 1].q) {
      // "seizing upon a New York Times report that …": the name before the report is its source
      let a = i - 1;
      while (a - 1 > sent.a && toks[a - 1].k === Tok.Word && toks[a - 1].cap && !toks[a - 1].q && i - a < 5) a--;
      const d = toks[a - 1];
      const c = d.k === Tok.Word && !d.cap && (d.w === 'a' || d.w === 'the') ? this.contentAfter(sent, i + 1, false) : null;
      if (c && c.e > c.s) return this.make(sent, i, i + 1, a, i, c.s, a - 1 === sent.a ? this.subjectClauseEnd(sent, i + 2, c.e) : c.e, 'indirect', 'claim-noun');
    }
    if ((t.w === 'put' || t.w === 'puts') && !t.cap && this.putsFigureAt(sent, i)) {
      // "Local officials put the death toll at 14": an estimate
      return this.verbAttribution(sent, i, i + 1, { lemma: 'put', form: 'both', weak: false }, 'reporting-verb');
    }
    if ((t.w === 'put' || t.w === 'puts') && i + 2 < sent.b && toks[i + 1].w === 'it' && !toks[i + 1].q && this.colonAfter(i + 2)) {
      // "One official put it bluntly: “We are out of money.”"
      return this.verbAttribution(sent, i, i + 2, { lemma: 'put it', form: 'both', weak: false }, 'reporting-verb');
    }
    if ((t.w === 'put' || t.w === 'puts') && i + 1 < sent.b && toks[i + 1].w === 'it' && !toks[i + 1].q && this.asBefore(sent, i)) {
      // "as a Homeland Security memo put it", "As Ms. Simonyan put it in a statement, …"
      return this.verbAttribution(sent, i, i + 2, { lemma: 'put it', form: 'both', weak: false }, 'reporting-verb');
    }
    if ((t.w === 'posted' || t.w === 'posts') && !t.cap && this.postedOn(sent, i)) {
      // "posted on Facebook that …", "posts on X: “…”": a statement on a platform
      return this.verbAttribution(sent, i, i + 1, { lemma: 'post', form: t.w === 'posts' ? 's' : 'both', weak: false }, 'reporting-verb');
    }
    if ((t.w === 'read' || t.w === 'reads') && !t.cap && this.textReads(sent, i)) {
      // "“…,” the statement read.", "A banner read: “No more war.”": a document's own words
      const att = this.verbAttribution(sent, i, i + 1, { lemma: 'read', form: 'both', weak: false }, 'reporting-verb');
      // ("… issued a statement. It reads: “…”": the source is the text "it" stands for)
      if (att && att.srcA === sent.a && toks[sent.a].w === 'it') {
        const head = sent.a - 2;
        let a = head;
        for (let k = head - 1; k >= 0 && head - k <= 3 && toks[k].k === Tok.Word && !toks[k].q; k--) {
          if (isDeterminerOrPossessive(toks[k].w)) {
            a = k;
            break;
          }
        }
        att.srcA = a;
        att.srcB = head + 1;
      }
      return att;
    }
    if (MANNER_OF_SPEAKING.has(t.w) && !t.cap && i > sent.a) {
      // "Oyelaran smiled: “I read the same newspapers you do.”", "she shouted, “Get out!”", "“Get out!” she shouted."
      const n = i + 1 < sent.b ? toks[i + 1] : null;
      if (!((n && (n.k === Tok.Colon || n.k === Tok.QuoteOpen || (n.k === Tok.Comma && toks[i + 2]?.k === Tok.QuoteOpen))) || this.quoteFrameBefore(sent, i))) return null;
      return this.verbAttribution(sent, i, i + 1, { lemma: 'smile', form: t.w.endsWith('s') ? 's' : 'both', weak: false }, 'reporting-verb');
    }
    if ((t.w === 'ruled' || t.w === 'ruling' || t.w === 'rules') && !t.cap) {
      const rule = this.rulingAt(sent, i);
      return rule < 0 ? null : this.verbAttribution(sent, i, rule, { lemma: 'rule', form: t.w === 'ruled' ? 'both' : t.w === 'ruling' ? 'ing' : 's', weak: false }, 'reporting-verb');
    }
    // "The jury heard that …", "…, a court has heard.", "The court was told that …": what was put to a court
    if ((t.w === 'heard' || t.w === 'told') && this.hearingBefore(sent, i, t.w === 'told')) {
      // (what it heard is a clause or the sentence before the frame, not "heard the case in March")
      const n = i + 1 < sent.b ? toks[i + 1] : null;
      // ("…, a jury at Castlebury Crown Court heard on Monday.": a time may close the frame)
      const closesAfterTime = (): boolean => {
        const fe = this.adverbialEnd(sent, i + 1);
        return fe >= 0 && (fe >= sent.b || toks[fe].k === Tok.End);
      };
      if (n && !(n.w === 'that' || n.w === 'how' || n.k === Tok.End || n.k === Tok.Comma || n.k === Tok.Colon || n.k === Tok.QuoteOpen || (t.w === 'heard' && closesAfterTime()))) return null;
      if (t.w === 'heard') return this.verbAttribution(sent, i, i + 1, { lemma: 'hear', form: 'both', weak: false }, 'reporting-verb');
      const np = this.backwardNP(i - 2, sent.a);
      const c = n && n.w === 'that' ? this.contentAfter(sent, i + 1, false) : null;
      return np.b > np.a && c && c.e > c.s ? this.make(sent, i, i + 1, np.a, np.b, c.s, c.e, c.quote ? 'direct-quote' : 'indirect', 'reporting-verb', c.quote) : null;
    }
    const entry = this.opts.verbs.get(t.w);
    if (entry) {
      let cueEnd = i + 1;
      if (entry.lemma === 'point' || entry.lemma === 'hint') {
        if (i + 1 < sent.b && (toks[i + 1].w === 'out' || toks[i + 1].w === 'to' || toks[i + 1].w === 'at')) cueEnd = i + 2;
        // "also hinted that the company may list …"
        else if (!(entry.lemma === 'hint' && i + 1 < sent.b && toks[i + 1].w === 'that' && !toks[i + 1].q)) return null;
      }
      if (last && entry.form === 'ing' && i > sent.a && toks[i - 1].k === Tok.Comma) return null; // ", adding that …" continues `last`
      // "the vote for admitting Poland to NATO": admission, not an admission
      if (entry.lemma === 'admit' && entry.form === 'ing' && i > sent.a && PREPOSITIONS.has(toks[i - 1].w)) return null;
      // "Trump charges that …" (not "charged with fraud"); "chanting “U-S-A!”" (not "chanting in the street")
      if (entry.lemma === 'charge' && !(i + 1 < sent.b && (toks[i + 1].w === 'that' || toks[i + 1].k === Tok.Colon))) return null;
      // "Artillery fire echoed across the valley": a sound, not a view echoed
      if (entry.lemma === 'echo' && i + 1 < sent.b && (PREPOSITIONS.has(toks[i + 1].w) || ECHO_PATHS.has(toks[i + 1].w)) && toks[i + 1].w !== 'by') return null;
      if (entry.lemma === 'chant' && !(i + 1 < sent.b && (toks[i + 1].k === Tok.QuoteOpen || toks[i + 1].k === Tok.Colon || (toks[i + 1].k === Tok.Comma && toks[i + 2]?.k === Tok.QuoteOpen)))) return null;
      if (entry.lemma === 'call') {
        // "called the plan a disaster", not "called for talks" or "called off the strike"
        const n = toks[i + 1];
        if (n && (n.w === 'for' || n.w === 'on') && i + 2 < sent.b && toks[i + 2].k === Tok.Word) {
          // "called for an inquiry", "called on Congress to act": a demand, cue includes the particle
          if (!this.verbFormFits(sent, i, entry)) return null;
          return this.verbAttribution(sent, i, i + 2, entry, 'reporting-verb');
        }
        if (!n || (n.k !== Tok.Word && n.k !== Tok.QuoteOpen)) return null;
        const p = toks[i - 1];
        if (!p || p.w === 'which' || p.w === 'who' || p.w === 'what' || (i > sent.a + 1 && toks[i - 2].w === 'what')) return null;
        // "called the charges unsubstantiated", "called Mr. Obama's remarks “a wake-up call”": an object and its label;
        // without the label it names ("a group called the Legacy Fund") or summons ("called the police")
        if ((CALL_PARTICLES.has(n.w) || p.k !== Tok.Word) && !this.callComplement(sent, i + 1)) return null;
      }
      if (!this.verbFormFits(sent, i, entry)) return null;
      // a stance is a claim in a sentence, not in a headline ("Council rejects plan")
      if (STANCE_LEMMAS.has(entry.lemma) && !this.endsWithStop(sent)) return null;
      if (entry.lemma === 'continue') {
        // "she continued: “…”", "“…,” he continued": only with a quotation; "continued the talks" reports nothing
        const n = toks[i + 1];
        if (n && n.k !== Tok.Colon && n.k !== Tok.QuoteOpen && n.k !== Tok.End && n.k !== Tok.Comma) return null;
        const att = this.verbAttribution(sent, i, cueEnd, entry, 'reporting-verb');
        return att && att.quote ? att : null;
      }
      return this.verbAttribution(sent, i, cueEnd, entry.lemma === 'point' ? { ...entry, weak: false } : entry, 'reporting-verb');
    }
    if (LIGHT_VERBS.has(t.w) || ((t.w === 'come' || t.w === 'came' || t.w === 'comes' || t.w === 'coming') && toks[i + 1]?.w === 'forward')) {
      const nounAt = this.speechNounAfter(sent, i);
      // "Trump made the comments during a visit": a statement named again, with nothing claimed here
      if (nounAt > 0 && ['the', 'this', 'these', 'those'].includes(toks[nounAt - 1].w) && !this.complementFollows(sent, nounAt + 1)) return null;
      // "issued a severe storm warning for the capital": a warning of a kind, with nothing said in it
      if (nounAt > 0 && nounAt - 1 > i && (toks[nounAt].w === 'warning' || toks[nounAt].w === 'warnings') && toks[nounAt - 1].k === Tok.Word && !toks[nounAt - 1].cap && !DETERMINERS.has(toks[nounAt - 1].w) && !ADJECTIVE_ENDING.test(toks[nounAt - 1].w) && !isLyAdverb(toks[nounAt - 1].w) && !this.complementFollows(sent, nounAt + 1)) return null;
      if (nounAt > 0) {
        const form = t.w.endsWith('ed') || t.w === 'made' || t.w === 'gave' || t.w === 'came' ? 'both' : t.w.endsWith('ing') ? 'ing' : t.w.endsWith('s') ? 's' : 'base';
        if (form === 'base' || form === 's') {
          const p = toks[i - 1];
          if (!p || p.k !== Tok.Word || DETERMINERS.has(p.w)) return null;
        }
        return this.verbAttribution(sent, i, nounAt + 1, { lemma: t.w, form, weak: false }, 'light-verb');
      }
    }
    return null;
  }

  /** Rules out nouns spelled like verbs ("his claims", "a simple question", "to say"). */
  private verbFormFits(sent: Sentence, i: number, entry: VerbEntry): boolean {
    const toks = this.toks;
    const p = i > sent.a ? toks[i - 1] : null;
    if (!p || p.k !== Tok.Word) return entry.form !== 'base' || p?.k === Tok.Comma || p?.k === Tok.QuoteClose;
    const pw = p.w;
    // "half an hour's warning", "the mayor's questioning": a noun after a possessive
    if (entry.form === 'ing' && pw.endsWith("'s") && !isPronounContraction(pw)) return false;
    // "Rusk's alleged stamp", "the mayor's stated aim": a participle after a possessive is an adjective
    if ((entry.form === 'past' || entry.form === 'both' || entry.form === 'en') && pw.endsWith("'s") && !isPronounContraction(pw) && !p.q) return false;
    // "There are also claims that …", "these were reports": after a form of "be" the word is a noun
    if (entry.form === 's' && NOUN_LIKE_VERBS.has(toks[i].w)) {
      let k = i - 1;
      while (k > sent.a && toks[k].k === Tok.Word && ADVERBS.has(toks[k].w)) k--;
      if (toks[k].k === Tok.Word && BE_FORMS.has(toks[k].w)) return false;
    }
    // "the territorial disputes that have strained relations": a relative clause on a noun
    if (entry.form === 's' && NOUN_LIKE_VERBS.has(toks[i].w) && i + 2 < sent.b && toks[i + 1].w === 'that' && AUXILIARIES.has(toks[i + 2].w)) return false;
    if (entry.form === 's' || entry.form === 'base') {
      // "Figures cited by the ministry show …", "as reports observed in late 2024 suggest …"
      if (DOCUMENT_LEMMAS.has(entry.lemma) && this.documentSubject(sent, i, i + 1 < sent.b && (toks[i + 1].w === 'that' || this.clauseStarts(i + 1, sent.b))) >= 0) return true;
      // "the help of states that …": a noun after a preposition
      if (PREPOSITIONS.has(pw) && pw !== 'to') return false;
      // ("a letter that says …": "that" after a document is a relative pronoun, not a determiner)
      if ((DETERMINERS.has(pw) && !(pw === 'that' && this.documentAntecedent(sent, i - 1) >= 0)) || QUANTIFIERS.has(pw) || (pw.endsWith("'s") && !isPronounContraction(pw)) || pw.endsWith("s'") || /^\d/.test(pw) || NUMBER_WORD.test(pw)) return false;
      // "the greatest fear", "their biggest worry": a superlative makes the word a noun
      if (pw.endsWith('est') && pw.length > 4 && i - 2 >= sent.a && (DETERMINERS.has(toks[i - 2].w) || toks[i - 2].w === 'the')) return false;
    }
    // "an informed decision", "this finding", "additional reporting", "worth noting": adjectives and nouns
    if ((entry.form === 'ing' || entry.form === 'both' || entry.form === 'en' || entry.form === 'past') && NOT_BEFORE_VERB.has(pw)) {
      // "it further wrote" is a verb after an adverb; "further reporting", "the further finding" are not
      const furtherAdverb = pw === 'further' && entry.form !== 'ing' && i - 2 >= sent.a && toks[i - 2].k === Tok.Word && !DETERMINERS.has(toks[i - 2].w) && !PREPOSITIONS.has(toks[i - 2].w) && !AUXILIARIES.has(toks[i - 2].w);
      if (!furtherAdverb) return false;
    }
    if (entry.form === 's') {
      // "the swing states", "his claims": a plural noun, unless a speaker precedes or a clause follows
      const n = toks[i + 1];
      // (or a bare clause after a singular subject: "The agency estimates 8 million people have fled"; not "insulting
      // remarks he had made", a relative clause)
      // ("The report estimates the cost at $31.5 million": a figure put at a number)
      const clause = n && (n.w === 'that' || n.k === Tok.Colon || n.k === Tok.QuoteOpen || (n.k === Tok.Comma && toks[i + 2]?.k === Tok.QuoteOpen) || (!isPluralLike(pw) && !pw.endsWith('ing') && !NOMINATIVE.has(n.w) && (this.clauseStarts(i + 1, sent.b) || (NOUN_LIKE_VERBS.has(toks[i].w) && this.plainClauseStarts(i + 1, sent.b)))) || (entry.lemma === 'estimate' && !isPluralLike(pw) && this.putsFigureAt(sent, i)));
      // "the agency cites sources as saying …": a subject with its determiner, an object after
      const citing = entry.lemma === 'cite' && i - 2 >= sent.a && DETERMINERS.has(toks[i - 2].w) && n !== undefined && n.k === Tok.Word;
      const speaker = citing || p.cap || PRONOUNS.has(pw) || pw === 'that' || this.appendedAt(sent, i) || (DOCUMENT_LEMMAS.has(entry.lemma) && DOCUMENT_HEADS.has(pw) && !PICTURE_HEADS.has(pw)) || ((DOCUMENT_LEMMAS.has(entry.lemma) || entry.lemma === 'reveal') && this.documentSubject(sent, i) >= 0);
      // "unconfirmed reports that …", "repeated claims that …": a participle adjective before it makes it a noun
      if (NOUN_LIKE_VERBS.has(toks[i].w) && !p.cap && pw.endsWith('ed') && pw.length > 4 && !this.opts.verbs.has(pw) && !AUXILIARIES.has(pw)) return false;
      if (NOUN_LIKE_VERBS.has(toks[i].w) && !clause && !this.quoteFrameBefore(sent, i)) {
        const pronounSubject = PRONOUNS.has(pw) || pw === 'that';
        const objectFollows = n && n.k === Tok.Word && (!PREPOSITIONS.has(n.w) || (n.w === 'to' && ['have', 'be', 'know', 'hold', 'control', 'represent'].includes(toks[i + 2]?.w ?? ''))) && n.w !== 'as' && n.w !== 'and';
        const atEnd = !n || n.k === Tok.End;
        if (!pronounSubject && !(speaker && (objectFollows || atEnd))) return false;
      }
      if (!speaker && !clause && isPluralLike(pw)) return false;
      // "The proposal follows reports that …": a verb before it makes the word a noun
      if (!p.cap && isPluralLike(pw) && i - 2 >= sent.a && toks[i - 2].k === Tok.Word && !toks[i - 2].q && !DETERMINERS.has(toks[i - 2].w) && !QUANTIFIERS.has(toks[i - 2].w) && !PREPOSITIONS.has(toks[i - 2].w) && !isPluralLike(toks[i - 2].w) && !/^\d/.test(toks[i - 2].w) && !NUMBER_WORD.test(toks[i - 2].w) && !this.opts.verbs.has(pw)) return false;
    }
    if (entry.form === 'base') {
      // "polls show", "data from the survey show": what documents show is reported like speech
      if (DOCUMENT_LEMMAS.has(entry.lemma) && (DOCUMENT_HEADS.has(pw) || pw.endsWith('s')) && !PICTURE_HEADS.has(pw)) return true;
      // ("They also report that …": "report" only before "that", where "a New York Times report" is a noun)
      if (!BASE_FORM_CUES.has(entry.lemma) && !entry.lemma.includes(' ') && !(entry.lemma === 'report' && toks[i + 1]?.w === 'that' && !p.cap && (PRONOUNS.has(pw) || isPluralLike(pw) || ADVERBS.has(pw)))) return false;
      if (pw === 'to') return this.continuesBefore(i - 2, sent.a) > 0;
      if (AUXILIARIES.has(pw) || ADVERBS.has(pw) || isLyAdverb(pw) || (pw === 'only' && i - 2 >= sent.a && AUXILIARIES.has(toks[i - 2].w))) return true;
      if (PRONOUNS.has(pw) && pw !== 'he' && pw !== 'she' && pw !== 'it') return true;
      if (pw === 'him' || pw === 'them' || pw === 'us' || pw === 'whom' || (p.cap && !DETERMINERS.has(pw))) return true;
      if (VAGUE_HEADS.has(pw) || pw === 'people' || pw === 'police') return true;
      // a plural subject: "experts say", "the Democrats argue"
      if (isPluralLike(pw)) return true;
      // …with a prepositional phrase: "observers in Virginia and around the country say"
      for (let j = i - 2, n = 0; j > sent.a && n < 8; j--, n++) {
        const t = toks[j];
        // "farmers who grow wheat say"
        if (t.w === 'who' && j > sent.a && this.pluralNoun(toks[j - 1])) return true;
        if (t.k !== Tok.Word || t.q || AUXILIARIES.has(t.w) || (NP_BREAKS.has(t.w) && t.w !== 'to') || (this.opts.verbs.has(t.w) && !t.cap)) return false;
        if ((t.w === 'in' || t.w === 'of' || t.w === 'from' || t.w === 'at' || t.w === 'across') && toks[j - 1].k === Tok.Word) {
          const h = toks[j - 1].w;
          if (isPluralLike(h) || VAGUE_HEADS.has(h) || h === 'people' || h === 'police') return true;
        }
        // "Sources close to the player say", "people familiar with the talks say"
        if ((t.w === 'to' || t.w === 'with') && j - 2 >= sent.a && (TO_ADJECTIVES.has(toks[j - 1].w) || toks[j - 1].w === 'familiar') && toks[j - 2].k === Tok.Word) {
          const h = toks[j - 2].w;
          if (isPluralLike(h) || VAGUE_HEADS.has(h) || h === 'people' || h === 'police') return true;
        }
      }
      return false;
    }
    return true;
  }

  /**
   * The frame at the end of a sentence: the right-most cue verb that follows a comma or a closing
   * quotation and yields a quote-first, parenthetical or inverted attribution.
   */
  private tailFrame(sent: Sentence): Attribution | null {
    const toks = this.toks;
    let checked = 0;
    for (let i = sent.b - 1; i > sent.a && checked < 3; i--) {
      const t = toks[i];
      if (t.k === Tok.Comma && !t.q) checked++;
      // the cue flag first: it rules out most tokens with one test (punctuation has no flags)
      if ((t.f & 1) === 0 || t.k !== Tok.Word || t.q || t.cap) continue;
      const entry = this.opts.verbs.get(t.w);
      if (!entry || entry.form === 'ing' || entry.lemma === 'point' || entry.lemma === 'hint') continue;
      const att = this.cueAt(sent, i, null);
      (this.tried ??= new Map()).set(i, att);
      if (att && (att.rule === 'quote-then-verb' || att.rule === 'parenthetical' || att.rule === 'inverted') && att.contentStart === this.frameStart(sent, att)) return att;
    }
    return null;
  }

  private isTaken(pos: number): boolean {
    for (const r of this.taken) if (pos >= r.s && pos < r.e) return true;
    return false;
  }

  private verbAttribution(sent: Sentence, v: number, cueEnd: number, entry: VerbEntry, rule: string): Attribution | null {
    const toks = this.toks;
    // the auxiliary chain and adverbs before the verb
    let cs = v;
    let lastAux: string | null = null;
    let pronounAux = -1;
    let continued = 0;
    while (cs - 1 >= sent.a) {
      const p = toks[cs - 1];
      // "He did, however, acknowledge …": an inserted adverb between the auxiliary and the verb
      if (p.k === Tok.Comma && cs - 4 >= sent.a && toks[cs - 3].k === Tok.Comma && toks[cs - 2].k === Tok.Word && (ADVERBS.has(toks[cs - 2].w) || isLyAdverb(toks[cs - 2].w) || toks[cs - 2].w === 'however') && AUXILIARIES.has(toks[cs - 4].w)) {
        cs -= 3;
        continue;
      }
      if (p.k !== Tok.Word || p.q) break;
      if (AUXILIARIES.has(p.w) && !isMonthMay(p, cs - 1, sent.a)) {
        if (lastAux === null) lastAux = p.w;
        cs--;
      } else if (ADVERBS.has(p.w) || (isLyAdverb(p.w) && !p.cap) || (p.w === 'only' && cs - 2 >= sent.a && AUXILIARIES.has(toks[cs - 2].w))) {
        // ("Reilly said", "Kelly told": a capitalised word in -ly is a name; "would only say": after an auxiliary)
        cs--;
      } else if (YEAR.test(p.w) && cs - 2 > sent.a && toks[cs - 2].w === 'in') {
        // "McConnell, who in 2010 said …": the year is an adverbial of the verb
        cs -= 2;
      } else if (PERCEPTION.has(p.w) && entry.form === 'ing') {
        cs--;
      } else if (p.w === 'as' && entry.form === 'ing' && cs - 2 >= sent.a && toks[cs - 2].w === 'quoted') {
        // "He was quoted as saying …"
        cs -= 2;
      } else if (p.w === 'as' && entry.form === 'ing' && lastAux === null && cs === v) {
        // "The agency quoted a spokesman as saying …": the one quoted is the speaker
        return this.quotedAs(sent, v, cueEnd, cs - 1, OBJECT_VERBS.has(entry.lemma));
      } else if (p.w === 'to' && entry.form === 'base' && (continued = this.continuesBefore(cs - 2, sent.a)) > 0) {
        // "continues to insist", "went on to say": the verb reports as if finite
        cs -= continued + 1;
      } else if (isPronounContraction(p.w)) {
        if (lastAux === null) lastAux = p.w.endsWith("'s") ? "'s" : "'ve";
        pronounAux = cs - 1;
        break;
      } else {
        break;
      }
    }
    const form = entry.form;
    // "As first reported by Politico, the plan …", "…, as stated in the lawsuit.": a passive as-frame credits the
    // noun phrase of its by- or in-phrase
    if ((form === 'en' || form === 'both' || form === 'past') && lastAux === null && cs - 1 >= sent.a && toks[cs - 1].w === 'as' && !toks[cs - 1].q) {
      return this.passiveAsFrame(sent, v, cueEnd, cs - 1);
    }
    // "a fan group calling itself the Barmy Elms", "a setting called “Share my routes”": names given
    if (entry.lemma === 'call' && cueEnd < sent.b && REFLEXIVES.has(toks[cueEnd].w)) return null;
    if (entry.lemma === 'call' && lastAux === null && cs === v && cueEnd < sent.b && toks[cueEnd].k === Tok.QuoteOpen && v - 2 >= sent.a && (toks[v - 2].w === 'a' || toks[v - 2].w === 'an') && this.nounBefore(v - 1)) return null;
    // "a firm called Brightwave, said …", "…”, a protest organised by a group called Rovers Till I Die": a name given,
    // not a claim, whatever stands before it
    if ((entry.lemma === 'call' || entry.lemma === 'dub') && lastAux === null && cs === v && (form === 'past' || form === 'en' || form === 'both') && this.namesAfter(v, sent.a, sent.b)) return null;
    // "In a blog post announcing the launch, Ferris wrote …", "In a statement announcing the pick, the union …": the
    // participle describes the noun of the opening phrase
    if (form === 'ing' && cs === v && v - 2 >= sent.a && PREPOSITIONS.has(toks[sent.a].w) && this.nounBefore(v - 1)) {
      let k = v + 1;
      while (k < sent.b && toks[k].k !== Tok.Comma && k - v < 10) k++;
      let plain = true;
      for (let j = sent.a; j < v; j++) if (toks[j].k !== Tok.Word) plain = false;
      if (plain && k < sent.b && toks[k].k === Tok.Comma) return null;
    }
    // "has extended its red warning", "a stern warning": after a determiner or possessive (and an adjective), a noun
    if (form === 'ing' && cs === v && v - 1 >= sent.a && toks[v - 1].k === Tok.Word && !toks[v - 1].q) {
      const p = toks[v - 1];
      if (ARTICLES_AND_POSSESSIVES.has(p.w) || (p.w.endsWith("'s") && !isPronounContraction(p.w))) return null;
      const pp = v - 2 >= sent.a ? toks[v - 2] : null;
      // (an adjective, where "a statement announcing the pick" has a noun and an object after the participle)
      const n = cueEnd < sent.b ? toks[cueEnd] : null;
      const noObject = !n || n.k === Tok.End || n.k === Tok.Comma || (n.k === Tok.Word && (PREPOSITIONS.has(n.w) || NP_BREAKS.has(n.w)) && n.w !== 'to');
      const modifier = (t: Token): boolean => t.k === Tok.Word && !t.cap && !t.q && !t.w.endsWith('s') && !this.opts.verbs.has(t.w) && !ADVERBS.has(t.w) && !isLyAdverb(t.w) && !AUXILIARIES.has(t.w) && !PREPOSITIONS.has(t.w);
      if (noObject && pp && pp.k === Tok.Word && isDeterminerOrPossessive(pp.w) && modifier(p)) return null;
      // ("a severe storm warning for the capital")
      const ppp = v - 3 >= sent.a ? toks[v - 3] : null;
      if (noObject && ppp && ppp.k === Tok.Word && isDeterminerOrPossessive(ppp.w) && pp && modifier(pp) && modifier(p)) return null;
    }
    // "reports observed in late 2024 suggest that …": the participle modifies the subject; the later verb reports
    if (lastAux === null && cs === v && v - 1 >= sent.a && this.reducedRelative(v, form) && this.laterVerb(sent, cueEnd)) return null;
    // "roughly double the number reported the year before": a figure is reported, it reports nothing
    if (lastAux === null && cs === v && v - 1 >= sent.a && (form === 'en' || form === 'both') && FIGURE_NOUNS.has(toks[v - 1].w)) return null;
    // "If it confirms the first result, …": a condition, not a claim
    if (this.inCondition(sent, v)) return null;
    // "Were you shown that email?", "Did the ministry say so?": a question asks, it claims nothing
    if (this.directQuestion(sent)) return null;
    // "has not confirmed", "did not say": a denial of speech is not a claim
    for (let j = cs; j < v; j++) if (toks[j].w === 'not' || toks[j].w === 'never' || toks[j].w.endsWith("n't")) return null;
    let passive = false;
    if (lastAux !== null && BE_FORMS.has(lastAux) && (form === 'en' || form === 'both' || form === 'past')) passive = true;
    if (form === 'base' && cs - 1 >= sent.a && toks[cs - 1].w === 'to') return null;
    if (form === 'ing' && lastAux === null && cs - 1 >= sent.a && toks[cs - 1].w === 'to') return null;
    const next = cueEnd < sent.b ? toks[cueEnd] : null;
    if (passive) {
      // "Neither report has been confirmed by police": a denial, not a claim
      // (not a belief or a feeling: "He is feared by his rivals")
      // ("was questioned by investigators", "was interviewed by police": an interrogation, not a statement)
      if (next && next.w === 'by' && pronounAux < 0 && !entry.weak && !NEGATIVE_DETERMINERS.has(toks[sent.a].w) && entry.lemma !== 'question' && entry.lemma !== 'ask') {
        const src = this.forwardNP(cueEnd + 1, sent.b);
        if (src.b <= src.a) return null;
        // "The result is expected by Friday afternoon", "by mid-2026", "by the end of the year": a time, not an agent
        const agent = toks[src.a];
        if (TIME_WORDS.has(agent.w) || isDigit(agent.w.charCodeAt(0)) || agent.w.startsWith('mid-') || (MONTHS.has(agent.w) && !(src.a + 1 < src.b && toks[src.a + 1].cap)) || (agent.w === 'the' && src.a + 1 < src.b && TIME_NOUNS.has(toks[src.a + 1].w))) return null;
        let ce = cs;
        while (ce > sent.a && toks[ce - 1].k === Tok.Comma) ce--;
        if (ce <= sent.a) return null;
        return this.make(sent, v, cueEnd, src.a, src.b, toks[sent.a].s, toks[ce - 1].e, 'indirect', 'passive-by');
      }
      return null;
    }
    const weakNeedsCheck = entry.weak && !this.weakOk(sent, cueEnd);
    const beliefClause = weakNeedsCheck && BELIEF_LEMMAS.has(entry.lemma) && form !== 'ing' && (this.clauseStarts(cueEnd, sent.b) || (entry.lemma === 'expect' && (this.objectThenTo(cueEnd, sent.b) || this.figureAhead(sent, cueEnd))) || this.closingFrame(sent, cueEnd)) && cs - 1 >= sent.a && (this.believer(toks[cs - 1]) || this.believerBeforePhrase(sent, cs) || this.determinedNoun(sent, cs - 1));
    // "“…,” Matthews concluded.": a quotation before the frame makes a weak verb report
    const quoteFrame = weakNeedsCheck && !beliefClause && QUOTE_FRAME_WEAK.has(entry.lemma) && form !== 'ing' && form !== 'base' && this.quoteFrameBefore(sent, v);
    if (weakNeedsCheck && !beliefClause && !quoteFrame && !DOCUMENT_LEMMAS.has(entry.lemma)) return null;

    // the source: a pronoun contraction, or the noun phrase before the verb group
    let np: { a: number; b: number };
    if (pronounAux >= 0) np = { a: pronounAux, b: pronounAux + 1 };
    else np = this.backwardNP(cs - 1, sent.a);
    // "released a letter from his doctor that says he is …": a restrictive relative clause on a document
    let relativeDocument = false;
    if (np.b <= np.a && cs - 2 > sent.a && (toks[cs - 1].w === 'that' || toks[cs - 1].w === 'which') && !toks[cs - 1].q && form !== 'ing' && form !== 'base') {
      const d = this.documentAntecedent(sent, cs - 1);
      if (d >= 0) {
        // ("a letter from his doctor Friday afternoon that …": the time is not part of the source)
        let b = cs - 1;
        while (b - 1 > d + 1 && TIME_WORDS.has(toks[b - 1].w)) b--;
        if (b < cs - 1 && toks[b - 1].w === 'on') b--;
        np = { a: d, b };
        relativeDocument = true;
      }
    }
    // "Neither Washington nor Kyiv has confirmed …", "No group has claimed …": nobody reports anything
    if (np.b > np.a && (NEGATIVE_DETERMINERS.has(toks[np.a].w) || toks[np.a].w === 'nobody' || (np.a - 1 >= sent.a && toks[np.a - 1].w === 'nor'))) return null;
    // "…, a claim Kyiv disputes.", "an allegation he denies": a relative clause on a claim noun, not a speaker; at the
    // end of a sentence after a comma it is a claim of its own, over its own clause (what Kyiv says of the claim)
    // (the noun phrase may stop at the subject's own determiner: "a figure | the ministry disputes")
    const claimNoun = (k: number): boolean => k > sent.a && (CLAIM_NOUNS.has(toks[k].w) || FIGURE_NOUNS.has(toks[k].w)) && DETERMINERS.has(toks[k - 1].w);
    // "…, which the company disputes.", "…, a claim he denies.": a stance on the clause before, by a pronoun or a
    // phrase the claim noun does not run into
    if (np.b > np.a && np.a - 2 > sent.a && STANCE_OR_DENIAL.has(entry.lemma) && (cueEnd >= sent.b || toks[cueEnd].k === Tok.End)) {
      const r = np.a - 1;
      const opens = toks[r].w === 'which' && !toks[r].q && toks[r - 1].k === Tok.Comma ? r : claimNoun(r) && r - 2 > sent.a && toks[r - 2].k === Tok.Comma ? r - 1 : -1;
      if (opens >= 0) {
        const att = this.make(sent, v, cueEnd, np.a, np.b, toks[opens].s, toks[r].e, 'indirect', 'appended-clause');
        att.start = toks[opens].s;
        return att;
      }
    }
    const head = np.b - np.a >= 3 && claimNoun(np.a + 1) ? np.a : np.b - np.a >= 2 && toks[np.a].w === 'the' && claimNoun(np.a - 1) ? np.a - 2 : -1;
    if (head >= 0) {
      const by = toks[head + 2].w === 'the' && head + 3 < np.b ? head + 3 : head + 2;
      if (toks[by].cap || NOMINATIVE.has(toks[by].w) || by === head + 3 || (this.pluralNoun(toks[by]) && by + 1 === cs)) {
        // ("…, a claim the LFO has called unsupported by the state's own data.": a verb that names the claim takes a
        // complement to the end of the sentence)
        const closes = cueEnd >= sent.b || toks[cueEnd].k === Tok.End || (NAMING_LEMMAS.has(entry.lemma) && this.complementCloses(sent, cueEnd));
        // (the comma may close a quotation: "“… five years,” a claim the LFO …")
        const comma = toks[head - 1]?.k === Tok.Comma || (toks[head - 1]?.k === Tok.QuoteClose && toks[head - 2]?.k === Tok.Comma);
        if (!closes || head - 1 <= sent.a || !comma || !(STANCE_OR_DENIAL.has(entry.lemma) || NAMING_LEMMAS.has(entry.lemma))) return null;
        const att = this.make(sent, v, cueEnd, head + 2, np.b, toks[head].s, toks[head + 1].e, 'indirect', 'appended-clause');
        att.start = toks[head].s;
        return att;
      }
    }
    // "posted a video on X showing the ship": what a picture shows
    if (entry.lemma === 'show' && form === 'ing') for (let j = Math.max(sent.a, cs - 5); j < cs; j++) if (PICTURE_HEADS.has(toks[j].w)) return null;
    // "Satellite images analysed by the Times show the bridge was damaged": a picture shows a claim when a clause follows
    const pictures = DOCUMENT_LEMMAS.has(entry.lemma) && form !== 'ing' && cueEnd < sent.b && (toks[cueEnd].w === 'that' || this.clauseStarts(cueEnd, sent.b));
    if ((DOCUMENT_LEMMAS.has(entry.lemma) || entry.lemma === 'reveal') && form !== 'ing' && !relativeDocument) {
      const d = this.documentSubject(sent, cs, pictures);
      if (d >= 0 && (d < np.a || !this.hasDocumentHead(np, pictures))) np = { a: d, b: toks[cs - 1].k === Tok.Comma ? cs - 1 : cs };
    }
    // weak verbs without a that-clause only for documents ("a 2014 study found 31 cases")
    if (weakNeedsCheck && !beliefClause && !quoteFrame && !this.hasDocumentHead(np, pictures)) return null;
    // "a handwritten sign on the door said ‘Closed until further notice’": a sign claims nothing
    for (let j = np.a; j < np.b && j < np.a + 5; j++) {
      const t = toks[j];
      if (t.k !== Tok.Word || PREPOSITIONS.has(t.w)) break;
      if (SIGNAGE.has(t.w)) return null;
    }
    const beforeNp = np.a - 1;
    // "Ethan Park, a pupil who testified against the bill, said …", "Ventri, who has urged the bank to wait, said …":
    // the relative clause describes the speaker; the report comes after it
    if (np.b === np.a + 1 && (toks[np.a].w === 'who' || toks[np.a].w === 'which') && this.reportAfterClause(sent, cueEnd)) return null;
    // "what the senator called a disgrace" names a phrase, it does not report a claim
    if (entry.lemma === 'call' && beforeNp >= sent.a && toks[beforeNp].w === 'what') return null;
    // "asked for help", "asked not to be named", "asked that her name not be used": requests, not claims
    if (entry.lemma === 'ask' && cueEnd < sent.b && ['for', 'not', 'to', 'me', 'him', 'her', 'them', 'us', 'that', 'about'].includes(toks[cueEnd].w)) return null;
    // "let editorials tell them how to vote": advice, not a claim
    if (entry.lemma === 'tell' && cueEnd + 2 < sent.b && ['how', 'what', 'where', 'when', 'whether'].includes(toks[cueEnd + 1].w) && toks[cueEnd + 2].w === 'to') return null;
    // "asked its partners for more systems", "was asked by the judge to raise her voice": a request after the object
    if (entry.lemma === 'ask' && this.requestAfter(sent, cueEnd, false)) return null;
    // "agreed on Tuesday to set up a hotline": an undertaking, where "agreed that …" and "agreed with X" report
    if ((entry.lemma === 'agree' || entry.lemma === 'concur') && this.requestAfter(sent, cueEnd, true)) return null;
    // "if the clubs agree a fee", "agreed terms": a deal, where "agreed the fund was too small" reports
    if (entry.lemma === 'agree' && cueEnd < sent.b && toks[cueEnd].w !== 'that' && (isDeterminerOrPossessive(toks[cueEnd].w) || toks[cueEnd].w === 'terms') && !toks[cueEnd].q && !this.clauseStarts(cueEnd, sent.b)) return null;
    // "I told you so", "she said so"
    if ((entry.lemma === 'tell' || entry.lemma === 'say') && cueEnd + 1 < sent.b && (toks[cueEnd].w === 'so' || toks[cueEnd + 1].w === 'so') && (toks[cueEnd + (toks[cueEnd].w === 'so' ? 1 : 2)]?.k ?? Tok.End) === Tok.End) return null;
    // "Donors have pledged $3.2 million": money given, not a promise reported
    if (entry.lemma === 'pledge' && cueEnd < sent.b && this.figureAhead(sent, cueEnd) && !(toks[cueEnd].w === 'to' || toks[cueEnd].w === 'that')) return null;
    // "I have written about the four-day week three times": a topic written on, not a claim
    if (entry.lemma === 'write' && cueEnd < sent.b && toks[cueEnd].w === 'about' && !toks[cueEnd].q) return null;
    // "told a story about his grandfather", "tells jokes": a telling that carries no claim
    if (entry.lemma === 'tell' && cueEnd < sent.b && this.toldThing(sent, cueEnd)) return null;
    // "the window slams shut", "slammed the door": a door, not a critic
    if (entry.lemma === 'slam' && cueEnd < sent.b && (toks[cueEnd].w === 'shut' || (cueEnd + 1 < sent.b && (toks[cueEnd + 1].w === 'door' || toks[cueEnd + 1].w === 'doors' || toks[cueEnd + 1].w === 'brakes')))) return null;
    // "has told residents near the site to keep their windows shut": an instruction
    if ((entry.lemma === 'tell' || entry.lemma === 'warn' || entry.lemma === 'urge') && cueEnd < sent.b && !toks[cueEnd].q && toks[cueEnd].k === Tok.Word && toks[cueEnd].w !== 'that' && this.requestAfter(sent, cueEnd, true, true)) return null;
    // "with the pair said to be living apart": a hedge, not a report
    if (entry.lemma === 'say' && lastAux === null && (form === 'past' || form === 'both') && cueEnd + 1 < sent.b && toks[cueEnd].w === 'to' && HEDGED_INFINITIVES.has(toks[cueEnd + 1].w) && v - 1 >= sent.a && !toks[v - 1].cap && !NOMINATIVE.has(toks[v - 1].w)) return null;
    // "helped Brackley claim the Championship title", "claimed two lives": a prize or a toll, no claim
    if (entry.lemma === 'claim' && cueEnd < sent.b && !toks[cueEnd].q && !this.clauseStarts(cueEnd, sent.b)) {
      for (let k = cueEnd; k < sent.b && k <= cueEnd + 3 && toks[k].k === Tok.Word && !toks[k].q; k++) {
        if (CLAIMED_THINGS.has(toks[k].w)) return null;
        if (toks[k].w === 'that') break;
      }
    }
    // "reported for pre-season training", "reported to work": duty, no report
    if (entry.lemma === 'report' && cueEnd < sent.b && (toks[cueEnd].w === 'for' || (toks[cueEnd].w === 'to' && cueEnd + 1 < sent.b && ['work', 'duty', 'training', 'camp', 'base', 'hospital'].includes(toks[cueEnd + 1].w)))) return null;
    // "said goodbye", "said nothing": words that carry no claim
    // ("said Grace Mensah" names the speaker)
    if (entry.lemma === 'say' && cueEnd < sent.b && EMPTY_SAYINGS.has(toks[cueEnd].w) && !toks[cueEnd].cap && !(cueEnd + 1 < sent.b && AUXILIARIES.has(toks[cueEnd + 1].w))) return null;
    // "said a quiet word to the photograph", "said a few words": a word said, no claim
    if (entry.lemma === 'say' && cueEnd + 1 < sent.b && (toks[cueEnd].w === 'a' || toks[cueEnd].w === 'an') && !toks[cueEnd].q) {
      for (let k = cueEnd + 1; k < sent.b && k <= cueEnd + 3; k++) if (toks[k].w === 'word' || toks[k].w === 'words' || toks[k].w === 'prayer') return null;
    }
    // "wrote a book about the war" is authorship; "wrote that …", "wrote: …" and "“…,” she wrote" report
    if (entry.lemma === 'write' && form !== 'ing' && !this.weakOk(sent, cueEnd) && !(beforeNp >= sent.a && (toks[beforeNp].k === Tok.QuoteClose || toks[beforeNp].k === Tok.Comma)) && !(cueEnd < sent.b && (toks[cueEnd].k === Tok.End || toks[cueEnd].k === Tok.Comma || PREPOSITIONS.has(toks[cueEnd].w)))) return null;
    // quotation before the frame: “…,” he said / “…,” said the mayor
    let qc = -1;
    if (beforeNp >= sent.a && toks[beforeNp].k === Tok.QuoteClose) qc = beforeNp;
    else if (beforeNp >= sent.a + 1 && toks[beforeNp].k === Tok.Comma && toks[beforeNp - 1].k === Tok.QuoteClose) qc = beforeNp - 1;
    if (qc >= 0) {
      let src = np;
      let cueB = cueEnd;
      if (src.b <= src.a) {
        if (form === 'ing' || form === 'base') return null;
        src = this.withApposition(this.forwardNP(cueEnd, sent.b), sent);
        if (src.b <= src.a) return null;
      }
      const qo = this.quoteOpenBefore(qc);
      const cStart = qo >= 0 ? toks[qo].s : toks[0].s;
      let cEnd = toks[qc].e;
      // a quotation split by its frame: “My hope,” he said, “is that …”
      const after = Math.max(cueB, src.b);
      if (after + 1 < toks.length && toks[after].k === Tok.Comma && toks[after + 1].k === Tok.QuoteOpen) cEnd = toks[this.quoteCloseAfter(after + 1)].e;
      return this.make(sent, v, cueB, src.a, src.b, cStart, cEnd, 'direct-quote', rule === 'reporting-verb' ? 'quote-then-verb' : rule, true, cStart);
    }
    if (form === 'ing' && !lastAux && cs - 1 > sent.a && toks[cs - 1].k === Tok.Comma && this.insertBeforeVerb(sent, cueEnd)) {
      // "RIA Novosti, citing the ministry, reported that …": the participle is an insert; the verb after it reports
      return null;
    }
    if (form === 'ing' && !lastAux && cs - 1 > sent.a && toks[cs - 1].k === Tok.Comma && (np.b <= np.a || !this.isNominal(np))) {
      // "Trump attacked Clinton, saying …": the participle's speaker is the sentence subject
      const subj = this.subjectOf(sent, cs - 1);
      if (!subj) return null;
      const c = this.contentAfter(sent, cueEnd, OBJECT_VERBS.has(entry.lemma));
      // ", adding levity": a bare object of a verb that reports only with a clause
      if (!c || (!c.quote && CLAUSE_ONLY_LEMMAS.has(entry.lemma) && !this.clauseContent(sent, cueEnd, c.s))) return null;
      return this.make(sent, v, cueEnd, subj.a, subj.b, c.s, c.e, c.quote ? 'direct-quote' : 'indirect', 'participle', c.quote);
    }
    if (form === 'ing' && !lastAux && cs - 1 >= sent.a) {
      const prep = toks[cs - 1].w;
      // "opened the meeting by saying that …", "After claiming the seat was safe, the senator …"
      if (GERUND_PREPOSITIONS.has(prep) && !toks[cs - 1].q) return this.gerundAttribution(sent, v, cueEnd, cs - 1, OBJECT_VERBS.has(entry.lemma));
      // "refrained from saying", "left without saying": nothing said; "decided against recommending charges", "known
      // for saying": a gerund after another preposition names an act
      if (prep === 'from' || prep === 'without' || prep === 'against' || prep === 'despite' || prep === 'under' || (PREPOSITIONS.has(prep) && prep !== 'to')) return null;
    }
    if (np.b > np.a && form !== 'ing' && form !== 'base' && beforeNp >= sent.a && toks[beforeNp].w === 'as' && !toks[beforeNp].q) {
      // "…, as police have said." / "As Reuters reported, the plant closed."
      const frameEnd = this.adverbialEnd(sent, cueEnd);
      if (frameEnd >= 0 && beforeNp === sent.a && frameEnd < sent.b && toks[frameEnd].k === Tok.Comma && frameEnd + 1 < sent.b && toks[frameEnd + 1].k === Tok.Word) {
        return this.make(sent, v, cueEnd, np.a, np.b, toks[frameEnd + 1].s, this.contentEndOf(sent, frameEnd + 1), 'indirect', 'as-frame');
      }
      const atEnd = frameEnd >= 0 && (frameEnd >= sent.b || toks[frameEnd].k === Tok.End);
      if (atEnd && beforeNp - 1 > sent.a && toks[beforeNp - 1].k === Tok.Comma) return this.make(sent, v, cueEnd, np.a, np.b, toks[sent.a].s, toks[beforeNp - 2].e, 'indirect', 'as-frame');
    }
    if (np.b > np.a) {
      if (form === 'ing' && toks[np.b - 1].k === Tok.Word && !lastAux && beforeNp >= sent.a && toks[beforeNp].k === Tok.Comma && !this.isNominal(np)) return null;
      // parenthetical: "The plan, he said, is dead."
      let frameEnd = this.adverbialEnd(sent, cueEnd);
      if (frameEnd < 0 && OBJECT_VERBS.has(entry.lemma)) {
        // "…, a source told Reuters.", "…, he told reporters on Monday."
        let k = cueEnd;
        while (k < sent.b && k < cueEnd + 5 && toks[k].k === Tok.Word && !toks[k].q && !AUXILIARIES.has(toks[k].w) && !NP_BREAKS.has(toks[k].w) && !PREPOSITIONS.has(toks[k].w) && !(this.opts.verbs.has(toks[k].w) && !toks[k].cap)) k++;
        if (k > cueEnd) frameEnd = this.adverbialEnd(sent, k);
      }
      if (beforeNp > sent.a && toks[beforeNp].k === Tok.Comma && frameEnd >= 0) {
        const after = frameEnd < sent.b && toks[frameEnd].k === Tok.Comma ? frameEnd + 1 : frameEnd;
        const continues = after < sent.b && toks[after].k !== Tok.End && !(toks[after].k === Tok.Word && (NP_BREAKS.has(toks[after].w) || this.opts.verbs.get(toks[after].w)?.form === 'ing'));
        const cEnd = continues ? this.contentEndOf(sent, after) : toks[beforeNp - 1].e;
        return this.make(sent, v, cueEnd, np.a, np.b, toks[sent.a].s, cEnd, 'indirect', 'parenthetical');
      }
      const c = this.contentAfter(sent, cueEnd, OBJECT_VERBS.has(entry.lemma));
      // ("recalled hearing “shouting, then a thud”": a memory of what was heard or seen, with its words quoted)
      if (c && !c.quote && CLAUSE_ONLY_LEMMAS.has(entry.lemma) && !this.clauseContent(sent, cueEnd, c.s) && !this.perceivedQuote(sent, cueEnd)) return null;
      // "the guides I wrote in 2014", "the programs she has proposed, she …": a relative clause with no "that"
      if (c && np.b === np.a + 1 && NOMINATIVE.has(toks[np.a].w) && np.a - 1 >= sent.a && this.nounBefore(np.a - 1) && !this.clauseContent(sent, cueEnd, c.s)) return null;
      if (c && !c.quote && (this.relativeOpens(sent, np.a - 1) || (np.b === np.a + 1 && this.relativeOpens(sent, np.a)))) {
        // "The factory, which officials say was empty, burned down.", "Smith, who said the plan was dead, left":
        // the claim ends with the relative clause
        let k = cueEnd;
        while (k < sent.b && toks[k].s < c.e && toks[k].k !== Tok.Comma) k++;
        if (k < sent.b && toks[k].k === Tok.Comma && k > cueEnd) {
          // "The Journal, which first reported the talks, said …": a plain object in the speaker's own relative
          // clause describes the speaker; the report comes after it
          if (np.b === np.a + 1 && this.reportAt(sent, k + 1, false) && !this.clauseContent(sent, cueEnd, c.s)) return null;
          return this.make(sent, v, cueEnd, np.a, np.b, c.s, toks[k - 1].e, 'indirect', rule);
        }
      }
      if (!c) {
        // "The governor added:" closing its paragraph: the quotation follows in the next one
        const colon = this.openColon(sent, cueEnd);
        if (colon < 0) return null;
        const att = this.make(sent, v, cueEnd, np.a, np.b, toks[colon].e, toks[colon].e, 'direct-quote', 'colon-frame', true);
        att.open = true;
        return att;
      }
      return this.make(sent, v, cueEnd, np.a, np.b, c.s, c.e, c.quote ? 'direct-quote' : 'indirect', rule, c.quote);
    }
    // "X did this and said that …": the speaker is the subject of the sentence
    if (np.b <= np.a && cs - 1 > sent.a && (toks[cs - 1].w === 'and' || toks[cs - 1].w === 'but') && form !== 'ing' && form !== 'base') {
      const subj = this.subjectBeforeConjunction(sent, cs - 1);
      // ("It is understood that officers considered it but rejected …": an empty "it" reports nothing)
      if (!subj || (subj.b === subj.a + 1 && (toks[subj.a].w === 'it' || toks[subj.a].w === 'there'))) return null;
      const c = this.contentAfter(sent, cueEnd, OBJECT_VERBS.has(entry.lemma));
      if (!c) return null;
      return this.make(sent, v, cueEnd, subj.a, subj.b, c.s, c.e, c.quote ? 'direct-quote' : 'indirect', 'coordinated', c.quote);
    }
    // "Said Ellis: “I don't see it.”": an inverted frame opening the sentence
    if (cs === sent.a && np.b <= np.a && (form === 'past' || form === 'both') && INVERSION_LEMMAS.has(entry.lemma)) {
      const src = this.forwardNP(cueEnd, sent.b);
      const sep = src.b < sent.b ? toks[src.b] : null;
      if (src.b <= src.a || !(toks[src.a].cap || DETERMINERS.has(toks[src.a].w)) || !sep || (sep.k !== Tok.Colon && sep.k !== Tok.Comma)) return null;
      const c = this.contentAfter(sent, src.b, false);
      if (!c) return null;
      return this.make(sent, v, cueEnd, src.a, src.b, c.s, c.e, c.quote ? 'direct-quote' : 'indirect', 'inverted', c.quote);
    }
    // "The economy is strong, said Smith." (a clause before the comma, not "The agency, known as the HUR, said")
    if (cs - 1 > sent.a && toks[cs - 1].k === Tok.Comma && (form === 'past' || form === 'both' || form === 's') && INVERSION_LEMMAS.has(entry.lemma) && this.hasFiniteVerb(sent.a, cs - 1)) {
      const src = this.withApposition(this.forwardNP(cueEnd, sent.b), sent);
      // "…, said that the result …" opens a clause; it names no speaker
      if (src.b <= src.a || !(toks[src.a].cap || DETERMINERS.has(toks[src.a].w)) || toks[src.a].w === 'that') return null;
      return this.make(sent, v, cueEnd, src.a, src.b, toks[sent.a].s, toks[cs - 2].e, 'indirect', 'inverted');
    }
    return null;
  }

  /**
   * A gerund after a preposition at token `prep` reports for the subject of its clause: the sentence's subject
   * ("The mayor opened the meeting by saying …"), or the subject after an opening adverbial ("After saying the
   * road was safe, she …"), whose claim ends with the adverbial.
   */
  private gerundAttribution(sent: Sentence, v: number, cueEnd: number, prep: number, objectVerb: boolean): Attribution | null {
    const toks = this.toks;
    const c = this.contentAfter(sent, cueEnd, objectVerb);
    if (!c) return null;
    if (prep > sent.a + 1 || (prep === sent.a + 1 && !INTRO_WORDS.has(toks[sent.a].w))) {
      const subj = this.subjectOf(sent, prep) ?? this.leadingSubject(sent, prep);
      if (!subj) return null;
      return this.make(sent, v, cueEnd, subj.a, subj.b, c.s, c.e, c.quote ? 'direct-quote' : 'indirect', 'gerund', c.quote);
    }
    // the opening adverbial ends at the first comma outside a quotation, or at one that closes a quotation
    let k = cueEnd;
    while (k + 1 < sent.b && !(toks[k].k === Tok.Comma && (!toks[k].q || toks[k + 1].k === Tok.QuoteClose))) k++;
    if (k + 1 >= sent.b) return null;
    const closed = toks[k + 1].k === Tok.QuoteClose;
    const subj = this.subjectOf({ ...sent, a: closed ? k + 2 : k + 1 }, sent.b);
    if (!subj || c.s >= toks[k].s) return null;
    return this.make(sent, v, cueEnd, subj.a, subj.b, c.s, closed ? toks[k + 1].e : toks[k - 1].e, c.quote ? 'direct-quote' : 'indirect', 'gerund', c.quote);
  }

  /** "quoted a spokesman as saying …", "cited officials as saying …": the object of "quoted" at token `as` - k speaks. */
  private quotedAs(sent: Sentence, v: number, cueEnd: number, as: number, objectVerb: boolean): Attribution | null {
    const toks = this.toks;
    for (let k = as - 2; k >= sent.a && as - k <= 8; k--) {
      const t = toks[k];
      if (t.k !== Tok.Word || t.q) return null;
      if (QUOTING_VERBS.has(t.w)) {
        const c = this.contentAfter(sent, cueEnd, objectVerb);
        if (!c || !this.hasHead(k + 1, as)) return null;
        return this.make(sent, v, cueEnd, k + 1, as, c.s, c.e, c.quote ? 'direct-quote' : 'indirect', 'quoted-as', c.quote);
      }
      if (AUXILIARIES.has(t.w) || NP_BREAKS.has(t.w) || (this.opts.verbs.has(t.w) && !t.cap)) return null;
    }
    return null;
  }

  private accordingTo(sent: Sentence, i: number): Attribution | null {
    const toks = this.toks;
    const src = this.forwardNP(i + 2, sent.b);
    if (src.b <= src.a) return null;
    // "Not everything has gone according to plan": a plan, a schedule or a custom is no source
    if (src.b === src.a + 1 && MANNER_NOUNS.has(toks[src.a].w)) return null;
    // frame at the start: "According to X, content."
    let atStart = true;
    for (let j = sent.a; j < i; j++) {
      const t = toks[j];
      if (!(t.k === Tok.Comma || t.k === Tok.QuoteOpen || (t.k === Tok.Word && INTRO_WORDS.has(t.w)))) {
        atStart = false;
        break;
      }
    }
    if (atStart) {
      let c = src.b;
      if (c < sent.b && toks[c].k === Tok.Comma) c++;
      // "According to the mayor, who spoke on Tuesday, the water is safe.", "According to Pravda, citing sources, …"
      if (c < sent.b && (toks[c].w === 'who' || toks[c].w === 'which' || QUOTING_VERBS.has(toks[c].w)) && !toks[c].q) {
        let k = c + 1;
        while (k < sent.b && k < c + 16 && toks[k].k !== Tok.Comma && toks[k].k !== Tok.End) k++;
        if (k < sent.b && toks[k].k === Tok.Comma) c = k + 1;
      }
      if (c >= sent.b) return null;
      return this.make(sent, i, i + 2, src.a, src.b, toks[c].s, this.contentEndOf(sent, c), 'according-to', 'according-to');
    }
    let ce = i;
    while (ce > sent.a && (toks[ce - 1].k === Tok.Comma || toks[ce - 1].k === Tok.Dash || toks[ce - 1].k === Tok.ParenOpen)) ce--;
    if (ce <= sent.a) return null;
    // "X, according to Y, is …" keeps the rest of the sentence in the content
    let cEnd = toks[ce - 1].e;
    if (src.b < sent.b && toks[src.b].k === Tok.Comma && src.b + 1 < sent.b && toks[src.b + 1].k !== Tok.End) cEnd = this.contentEndOf(sent, src.b + 1);
    return this.make(sent, i, i + 2, src.a, src.b, toks[sent.a].s, cEnd, 'according-to', 'according-to');
  }

  /** “…” ― Name */
  private dashAttribution(sent: Sentence, i: number): Attribution | null {
    const toks = this.toks;
    const src = this.forwardNP(i + 1, sent.b);
    if (src.b <= src.a || !toks[src.a].cap) return null;
    const qo = this.quoteOpenBefore(i - 1);
    const cStart = qo >= 0 ? toks[qo].s : toks[0].s;
    const att = this.make(sent, i, i + 1, src.a, src.b, cStart, toks[i - 1].e, 'direct-quote', 'quote-dash-name', true, cStart);
    return att;
  }

  /** "SPEAKER: text" at the start of a line (transcripts, headlines). */
  private speakerLabel(sent: Sentence): void {
    const toks = this.toks;
    let a = sent.a;
    if (a < sent.b && toks[a].k === Tok.QuoteOpen) a++;
    let j = a;
    while (j < sent.b && j - a < 4 && toks[j].k === Tok.Word && (toks[j].cap || (toks[j].w === 'of' && j > a))) j++;
    const n = j - a;
    if (n === 0 || j + 1 >= sent.b || toks[j].k !== Tok.Colon) return;
    if (LABEL_STOPWORDS.has(toks[a].w) || toks[a].w.length < 2 || toks[j - 1].w === 'of') return;
    // "Said Ellis: …" is an inverted frame, not a label
    const verb = this.opts.verbs.get(toks[a].w);
    if (verb && (verb.form === 'past' || verb.form === 'both') && INVERSION_LEMMAS.has(verb.lemma)) return;
    for (let k = a; k < j; k++) if (LABEL_STOPWORDS.has(toks[k].w) || LABEL_FUNCTION_WORDS.has(toks[k].w)) return;
    // the text after the label starts like a sentence or a quotation
    const after = toks[j + 1];
    // (a figure after one word is a list entry: "Kyiv: 12 hours without power")
    if (!(after.cap || after.k === Tok.QuoteOpen || (/^\d/.test(after.w) && n > 1) || (after.k === Tok.Other && n > 1))) return;
    const cs = j + 1;
    // "Mayor: Duarte 41.2%, Stroud 36.8%": a tally is no speech (it has as many figures as lower-case words)
    let figures = 0;
    let words = 0;
    for (let k = cs; k < sent.b; k++) {
      const t = toks[k];
      if (t.k !== Tok.Word || t.q) continue;
      if (isDigit(t.w.charCodeAt(0))) figures++;
      else if (!t.cap) words++;
    }
    if (figures > 0 && figures >= words) return;
    // "PRESENTER: Minister, thanks for joining us.", "MINISTER: Good morning, Joanne. Glad to be here.": courtesies
    let courtesy = false;
    let turnWords = 0;
    for (let k = cs; k < toks.length; k++) {
      const t = toks[k];
      if (t.k !== Tok.Word) continue;
      turnWords++;
      // ("Good morning", where "this morning" is a time)
      if (!t.q && (COURTESIES.has(t.w) || (GREETING_TIMES.has(t.w) && toks[k - 1].w === 'good'))) courtesy = true;
    }
    if (courtesy && turnWords <= 12) return;
    // "Poll: Thurlow's approval slips as voters sour on transit plan": a headline with a one-word label, whose last
    // word has no stop (a name, "Mayor Sadovyi: 12 hours is too long", is still a speaker)
    const lastTok = toks[toks.length - 1];
    if (lastTok.k !== Tok.End && lastTok.k !== Tok.QuoteClose) {
      if (n === 1) return;
      // ("Central Bank of Lorvania: December rate decision": a title without a verb)
      let verb = false;
      for (let k = cs; k < toks.length && !verb; k++) {
        const t = toks[k];
        verb = t.k === Tok.Word && !t.q && !t.cap && (AUXILIARIES.has(t.w) || PAST_TENSE.has(t.w) || this.opts.verbs.has(t.w) || t.w.endsWith('ed') || (t.w.endsWith('s') && !t.w.endsWith('ss')));
      }
      if (!verb) return;
    }
    // "MUMBAI: The firm plans …, sources said.": a dateline before a sentence with its own frame at the end
    for (let k = sent.b - 1; k > cs; k--) {
      if ((toks[k].f & 1) === 0) continue;
      const frame = this.cueAt(sent, k, null);
      if (frame && (frame.rule === 'parenthetical' || frame.rule === 'inverted' || frame.rule === 'quote-then-verb' || frame.rule === 'according-to') && frame.contentStart <= toks[cs].s) return;
    }
    // the label's turn is the whole paragraph ("MINISTER: That's untrue. The board recommended 30 per cent."), but
    // a turn that asks a question is the interviewer's ("HOST: Fishermen say … Are they wrong?"), and the claims it
    // reports are found in it
    for (let k = cs; k < toks.length; k++) {
      if (toks[k].k === Tok.End && this.text.charCodeAt(toks[k].e - 1) === 63) {
        // (the turn has a speaker of its own: it continues no one's quotation)
        this.labelled = true;
        return;
      }
    }
    const turnEnd = sent.b < toks.length ? toks[toks.length - 1].e : this.contentEndOf(sent, cs);
    const att = this.make(sent, j, j + 1, a, j, toks[cs].s, turnEnd, 'direct-quote', 'speaker-label');
    this.emit(att);
    this.taken.push({ s: att.contentStart, e: att.contentEnd });
  }

  // ------------------------------------------------------------------ spans

  private make(sent: Sentence, cueA: number, cueB: number, srcA: number, srcB: number, cS: number, cE: number, category: string, rule: string, quote = false, startAt?: number): Attribution {
    const toks = this.toks;
    // "…, Gov. Rachel Dunmore, who has said she will sign it": the speaker is the one the relative pronoun stands for
    if (srcB === srcA + 1 && (toks[srcA].w === 'who' || toks[srcA].w === 'which') && srcA - 2 >= sent.a && toks[srcA - 1].k === Tok.Comma) {
      let antecedent = this.backwardNP(srcA - 2, sent.a);
      // ("Donna Rawlings, 59, of Ashton, Md., who …": the state closes an apposition of the name)
      if (antecedent.b === antecedent.a + 1 && toks[antecedent.a].cap && this.text.charCodeAt(toks[antecedent.a].e - 1) === 46) antecedent = this.backwardNP(srcA - 1, sent.a);
      // the noun phrase starts at a name or a determiner ("placate nervous Democrats", "included members of the
      // Saudi government"), and a clause ("My father died of cancer, which …") is no speaker
      let s = antecedent.a;
      while (s < antecedent.b && !(toks[s].cap || DETERMINERS.has(toks[s].w) || QUANTIFIERS.has(toks[s].w))) s++;
      if (s < antecedent.b && !this.hasFiniteVerb(s, antecedent.b)) {
        srcA = s;
        srcB = antecedent.b;
      }
    }
    // the finding covers its sentence, widened to a quotation that starts or ends outside it ("He said: “A. B.”" is
    // one claim, the quotation its content)
    const start = Math.min(sent.s, startAt ?? sent.s, cS);
    let end = Math.max(sent.e, cE);
    if (quote && cE > sent.e) {
      // a quotation running past this sentence: the finding ends with the quotation (plus its stop)
      end = cE;
      const t = toks[tokenAtOrAfter(toks, cE, 0, toks.length)];
      if (t && t.k === Tok.End) end = t.e;
    }
    return { cueA, cueB, srcA, srcB, contentStart: cS, contentEnd: cE, start, end, category, rule, quote };
  }

  private emit(att: Attribution): void {
    const toks = this.toks;
    const cue = this.span(toks[att.cueA].s, toks[att.cueB - 1].e);
    if (this.opts.ignored(cue.text)) return;
    let source = att.srcB > att.srcA ? this.span(toks[att.srcA].s, toks[att.srcB - 1].e) : null;
    // "[Ukrenergo](https://…) said": the speaker is the link's text, not its Markdown
    if (source && source.text.charCodeAt(0) === 91 && source.text.endsWith(')')) {
      const close = source.text.indexOf('](');
      if (close > 1) source = this.span(source.start + 1, source.start + close);
    }
    const content = att.open ? null : this.span(att.contentStart, att.contentEnd);
    const text = content && att.start === content.start && att.end === content.end ? content.text : this.text.slice(att.start, att.end);
    const rule = ruleId('attributed.', att.rule);
    let sourceVague = false;
    let resolved: TextSpan | null = null;
    let unresolved = false;
    if (source) {
      // the head is the last word token of the source; a capitalised word after the first makes it a name
      // vague: an unnamed group or source word heads the phrase ("officials in Kyiv", "a source familiar with …")
      let head = '';
      let named = false;
      let vague = false;
      let wordsInSource = 0;
      let inModifier = false;
      // the head noun before any modifier ("Several people listed in it": "people"), and whether it is capitalised
      let mainHead = '';
      let mainHeadCap = false;

      for (let j = att.srcA; j < att.srcB; j++) {
        const t = this.toks[j];
        if (t.k !== Tok.Word) {
          if (t.k === Tok.Comma || t.k === Tok.Dash || t.k === Tok.ParenOpen) inModifier = true;
          continue;
        }
        wordsInSource++;
        head = t.w;
        if (PREPOSITIONS.has(t.w) || t.w.endsWith('ing') || t.w === 'familiar' || t.w === 'close') inModifier = true;
        if (inModifier) continue;
        mainHead = t.w;
        mainHeadCap = t.cap;
        if (t.cap && wordsInSource > 1) named = true;
        if (VAGUE_HEADS.has(t.w)) vague = true;
      }
      const pronoun = wordsInSource === 1 && PRONOUNS.has(head);
      sourceVague = vague && !named;
      // a paragraph that is wholly a quotation continues the last speaker of the paragraph before, quoted or not
      // ("Mensah said some wards ran with half the nurses they needed." / "'On a bad night …'")
      this.out.quoteSpeaker = source;
      this.out.speakerIsPronoun = pronoun;
      const personal = pronoun && (head === 'he' || head === 'she');
      this.out.speakerIsPersonal = personal;
      if (!pronoun) {
        this.out.lastNamed = source;
        // "According to the institute's own surveys, …" names no one "she" could be
        // (nor do "the senators" or "several people")
        if (!DOCUMENT_HEADS.has(mainHead) && !GROUP_HEADS.has(mainHead) && !(isPluralLike(mainHead) && !mainHeadCap)) {
          this.out.lastPerson = source;
          this.mention = null;
        }
      } else if (RESOLVABLE_PRONOUNS.has(head)) {
        const antecedent = personal ? this.lastPerson() : this.out.lastNamed;
        if (antecedent) resolved = antecedent;
        else unresolved = true;
      }
    }
    // the optional fields go into the literal itself (same keys, same order as adding them afterwards), so a
    // finding never needs a separate property store
    const kind = 'attributed';
    const category = att.category;
    const start = att.start;
    const end = att.end;
    const f: Finding =
      resolved === null
        ? sourceVague
          ? { kind, start, end, text, cue, source, content, category, rule, sourceVague: true }
          : { kind, start, end, text, cue, source, content, category, rule }
        : sourceVague
          ? { kind, start, end, text, cue, source, content, category, rule, sourceVague: true, resolvedSource: resolved }
          : { kind, start, end, text, cue, source, content, category, rule, resolvedSource: resolved };
    if (unresolved) (this.out.unresolved ??= []).push(f);
    this.out.findings.push(f);
    this.out.open = att.open ? f : null;
  }

  private span(s: number, e: number): TextSpan {
    return { start: s, end: e, text: shortText(this.text, s, e) };
  }

  // ------------------------------------------------------------------ unverified

  private unverified(sent: Sentence, from: number): void {
    const hits = findHedges(this.toks, sent.a, sent.b, this.opts.hedges, this.opts.extraHedges);
    // the first hedge that is not ignored, else (when modal hedges are reported) the first such modal one; a hit
    // that cannot be picked is not looked up in the ignore list
    let chosen = null;
    let modal = null;
    const reportModal = this.opts.includeModal;
    for (let k = 0; k < hits.length && !chosen; k++) {
      const h = hits[k];
      const isModal = h.tag === 'modal';
      if (isModal && (!reportModal || modal)) continue;
      if (this.opts.ignored(this.text.slice(h.start, h.end))) continue;
      if (isModal) modal = h;
      else chosen = h;
    }
    const pick = chosen ?? modal;
    if (!pick) return;
    // a second hedge in a clause of its own ("The CPOA is believed to be preparing a challenge, and it has been
    // suggested that …"): each clause is a statement of its own
    const br = chosen ? this.clauseBreakAfter(sent, pick.end) : -1;
    if (br >= 0) {
      const after = this.toks[br].e;
      for (let k = hits.indexOf(pick) + 1; k < hits.length; k++) {
        const h = hits[k];
        if (h.start < after || h.tag === 'modal' || this.opts.ignored(this.text.slice(h.start, h.end))) continue;
        // ("…, though that remains unconfirmed" speaks of the clause before; "…, and it has been suggested" does not)
        const first = this.toks[this.toks[br].k === Tok.Semi ? br + 1 : br + 2];
        if (BACK_REFERENCES.has(first.w) && h.start !== first.s) break;
        // ("…, but police said they had not been able to confirm this")
        const object = this.objectAfter(h.end, sent.b);
        if (object && OBJECT_BACK_REFERENCES.has(object.w)) break;
        this.emitUnverified(from, pick, sent.s, this.toks[br - 1].e);
        this.emitUnverified(from, h, this.toks[br + 1].s, sent.e);
        return;
      }
    }
    this.emitUnverified(from, pick, sent.s, sent.e);
  }

  /** The word token that starts at or after offset `at` in the sentence, if it comes next. */
  private objectAfter(at: number, b: number): Token | null {
    const k = tokenAtOrAfter(this.toks, at, 0, b);
    const t = this.toks[k];
    return k < b && t.k === Tok.Word && !t.q ? t : null;
  }

  /**
   * The first comma before a conjunction, or semicolon, after offset a in the sentence (where a clause of its own may
   * start): its index, or -1.
   */
  private clauseBreakAfter(sent: Sentence, a: number): number {
    const toks = this.toks;
    for (let k = tokenAtOrAfter(toks, a, sent.a, sent.b); k + 2 < sent.b; k++) {
      const t = toks[k];
      const n = toks[k + 1];
      if (n.k !== Tok.Word || n.q) continue;
      if (t.k === Tok.Semi || (t.k === Tok.Comma && CLAUSE_JOINERS.has(n.w))) return k;
    }
    return -1;
  }

  /** The unverified finding for hedge `pick` over [s, e), unless a claimant of the sentence takes it. */
  private emitUnverified(from: number, pick: HedgeHit, s: number, e: number): void {
    if (pick.tag === 'vague-reporting') {
      const fs = this.out.findings;
      const inHedge = (x: TextSpan | null): boolean => x !== null && x.start >= pick.start && x.end <= pick.end;
      // "He made the claim that …": the claim has its claimant in an attribution of this sentence
      for (let i = from; i < fs.length; i++) {
        const f = fs[i];
        // ("according to sources familiar with the talks": a vague source with more words is still vague)
        const vagueSource = f.source !== null && f.source.start >= pick.start && f.source.start < pick.end;
        if (f.kind === 'attributed' && f.cue && f.cue.start < pick.end && f.cue.end > pick.start && !inHedge(f.source) && !vagueSource) return;
      }
      // "Sources say …", "According to reports, …": the vague claimant is the hedge itself, not a source (but "some
      // fans claim …" names who claims)
      for (let i = fs.length - 1; i >= from && !pick.keepsAttribution; i--) {
        const f = fs[i];
        if (f.kind === 'attributed' && inHedge(f.cue) && inHedge(f.source)) fs.splice(i, 1);
      }
    }
    const text = this.text.slice(s, e);
    const cue = this.span(pick.start, pick.end);
    this.out.findings.push({
      kind: 'unverified',
      start: s,
      end: e,
      text,
      cue,
      source: null,
      content: { start: s, end: e, text },
      category: pick.tag,
      rule: ruleId(unverifiedPrefix(pick.tag), cue.text),
    });
  }

  private frameStart(sent: Sentence, att: Attribution): number {
    // the content must run from the sentence start (or its opening quotation)
    const first = this.toks[sent.a];
    if (att.contentStart <= first.s) return att.contentStart;
    if (first.k === Tok.QuoteOpen || first.k === Tok.Word) return att.contentStart <= first.e ? att.contentStart : -1;
    return -1;
  }

}
