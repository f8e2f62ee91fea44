/**
 * The local pass: finds attributed claims and unverified statements in one line block. Everything here
 * depends only on the block's own text, so an edit re-runs it for the touched blocks alone; what
 * crosses blocks (continued quotations) is left to the linking pass.
 */
import type { Finding, TextSpan } from '../findings';
import { markdownPrefixLength } from '../text/blocks';
import { isUpperOrDigit } from '../text/sentences';
import { findHedges } from './hedges';
import {
  ADVERBS,
  AUXILIARIES,
  BE_FORMS,
  CLAIM_NOUNS,
  DETERMINERS,
  LABEL_STOPWORDS,
  LIGHT_VERBS,
  NP_BREAKS,
  OBJECT_VERBS,
  PRONOUNS,
  SPEECH_NOUNS,
  VAGUE_HEADS,
  VerbEntry,
  VerbForm,
} from './lexicon';
import type { CompiledOptions } from './options';
import { Stops, Tok, Token, tokenize } from './tokens';

/** What the local pass knows about a block; offsets are absolute at analysis time. */
export interface BlockAnalysis {
  findings: Finding[];
  /** The block is wholly a quotation with no cue of its own: a candidate continued quote. */
  quoteOnly: TextSpan | null;
  /** The source of the last quotation-bearing attribution in the block, for a following continued quote. */
  quoteSpeaker: TextSpan | null;
  /** The last attribution's source is a pronoun (the linking pass may resolve it). */
  speakerIsPronoun: boolean;
  /** The last named (non-pronoun) source in the block. */
  lastNamed: TextSpan | null;
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

interface Sentence {
  s: number;
  e: number;
  /** What the sentence may hold: 1 = a cue word, 2 = a hedge word, 4 = a dash or colon. */
  f: number;
  /** token range [a, b) */
  a: number;
  b: number;
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

const TIME_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight recently earlier later last this next week month year morning ' +
    'afternoon evening night weekend in on at during for with to after before via through from over under back when while as inside outside').split(' '),
);
const INTRO_WORDS = new Set(['but', 'and', 'so', 'yet', 'however', 'also', 'still', 'now', 'meanwhile', 'moreover', 'indeed', 'instead', 'then', 'or']);
const ADVERBIAL_INSERTS = new Set(['however', 'too', 'meanwhile', 'though', 'also', 'instead', 'moreover', 'furthermore', 'nevertheless', 'in', 'turn', 'for', 'his', 'her', 'their', 'its', 'part', 'example', 'instance', 'separately', 'meantime', 'the', 'then', 'later', 'particular', 'general', 'response', 'short', 'contrast', 'addition', 'fact']);
const PREPOSITIONS = new Set(['of', 'from', 'in', 'at', 'for', 'with', 'on', 'by', 'to', 'about', 'within', 'inside', 'across', 'among']);
const LABEL_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'over', 'in', 'on', 'for', 'and', 'to', 'with', 'at', 'by', 'from', 'how', 'why', 'what', 'when', 'where', 'who', 'is', 'are', 'was', 'latest', 'day', 'part', 'chapter']);
/** Plural nouns that are spelled like reporting verbs; as verbs they need a subject that can speak. */
const NOUN_LIKE_VERBS = new Set(['calls', 'asks', 'states', 'questions', 'tweets', 'claims', 'reports', 'remarks', 'reasons', 'demands', 'points', 'notes', 'estimates', 'comments', 'replies', 'counters', 'shares', 'responds', 'promises', 'pledges', 'vows', 'warnings', 'reveals', 'finds', 'shows', 'thinks', 'cites', 'disputes', 'proposes', 'charges', 'stresses', 'blasts']);
/** Heads of document-like subjects that "show" or "find" without a that-clause ("a poll shows Clinton ahead"). */
const DOCUMENT_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis', 'research', 'figures', 'statistics', 'review', 'audit', 'investigation', 'records', 'documents', 'census', 'estimates', 'findings', 'assessment', 'memo', 'filing', 'filings', 'ruling', 'documents', 'tally', 'count', 'video', 'footage', 'transcript', 'average', 'chart', 'map', 'photos', 'images', 'probe', 'inquiry', 'panel', 'commission', 'researchers', 'scientists', 'averages', 'analyses', 'results', 'numbers', 'videos', 'email', 'emails', 'letter', 'letters', 'polling', 'slide', 'slides', 'presentation', 'forecast', 'forecasts', 'projection', 'projections', 'breakdown', 'summary', 'database', 'indictment', 'lawsuit', 'affidavit', 'testimony']);
/** Weak verbs that report what a document holds, even without a that-clause ("a 2014 study found 31 cases"). */
const DOCUMENT_LEMMAS = new Set(['show', 'find', 'indicate', 'suggest']);
/** Verbs that report a stance rather than words ("praised the plan", "rejected the offer"). */
const STANCE_LEMMAS = new Set('echo praise condemn reject defend endorse dismiss mock denounce liken dub tout hail applaud blame lambast decry deride ridicule scold'.split(' '));
/** Quantifiers that stand alone for people as a subject ("some believe", "many say"). */
const PEOPLE_QUANTIFIERS = new Set(['some', 'many', 'all', 'most', 'both', 'few', 'several']);
/** Objects of "say" that carry no claim. */
const EMPTY_SAYINGS = new Set(['goodbye', 'goodbyes', 'hello', 'farewell', 'grace', 'nothing', 'little', 'prayers', 'thanks', 'amen']);
/** What one tells without claiming anything ("told a story", "tells jokes"). */
const TOLD_THINGS = new Set(['story', 'stories', 'joke', 'jokes', 'tale', 'tales', 'anecdote', 'anecdotes', 'fortune', 'fortunes', 'time']);
/** Pictures show scenes, not findings ("the video shows the colonel on a stretcher"). */
const PICTURE_HEADS = new Set(['video', 'videos', 'footage', 'photo', 'photos', 'image', 'images', 'picture', 'pictures', 'clip', 'clips', 'screenshot', 'map', 'chart']);
/** Irregular past tenses that end a subject noun phrase. */
const PAST_TENSE = new Set('spoke went came took made gave got saw won lost met sent left led ran began brought thought held kept stood heard found became fell felt paid put set rose drew wore struck fought sought sold bought built broke chose drove flew forgave forgot froze hid hit hung knew laid lent let meant read rode rang sang sat shot shut slept spent spun stole swore swept swam taught tore threw understood woke wrote beat bit blew bore caught dealt dug fed fled grew lay overcame overtook rebuilt sank shook slid split spread sprang stuck stung strode strove took withdrew urged is was has had will would'.split(' '));
/** Lemmas whose bare form is a plausible plural-present cue ("experts say", "critics argue"). */
const BASE_FORM_CUES = new Set('say argue claim insist warn tell note contend agree predict estimate believe think acknowledge admit deny maintain suggest fear worry hope expect explain write add complain recall stress allege assert concede'.split(' '));
/** Verbs that invert after the content ("…, said the mayor"). */
const INVERSION_LEMMAS = new Set('say add write explain note recall reply tell insist argue warn declare counter acknowledge admit observe remark conclude quip retort respond state report estimate claim'.split(' '));
/**
 * Verbs that report only with a clause or quotation: "maintained that …", not "maintains a programme"; "recalled
 * that …" or "recalled Obama saying …", not "recalls the pills"; "assessed that …", not "assessed the damage".
 */
const CLAUSE_ONLY_LEMMAS = new Set(['maintain', 'reply', 'remark', 'recall', 'assess', 'speculate', 'forecast', 'calculate', 'reckon', 'surmise']);

/** Conjunctions that may open a coordinate clause with a speaker of its own. */
const CONJUNCTIONS = new Set(['but', 'though', 'although', 'while', 'whereas', 'yet', 'and']);

/** Nouns for a figure that a source puts at a number ("put the death toll at 14"). */
const FIGURE_NOUNS = new Set(['toll', 'figure', 'number', 'numbers', 'cost', 'costs', 'total', 'count', 'losses', 'casualties', 'damage', 'value', 'size', 'deficit', 'bill']);

/** Determiners that negate the subject ("Neither report has been confirmed"). */
const NEGATIVE_DETERMINERS = new Set(['neither', 'no', 'none', 'nor', 'nothing']);

/** Words that keep "to" inside a source phrase: "a source close to the Kremlin", "an adviser to the president". */
const TO_ADJECTIVES = new Set(['according', 'close', 'closer', 'linked', 'allied', 'loyal', 'affiliated', 'tied', 'connected', 'related', 'attached', 'adviser', 'advisor', 'advisers', 'advisors', 'ambassador', 'envoy', 'aide', 'aides', 'secretary', 'assistant', 'counselor', 'counsellor', 'deputy', 'delegate', 'representative', 'successor', 'heir']);

/** Times that may stand between a verb and its clause: "said Tuesday it was …", "told reporters last week that …". */
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening']);
/** A year, as in "in 2015". */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Words of a manner adverbial before a colon: "put it this way:", "put it more simply:". */
const MANNER_WORDS = new Set(['this', 'that', 'another', 'way', 'more', 'most', 'less', 'best', 'well']);

/** Verbs whose object speaks in "quoted a spokesman as saying". */
const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/** Prepositions after which a gerund reports for the clause's subject ("by saying", "after claiming"). */
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'upon', 'while']);

/** Subject pronouns: one before a verb is the whole speaker ("the guides I wrote", not "guides I"). */
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

/** Weak verbs that report when they close a quotation ("“…,” she concluded.", "“…,” he suggested."). */
const QUOTE_FRAME_WEAK = new Set(['conclude', 'suggest', 'think', 'hope', 'fear', 'worry', 'indicate', 'imply']);

/** Verbs of belief that report a claim when a person holds a stated clause ("Obama believes his plan will work"). */
const BELIEF_LEMMAS = new Set(['believe', 'think', 'fear', 'expect', 'feel', 'know', 'suggest', 'conclude', 'signal', 'indicate']);
/** Quantifiers that make the next word a plural noun ("most states", "twenty-seven states"). */
const QUANTIFIERS = new Set(['most', 'many', 'all', 'some', 'both', 'several', 'few', 'other', 'more', 'fewer', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions']);
/** Words after which a participle is an adjective or a noun, not a verb. */
const NOT_BEFORE_VERB = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'additional', 'further', 'worth', 'become', 'became']);
const CALL_PARTICLES = new Set(['a', 'an', 'the', 'for', 'on', 'off', 'up', 'in', 'out', 'back', 'into', 'over', 'at', 'upon', 'to', 'by', 'after', 'around', 'home']);
/** Endings of adjectives that label an object ("called the charges unsubstantiated", "called it ridiculous"). */
const ADJECTIVE_ENDING = /(?:ous|ful|ic|ive|able|ible|less|ent|ant|ary|ish|ated|ical|al|..ing)$/;
/** Verbs before "to" that keep a reporting verb finite: "continued to insist", "went on to say". */
const CONTINUE_FORMS = new Set(['continue', 'continues', 'continued', 'continuing']);
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);
const PERCEPTION = new Set(['heard', 'seen', 'caught', 'filmed', 'recorded', 'quoted']);

const isPluralLike = (w: string): boolean => w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
const NUMBER_WORD = /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)$/;
/** "in May": the month, capitalised inside a sentence, not the modal verb. */
const isMonthMay = (t: Token, i: number, sentenceStart: number): boolean => t.w === 'may' && t.cap && i > sentenceStart;
/** "the", "his", "Obama's": a word after it is a noun. */
const isDeterminerOrPossessive = (w: string): boolean => DETERMINERS.has(w) || w === 'his' || w === 'her' || w === 'their' || w === 'its' || (w.endsWith("'s") && !isPronounContraction(w));
const isLyAdverb = (w: string): boolean => w.length > 4 && w.endsWith('ly') && w !== 'only' && w !== 'family' && w !== 'italy' && w !== 'rally' && w !== 'ally' && w !== 'early';
const isPronounContraction = (w: string): boolean => w.indexOf("'") > 0 && (w.endsWith("'s") || w.endsWith("'ve") || w.endsWith("'d") || w.endsWith("'ll") || w.endsWith("'re")) && PRONOUNS.has(w.slice(0, w.indexOf("'")));

/** Runs the local pass over the block text[start, end). */
export function analyzeBlock(text: string, start: number, end: number, opts: CompiledOptions): BlockAnalysis {
  const from = start + markdownPrefixLength(text, start, end);
  const result: BlockAnalysis = { findings: [], quoteOnly: null, quoteSpeaker: null, speakerIsPronoun: false, lastNamed: null, blank: true, unresolved: null, open: null, bodyS: start, bodyE: start };
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
  let blockFlags = stops.rest;
  for (let m = 0; m < stops.flags.length; m++) blockFlags |= stops.flags[m];
  // nothing to find: no cue or hedge word, no dash or colon, and not a quotation paragraph
  if (blockFlags === 0 && toks[0].k !== Tok.QuoteOpen) return result;
  const sentences = tokenSentences(text, toks, opts.verbs, stops);
  const analyzer = new BlockAnalyzer(text, toks, opts, result);
  analyzer.run(sentences);
  return result;
}

/**
 * Sentences from tokens, with the same rule as the line splitter in `text/sentences`: a break after a run of
 * . ! ? … and closing marks, before whitespace, optional opening marks and an upper-case letter or digit.
 * (Abbreviations, initials and acronyms keep their dot inside the word token, so they never break.)
 * Only the End tokens the tokenizer noted in `stops` are visited, and each sentence's flags (`f`) are joined from
 * the flags noted between them.
 */
function tokenSentences(text: string, toks: Token[], verbs: ReadonlyMap<string, VerbEntry>, stops: Stops): Sentence[] {
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
const isSingleQuote = (c: number): boolean => c === 39 || c === 0x2018 || c === 0x2019;

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

/** Pronouns that stand for a speaker named earlier. */
const RESOLVABLE_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Rule ids are few; interning them keeps one string per rule instead of one per finding. */
const RULE_IDS = new Map<string, Map<string, string>>();
let ruleIdCount = 0;
function ruleId(prefix: string, name: string): string {
  // by prefix, then by name: no joined key string to build and hash for every finding
  let byName = RULE_IDS.get(prefix);
  if (byName === undefined) {
    byName = new Map();
    RULE_IDS.set(prefix, byName);
  }
  let id = byName.get(name);
  if (id === undefined) {
    id = prefix + name.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'");
    if (ruleIdCount < 10_000) {
      byName.set(name, id);
      ruleIdCount++;
    }
  }
  return id;
}
const UNVERIFIED_PREFIXES = new Map<string, string>();
/** 'unverified.<tag>:', one string per hedge tag. */
function unverifiedPrefix(tag: string): string {
  let p = UNVERIFIED_PREFIXES.get(tag);
  if (p === undefined) {
    p = 'unverified.' + tag + ':';
    if (UNVERIFIED_PREFIXES.size < 1000) UNVERIFIED_PREFIXES.set(tag, p);
  }
  return p;
}

/**
 * Texts shorter than V8's sliced-string threshold are copied by `slice`; cues and sources repeat ("said", "he",
 * "officials", "Prof. Henrik Lindqvist"), so one string for each recent cue- or source-sized text is shared by
 * the findings that hold it. The cache holds only copies, never a slice, so it never keeps a parent text alive.
 */
const SHORT_MAX = 12;
const SHARED_MAX = 32;
const SHORT_MASK = 4095;
const SHORT_TEXTS: Array<string | undefined> = new Array(SHORT_MASK + 1);
function shortText(text: string, s: number, e: number): string {
  const len = e - s;
  if (len > SHARED_MAX || len <= 0) return text.slice(s, e);
  let h = len;
  for (let k = s; k < e; k++) h = (h * 31 + text.charCodeAt(k)) | 0;
  const slot = (h ^ (h >>> 12)) & SHORT_MASK;
  const hit = SHORT_TEXTS[slot];
  if (hit !== undefined && hit.length === len && text.startsWith(hit, s)) return hit;
  const str = text.slice(s, e);
  // a longer slice points into the whole text: the cache gets a copy joined from short (copied) pieces
  SHORT_TEXTS[slot] = len <= SHORT_MAX ? str : copyText(text, s, e);
  return str;
}
function copyText(text: string, s: number, e: number): string {
  let out = '';
  for (let k = s; k < e; k += SHORT_MAX) out += text.slice(k, Math.min(k + SHORT_MAX, e));
  return out;
}

class BlockAnalyzer {
  private readonly taken: Array<{ s: number; e: number }> = [];
  /** Results of cue attempts made by the tail pass, by token index. */
  private tried: Map<number, Attribution | null> | null = null;

  constructor(
    private readonly text: string,
    private readonly toks: Token[],
    private readonly opts: CompiledOptions,
    private readonly out: BlockAnalysis,
  ) {}

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
    for (let si = 0; si < sentences.length; si++) {
      const sent = sentences[si];
      const before = this.out.findings.length;
      if (si === 0 && (sent.f & 4) !== 0) this.speakerLabel(sent);
      if ((sent.f & 5) !== 0) this.attributions(sent);
      const added = this.out.findings.length - before;
      attributed += added;
      if (added > 0) {
        const f = this.out.findings[this.out.findings.length - 1];
        quoteSpeaker = f.category === 'direct-quote' && f.source ? (f.resolvedSource ?? f.source) : null;
        quoteOwner = quoteSpeaker && f.content && f.content.end <= sent.e ? f : null;
      } else if (quoteSpeaker && this.wholeQuote(sent)) {
        // "“We will respond,” Zelensky said. “Russia will pay.”": the second sentence is his too
        // the quotation may run on through further sentences of the paragraph: “We have no shells. We have no food.”
        let last = sent.b - 1;
        if (!this.closesQuote(sent)) {
          const close = this.quoteCloseAfter(sent.a);
          if (this.toks[close].k === Tok.QuoteClose) {
            last = close;
            while (last + 1 < toks.length && toks[last + 1].k === Tok.End && toks[last + 1].s === toks[last].e) last++;
            while (si + 1 < sentences.length && sentences[si + 1].a <= close) si++;
          }
        }
        const span = this.span(toks[sent.a].s, toks[last].e);
        if (!this.isTaken(span.start)) {
          // the quoted speaker's content runs on through the quotation
          if (quoteOwner && quoteOwner.content) quoteOwner.content = this.span(quoteOwner.content.start, span.end);
          this.out.findings.push({ kind: 'attributed', start: span.start, end: span.end, text: span.text, cue: null, source: quoteSpeaker, content: span, category: 'continued-quote', rule: 'attributed.continued-quote' });
          attributed++;
        }
      } else {
        quoteSpeaker = null;
      }
      if ((sent.f & 2) !== 0) this.unverified(sent, before);
    }
    // a block that is wholly a quotation, with no attribution of its own
    const first = toks[0];
    if (attributed === 0 && first.k === Tok.QuoteOpen) {
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
      }
    }
    this.out.findings.sort((x, y) => x.start - y.start || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
  }

  /**
   * The token after a dateline that opens the sentence ("KYIV —", "**WASHINGTON** –", "KYIV, Ukraine (AP) —"): a
   * word in capitals, then capitalised words, commas or brackets, then a dash. 0 when there is none.
   */
  private datelineEnd(sent: Sentence): number {
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
  private quoteFrameBefore(sent: Sentence, i: number): boolean {
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
  private endsWithStop(sent: Sentence): boolean {
    for (let j = sent.b - 1; j >= sent.a; j--) {
      const k = this.toks[j].k;
      if (k === Tok.End) return true;
      if (k !== Tok.QuoteClose && k !== Tok.ParenClose && k !== Tok.Other) return false;
    }
    return false;
  }

  /** The sentence holds a closing quotation mark. */
  private closesQuote(sent: Sentence): boolean {
    for (let j = sent.a; j < sent.b; j++) if (this.toks[j].k === Tok.QuoteClose) return true;
    return false;
  }

  /** The sentence opens with a quotation mark and its quotation runs to its end. */
  private wholeQuote(sent: Sentence): boolean {
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
      if (this.isTaken(t.s)) {
        const split = this.coordinateClause(sent, i, last);
        if (!split) continue;
      }
      // the tail pass already tried the non-participle verbs at the end of the sentence
      const att = this.tried !== null && this.tried.has(i) ? (this.tried.get(i) as Attribution | null) : this.cueAt(sent, i, last);
      if (att) {
        if (att.contentEnd <= att.contentStart && !att.open) continue;
        this.accept(att);
        last = att;
        if (att.cueB > i + 1) i = att.cueB - 1;
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
    if (!entry || entry.form === 'ing' || entry.form === 'base' || entry.weak) return false;
    const nounSubject = (w: Token): boolean => w.k === Tok.Word && !w.q && (VAGUE_HEADS.has(w.w) || (isPluralLike(w.w) && !this.opts.verbs.has(w.w)));
    if (!PRONOUNS.has(toks[i - 1].w) && !PRONOUNS.has(toks[i - 2].w) && !nounSubject(toks[i - 1]) && !nounSubject(toks[i - 2])) return false;
    let j = i - 1;
    while (j > sent.a && toks[j].k === Tok.Word && (ADVERBS.has(toks[j].w) || AUXILIARIES.has(toks[j].w))) j--;
    const subj = toks[j];
    if (!subj || subj.k !== Tok.Word || !((PRONOUNS.has(subj.w) && subj.w !== 'it' && subj.w !== 'which' && subj.w !== 'who') || nounSubject(subj))) return false;
    // the head's modifiers: "…, and Western intelligence agencies have echoed …"
    if (!PRONOUNS.has(subj.w)) {
      for (let m = j - 1; m > sent.a + 1 && j - m <= 3; m--) {
        const t = toks[m];
        if (t.k !== Tok.Word || t.q || CONJUNCTIONS.has(t.w) || NP_BREAKS.has(t.w) || AUXILIARIES.has(t.w) || PREPOSITIONS.has(t.w) || (this.opts.verbs.has(t.w) && !t.cap)) break;
        j = m;
      }
    }
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
    const entry = this.opts.verbs.get(t.w);
    if (entry) {
      let cueEnd = i + 1;
      if (entry.lemma === 'point' || entry.lemma === 'hint') {
        if (i + 1 < sent.b && (toks[i + 1].w === 'out' || toks[i + 1].w === 'to' || toks[i + 1].w === 'at')) cueEnd = i + 2;
        else return null;
      }
      if (last && entry.form === 'ing' && i > sent.a && toks[i - 1].k === Tok.Comma) return null; // ", adding that …" continues `last`
      // "the vote for admitting Poland to NATO": admission, not an admission
      if (entry.lemma === 'admit' && entry.form === 'ing' && i > sent.a && PREPOSITIONS.has(toks[i - 1].w)) return null;
      // "Trump charges that …" (not "charged with fraud"); "chanting “U-S-A!”" (not "chanting in the street")
      if (entry.lemma === 'charge' && !(i + 1 < sent.b && (toks[i + 1].w === 'that' || toks[i + 1].k === Tok.Colon))) return null;
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

  /** A finite reporting verb follows within a few plain words of token j ("… in late 2024 suggest that", "… by Reuters said"). */
  private laterVerb(sent: Sentence, j: number): boolean {
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
  private insertBeforeVerb(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    for (let k = j; k < sent.b && k <= j + 10; k++) {
      const t = toks[k];
      if (t.k === Tok.Comma) {
        let v = k + 1;
        while (v < sent.b && toks[v].k === Tok.Word && (ADVERBS.has(toks[v].w) || AUXILIARIES.has(toks[v].w) || isLyAdverb(toks[v].w))) v++;
        const e = v < sent.b && toks[v].k === Tok.Word && !toks[v].cap ? this.opts.verbs.get(toks[v].w) : undefined;
        return e !== undefined && e.form !== 'ing' && e.form !== 'base';
      }
      if (t.k !== Tok.Word && t.k !== Tok.ParenOpen && t.k !== Tok.ParenClose) return false;
    }
    return false;
  }

  /** A "that" clause, a colon, a quotation or a reporting participle within a few tokens from j. */
  private complementFollows(sent: Sentence, j: number): boolean {
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
  private putsFigureAt(sent: Sentence, i: number): boolean {
    const toks = this.toks;
    let figure = false;
    for (let k = i + 1; k < sent.b && k <= i + 6; k++) {
      const t = toks[k];
      if (t.k !== Tok.Word || t.q) return false;
      if (FIGURE_NOUNS.has(t.w)) figure = true;
      else if (t.w === 'at') return figure;
    }
    return false;
  }

  /** Tokens [a, b) hold something that reads as a finite verb: an auxiliary, a past tense or an "-ed" word. */
  private hasFiniteVerb(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.toks[k];
      if (t.k === Tok.Word && !t.cap && (AUXILIARIES.has(t.w) || PAST_TENSE.has(t.w) || (t.w.endsWith('ed') && t.w.length > 3) || isPronounContraction(t.w))) return true;
      if (t.k === Tok.QuoteOpen || t.k === Tok.Colon) return true;
    }
    return false;
  }

  /** The cue ending at token j closes the sentence after a comma-led frame: "…, some experts believe." */
  private closingFrame(sent: Sentence, j: number): boolean {
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
  private objectThenTo(j: number, b: number): boolean {
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

  /** A colon at token j, or after a manner adverbial of up to three words ("put it bluntly:", "put it this way:"). */
  private colonAfter(j: number): boolean {
    const toks = this.toks;
    for (let k = j; k < toks.length && k <= j + 3; k++) {
      const t = toks[k];
      if (t.k === Tok.Colon) return true;
      if (t.k !== Tok.Word || t.q || !(isLyAdverb(t.w) || ADVERBS.has(t.w) || MANNER_WORDS.has(t.w))) return false;
    }
    return false;
  }

  /** "as" opens the noun phrase (of words only, up to eight) that ends before token i. */
  private asBefore(sent: Sentence, i: number): boolean {
    const toks = this.toks;
    for (let j = i - 1; j >= sent.a && i - j <= 9; j--) {
      const t = toks[j];
      if (t.k !== Tok.Word || t.q) return false;
      if (t.w === 'as') return j < i - 1;
    }
    return false;
  }

  /** After "called": an object noun phrase, then the label it is given (a quotation, "a …", an adjective). */
  private callComplement(sent: Sentence, k: number): boolean {
    const toks = this.toks;
    const first = toks[k];
    if (first.k === Tok.QuoteOpen) return true;
    if (first.k !== Tok.Word || first.w === 'for' || first.w === 'on' || first.w === 'off' || first.w === 'up' || first.w === 'in' || first.w === 'out' || first.w === 'back') return false;
    for (let j = k + 1; j < sent.b && j <= k + 7; j++) {
      const t = toks[j];
      if (t.k === Tok.QuoteOpen) return true;
      if (t.k !== Tok.Word || t.q) return false;
      if (t.w === 'a' || t.w === 'an') return j > k;
      // "the remarks", "Obama's comments": a word after a determiner or possessive is a noun, not a verb
      const p = toks[j - 1];
      const noun = p.k === Tok.Word && isDeterminerOrPossessive(p.w);
      if (AUXILIARIES.has(t.w) || NP_BREAKS.has(t.w) || (this.opts.verbs.has(t.w) && !t.cap && !noun)) return false;
      if (!t.cap && j > k + 1 && ADJECTIVE_ENDING.test(t.w)) return true;
    }
    return false;
  }

  /** How many words of "continued" or "went on" end at token k (0 when neither does). */
  private continuesBefore(k: number, a: number): number {
    const toks = this.toks;
    if (k < a || toks[k].k !== Tok.Word) return 0;
    if (CONTINUE_FORMS.has(toks[k].w)) return 1;
    return toks[k].w === 'on' && k - 1 >= a && GO_FORMS.has(toks[k - 1].w) ? 2 : 0;
  }

  private titleCaseCache: { a: number; v: boolean } = { a: -1, v: false };

  /** A headline in title case ("Obama Says Museum Will Open"): most words capitalised, no final stop. */
  private titleCase(sent: Sentence): boolean {
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

  /** Rules out nouns spelled like verbs ("his claims", "a simple question", "to say"). */
  private verbFormFits(sent: Sentence, i: number, entry: VerbEntry): boolean {
    const toks = this.toks;
    const p = i > sent.a ? toks[i - 1] : null;
    if (!p || p.k !== Tok.Word) return entry.form !== 'base' || p?.k === Tok.Comma || p?.k === Tok.QuoteClose;
    const pw = p.w;
    if (entry.form === 's' || entry.form === 'base') {
      // "Figures cited by the ministry show …", "as reports observed in late 2024 suggest …"
      if (DOCUMENT_LEMMAS.has(entry.lemma) && this.documentSubject(sent, i, i + 1 < sent.b && (toks[i + 1].w === 'that' || this.clauseStarts(i + 1, sent.b))) >= 0) return true;
      // "the help of states that …": a noun after a preposition
      if (PREPOSITIONS.has(pw) && pw !== 'to') return false;
      if (DETERMINERS.has(pw) || QUANTIFIERS.has(pw) || (pw.endsWith("'s") && !isPronounContraction(pw)) || pw.endsWith("s'") || /^\d/.test(pw) || NUMBER_WORD.test(pw)) return false;
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
      const clause = n && (n.w === 'that' || n.k === Tok.Colon || n.k === Tok.QuoteOpen || (n.k === Tok.Comma && toks[i + 2]?.k === Tok.QuoteOpen) || (!isPluralLike(pw) && !pw.endsWith('ing') && !NOMINATIVE.has(n.w) && this.clauseStarts(i + 1, sent.b)));
      // "the agency cites sources as saying …": a subject with its determiner, an object after
      const citing = entry.lemma === 'cite' && i - 2 >= sent.a && DETERMINERS.has(toks[i - 2].w) && n !== undefined && n.k === Tok.Word;
      const speaker = citing || p.cap || PRONOUNS.has(pw) || pw === 'that' || (DOCUMENT_LEMMAS.has(entry.lemma) && DOCUMENT_HEADS.has(pw) && !PICTURE_HEADS.has(pw)) || ((DOCUMENT_LEMMAS.has(entry.lemma) || entry.lemma === 'reveal') && this.documentSubject(sent, i) >= 0);
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
      if (!p.cap && isPluralLike(pw) && i - 2 >= sent.a && toks[i - 2].k === Tok.Word && !toks[i - 2].q && !DETERMINERS.has(toks[i - 2].w) && !QUANTIFIERS.has(toks[i - 2].w) && !PREPOSITIONS.has(toks[i - 2].w) && !isPluralLike(toks[i - 2].w) && !this.opts.verbs.has(pw)) return false;
    }
    if (entry.form === 'base') {
      // "polls show", "data from the survey show": what documents show is reported like speech
      if (DOCUMENT_LEMMAS.has(entry.lemma) && (DOCUMENT_HEADS.has(pw) || pw.endsWith('s')) && !PICTURE_HEADS.has(pw)) return true;
      if (!BASE_FORM_CUES.has(entry.lemma) && !entry.lemma.includes(' ')) return false;
      if (pw === 'to') return this.continuesBefore(i - 2, sent.a) > 0;
      if (AUXILIARIES.has(pw) || ADVERBS.has(pw) || isLyAdverb(pw)) return true;
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

  private frameStart(sent: Sentence, att: Attribution): number {
    // the content must run from the sentence start (or its opening quotation)
    const first = this.toks[sent.a];
    if (att.contentStart <= first.s) return att.contentStart;
    if (first.k === Tok.QuoteOpen || first.k === Tok.Word) return att.contentStart <= first.e ? att.contentStart : -1;
    return -1;
  }

  private isTaken(pos: number): boolean {
    for (const r of this.taken) if (pos >= r.s && pos < r.e) return true;
    return false;
  }

  /** First speech noun within a few words after a light verb, or -1. */
  private speechNounAfter(sent: Sentence, i: number): number {
    const toks = this.toks;
    for (let j = i + 1; j < sent.b && j <= i + 6; j++) {
      const t = toks[j];
      if (t.k !== Tok.Word || t.q) return -1;
      if (SPEECH_NOUNS.has(t.w)) return j;
      if (t.w === 'that' || t.w === 'to' || AUXILIARIES.has(t.w)) return -1;
    }
    return -1;
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
      if (p.k !== Tok.Word || p.q) break;
      if (AUXILIARIES.has(p.w) && !isMonthMay(p, cs - 1, sent.a)) {
        if (lastAux === null) lastAux = p.w;
        cs--;
      } else if (ADVERBS.has(p.w) || isLyAdverb(p.w)) {
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
    // "reports observed in late 2024 suggest that …": the participle modifies the subject; the later verb reports
    if (lastAux === null && cs === v && v - 1 >= sent.a && this.reducedRelative(v, form) && this.laterVerb(sent, cueEnd)) return null;
    // "has not confirmed", "did not say": a denial of speech is not a claim
    for (let j = cs; j < v; j++) if (toks[j].w === 'not' || toks[j].w === 'never' || toks[j].w.endsWith("n't")) return null;
    let passive = false;
    if (lastAux !== null && BE_FORMS.has(lastAux) && (form === 'en' || form === 'both' || form === 'past')) passive = true;
    if (form === 'base' && cs - 1 >= sent.a && toks[cs - 1].w === 'to') return null;
    if (form === 'ing' && lastAux === null && cs - 1 >= sent.a && toks[cs - 1].w === 'to') return null;
    const next = cueEnd < sent.b ? toks[cueEnd] : null;
    if (passive) {
      // "Neither report has been confirmed by police": a denial, not a claim
      if (next && next.w === 'by' && pronounAux < 0 && !NEGATIVE_DETERMINERS.has(toks[sent.a].w)) {
        const src = this.forwardNP(cueEnd + 1, sent.b);
        if (src.b <= src.a) return null;
        let ce = cs;
        while (ce > sent.a && toks[ce - 1].k === Tok.Comma) ce--;
        if (ce <= sent.a) return null;
        return this.make(sent, v, cueEnd, src.a, src.b, toks[sent.a].s, toks[ce - 1].e, 'indirect', 'passive-by');
      }
      return null;
    }
    const weakNeedsCheck = entry.weak && !this.weakOk(sent, cueEnd);
    const beliefClause = weakNeedsCheck && BELIEF_LEMMAS.has(entry.lemma) && form !== 'ing' && (this.clauseStarts(cueEnd, sent.b) || (entry.lemma === 'expect' && this.objectThenTo(cueEnd, sent.b)) || this.closingFrame(sent, cueEnd)) && cs - 1 >= sent.a && (toks[cs - 1].cap || ['he', 'she', 'they', 'we'].includes(toks[cs - 1].w) || VAGUE_HEADS.has(toks[cs - 1].w) || (isPluralLike(toks[cs - 1].w) && !this.opts.verbs.has(toks[cs - 1].w)));
    // "“…,” Matthews concluded.": a quotation before the frame makes a weak verb report
    const quoteFrame = weakNeedsCheck && !beliefClause && QUOTE_FRAME_WEAK.has(entry.lemma) && form !== 'ing' && form !== 'base' && this.quoteFrameBefore(sent, v);
    if (weakNeedsCheck && !beliefClause && !quoteFrame && !DOCUMENT_LEMMAS.has(entry.lemma)) return null;

    // the source: a pronoun contraction, or the noun phrase before the verb group
    let np: { a: number; b: number };
    if (pronounAux >= 0) np = { a: pronounAux, b: pronounAux + 1 };
    else np = this.backwardNP(cs - 1, sent.a);
    // "Neither Washington nor Kyiv has confirmed …", "No group has claimed …": nobody reports anything
    if (np.b > np.a && (NEGATIVE_DETERMINERS.has(toks[np.a].w) || toks[np.a].w === 'nobody' || (np.a - 1 >= sent.a && toks[np.a - 1].w === 'nor'))) return null;
    // "…, a claim Kyiv disputes.", "an allegation he denies": a relative clause on a claim noun, not a speaker
    if (np.b - np.a >= 3 && DETERMINERS.has(toks[np.a].w) && CLAIM_NOUNS.has(toks[np.a + 1].w) && (toks[np.a + 2].cap || NOMINATIVE.has(toks[np.a + 2].w))) return null;
    // "posted a video on X showing the ship": what a picture shows
    if (entry.lemma === 'show' && form === 'ing') for (let j = Math.max(sent.a, cs - 5); j < cs; j++) if (PICTURE_HEADS.has(toks[j].w)) return null;
    // "Satellite images analysed by the Times show the bridge was damaged": a picture shows a claim when a clause follows
    const pictures = DOCUMENT_LEMMAS.has(entry.lemma) && form !== 'ing' && cueEnd < sent.b && (toks[cueEnd].w === 'that' || this.clauseStarts(cueEnd, sent.b));
    if ((DOCUMENT_LEMMAS.has(entry.lemma) || entry.lemma === 'reveal') && form !== 'ing') {
      const d = this.documentSubject(sent, cs, pictures);
      if (d >= 0 && (d < np.a || !this.hasDocumentHead(np, pictures))) np = { a: d, b: toks[cs - 1].k === Tok.Comma ? cs - 1 : cs };
    }
    // weak verbs without a that-clause only for documents ("a 2014 study found 31 cases")
    if (weakNeedsCheck && !beliefClause && !quoteFrame && !this.hasDocumentHead(np, pictures)) return null;
    const beforeNp = np.a - 1;
    // "what the senator called a disgrace" names a phrase, it does not report a claim
    if (entry.lemma === 'call' && beforeNp >= sent.a && toks[beforeNp].w === 'what') return null;
    // "asked for help", "asked not to be named", "asked that her name not be used": requests, not claims
    if (entry.lemma === 'ask' && cueEnd < sent.b && ['for', 'not', 'to', 'me', 'him', 'her', 'them', 'us', 'that'].includes(toks[cueEnd].w)) return null;
    // "I told you so", "she said so"
    if ((entry.lemma === 'tell' || entry.lemma === 'say') && cueEnd + 1 < sent.b && (toks[cueEnd].w === 'so' || toks[cueEnd + 1].w === 'so') && (toks[cueEnd + (toks[cueEnd].w === 'so' ? 1 : 2)]?.k ?? Tok.End) === Tok.End) return null;
    // "told a story about his grandfather", "tells jokes": a telling that carries no claim
    if (entry.lemma === 'tell' && cueEnd < sent.b && (TOLD_THINGS.has(toks[cueEnd].w) || (cueEnd + 1 < sent.b && DETERMINERS.has(toks[cueEnd].w) && TOLD_THINGS.has(toks[cueEnd + 1].w)))) return null;
    // "said goodbye", "said nothing": words that carry no claim
    if (entry.lemma === 'say' && cueEnd < sent.b && EMPTY_SAYINGS.has(toks[cueEnd].w) && !(cueEnd + 1 < sent.b && AUXILIARIES.has(toks[cueEnd + 1].w))) return null;
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
      if (!c) return null;
      return this.make(sent, v, cueEnd, subj.a, subj.b, c.s, c.e, c.quote ? 'direct-quote' : 'indirect', 'participle', c.quote);
    }
    if (form === 'ing' && !lastAux && cs - 1 >= sent.a) {
      const prep = toks[cs - 1].w;
      // "opened the meeting by saying that …", "After claiming the seat was safe, the senator …"
      if (GERUND_PREPOSITIONS.has(prep) && !toks[cs - 1].q) return this.gerundAttribution(sent, v, cueEnd, cs - 1, OBJECT_VERBS.has(entry.lemma));
      // "refrained from saying", "left without saying": nothing said; "decided against recommending charges", "known
      // for saying": a gerund after another preposition names an act
      if (prep === 'from' || prep === 'without' || prep === 'against' || prep === 'despite' || (PREPOSITIONS.has(prep) && prep !== 'to')) return null;
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
      if (c && !c.quote && CLAUSE_ONLY_LEMMAS.has(entry.lemma) && !this.clauseContent(sent, cueEnd, c.s)) return null;
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
          const n = toks[k + 1];
          const nv = n && n.k === Tok.Word && !n.cap ? this.opts.verbs.get(n.w) : undefined;
          const reportFollows = (nv !== undefined && nv.form !== 'ing' && nv.form !== 'en') || this.laterVerb(sent, k + 1);
          if (np.b === np.a + 1 && reportFollows && !this.clauseContent(sent, cueEnd, c.s)) return null;
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
      if (!subj) return null;
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
      if (src.b <= src.a || !(toks[src.a].cap || DETERMINERS.has(toks[src.a].w))) return null;
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

  /**
   * The subject when the sentence's opening defeats `subjectOf`: the last subject pronoun before token `limit`
   * ("On September 27 they published … by announcing"), else a name opening the sentence before its apposition
   * ("Dean, a medical doctor, then appeared … by saying").
   */
  private leadingSubject(sent: Sentence, limit: number): { a: number; b: number } | null {
    const toks = this.toks;
    for (let j = limit - 1; j >= sent.a; j--) if (NOMINATIVE.has(toks[j].w) && !toks[j].q) return { a: j, b: j + 1 };
    if (!toks[sent.a].cap) return null;
    const np = this.forwardNP(sent.a, limit);
    return np.b > np.a && np.b < limit && toks[np.b].k === Tok.Comma && this.isNominal(np) ? np : null;
  }

  /**
   * "The minister's claim that the economy is growing has been disputed": a that-clause inside the sentence's
   * subject ends before the main verb, the first auxiliary after the clause's own verb and a word. Returns the
   * clause's end (the offset `e` when no main verb follows).
   */
  private subjectClauseEnd(sent: Sentence, j: number, e: number): number {
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

  /** Token j is a "which" or "who" that opens a relative clause after a comma. */
  private relativeOpens(sent: Sentence, j: number): boolean {
    const t = this.toks[j];
    return j - 1 > sent.a && (t.w === 'which' || t.w === 'who') && !t.q && this.toks[j - 1].k === Tok.Comma;
  }

  /** The content starting at offset `cs` after the cue ending at token j is a clause: "that …", a colon, or subject and verb. */
  private clauseContent(sent: Sentence, j: number, cs: number): boolean {
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
   * "A 46-page analysis released by the department last month reveals …": the sentence opens with a document
   * noun phrase whose modifiers run up to the verb group at token v. Returns where the phrase starts, or -1.
   */
  private documentSubject(sent: Sentence, v: number, pictures = false): number {
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

  /** The participle at token j modifies the noun before it: "reports observed in late 2024", "figures cited by the ministry". */
  private reducedRelative(j: number, form: VerbForm): boolean {
    const toks = this.toks;
    if (form !== 'both' && form !== 'en') return false;
    const n = toks[j + 1];
    return j > 0 && n !== undefined && n.k === Tok.Word && !n.q && (PREPOSITIONS.has(n.w) || n.w === 'by') && n.w !== 'to' && n.w !== 'that' && this.pluralNoun(toks[j - 1]);
  }

  /** A plural noun, also one spelled like a verb ("reports", "claims") or opening the sentence ("Figures"). */
  private pluralNoun(t: Token): boolean {
    const w = t.w;
    return t.k === Tok.Word && !t.q && isPluralLike(w) && !AUXILIARIES.has(w) && !ADVERBS.has(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !NP_BREAKS.has(w) && w !== 'its' && w !== 'his' && w !== 'this' && w !== 'was';
  }

  /** Token k is a lower-case word that can end a noun phrase ("the guides", "programs"), not a verb or function word. */
  private nounBefore(k: number): boolean {
    const t = this.toks[k];
    if (t.k !== Tok.Word || t.q || t.cap) return false;
    const w = t.w;
    return !(INTRO_WORDS.has(w) || TIME_WORDS.has(w) || /^\d/.test(w) || NP_BREAKS.has(w) || AUXILIARIES.has(w) || ADVERBS.has(w) || PREPOSITIONS.has(w) || DETERMINERS.has(w) || isLyAdverb(w) || this.opts.verbs.has(w) || w === 'and' || w === 'or' || w === 'nor' || w === 'what' || w === 'who');
  }

  /**
   * The colon that ends the block after a frame ("The New York Times reports:", "He said in a statement:"),
   * with no more than a short adverbial between the cue and it; -1 otherwise.
   */
  private openColon(sent: Sentence, j: number): number {
    const toks = this.toks;
    const last = toks.length - 1;
    if (sent.b !== toks.length || toks[last].k !== Tok.Colon || last - j > 6) return -1;
    for (let k = j; k < last; k++) {
      const t = toks[k];
      if (t.k !== Tok.Word || t.q || AUXILIARIES.has(t.w) || NP_BREAKS.has(t.w) || (this.opts.verbs.has(t.w) && !t.cap)) return -1;
    }
    return last;
  }

  /**
   * Where a frame ends: token j itself when it is a comma, a stop or the sentence end; or after an adverbial
   * ("on Friday", "in an interview") that runs to one. -1 when other words follow.
   */
  private adverbialEnd(sent: Sentence, j: number): number {
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
  private subjectOf(sent: Sentence, limit: number): { a: number; b: number } | null {
    const toks = this.toks;
    let a = sent.a;
    const first = toks[a];
    if (first.k === Tok.Word && (PREPOSITIONS.has(first.w) || TIME_WORDS.has(first.w) || NP_BREAKS.has(first.w) || first.w === 'following' || first.w === 'despite')) {
      let c = a;
      while (c < limit && c - a < 40 && toks[c].k !== Tok.Comma) c++;
      if (c >= limit || toks[c].k !== Tok.Comma) return null;
      a = c + 1;
    }
    while (a < limit && toks[a].k === Tok.Word && INTRO_WORDS.has(toks[a].w)) a++;
    // "Meanwhile, it attacked Trump, saying …"
    if (a > sent.a && a < limit && toks[a].k === Tok.Comma && toks[a - 1].k === Tok.Word && INTRO_WORDS.has(toks[a - 1].w)) a++;
    let j = a;
    while (j < limit && j - a < 9) {
      const t = toks[j];
      if (t.k === Tok.ParenOpen || t.k === Tok.ParenClose) {
        j++;
        continue;
      }
      if (t.k !== Tok.Word || t.q) return null;
      if (j > a && !t.cap && (AUXILIARIES.has(t.w) || this.opts.verbs.has(t.w) || PAST_TENSE.has(t.w) || (t.w.endsWith('ed') && !DETERMINERS.has(toks[j - 1].w)))) break;
      if (NP_BREAKS.has(t.w)) return null;
      j++;
    }
    if (j >= limit || j - a >= 9 || j === a || !this.hasHead(a, j)) return null;
    if (!this.isNominal({ a, b: j }) && !DETERMINERS.has(toks[a].w)) return null;
    // "He then defended …", "Mr. Trump hardly clarified …": the adverb is not part of the speaker
    while (j - 1 > a && !toks[j - 1].cap && (ADVERBS.has(toks[j - 1].w) || isLyAdverb(toks[j - 1].w))) j--;
    // "Senate Democrats on Tuesday unveiled …": the time is not part of the speaker
    if (j - 2 > a && toks[j - 2].w === 'on' && TIME_WORDS.has(toks[j - 1].w)) j -= 2;
    else if (j - 1 > a && TIME_WORDS.has(toks[j - 1].w) && !toks[j - 1].cap) j--;
    return { a, b: j };
  }

  /** The speaker of a verb after "and"/"but" at token conj: the sentence's subject, else the nearest named noun phrase. */
  private subjectBeforeConjunction(sent: Sentence, conj: number): { a: number; b: number } | null {
    const subj = this.subjectOf(sent, conj);
    if (subj) return subj;
    const near = this.backwardNP(conj - 1, sent.a);
    return near.b > near.a && this.isNominal(near) ? near : null;
  }

  /** A finite clause seems to start at token j ("his efforts will …", "Clinton is …"). */
  private clauseStarts(j: number, b: number): boolean {
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
  private hasDocumentHead(np: { a: number; b: number }, pictures = false): boolean {
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

  private isNominal(np: { a: number; b: number }): boolean {
    for (let j = np.a; j < np.b; j++) {
      const t = this.toks[j];
      if (t.k === Tok.Word && (t.cap || PRONOUNS.has(t.w) || VAGUE_HEADS.has(t.w))) return true;
    }
    return false;
  }

  /** Weak verbs need a complement clause: "that", a colon or a quotation. */
  private weakOk(sent: Sentence, j: number): boolean {
    const toks = this.toks;
    for (let k = j; k < sent.b && k <= j + 4; k++) {
      const t = toks[k];
      if (t.w === 'that' || t.k === Tok.Colon || t.k === Tok.QuoteOpen) return true;
      if (t.k !== Tok.Word || !(TIME_WORDS.has(t.w) || DETERMINERS.has(t.w) || t.cap)) return false;
    }
    return false;
  }

  private accordingTo(sent: Sentence, i: number): Attribution | null {
    const toks = this.toks;
    const src = this.forwardNP(i + 2, sent.b);
    if (src.b <= src.a) return null;
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
    const att = this.make(sent, j, j + 1, a, j, toks[cs].s, this.contentEndOf(sent, cs), 'direct-quote', 'speaker-label');
    this.emit(att);
    this.taken.push({ s: att.contentStart, e: att.contentEnd });
  }

  // ------------------------------------------------------------------ spans

  private quoteOpenBefore(qc: number): number {
    for (let j = qc - 1; j >= 0; j--) {
      if (this.toks[j].k === Tok.QuoteOpen) return j;
      if (this.toks[j].k === Tok.QuoteClose) return -1;
    }
    return -1;
  }

  private quoteCloseAfter(qo: number): number {
    for (let j = qo + 1; j < this.toks.length; j++) {
      if (this.toks[j].k === Tok.QuoteClose) return j;
      if (this.toks[j].k === Tok.QuoteOpen) return j - 1;
    }
    return this.toks.length - 1;
  }

  /** End offset of content starting at token c: the sentence end without its final stop, or a quotation's end. */
  private contentEndOf(sent: Sentence, c: number): number {
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
  private contentAfter(sent: Sentence, j: number, objectVerb: boolean): { s: number; e: number; quote: boolean } | null {
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

  /** The source noun phrase ending at token k, scanning back no further than token a. */
  private backwardNP(k: number, a: number, depth = 0): { a: number; b: number } {
    const toks = this.toks;
    const empty = { a: k + 1, b: k + 1 };
    if (k < a) return empty;
    let end = k;
    // a closing apposition comma or dash: "Rasul Musaev, the head of the hospital, denied"
    if (toks[k].k === Tok.Comma || toks[k].k === Tok.Dash) {
      // a closing apposition comma or dash: "Rasul Musaev, the head of the hospital, denied"
      if (depth > 3) return empty;
      let j = k - 1;
      while (j >= a && toks[j].k !== Tok.Dash && toks[j].k !== Tok.Comma && toks[j].k !== Tok.QuoteClose && toks[j].k !== Tok.QuoteOpen && toks[j].k !== Tok.End && toks[j].k !== Tok.Semi && k - j < 24) j--;
      if (j < a || (toks[j].k !== Tok.Comma && toks[j].k !== Tok.Dash) || j === k - 1) return empty;
      const seg = toks[j + 1];
      if (seg.k !== Tok.Word || seg.q) return empty;
      let allInsert = true;
      for (let m = j + 1; m < k; m++) if (!ADVERBIAL_INSERTS.has(toks[m].w)) allInsert = false;
      if (allInsert || seg.w === 'who' || seg.w === 'which') {
        // "The MoD, however, said" / "Schiff, who chairs the panel, said": the head before the insert
        // (an age before the insert is an apposition of its own: "Schiff, 56, who has served …, told")
        const age = j - 2 >= a && /^\d{1,3}$/.test(toks[j - 1].w) && toks[j - 2].k === Tok.Comma;
        const inner = this.backwardNP(age ? j : j - 1, a, depth + 1);
        return inner.b > inner.a ? { a: inner.a, b: inner.b } : empty;
      }
      // an apposition holds no verb, but for a relative clause that closes it ("a former minister who is a critic of …");
      // a participle phrase holds one ("Trump, speaking after the debate, said")
      const participle = seg.w.length > 5 && seg.w.endsWith('ing') && !seg.cap && j > a && toks[j - 1].k === Tok.Word;
      for (let m = participle ? k : j + 1; m < k; m++) {
        const t = toks[m];
        if (m > j + 2 && (t.w === 'who' || t.w === 'which' || t.w === 'that') && toks[m - 1].k === Tok.Word && !toks[m - 1].q) break;
        if (t.k !== Tok.Word && t.k !== Tok.ParenOpen && t.k !== Tok.ParenClose && t.k !== Tok.Other) return empty;
        const ve = t.cap ? undefined : this.opts.verbs.get(t.w);
        // ("known as the HUR", "described as a hardliner": "as" after a participle names)
        const namedAs = t.w === 'as' && m > j + 1 && (toks[m - 1].w === 'known' || toks[m - 1].w === 'described' || toks[m - 1].w === 'identified' || toks[m - 1].w === 'referred');
        if (t.q || AUXILIARIES.has(t.w) || (NP_BREAKS.has(t.w) && t.w !== 'to' && !namedAs) || (ve && (ve.form === 'past' || ve.form === 'both')) || PAST_TENSE.has(t.w)) return empty;
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
        break;
      }
      if (t.q) break;
      if (parenDepth === 0) {
        // "to" ends the phrase, but for "according to", "a source close to the Kremlin", "a group linked to Iran"
        if (NP_BREAKS.has(t.w) && !(t.w === 'to' && j > a && TO_ADJECTIVES.has(toks[j - 1].w))) break;
        if ((AUXILIARIES.has(t.w) && !isMonthMay(t, j, a)) || isPronounContraction(t.w)) break;
        const ve = this.opts.verbs.get(t.w);
        if (ve && !t.cap && ve.form !== 'base' && j !== k && !this.reducedRelative(j, ve.form)) break;
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
    while (s <= end && toks[s].k === Tok.Word && (PREPOSITIONS.has(toks[s].w) || toks[s].w === 'and' || INTRO_WORDS.has(toks[s].w)) && !toks[s].cap) s++;
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

  /**
   * A post-posed speaker with the apposition that closes the sentence: "said the commander, Oleg Ivanov." or
   * "said Chief Ana Ruiz, the head of the city force."
   */
  private withApposition(np: { a: number; b: number }, sent: Sentence): { a: number; b: number } {
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
      if (!relative && t.k === Tok.Word && (t.q || AUXILIARIES.has(t.w) || (NP_BREAKS.has(t.w) && t.w !== 'to') || PAST_TENSE.has(t.w) || (ve && ve.form !== 'base' && ve.form !== 's'))) return np;
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
  private forwardNP(k: number, b: number): { a: number; b: number } {
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
        if (ve && !nounBeforeBreak && !((ve.form === 'base' || ve.form === 's') && this.nounAfterDeterminer(k, j))) break;
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
  private hasHead(a: number, b: number): boolean {
    for (let j = a; j < b; j++) {
      const t = this.toks[j];
      if (t.k === Tok.Word && !DETERMINERS.has(t.w) && !PREPOSITIONS.has(t.w) && !ADVERBS.has(t.w) && !INTRO_WORDS.has(t.w)) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ findings

  private make(sent: Sentence, cueA: number, cueB: number, srcA: number, srcB: number, cS: number, cE: number, category: string, rule: string, quote = false, startAt?: number): Attribution {
    const toks = this.toks;
    // the finding covers its sentence, widened to a quotation that starts or ends outside it
    const start = Math.min(sent.s, startAt ?? sent.s, cS);
    let end = Math.max(sent.e, cE);
    if (quote && cE > sent.e) {
      // a quotation running past this sentence: the finding ends with the quotation (plus its stop)
      end = cE;
      let lo = 0;
      let hi = toks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (toks[mid].s < cE) lo = mid + 1;
        else hi = mid;
      }
      const t = toks[lo];
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
        if (t.cap && wordsInSource > 1) named = true;
        if (VAGUE_HEADS.has(t.w)) vague = true;
      }
      const pronoun = wordsInSource === 1 && PRONOUNS.has(head);
      sourceVague = vague && !named;
      if (att.quote) {
        this.out.quoteSpeaker = source;
        this.out.speakerIsPronoun = pronoun;
      } else {
        this.out.quoteSpeaker = null;
      }
      if (!pronoun) this.out.lastNamed = source;
      else if (RESOLVABLE_PRONOUNS.has(head)) {
        if (this.out.lastNamed) resolved = this.out.lastNamed;
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
    if (pick.tag === 'vague-reporting') {
      const fs = this.out.findings;
      const inHedge = (x: TextSpan | null): boolean => x !== null && x.start >= pick.start && x.end <= pick.end;
      // "He made the claim that …": the claim has its claimant in an attribution of this sentence
      for (let i = from; i < fs.length; i++) {
        const f = fs[i];
        if (f.kind === 'attributed' && f.cue && f.cue.start < pick.end && f.cue.end > pick.start && !inHedge(f.source)) return;
      }
      // "Sources say …", "According to reports, …": the vague claimant is the hedge itself, not a source
      for (let i = fs.length - 1; i >= from; i--) {
        const f = fs[i];
        if (f.kind === 'attributed' && inHedge(f.cue) && inHedge(f.source)) fs.splice(i, 1);
      }
    }
    const s = sent.s;
    const e = sent.e;
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
}
