/**
 * Sentence splitting within one line. Breaks after a run of . ! ? … (plus closing quotes or brackets)
 * when whitespace and then an optional opening quote or bracket and an upper-case letter or digit
 * follow. A lone "." does not end a sentence after a dotted acronym (U.S.), an initial (J.), a listed
 * abbreviation (Mr., Sen., Jan., Calif., Inc.) or "No." before a number. Linear time, no regex backtracking.
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms messrs dr prof sen sens rep reps gov govs gen lt col sgt capt cmdr adm maj cpl pvt st ste jr sr rev hon pres supt ' +
    'inc corp co ltd llc bros vs al jan feb apr jun jul aug sep sept oct nov dec ' +
    'ala ariz ark calif colo conn del fla ga kan ky la md mich minn mo mont neb nev okla ore pa penn tenn tex va vt wis wyo ' +
    'dept univ assn ave blvd mt ft approx est fig'
  ).split(' '),
);

const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isClosing = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
const isOpening = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0xfeff || c === 11 || c === 12;

/** True for letters (any script). */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && LETTER.test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** True for an upper-case letter or a digit. */
export function isUpperOrDigit(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return UPPER.test(String.fromCharCode(c)) || /\p{N}/u.test(String.fromCharCode(c));
}

/** The sentences of text[from, to), a single line, trimmed, in order. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let segStart = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < to && isTerminal(text.charCodeAt(i))) i++;
    const termEnd = i;
    while (i < to && isClosing(text.charCodeAt(i))) i++;
    const end = i;
    // followed by whitespace, optional openers, then upper-case or digit
    let j = end;
    if (j >= to || !isSpace(text.charCodeAt(j))) continue;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    while (j < to && isOpening(text.charCodeAt(j))) j++;
    if (j >= to || !isUpperOrDigit(text.charCodeAt(j))) continue;
    if (termEnd - runStart === 1 && end === termEnd && c === 46 && !breaksAfterPeriod(text, from, runStart, end, to)) continue;
    pushTrimmed(text, segStart, end, out);
    segStart = end;
  }
  pushTrimmed(text, segStart, to, out);
  return out;
}

function breaksAfterPeriod(text: string, lineStart: number, dot: number, after: number, to: number): boolean {
  // the word before the dot: letters with internal dots
  let k = dot;
  while (k > lineStart && (isLetter(text.charCodeAt(k - 1)) || (text.charCodeAt(k - 1) === 46 && k - 1 > lineStart && isLetter(text.charCodeAt(k - 2))))) k--;
  if (k === dot) return true;
  // the scorer's word pattern starts with a letter
  while (k < dot && text.charCodeAt(k) === 46) k++;
  const word = text.slice(k, dot);
  if (word.includes('.')) return false;
  if (word.length === 1 && UPPER.test(word)) return false;
  const lw = word.toLowerCase();
  if (ABBREVIATIONS.has(lw)) return false;
  if (lw === 'no' || lw === 'nos') {
    let j = after;
    if (j < to && isSpace(text.charCodeAt(j))) {
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if (d >= 48 && d <= 57) return false;
    }
  }
  return true;
}

function pushTrimmed(text: string, a: number, b: number, out: Span[]): void {
  while (a < b && isSpaceOrNl(text.charCodeAt(a))) a++;
  while (b > a && isSpaceOrNl(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b });
}
const isSpaceOrNl = (c: number): boolean => isSpace(c) || c === 10 || c === 13;
