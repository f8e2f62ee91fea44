/** Unverified statements: evidential hedges, agentless or vague reporting, and (optionally) modal hedges. */
import { HEARINGS, HEDGED_INFINITIVES, PREPOSITIONS } from './lexicon';
import { PhraseSet } from './phrases';
import { Tok, Token } from './tokens';

const BE = ['is', 'are', 'was', 'were', 'be', 'been', "'s"];

/** Builds the built-in hedge phrases (tags: evidential, vague-reporting, modal). */
export function builtInHedges(): PhraseSet {
  const set = new PhraseSet();
  const ev = (p: string): void => set.add(p, 'evidential');
  const vague = (p: string): void => set.add(p, 'vague-reporting');
  for (const w of ['reportedly', 'allegedly', 'purportedly', 'purported', 'supposedly', 'rumoured', 'rumored', 'alleged', 'allegation', 'allegations', 'unconfirmed', 'unverified', 'as-yet unverified', 'as yet unverified'])
    ev(w);
  for (const be of BE) {
    ev(`${be} believed to`);
    ev(`${be} said to`);
    ev(`${be} thought to`);
    ev(`${be} rumoured to`);
    ev(`${be} rumored to`);
    ev(`${be} alleged to`);
    ev(`${be} reported to`);
    ev(`${be} understood to`);
    // "Dozens are feared trapped", "is feared dead"
    for (const what of ['dead', 'trapped', 'missing', 'killed', 'lost', 'drowned', 'injured', 'buried', 'to']) ev(`${be} feared ${what}`);
  }
  for (const it of ['it is', 'it was', "it's", 'it has been', 'it had been', 'it is being', 'it was being']) {
    ev(`${it} believed`);
    ev(`${it} understood`);
    ev(`${it} thought`);
    // (Indian and British English: "It is learnt that …")
    ev(`${it} learnt`);
    ev(`${it} feared`);
    // (Nigerian English: "It was gathered that …")
    ev(`${it} gathered`);
    vague(`${it} reported`);
    vague(`${it} suggested`);
    vague(`${it} claimed`);
    vague(`${it} alleged`);
    vague(`${it} rumoured`);
    vague(`${it} rumored`);
    vague(`${it} said`);
  }
  for (const v of ['appears to', 'appear to', 'appeared to', 'remains unconfirmed', 'remain unconfirmed', 'remained unconfirmed', 'remains unverified', 'remain unverified'])
    ev(v);
  for (const modal of ['could not', 'cannot', 'can not', 'has not been', 'have not been', 'could not be', 'cannot be', 'can not be', 'could not immediately', 'could not immediately be', 'has yet to be', 'have yet to be', 'was not', 'were not'])
    for (const v of ['independently verified', 'independently confirmed', 'verified', 'confirmed', 'independently verify', 'independently confirm', 'checked', 'independently checked', 'corroborated', 'independently corroborated', 'substantiated'])
      ev(`${modal} ${v}`);
  // "The figure is impossible to verify.", "Reuters was unable to independently confirm the report."
  // "The BBC has not been able to verify the footage."
  for (const lead of ['impossible to', 'not possible to', 'unable to', 'difficult to', 'hard to', 'not been able to', 'not able to'])
    for (const v of ['verify', 'independently verify', 'confirm', 'independently confirm']) ev(`${lead} ${v}`);
  for (const q of ['', 'multiple ', 'several ', 'many ', 'numerous ', 'some ', 'unconfirmed ', 'conflicting ', 'widespread ', 'media ', 'local '])
    for (const t of ['there have been', 'there has been', 'there are', 'there were', 'there had been']) vague(`${t} ${q}reports`);
  // "There were suggestions in the dressing room that …": claims with no claimant, however far the "that" is
  for (const t of ['there have been', 'there has been', 'there are', 'there were', 'there had been', 'there is', 'there was'])
    for (const n of ['suggestions', 'claims', 'rumours', 'rumors', 'allegations', 'unconfirmed reports', 'unverified reports']) vague(`${t} ${n}`);
  for (const q of ['', 'media ', 'local ', 'some ', 'unconfirmed ', 'news ', 'multiple ', 'several ', 'other '])
    for (const v of ['say', 'said', 'suggest', 'suggested', 'claim', 'claimed', 'indicate', 'indicated', 'allege', 'alleged']) vague(`${q}reports ${v}`);
  // "Rumours are circulating that the minister will resign."
  for (const r of ['rumours', 'rumors', 'speculation'])
    for (const v of ['circulating', 'have circulated', 'had circulated', 'are circulating', 'were circulating', 'have been circulating', 'is circulating', 'was circulating', 'are swirling', 'were swirling', 'is swirling', 'swirled', 'circulated', 'abound', 'persist'])
      vague(`${r} ${v}`);
  for (const q of ['reports', 'media reports', 'unconfirmed reports', 'some reports', 'local reports', 'unnamed sources', 'anonymous sources', 'sources'])
    vague(`according to ${q}`);
  for (const who of ['some sources', 'unnamed sources', 'anonymous sources', 'unidentified sources', 'sources', 'some reports', 'some people', 'some'])
    for (const v of ['claim', 'claimed', 'say', 'said', 'suggest', 'suggested', 'allege', 'alleged', 'believe', 'insist', 'report', 'reported', 'indicate', 'indicated', 'intimate', 'intimated']) {
      vague(`${who} ${v}`);
      vague(`${who} also ${v}`);
    }
  // "a new study that has not yet been peer-reviewed"
  for (const v of ['has not been', 'have not been', 'has not yet been', 'have not yet been', 'has yet to be', 'have yet to be', 'is yet to be', 'not yet', 'is not', 'are not'])
    ev(`${v} peer-reviewed`);
  // "Staff were told that …": told by nobody named (with "by", or an addressee named, the teller is the source)
  for (const be of ['was', 'were', 'been']) vague(`${be} told that`);
  for (const m of ['may', 'might', 'could', 'likely', 'almost certainly', 'possibly', 'probably', 'perhaps', 'unlikely']) set.add(m, 'modal');
  return set;
}

/**
 * Words that may start an unverified cue besides the hedge phrases themselves: claims with no claimant, a reduced
 * evidential (", said to have been taken"), and what a court heard.
 */
export const CLAIMANTLESS_NOUNS = ['claims', 'claim', 'suggestions', 'rumours', 'rumors', 'believed', 'thought', 'said', 'understood', 'rumoured', 'rumored', 'alleged', 'reported', 'heard'];

/** Participles that hedge what follows them after a comma: "photographs, said to have been taken in 2019, …". */
const REDUCED_EVIDENTIALS = new Set(['believed', 'thought', 'said', 'understood', 'rumoured', 'rumored', 'alleged', 'reported']);

/** Words after which "claims"/"allegations" has no claimant ("amid claims that"). */
const NO_CLAIMANT_BEFORE = new Set(
  ('amid despite of over about the these those such unsubstantiated unfounded unverified false new similar repeated recent with to and after following been on ' +
    'deny denied denies dismissed rejected rejects counter were are was is by against dispute disputed').split(' '),
);
/** Prepositions before "reports that" with no one reporting ("fell on reports that …"). */
const REPORTS_AFTER = new Set(['on', 'amid', 'after', 'following', 'despite', 'over', 'by']);
/** Determiners that point back to allegations already reported, and the words that would make them new ("the allegations that …"). */
const ANAPHORIC = new Set(['the', 'these', 'those', 'such']);
const ALLEGATION_COMPLEMENTS = new Set(['that', 'of', 'against', 'about', 'by', 'from', 'made']);
/** A negative subject opening the sentence makes "could be verified" a hedge ("Neither figure could be …"). */
const NEGATIVE_SUBJECTS = new Set(['neither', 'none', 'nothing', 'nobody']);
const PASSIVE_LEADS = new Set(['could', 'can', 'has', 'have', 'had', 'was', 'were', 'is', 'are']);
const CHECKED = new Set(['verified', 'confirmed', 'corroborated', 'substantiated', 'checked']);
const ADJECTIVE_ALLEGED_BEFORE = new Set('the a an of for over about his her their its with into by in on this that these those any an alleged'.split(' '));

export interface HedgeHit {
  start: number;
  end: number;
  tag: string;
  /** The hedge names a group of claimants ("some fans claim"): their attribution stands beside it. */
  keepsAttribution?: boolean;
}

/**
 * Verbs after "some" and a group that make its claim vague ("Some fans claim …", "some bloggers have claimed …");
 * "some analysts said" is an ordinary attribution.
 */
const VAGUE_GROUP_VERBS = new Set(['claim', 'claimed', 'allege', 'alleged', 'speculate', 'speculated']);

/**
 * The hedge cues in tokens [a, b) of one sentence, in order. Modal hits are included; the caller decides
 * whether to report them.
 */
export function findHedges(toks: Token[], a: number, b: number, hedges: PhraseSet, extra: PhraseSet | null): HedgeHit[] {
  const out: HedgeHit[] = [];
  for (let i = a; i < b; i++) {
    const t = toks[i];
    // the hedge flag first: it rules out most tokens with one test (punctuation has no flags)
    if ((t.f & 2) === 0 || t.k !== Tok.Word) continue;
    // "Neither figure could be independently verified.", "None of the claims has been confirmed.": a negative subject
    if (PASSIVE_LEADS.has(t.w) && i > a && NEGATIVE_SUBJECTS.has(toks[a].w) && i + 2 < b && (toks[i + 1].w === 'be' || toks[i + 1].w === 'been')) {
      let k = i + 2;
      if (toks[k].w === 'independently' && k + 1 < b) k++;
      if (CHECKED.has(toks[k].w)) {
        out.push({ start: t.s, end: toks[k].e, tag: 'evidential' });
        i = k;
        continue;
      }
    }
    // `match` looks the first word up itself: no separate `starts` lookup
    const m = (extra ? extra.match(toks, i, b) : null) ?? hedges.match(toks, i, b);
    if (m) {
      if (m.info.tag === 'modal') {
        if (!isModal(toks, i, b)) continue;
      } else if (m.info.phrase === 'alleged' && !(i > a && (ADJECTIVE_ALLEGED_BEFORE.has(toks[i - 1].w) || (toks[i - 1].w.endsWith("'s") && !toks[i - 1].q))) && !(i === a)) {
        continue;
      } else if ((m.info.phrase === 'allegations' || m.info.phrase === 'allegation') && i > a && ANAPHORIC.has(toks[i - 1].w) && !(m.end < b && ALLEGATION_COMPLEMENTS.has(toks[m.end].w))) {
        // "was aware of the allegations", "said the allegations were baseless": allegations named before, no new one
        continue;
      }
      out.push({ start: t.s, end: toks[m.end - 1].e, tag: m.info.tag });
      i = m.end - 1;
      continue;
    }
    // ", believed to be in his 30s,", ", said to have been taken …": the evidential without its "is"
    // ("with the pair said to be living apart": after a plain noun too)
    if (REDUCED_EVIDENTIALS.has(t.w) && i > a && (toks[i - 1].k === Tok.Comma || plainNoun(toks[i - 1])) && i + 2 < b && toks[i + 1].w === 'to' && HEDGED_INFINITIVES.has(toks[i + 2].w)) {
      out.push({ start: t.s, end: toks[i + 1].e, tag: 'evidential' });
      i++;
      continue;
    }
    // "The court heard that …", "the inquest heard how …"
    if (t.w === 'heard' && i > a && HEARINGS.has(toks[i - 1].w) && i + 1 < b && (toks[i + 1].w === 'that' || toks[i + 1].w === 'how')) {
      const the = i - 2 >= a && (toks[i - 2].w === 'the' || toks[i - 2].w === 'a' || toks[i - 2].w === 'an' || toks[i - 2].w === 'this');
      out.push({ start: toks[the ? i - 2 : i - 1].s, end: t.e, tag: 'vague-reporting', keepsAttribution: true });
      continue;
    }
    // "Some pro-government bloggers have claimed that …", "some fans claim …": a vague group of claimants
    if (t.w === 'some' && !t.q) {
      // the group: up to three words ending in a plural, then a short prepositional phrase ("users on the forum")
      let k = i + 1;
      while (k < b && k - i <= 3 && toks[k].k === Tok.Word && !toks[k].q && !(toks[k].w.endsWith('s') && !toks[k].w.endsWith('ss')) && !NOT_NOUNS.has(toks[k].w)) k++;
      const head = k < b ? toks[k] : toks[b - 1];
      const plural = k < b && head.k === Tok.Word && !head.q && head.w.endsWith('s') && !head.w.endsWith('ss') && !VAGUE_GROUP_VERBS.has(head.w);
      if (plural) k++;
      if (plural && k < b && PREPOSITIONS.has(toks[k].w)) {
        const stop = k + 6;
        while (k < b && k < stop && toks[k].k === Tok.Word && !toks[k].q && !VAGUE_GROUP_VERBS.has(toks[k].w) && !NOT_NOUNS.has(toks[k].w)) k++;
      }
      if (plural && k < b && (toks[k].w === 'have' || toks[k].w === 'also') && k + 1 < b) k++;
      if (plural && k < b && VAGUE_GROUP_VERBS.has(toks[k].w)) {
        out.push({ start: t.s, end: toks[k].e, tag: 'vague-reporting', keepsAttribution: true });
        i = k;
        continue;
      }
    }
    // "Shares fell on reports that …", "amid reports that …": reports of nobody named
    if (t.w === 'reports' && i > a && i + 1 < b && toks[i + 1].w === 'that' && REPORTS_AFTER.has(toks[i - 1].w)) {
      out.push({ start: t.s, end: toks[i + 1].e, tag: 'vague-reporting' });
      i++;
      continue;
    }
    // "claims that" with no claimant
    if ((t.w === 'claims' || t.w === 'claim' || t.w === 'suggestions' || t.w === 'rumours' || t.w === 'rumors') && i + 1 < b && toks[i + 1].w === 'that') {
      // "There are also claims that …": an adverb between says nothing of a claimant
      let p = i - 1;
      while (p > a && (toks[p].w === 'also' || toks[p].w === 'still' || toks[p].w === 'now' || toks[p].w === 'even')) p--;
      const prev = p >= a ? toks[p] : null;
      if (!prev || prev.k !== Tok.Word || NO_CLAIMANT_BEFORE.has(prev.w)) {
        out.push({ start: t.s, end: toks[i + 1].e, tag: 'vague-reporting' });
        i++;
      }
    }
  }
  return out;
}

/** A lower-case word that can end a noun phrase before a participle ("the pair"), not a pronoun or a function word. */
function plainNoun(t: Token): boolean {
  return t.k === Tok.Word && !t.cap && !t.q && t.w.length > 2 && !NOT_NOUNS.has(t.w) && !t.w.endsWith('ly');
}
const NOT_NOUNS = new Set('he she they it we you who which that this what and but or nor not never also has have had was were is are be been being would will could should can may might must did does do him her them us me'.split(' '));

function isModal(toks: Token[], i: number, b: number): boolean {
  const t = toks[i];
  if (t.w === 'may' && t.cap) {
    // "May 2024", "in May": the month
    const n = i + 1 < b ? toks[i + 1] : null;
    if (!n || n.k !== Tok.Word || /^\d/.test(n.w) || (i > 0 && toks[i - 1].k === Tok.Word && toks[i - 1].w === 'in')) return false;
  }
  return true;
}
