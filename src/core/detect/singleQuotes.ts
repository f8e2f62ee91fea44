/**
 * Quotations in single marks, as British and some wire copy writes them ('…,' she said / ‘…’). The tokenizer reads
 * a single mark as an apostrophe; here the marks that pair up around words become quotation marks.
 */
import { Tok, Token } from './tokens';

const isOpeningMark = (c: number): boolean => c === 39 || c === 0x2018;
const isClosingMark = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Marks single-quoted quotations in a block's tokens: an opening mark before a word (after a space, a bracket or a
 * dash), then the first closing mark after a word or a stop that no word follows at once. A closing mark after a
 * plural "s" with a word after it is a possessive ("the players' union") and closes nothing. A block that uses
 * double quotation marks keeps its single marks as apostrophes and nested quotations. An opening mark that starts
 * the block and is never closed runs to its end, as a quotation continued in the next paragraph does.
 */
export function markSingleQuotes(text: string, toks: Token[]): void {
  const n = toks.length;
  let marks = false;
  for (let i = 0; i < n; i++) {
    const k = toks[i].k;
    if (k === Tok.QuoteOpen || k === Tok.QuoteClose) return;
    if (k === Tok.Other) marks = true;
  }
  if (!marks) return;
  let open = -1;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.k !== Tok.Other || t.e - t.s !== 1) continue;
    const c = text.charCodeAt(t.s);
    const prev = i > 0 ? toks[i - 1] : null;
    const next = i + 1 < n ? toks[i + 1] : null;
    const spaceBefore = !prev || prev.e < t.s || prev.k === Tok.ParenOpen || prev.k === Tok.Dash;
    if (isOpeningMark(c) && spaceBefore && next && next.s === t.e && next.k === Tok.Word) {
      open = i;
      continue;
    }
    if (open < 0 || !isClosingMark(c) || !prev || prev.e !== t.s || prev.k === Tok.Other) continue;
    if (next && next.s === t.e && next.k === Tok.Word) continue;
    if (prev.k === Tok.Word && prev.w.endsWith('s') && next && next.k === Tok.Word && !next.cap) continue;
    close(toks, open, i);
    open = -1;
  }
  if (open === 0) close(toks, 0, n);
}

/** Makes toks[open] and toks[end] (when end is a token) quotation marks, with the tokens between inside. */
function close(toks: Token[], open: number, end: number): void {
  toks[open].k = Tok.QuoteOpen;
  if (end < toks.length) toks[end].k = Tok.QuoteClose;
  for (let j = open + 1; j < end; j++) toks[j].q = true;
}
