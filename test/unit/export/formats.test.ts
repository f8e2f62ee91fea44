import * as assert from 'node:assert/strict';
import { claimReviewGraph, VERDICT_RATINGS, BEST_RATING, WORST_RATING } from '../../../src/core/export/claimReview';
import { csvCell, toCsv, CSV_COLUMNS } from '../../../src/core/export/csv';
import { escapeHtml, escapeMarkdown, safeUrl } from '../../../src/core/export/escape';
import { toHtml } from '../../../src/core/export/html';
import { toMarkdown } from '../../../src/core/export/markdown';
import { collectClaims, type ExportInput } from '../../../src/core/export/model';
import { toWebAnnotation, webAnnotationCollection, WEB_ANNOTATION_CONTEXT } from '../../../src/core/export/webAnnotation';
import { fixtureArticles, fixtureInput, HOSTILE_NOTE } from './fixtures';

/** A strict RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"') {
      assert.equal(cell, '', `a quote may only open a field (row ${rows.length + 1})`);
      quoted = true; i++; continue;
    }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    assert.ok(c !== '\r' && c !== '\n', `bare line break outside quotes at ${i}`);
    cell += c; i++;
  }
  assert.equal(quoted, false, 'unterminated quoted field');
  assert.equal(cell === '' && row.length === 0, true, 'the file ends with CRLF');
  return rows;
}

/** Checks the W3C Web Annotation model's required shape; returns every problem found. */
function webAnnotationProblems(doc: any): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string): void => { if (!ok) problems.push(what); };
  need(doc['@context'] === WEB_ANNOTATION_CONTEXT, '@context is the anno.jsonld context');
  need(typeof doc.id === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(doc.id), 'collection has an IRI id');
  need(doc.type === 'AnnotationCollection', 'type AnnotationCollection');
  need(Number.isInteger(doc.total), 'collection total');
  const page = doc.first;
  need(page && page.type === 'AnnotationPage', 'first is an AnnotationPage');
  need(typeof page?.id === 'string' && page.partOf === doc.id && doc.last === page.id, 'page id, partOf and last');
  need(Array.isArray(page?.items) && page.items.length === doc.total, 'items match total');
  const ids = new Set<string>();
  for (const a of page?.items ?? []) {
    need(typeof a.id === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(a.id), `annotation IRI ${a.id}`);
    need(!ids.has(a.id), `unique id ${a.id}`);
    ids.add(a.id);
    need(a.type === 'Annotation', 'type Annotation');
    need(['assessing', 'questioning'].includes(a.motivation), `motivation ${a.motivation}`);
    need(Array.isArray(a.body) && a.body.every((b: any) => b.type === 'TextualBody' ? typeof b.value === 'string' : b.type === 'SpecificResource' && typeof b.source === 'string'), 'bodies are TextualBody with value or SpecificResource with source');
    need(a.body.some((b: any) => b.purpose === 'assessing'), 'a body carries the status');
    need(typeof a.target?.source === 'string', 'target.source');
    const selectors: any[] = a.target?.selector ?? [];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    need(quote && typeof quote.exact === 'string' && quote.exact.length > 0, 'TextQuoteSelector.exact');
    for (const s of selectors.filter((x) => x.type === 'TextPositionSelector')) {
      need(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end, 'TextPositionSelector start <= end');
    }
  }
  return problems;
}

/** Checks schema.org ClaimReview's required properties (as Google's fact-check markup requires them). */
function claimReviewProblems(doc: any): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string): void => { if (!ok) problems.push(what); };
  need(doc['@context'] === 'https://schema.org', '@context schema.org');
  need(Array.isArray(doc['@graph']), '@graph');
  for (const r of doc['@graph'] ?? []) {
    need(r['@type'] === 'ClaimReview', '@type ClaimReview');
    need(typeof r.claimReviewed === 'string' && r.claimReviewed.length > 0, 'claimReviewed');
    need(/^\d{4}-\d{2}-\d{2}$/.test(r.datePublished), 'datePublished is a date');
    need(r.author?.['@type'] === 'Organization' && typeof r.author.name === 'string' && r.author.name.length > 0, 'author organisation');
    const rating = r.reviewRating;
    need(rating?.['@type'] === 'Rating', 'reviewRating is a Rating');
    need(typeof rating?.alternateName === 'string' && rating.alternateName.length > 0, 'alternateName');
    need(rating && rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating, 'worst <= value <= best');
    need(r.itemReviewed?.['@type'] === 'Claim', 'itemReviewed is a Claim');
    need(r.itemReviewed?.appearance?.['@type'] === 'CreativeWork' && typeof r.itemReviewed.appearance.url === 'string', 'appearance');
    if (r.itemReviewed?.author) need(['Person', 'Organization'].includes(r.itemReviewed.author['@type']) && r.itemReviewed.author.name, 'claim author');
  }
  return problems;
}

describe('export formats', () => {
  describe('escaping', () => {
    it('escapes HTML metacharacters', () => {
      assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });
    it('keeps Markdown punctuation and HTML literal, and a note on one line', () => {
      assert.equal(escapeMarkdown('*bold* [x](y) <b>`c`</b> a|b\nnext'), '\\*bold\\* \\[x\\](y) &lt;b&gt;\\`c\\`&lt;/b&gt; a\\|b<br>next');
    });
    it('keeps a line-starting heading, list or setext marker literal', () => {
      assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
      assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
      assert.equal(escapeMarkdown('12. not a list'), '12\\. not a list');
      assert.equal(escapeMarkdown('    not code'), 'not code');
      assert.equal(escapeMarkdown('a - b # c 1. d'), 'a - b # c 1. d');
    });
    it('links only absolute http(s) URLs', () => {
      assert.equal(safeUrl('javascript:alert(1)'), undefined);
      assert.equal(safeUrl('data:text/html,x'), undefined);
      assert.equal(safeUrl('//evil.example'), undefined);
      assert.equal(safeUrl('https://a.example/x (1)'), 'https://a.example/x%20%281%29');
    });
  });

  describe('claims', () => {
    it('treats an annotation whose offsets no longer cover its quote as unanchored', () => {
      const [harbour] = fixtureArticles();
      const moved = { ...harbour, text: `Inserted. ${harbour.text}` };
      const claims = collectClaims(moved, { includeUnreviewed: 'omit' });
      assert.ok(claims.every((c) => c.unanchored), 'no claim trusts stale offsets');
    });
    it('omits pending detections when asked and marks them otherwise', () => {
      const [harbour] = fixtureArticles();
      assert.equal(collectClaims(harbour, { includeUnreviewed: 'omit' }).filter((c) => c.status === 'unreviewed').length, 0);
      assert.equal(collectClaims(harbour, { includeUnreviewed: 'marked' }).filter((c) => c.status === 'unreviewed').length, 1);
    });
  });

  describe('Markdown', () => {
    it('shows a hostile note as text and never links a javascript: URL', () => {
      const md = toMarkdown(fixtureInput());
      assert.ok(!md.includes('<script') && !md.includes('<img'), 'no raw HTML from the sidecar');
      assert.ok(md.includes('&lt;script&gt;'));
      assert.ok(!/\]\(javascript:/i.test(md));
      assert.match(md, /### Unanchored annotations[\s\S]*The deputy minister confirmed the grant/);
    });
  });

  describe('HTML', () => {
    const html = toHtml(fixtureInput());
    it('is self-contained: a CSP, no scripts, no external resources', () => {
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
      assert.ok(!/<script|<img|<link|<iframe|<object|@import|url\(/i.test(html.replace(/&lt;(script|img)/g, '')), 'no element or rule that loads anything');
      assert.ok(!/href="(?!#|https?:)/.test(html), 'only fragment and http(s) links');
      assert.ok(!html.includes('javascript:alert(1)"'), 'unsafe source URL is not a link');
    });
    it('escapes the hostile note', () => {
      assert.ok(html.includes(escapeHtml(HOSTILE_NOTE)));
      assert.ok(!html.includes(HOSTILE_NOTE));
    });
    it('reproduces the article text exactly once the markup is removed', () => {
      const input = fixtureInput();
      for (const [i, article] of input.articles.entries()) {
        const section = html.split('<section class="article"')[i + 1];
        const text = section.split('<div class="text">')[1].split('</div>')[0];
        const plain = text.replace(/<a class="ref"[^>]*>\d+<\/a>/g, '').replace(/<\/?mark[^>]*>/g, '')
          .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
        assert.equal(plain, article.text);
      }
    });
    it('splits overlapping claims into balanced marks', () => {
      const text = 'Alpha said beta gamma delta.';
      const input: ExportInput = {
        options: { includeUnreviewed: 'marked', generated: '2026-01-01T00:00:00Z' },
        articles: [{
          path: 'o.txt', text, data: { version: 1, article: 'o.txt', dismissed: [], annotations: [
            { id: 'outer', kind: 'attributed', status: 'verified', origin: 'manual', created: '', updated: '', anchor: { quote: 'Alpha said beta gamma', prefix: '', suffix: '', start: 0, end: 21 } },
            { id: 'inner', kind: 'unverified', status: 'false', origin: 'manual', created: '', updated: '', anchor: { quote: 'beta gamma delta', prefix: '', suffix: '', start: 11, end: 27 } },
          ] }, pending: [],
        }],
      };
      const out = toHtml(input);
      const body = out.split('<div class="text">')[1].split('</div>')[0];
      assert.equal((body.match(/<mark /g) ?? []).length, (body.match(/<\/mark>/g) ?? []).length);
      assert.match(body, /<mark class="claim k-attributed s-verified"[^>]*>Alpha said <\/mark>/);
      assert.match(body, /<mark class="claim k-unverified s-false"[^>]*>beta gamma<\/mark>/);
      assert.match(body, /<mark class="claim k-unverified s-false"[^>]*> delta<\/mark>\./);
    });
  });

  describe('CSV', () => {
    const csv = toCsv(fixtureInput());
    it('starts with a BOM and parses as RFC 4180 with one row per claim', () => {
      assert.equal(csv.charCodeAt(0), 0xfeff);
      const rows = parseCsv(csv.slice(1));
      assert.deepEqual(rows[0], [...CSV_COLUMNS]);
      assert.equal(rows.length - 1, 8);
      assert.ok(rows.every((r) => r.length === CSV_COLUMNS.length));
      const traffic = rows.find((r) => r[10] === 'c-traffic')!;
      assert.equal(traffic[7], `'=HYPERLINK("http://evil.example","click")\nSecond line, with "quotes", and a comma.`);
      assert.deepEqual(rows.find((r) => r[10] === 'c-old')!.slice(8, 10), ['', ''], 'an unanchored claim has no position');
    });
    it('neutralises every formula trigger', () => {
      for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
        const cell = csvCell(`${lead}1+1`);
        assert.ok(cell.startsWith(`'`) || cell.startsWith(`"'`), JSON.stringify(cell));
      }
      assert.equal(csvCell('plain'), 'plain');
      assert.equal(csvCell('a,b'), '"a,b"');
    });
  });

  describe('W3C Web Annotation', () => {
    it('has the shape the model requires', () => {
      const doc = JSON.parse(toWebAnnotation(fixtureInput()));
      assert.deepEqual(webAnnotationProblems(doc), []);
      assert.equal(doc.total, 8);
    });
    it('the shape check itself catches a broken document', () => {
      const doc = webAnnotationCollection(fixtureInput()) as any;
      doc.first.items[0].type = 'Note';
      delete doc.first.items[1].target.source;
      assert.equal(webAnnotationProblems(doc).length, 2);
    });
    it('counts TextPositionSelector positions in code points', () => {
      const input = fixtureInput();
      const doc = webAnnotationCollection(input) as any;
      let checked = 0;
      for (const a of doc.first.items) {
        const article = input.articles.find((x) => x.uri === a.target.source)!;
        const pos = a.target.selector.find((s: any) => s.type === 'TextPositionSelector');
        const quote = a.target.selector.find((s: any) => s.type === 'TextQuoteSelector');
        if (!pos) continue;
        assert.equal([...article.text].slice(pos.start, pos.end).join(''), quote.exact);
        checked++;
      }
      assert.equal(checked, 7, 'every anchored claim has a position (the unanchored one has none)');
      const first = doc.first.items[0].target.selector[1];
      // "# Harbour expansion 🚢 approved\n\n" is 33 UTF-16 units but 32 code points.
      assert.equal(first.start, 32);
    });
    it('uses motivation assessing for verdicts and questioning for open claims', () => {
      const doc = webAnnotationCollection(fixtureInput()) as any;
      const by = (id: string): any => doc.first.items.find((a: any) => a.id.endsWith(`:${id}`));
      assert.equal(by('c-jobs').motivation, 'assessing');
      assert.equal(by('c-surveys').motivation, 'questioning');
      assert.equal(by('pending-attributed-284-345').motivation, 'questioning');
    });
  });

  describe('ClaimReview', () => {
    it('has the shape schema.org and fact-check markup require, for verdicts only', () => {
      const doc = claimReviewGraph(fixtureInput()) as any;
      assert.deepEqual(claimReviewProblems(doc), []);
      assert.deepEqual(doc['@graph'].map((r: any) => r.reviewRating.alternateName), ['True', 'Disputed', 'False', 'Unproven']);
    });
    it('the shape check itself catches a broken review', () => {
      const doc = claimReviewGraph(fixtureInput()) as any;
      doc['@graph'][0].reviewRating.ratingValue = 9;
      delete doc['@graph'][1].itemReviewed;
      assert.ok(claimReviewProblems(doc).length >= 2);
    });
    it('maps verdicts onto a documented scale', () => {
      for (const r of Object.values(VERDICT_RATINGS)) assert.ok(WORST_RATING <= r.ratingValue && r.ratingValue <= BEST_RATING);
      assert.equal(VERDICT_RATINGS.verified.ratingValue, BEST_RATING);
      assert.equal(VERDICT_RATINGS.false.ratingValue, WORST_RATING);
    });
    it('names the source as the claim author and the organisation as the review author', () => {
      const [jobs] = (claimReviewGraph(fixtureInput()) as any)['@graph'];
      assert.deepEqual(jobs.itemReviewed.author, { '@type': 'Organization', name: 'Harbour authority', url: 'https://harbour.example/press/2026-03' });
      assert.equal(jobs.author.name, 'Example Fact Desk');
      assert.equal(jobs.itemReviewed.appearance.url, 'file:///newsroom/articles/harbour.md');
    });
  });
});
