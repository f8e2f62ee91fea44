/** Multi-word phrase matching over word tokens with a trie, built once per configuration. */
import { Tok, Token, tokenize } from './tokens';

export interface PhraseInfo {
  /** The phrase as listed, lower case. */
  phrase: string;
  /** What the phrase signals (a category or a cue class). */
  tag: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  info?: PhraseInfo;
}

/** Adverbs that may appear inside a phrase without breaking it ("it has also been reported"). */
const SKIPPABLE = new Set(['also', 'widely', 'previously', 'now', 'since', 'long', 'already', 'still', 'often', 'repeatedly', 'further', 'even', 'generally', 'commonly']);

/** A set of phrases matched against word tokens. */
export class PhraseSet {
  private readonly root: TrieNode = { next: new Map() };
  private count = 0;

  /** Adds a phrase; words are split the way the tokenizer splits text. */
  add(phrase: string, tag: string): void {
    const words = tokenize(phrase, 0, phrase.length).filter((t) => t.k === Tok.Word).map((t) => t.w);
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.info = { phrase: words.join(' '), tag };
    this.count++;
  }

  /** The words that start a phrase. */
  firstWords(): string[] {
    return [...this.root.next.keys()];
  }

  get size(): number {
    return this.count;
  }

  /** True when some phrase starts with this word. */
  starts(word: string): boolean {
    return this.root.next.has(word);
  }

  /**
   * The longest phrase starting at token `i` (words only, up to token `limit`), or null. Returns the index
   * of the token after the match.
   */
  match(toks: Token[], i: number, limit: number): { info: PhraseInfo; end: number } | null {
    let node = this.root.next.get(toks[i].w);
    if (!node || toks[i].k !== Tok.Word) return null;
    // the longest match so far, as plain values: one result object at the end
    let info = node.info;
    let end = i + 1;
    let j = i + 1;
    let skipped = 0;
    while (j < limit && node.next.size > 0 && toks[j].k === Tok.Word) {
      const child: TrieNode | undefined = node.next.get(toks[j].w);
      if (child) {
        node = child;
        j++;
        if (node.info) {
          info = node.info;
          end = j;
        }
        continue;
      }
      if (skipped < 1 && SKIPPABLE.has(toks[j].w)) {
        skipped++;
        j++;
        continue;
      }
      break;
    }
    return info ? { info, end } : null;
  }
}
