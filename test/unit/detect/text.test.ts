import * as assert from 'node:assert/strict';
import { Tok, tokenize } from '../../../src/core/detect/tokens';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { splitBlocks } from '../../../src/core/text/blocks';
import { splitSentences } from '../../../src/core/text/sentences';
import { checkSpans, detect } from './helpers';

const sentences = (s: string): string[] => splitSentences(s, 0, s.length).map((x) => s.slice(x.start, x.end));

describe('text handling', () => {
  it('splits sentences but not after abbreviations, initials and acronyms', () => {
    assert.deepEqual(sentences('Mr. Hale met Dr. Osei in the U.S. capital. They spoke. No. 10 said nothing.'), [
      'Mr. Hale met Dr. Osei in the U.S. capital.',
      'They spoke.',
      'No. 10 said nothing.',
    ]);
    assert.deepEqual(sentences('J. Smith left. “Really?” she asked. Yes!'), ['J. Smith left.', '“Really?” she asked.', 'Yes!']);
    assert.deepEqual(sentences('no punctuation at all here'), ['no punctuation at all here']);
  });

  it('splits lines with LF, CRLF and CR', () => {
    const text = 'one\r\ntwo\nthree\rfour';
    assert.deepEqual(splitBlocks(text).map((b) => text.slice(b.start, b.end)), ['one', 'two', 'three', 'four']);
  });

  it('maps offsets to positions and back', () => {
    const idx = new LineIndex('ab\r\ncd\nef');
    assert.deepEqual(idx.positionAt(5), { line: 1, character: 1 });
    assert.equal(idx.offsetAt(2, 1), 8);
    assert.equal(idx.offsetAt(0, 99), 2);
    assert.deepEqual(idx.positionAt(999), { line: 2, character: 2 });
  });

  it('handles curly and straight quotes and apostrophes alike', () => {
    for (const text of ['“It’s over,” the coach said.', '"It\'s over," the coach said.', "''It's over,'' the coach said."]) {
      const f = detect(text).find((x) => x.kind === 'attributed');
      assert.ok(f, text);
      assert.equal(f.source?.text, 'the coach', text);
      assert.equal(f.category, 'direct-quote', text);
    }
  });

  it('ends a sentence after "p.m." or "U.S." before a word that opens one, and not before a day or a title', () => {
    const found = detect('The alert went out at 4:12 p.m. She said some residents had not signed up.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(found.map((f) => f.text), ['She said some residents had not signed up.']);
    const quoted = detect('“We are not counting chickens,” she told supporters after 11 p.m. “But I like that number.”').filter((f) => f.kind === 'attributed');
    assert.deepEqual(quoted.map((f) => f.category), ['direct-quote', 'continued-quote']);
    assert.deepEqual(detect('The polls close at 8 p.m. Friday, the clerk said.').map((f) => f.text), ['The polls close at 8 p.m. Friday, the clerk said.']);
    assert.deepEqual(detect('Rivera met U.S. Rep. Ana Ruiz, who said the bill was dead.').filter((f) => f.kind === 'attributed').length, 1);
  });

  it('reads a straight double mark spaced on both sides as closing inside a quotation', () => {
    // a nested single quotation ends just before the closing mark, so the mark has a space on each side
    const f = detect('"We were never asked about \'the outreach plan,\' " he told the group.').find((x) => x.kind === 'attributed');
    assert.equal(f?.cue?.text, 'told');
    assert.equal(f?.source?.text, 'he');
    // outside a quotation, the same mark opens one, and the next one closes it
    const marks = (text: string): Tok[] => tokenize(text, 0, text.length).filter((t) => t.k === Tok.QuoteOpen || t.k === Tok.QuoteClose).map((t) => t.k);
    assert.deepEqual(marks('He said " we will win " and left.'), [Tok.QuoteOpen, Tok.QuoteClose]);
    assert.deepEqual(marks('"It is \'over,\' " she said.'), [Tok.QuoteOpen, Tok.QuoteClose]);
  });

  it('handles dashes around appositions', () => {
    const f = detect('Trade envoy Mara Quist – a veteran negotiator – warned that tariffs would rise.').find((x) => x.kind === 'attributed');
    assert.equal(f?.source?.text, 'Trade envoy Mara Quist – a veteran negotiator');
  });

  it('reports UTF-16 offsets with a BOM, CRLF, tabs and non-English characters', () => {
    const text = '\uFEFFÜberschrift\r\n\r\nThe mayor of Kraków said\tthat the café 😀 would stay open.\r\nZoë Brandt reportedly resigned.';
    const found = detect(text);
    assert.equal(found.length, 2);
    for (const f of found) checkSpans(text, f);
    assert.equal(found[0].source?.text, 'The mayor of Kraków');
    assert.equal(found[0].content?.text, 'that the café 😀 would stay open');
    assert.equal(found[1].kind, 'unverified');
  });

  it('reads Markdown: headings, emphasis, links, lists and block quotes', () => {
    const text = [
      '# Council *rejects* plan',
      '',
      '> The treasurer said the [budget](https://example.org) was balanced.',
      '',
      '- According to **the auditor**, reserves fell.',
      '1. The bridge was reportedly unsafe.',
    ].join('\n');
    const found = detect(text);
    for (const f of found) checkSpans(text, f);
    const att = found.filter((f) => f.kind === 'attributed');
    assert.equal(att.length, 2);
    assert.equal(att[0].source?.text, 'The treasurer');
    assert.match(att[1].source?.text ?? '', /the auditor/);
    assert.equal(found.filter((f) => f.kind === 'unverified').length, 1);
  });

  it('does not report a headline that names a topic, or page furniture', () => {
    assert.deepEqual(detect('Floods hit the valley\n\nSource: Read Full Article\n\nUpdate: 10 May'), []);
  });

  it('does not read a dateline before a framed sentence, or a tally, as a speaker label', () => {
    const dated = detect('MUMBAI: The mill will invest Rs 1,200 crore, according to sources familiar with the plan.');
    assert.deepEqual(dated.map((f) => [f.kind, f.cue?.text, f.source?.text ?? null]), [
      ['attributed', 'according to', 'sources familiar with the plan'],
      ['unverified', 'according to sources', null],
    ]);
    assert.deepEqual(detect('Mayor: Duarte 41.2%, Stroud 36.8%, others 7.4%'), []);
  });

  it('treats a speaker label as attribution', () => {
    const f = detect('MODERATOR: The first question goes to the senator.').find((x) => x.kind === 'attributed');
    assert.equal(f?.cue?.text, ':');
    assert.equal(f?.source?.text, 'MODERATOR');
  });

  it('reads a speaker label’s turn as the whole paragraph, and a turn that asks a question as no claim', () => {
    const text = 'MINISTER: That is untrue. The board recommended a cut of 30 per cent. We went with 22.\n\nHOST: Fishermen say the quotas will ruin them. Are they wrong?\n\n“HOST: Will you go there?”';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    assert.deepEqual(found.map((f) => [f.rule, f.source?.text, f.text]), [
      ['attributed.speaker-label', 'MINISTER', 'MINISTER: That is untrue. The board recommended a cut of 30 per cent. We went with 22.'],
      ['attributed.reporting-verb', 'Fishermen', 'HOST: Fishermen say the quotas will ruin them.'],
    ]);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    assert.deepEqual(detect(''), []);
    assert.deepEqual(detect(' \n\t\r\n'), []);
  });
});
