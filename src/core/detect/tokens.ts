/** A hand-written tokenizer for one line of prose: words, punctuation and quotation marks with offsets. */

export const enum Tok {
  Word = 1,
  Comma,
  Colon,
  Semi,
  End,
  QuoteOpen,
  QuoteClose,
  Dash,
  ParenOpen,
  ParenClose,
  Other,
}

export interface Token {
  /** Start offset in the text (UTF-16). */
  s: number;
  /** End offset (exclusive). */
  e: number;
  k: Tok;
  /** Lower-cased word with curly apostrophes made straight; '' for punctuation. */
  w: string;
  /** The word starts with an upper-case letter. */
  cap: boolean;
  /** Inside a quotation (the marks themselves are not). */
  q: boolean;
  /** Lexicon flags set by the analyzer: 1 = may start a cue, 2 = may start a hedge. */
  f: number;
}

/**
 * What `tokenize` notes about the sentence stops (End tokens) as it goes, so that splitting a line into sentences
 * needs no second pass over its tokens.
 */
export interface Stops {
  /** The index of each End token. */
  at: number[];
  /** For each End token, the flags of the tokens since the End token before: word flags, and DASH_OR_COLON. */
  flags: number[];
  /** The same flags for the tokens after the last End token. */
  rest: number;
}
/** The flag `Stops` notes for a dash or colon token (word flags are 1 and 2). */
export const DASH_OR_COLON = 4;

const DOTTED_ABBREVIATIONS = new Set(
  ('mr mrs ms messrs dr prof sen sens rep reps gov govs gen lt col sgt capt cmdr adm maj cpl pvt st jr sr rev hon pres supt ' +
    'inc corp co ltd llc bros vs no nos jan feb mar apr jun jul aug sep sept oct nov dec ft mt ave blvd dept univ assn ' +
    'calif colo conn fla ga kan ky la md mich minn mo mont neb nev okla ore pa penn tenn tex va vt wis wyo ala ariz ark del').split(' '),
);
/** The longest listed abbreviation: a longer word before a dot needs no lookup. */
const DOTTED_MAX = Math.max(...[...DOTTED_ABBREVIATIONS].map((w) => w.length));

const LETTER_RE = /[\p{L}\p{N}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2000 && c <= 0x206f)) return false;
  // letters, and symbols that sit inside words in real (sometimes mis-encoded) text: "FranÃ§ois"
  if (c === 0xab || c === 0xbb || c === 0xa0 || c === 0xad || c === 0xb7 || c === 0xbf || c === 0xa1 || c === 0x3000 || (c >= 0x2e00 && c <= 0x2e7f)) return false;
  if (c >= 0x80 && c <= 0xff) return true;
  return (charClass(c) & 1) !== 0;
}
function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (charClass(c) & 2) !== 0;
}

/** Unicode classes of non-ASCII UTF-16 code units, worked out once each: 1 = letter/digit/mark, 2 = upper-case letter. */
const CHAR_CLASS = new Uint8Array(65536);
function charClass(c: number): number {
  let v = CHAR_CLASS[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = 4 | (LETTER_RE.test(ch) ? 1 : 0) | (UPPER_RE.test(ch) ? 2 : 0);
    CHAR_CLASS[c] = v;
  }
  return v;
}
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The word cache: 2^INTERN_BITS slots of token words (ASCII) up to INTERN_MAX characters, with their flags. */
const INTERN_BITS = 13;
const INTERN_MAX = 16;
const INTERN: Array<string | undefined> = new Array(1 << INTERN_BITS);
const INTERN_FLAGS = new Int32Array(1 << INTERN_BITS);
/**
 * For a cached word of at most KEY_MAX characters, its lower-cased characters as 7-bit digits in two numbers (the
 * last four and the low bits of the one before, the ones before): an exact key, so a short word is matched without
 * a character loop. 0 = no key.
 */
const KEY_MAX = 8;
const KEY_LO = new Int32Array(1 << INTERN_BITS);
const KEY_HI = new Int32Array(1 << INTERN_BITS);
let internOwner: Map<string, number> | undefined;

/**
 * The cache slot holding the ASCII word text[s, e) (curly apostrophes allowed) as a token word, filled on a miss.
 * The scan shifts the word's lower-cased characters through `lo` (the last four, as 7-bit digits; the bits above
 * them are what is left of the fifth) into `hi` (the ones before), so the slot and a short word's key need no
 * second look at the text.
 */
function internSlot(text: string, s: number, e: number, hi: number, lo: number, plain: boolean, curly: boolean, flags: Map<string, number> | undefined): number {
  const len = e - s;
  const short = len <= KEY_MAX;
  let slot = Math.imul(lo ^ Math.imul(hi ^ len, 0x9e3779b1), 0x85ebca6b) >>> (32 - INTERN_BITS);
  const exact = plain && !curly;
  let found = short ? KEY_LO[slot] === lo && KEY_HI[slot] === hi : cachedAt(slot, text, s, len, exact);
  if (!found) {
    // a second place, so that two common words with the same slot do not keep evicting each other
    const other = slot ^ 1;
    found = short ? KEY_LO[other] === lo && KEY_HI[other] === hi : cachedAt(other, text, s, len, exact);
    if (found || INTERN[slot] !== undefined) slot = other;
    if (!found) {
      let word = plain ? text.slice(s, e) : text.slice(s, e).toLowerCase();
      if (curly) word = word.replace(/\u2019/g, "'");
      INTERN[slot] = word;
      KEY_LO[slot] = short ? lo : 0;
      KEY_HI[slot] = hi;
      INTERN_FLAGS[slot] = flags ? (flags.get(word) ?? 0) : 0;
    }
  }
  return slot;
}

/** True when the cached word at `slot` is text[s, s + len) as a token word; `exact` text has nothing to fold. */
function cachedAt(slot: number, text: string, s: number, len: number, exact: boolean): boolean {
  const hit = INTERN[slot];
  return hit !== undefined && hit.length === len && (exact ? text.startsWith(hit, s) : sameLower(text, s, hit));
}

/** True when text from `s` equals `word` ignoring ASCII case, with curly apostrophes read as straight ones. */
function sameLower(text: string, s: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 39;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The index of the first token in toks[lo, hi) that starts at or after offset `at` (hi when none does). */
export function tokenAtOrAfter(toks: Token[], at: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].s < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tokenizes text[from, to); with `flags`, each word token's `f` is its entry there (0 when absent); with `stops`,
 * the End tokens and the flags between them are noted there (its lists are appended to). Straight
 * double quotes are classified as opening or closing by their neighbours. Tokens inside a double quotation are
 * marked `q`; an unclosed quotation runs to the end of the range. */
export function tokenize(text: string, from: number, to: number, flags?: Map<string, number>, stops?: Stops): Token[] {
  // the word cache also remembers each word's lexicon flags, valid for one flag table at a time
  if (flags !== internOwner) {
    INTERN.fill(undefined);
    KEY_LO.fill(0);
    internOwner = flags;
  }
  const out: Token[] = [];
  // the index of the mark that opened the quotation the scan is in, or -1: tokens are marked as they are made
  let openAt = -1;
  // the flags of the tokens since the last End token
  let seg = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isWordChar(c)) {
      const s = i;
      i++;
      const cap = c < 128 ? c >= 65 && c <= 90 : isUpper(c);
      let plain = !cap && c < 128;
      let ascii = c < 128;
      let curly = false;
      // the key digits are lower-cased as they are shifted in: `| 32` lower-cases a capital and leaves digits and
      // the ASCII joiners '-.&,: as they are (their bit 5 is set already)
      let tail = c | 32;
      let head = 0;
      // the character after the word, -1 at the end of the range
      let next = -1;
      for (;;) {
        if (i >= to) {
          next = -1;
          break;
        }
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          // a lower-case letter, most of the characters: nothing to note but the key
          head = (head << 7) | ((tail >>> 21) & 127);
          tail = (tail << 7) | d;
          i++;
          continue;
        }
        next = d;
        // most words end at a space, which is neither a word character nor a joiner
        if (d === 32) break;
        if (isWordChar(d)) {
          if (d >= 128) ascii = plain = false;
          else if (d >= 65 && d <= 90) plain = false;
        } else {
          // internal joiners: apostrophes, hyphens, dots (U.S), digit separators (1,500 8:30)
          if (!(i + 1 < to && isWordChar(text.charCodeAt(i + 1)))) break;
          if (d === 39 || d === 0x2019 || d === 45 || d === 0x2011 || d === 46 || d === 38) {
            // a curly apostrophe stands for a straight one in the word (and in its cache key)
            if (d === 0x2019) curly = true;
            else if (d > 127) ascii = false;
          } else if (!((d === 44 || d === 58) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) {
            break;
          }
        }
        head = (head << 7) | ((tail >>> 21) & 127);
        tail = (tail << 7) | (d === 0x2019 ? 39 : d | 32);
        i++;
      }
      let word: string;
      let wf: number;
      if (ascii && i - s <= INTERN_MAX) {
        // common words come from a small cache instead of a fresh string each time
        const slot = internSlot(text, s, i, head, tail, plain, curly, flags);
        word = INTERN[slot] as string;
        wf = INTERN_FLAGS[slot];
      } else {
        word = plain ? text.slice(s, i) : text.slice(s, i).toLowerCase();
        if (curly) word = word.replace(/\u2019/g, "'");
        wf = flags ? (flags.get(word) ?? 0) : 0;
      }
      // a trailing dot belongs to abbreviations, initials and dotted acronyms
      if (next === 46 && !(i + 1 < to && text.charCodeAt(i + 1) === 46)) {
        const numberSign = word === 'no' || word === 'nos';
        if ((word.length <= DOTTED_MAX && DOTTED_ABBREVIATIONS.has(word) && (!numberSign || isDigit(text.charCodeAt(i + 2)))) || (i - s === 1 && cap) || (word.indexOf('.') > 0 && !opensSentence(text, i + 1, to))) {
          i++;
        }
      }
      // most words are lower-case, unquoted and unflagged: the literal holds those defaults, and only a word that
      // differs pays for a store (each computed field of a literal is a store of its own)
      const t: Token = { s, e: i, k: Tok.Word, w: word, cap: false, q: false, f: 0 };
      if (cap) t.cap = true;
      if (openAt >= 0) t.q = true;
      if (wf !== 0) {
        t.f = wf;
        seg |= wf;
      }
      out.push(t);
      if (next === 32) i++;
      continue;
    }
    const s = i;
    i++;
    let k: Tok;
    switch (c) {
      case 44: case 0xff0c: k = Tok.Comma; break;
      case 58: {
        // a colon inside a URL or a time is not punctuation
        const n = i < to ? text.charCodeAt(i) : 32;
        k = n === 32 || n === 9 || n === 0xa0 || n === 34 || n === 39 || n === 0x201c || n === 0x2018 || i >= to ? Tok.Colon : Tok.Other;
        break;
      }
      case 59: k = Tok.Semi; break;
      case 46: case 33: case 63: case 0x2026:
        while (i < to && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63)) i++;
        k = Tok.End;
        break;
      case 0x201c: case 0x201e: case 0xab: k = Tok.QuoteOpen; break;
      case 0x201d: case 0xbb: k = Tok.QuoteClose; break;
      case 39:
        // two apostrophes stand for a double quotation mark in some house styles (''like this'')
        if (i < to && text.charCodeAt(i) === 39) {
          i++;
          k = quoteDirection(text, s, i, from, to, openAt >= 0);
        } else {
          k = Tok.Other;
        }
        break;
      case 34:
        k = quoteDirection(text, s, i, from, to, openAt >= 0);
        break;
      case 0x2014: case 0x2013: case 0x2015: k = Tok.Dash; break;
      case 45:
        if (i < to && text.charCodeAt(i) === 45) {
          i++;
          k = Tok.Dash;
        } else {
          k = (s === from || text.charCodeAt(s - 1) === 32) && (i >= to || text.charCodeAt(i) === 32) ? Tok.Dash : Tok.Other;
        }
        break;
      case 40: case 91: k = Tok.ParenOpen; break;
      case 41: case 93: k = Tok.ParenClose; break;
      case 32: case 9: case 0xa0: case 0xfeff: case 13:
      case 42: case 95: case 96: // Markdown emphasis and code marks
        continue;
      default:
        if (c >= 0xd800 && c <= 0xdbff && i < to) i++;
        k = Tok.Other;
    }
    // the marks themselves are outside the quotation
    let q = false;
    if (k === Tok.QuoteOpen) {
      // a second opening mark starts the quotation again: what followed the first one is not inside it
      if (openAt >= 0) unmarkFrom(out, openAt + 1);
      openAt = out.length;
    } else if (k === Tok.QuoteClose) {
      openAt = -1;
    } else {
      q = openAt >= 0;
      if (k === Tok.Dash || k === Tok.Colon) {
        seg |= DASH_OR_COLON;
      } else if (k === Tok.End && stops) {
        stops.at.push(out.length);
        stops.flags.push(seg);
        seg = 0;
      }
    }
    out.push({ s, e: i, k, w: '', cap: false, q, f: 0 });
  }
  if (stops) stops.rest = seg;
  return out;
}

/**
 * Whether a straight double mark opens or closes, by its neighbours; a mark with space on both sides
 * (`'…outreach,' " he told`) closes the quotation the scan is in (`inside`) and opens one otherwise.
 */
/**
 * Words that open a sentence after a dotted abbreviation ("at 11 p.m. She said …", "in the U.S. The …"), where
 * "5 p.m. Friday" and "U.S. Rep. Ana Ruiz" run on.
 */
const SENTENCE_OPENERS = new Set('the a an he she it they we i you but and this that these those there his her their its our in on at after when if so yet'.split(' '));

/** A space, an optional opening quotation mark and a listed sentence opener start at `i`. */
function opensSentence(text: string, i: number, to: number): boolean {
  if (i >= to || text.charCodeAt(i) !== 32) return false;
  let k = i + 1;
  const q = text.charCodeAt(k);
  if (q === 0x201c || q === 34 || q === 0x2018) k++;
  const c = text.charCodeAt(k);
  if (!(c >= 65 && c <= 90)) return false;
  let e = k + 1;
  while (e < to && e - k < 6) {
    const d = text.charCodeAt(e);
    if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90))) break;
    e++;
  }
  const n = e < to ? text.charCodeAt(e) : 32;
  if ((n >= 97 && n <= 122) || (n >= 65 && n <= 90)) return false;
  return SENTENCE_OPENERS.has(text.slice(k, e).toLowerCase());
}

function quoteDirection(text: string, s: number, i: number, from: number, to: number, inside: boolean): Tok {
  const p = s > from ? text.charCodeAt(s - 1) : 32;
  const n = i < to ? text.charCodeAt(i) : 32;
  const prevOpen = s === from || p === 32 || p === 9 || p === 40 || p === 91 || p === 0x2014 || p === 0x2013 || p === 58 || p === 0xa0;
  const nextClose = i >= to || n === 32 || n === 9 || n === 44 || n === 46 || n === 59 || n === 58 || n === 41 || n === 63 || n === 33;
  if (prevOpen !== nextClose) return prevOpen ? Tok.QuoteOpen : Tok.QuoteClose;
  // space on both sides (or on neither): the quotation state decides
  return prevOpen && !inside ? Tok.QuoteOpen : Tok.QuoteClose;
}

/** Takes the tokens from index `from` on out of a quotation (they followed an opening mark that another replaced). */
function unmarkFrom(toks: Token[], from: number): void {
  for (let j = from; j < toks.length; j++) toks[j].q = false;
}
