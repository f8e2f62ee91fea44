/** People named in a sentence, for the "he" and "she" that follow. */
import {
  AUXILIARIES,
  DETERMINERS,
  DOCUMENT_HEADS,
  GROUP_HEADS,
  INTRO_WORDS,
  MONTHS,
  PAST_TENSE,
  PREPOSITIONS,
  PRONOUNS,
  TIME_WORDS,
  VAGUE_HEADS,
} from './lexicon';
import { Tok, type Token } from './tokens';

/** Words that open a sentence in capitals without naming a person. */
const NOT_PERSONS = new Set(['nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'none', 'nothing', 'everything', 'something', 'this', 'that', 'there', 'here', 'what', 'when', 'where', 'why', 'how', 'if', 'one', 'each', 'all', 'both', 'many', 'most', 'some', 'after', 'before', 'because', 'since', 'while', 'although', 'though', 'unless', 'until', 'as', 'like', 'once']);

/**
 * The tokens of a person's name that opens the sentence at token a as its subject ("Ilse Varga has spent …",
 * "Duarte did not …"), after an opening phrase ("During the town hall, Tina Houchins had …"), or null: up to four
 * capitalised words and a verb after them. A single word must be a name-like word, not a group ("Police"), a plural
 * ("Rescuers") or a function word.
 */
export function personMention(toks: Token[], a: number, b: number): { a: number; b: number } | null {
  // "During a CNN town hall, Tina Houchins had …": the subject after an opening phrase
  if (toks[a].k === Tok.Word && (PREPOSITIONS.has(toks[a].w) || TIME_WORDS.has(toks[a].w) || toks[a].w === 'every' || toks[a].w === 'each')) {
    let c = a + 1;
    while (c < b && c - a < 12 && toks[c].k !== Tok.Comma && toks[c].k !== Tok.End) c++;
    if (c >= b || toks[c].k !== Tok.Comma) return null;
    a = c + 1;
    if (a >= b) return null;
  }
  let k = a;
  while (k < b && k - a < 4 && toks[k].k === Tok.Word && toks[k].cap && !toks[k].q) k++;
  if (k === a || k >= b) return null;
  const first = toks[a].w;
  if (DETERMINERS.has(first) || PRONOUNS.has(first) || INTRO_WORDS.has(first) || TIME_WORDS.has(first) || PREPOSITIONS.has(first) || NOT_PERSONS.has(first) || MONTHS.has(first)) return null;
  const last = toks[k - 1].w;
  if (GROUP_HEADS.has(last) || VAGUE_HEADS.has(last) || DOCUMENT_HEADS.has(last)) return null;
  if (k - a === 1 && (first.length < 3 || (first.endsWith('s') && !first.endsWith('ss')) || first.endsWith('ing') || first.includes("'"))) return null;
  const v = toks[k];
  if (v.k !== Tok.Word || v.cap || v.q) return null;
  // (a present in -s after a full name: "Agnes Mbeki-Thorsen unties the boat", where "Tesla shares" is a noun)
  const present = k - a >= 2 && v.w.endsWith('s') && !v.w.endsWith('ss') && v.w.length > 3;
  return AUXILIARIES.has(v.w) || PAST_TENSE.has(v.w) || (v.w.endsWith('ed') && v.w.length > 3) || present ? { a, b: k } : null;
}

/** Conjunctions after a comma that open a clause with a subject of its own ("…, and Mbeki-Thorsen rowed …"). */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'so', 'yet']);

/**
 * The last person named in tokens [a, b) as the subject of a clause after ", and", ", but" or ";", or (with
 * `sentences`) of a sentence after a stop ("Last February the motor failed, and Mbeki-Thorsen rowed …"), or null.
 */
export function laterPersonMention(toks: Token[], a: number, b: number, sentences: boolean): { a: number; b: number } | null {
  let found: { a: number; b: number } | null = null;
  for (let k = a; k + 1 < b; k++) {
    const t = toks[k];
    let s = -1;
    if (t.k === Tok.Semi || (sentences && t.k === Tok.End)) s = k + 1;
    else if (t.k === Tok.Comma && toks[k + 1].k === Tok.Word && !toks[k + 1].q && CLAUSE_CONJUNCTIONS.has(toks[k + 1].w)) s = k + 2;
    if (s < 0 || s >= b) continue;
    const m = personMention(toks, s, b);
    if (m) {
      found = m;
      k = m.b - 1;
    }
  }
  return found;
}
