import * as assert from 'node:assert/strict';
import { decodeArticle } from '../../../src/core/text/binary';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('decodes UTF-8 text, non-English and astral characters included', () => {
    const r = decodeArticle(utf8('Zelensky said “ні” — 🇺🇦 Kyiv.\r\n'));
    assert.deepEqual(r, { ok: true, text: 'Zelensky said “ні” — 🇺🇦 Kyiv.\r\n', replaced: 0 });
  });

  it('keeps a BOM as one character so offsets agree with the decoded file', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('The minister said so.')]));
    assert.ok(r.ok);
    assert.equal(r.text.charCodeAt(0), 0xfeff);
    assert.equal(r.text.indexOf('said'), 'The minister '.length + 1);
  });

  it('refuses bytes with a NUL, naming where it is', () => {
    const r = decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14]));
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /binary \(it contains a NUL byte at offset 4\)/);
  });

  it('refuses UTF-16 with a hint to save as UTF-8', () => {
    const r = decodeArticle(new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /UTF-16.*save it as UTF-8/);
  });

  it('refuses text in another encoding when much of it is invalid UTF-8', () => {
    const latin1 = Uint8Array.from('Le ministre a déclaré à la télé: élévé, été, café.', (c) => c.charCodeAt(0));
    const r = decodeArticle(latin1);
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /not UTF-8 text \(\d+ invalid byte sequences\).*Windows-1252/);
  });

  it('refuses control-character noise without NUL bytes', () => {
    const noise = Uint8Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41));
    assert.equal(decodeArticle(noise).ok, false);
  });

  it('accepts one stray invalid byte in a long article and counts it', () => {
    const text = 'The minister said the bridge was closed. '.repeat(20);
    const bytes = new Uint8Array([...utf8(text), 0xff, ...utf8(text)]);
    const r = decodeArticle(bytes);
    assert.ok(r.ok);
    assert.equal(r.replaced, 1);
    assert.equal(r.text.length, text.length * 2 + 1);
  });

  it('does not count a genuine U+FFFD in the file as invalid', () => {
    const r = decodeArticle(new Uint8Array([...utf8('a\uFFFDb\uFFFDc'), 0xff]));
    assert.ok(r.ok);
    assert.equal(r.replaced, 1);
  });

  it('accepts an empty file', () => {
    assert.deepEqual(decodeArticle(new Uint8Array()), { ok: true, text: '', replaced: 0 });
  });
});
