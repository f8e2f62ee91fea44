/** Strings the findings share: rule ids and short texts, one string each instead of one per finding. */

/** Rule ids are few; interning them keeps one string per rule instead of one per finding. */
const RULE_IDS = new Map<string, Map<string, string>>();
let ruleIdCount = 0;
export function ruleId(prefix: string, name: string): string {
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
export function unverifiedPrefix(tag: string): string {
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
export function shortText(text: string, s: number, e: number): string {
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
