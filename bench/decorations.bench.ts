/**
 * Editor latency, counting only the extension's own work.
 *
 * Keystroke: what ClaimLens does between a keystroke in a 1 MB article and `setDecorations`, run in plain Node:
 * the incremental re-detection (`IncrementalDetector.applyEdit`), the reconciliation with a sidecar of 300
 * annotations (`reconcile`), the claim index, the decoration plan for the visible window (60 lines on screen plus
 * the 40-line margin above and below that `Decorations` adds) and the offset → line/column conversion of the
 * planned ranges (`LineIndex`, standing in for `TextDocument.positionAt`, which VS Code keeps current itself).
 * VS Code's own rendering is not counted: it is not ours to speed up.
 * Activation time is measured inside the real VS Code by activation.bench.ts.
 */
import type { Annotation, SidecarData } from '../src/core/annotations';
import { createAnchor } from '../src/core/anchor/anchor';
import { createDetector } from '../src/core/detect/detector';
import { IncrementalDetector } from '../src/core/detect/incremental';
import { SCAN_SLICE_MS, summariseClaims } from '../src/core/editor/articleSummary';
import { ArticleReview } from '../src/core/editor/articleReview';
import { planDecorations } from '../src/core/editor/claimIndex';
import { reconcile } from '../src/core/review/reconcile';
import { LineIndex } from '../src/core/text/lineIndex';
import { atMost, type Benchmark, type BenchResult } from './harness';
import { generateArticle, generateCorpus, seededRandom } from './newsCorpus';

const MB = 2 ** 20;
const VISIBLE_LINES = 60;
const MARGIN_LINES = 40;

/** A sidecar holding `count` annotations on findings spread through the article. */
function sidecarFor(text: string, count: number): SidecarData {
  const findings = createDetector({}).detect(text);
  const step = Math.max(1, Math.floor(findings.length / count));
  const annotations: Annotation[] = [];
  for (let i = 0; i < findings.length && annotations.length < count; i += step) {
    const f = findings[i];
    annotations.push({ id: `a-${i}`, kind: f.kind, status: 'verified', anchor: createAnchor(text, f.start, f.end), origin: 'detected', created: '', updated: '' });
  }
  return { version: 1, article: 'big.txt', annotations, dismissed: [] };
}

const keystroke: Benchmark = {
  name: 'decorations: update after a keystroke (1 MB article, visible window)',
  async run(): Promise<BenchResult[]> {
    const rng = seededRandom(5);
    let text = generateArticle(rng, MB);
    const data = sidecarFor(text, 300);
    const live = new IncrementalDetector(createDetector({}), text);
    const options = { kinds: ['attributed', 'unverified'] as const, showDetections: true, markCueAndSource: true };
    const typed = ['a', 'e', ' ', '.', 'x'];
    const times: number[] = [];
    const editorTimes: number[] = [];
    const edits = 300;
    let drawn = 0;
    for (let i = 0; i < edits + 20; i++) {
      const at = Math.floor(rng() * text.length);
      const insert = typed[Math.floor(rng() * typed.length)];
      text = text.slice(0, at) + insert + text.slice(at);
      // VS Code keeps the document's line index itself; building ours is not extension work.
      const lines = new LineIndex(text);
      const cursorLine = lines.positionAt(at).line;
      const first = Math.max(0, cursorLine - VISIBLE_LINES / 2 - MARGIN_LINES);
      const last = cursorLine + VISIBLE_LINES / 2 + MARGIN_LINES;
      const t0 = performance.now();
      const findings = live.applyEdit(at, at, insert);
      const t1 = performance.now();
      const window = { start: lines.offsetAt(first, 0), end: lines.offsetAt(last, 0) };
      const local = new ArticleReview(findings, data).window(window.start, window.end);
      const plan = planDecorations(local, options, [window], (s, e) => text.slice(s, e));
      let ranges = 0;
      for (const list of plan.values()) {
        for (const r of list) {
          lines.positionAt(r.start);
          lines.positionAt(r.end);
          ranges++;
        }
      }
      const t2 = performance.now();
      if (i >= 20) {
        times.push(t2 - t0);
        editorTimes.push(t2 - t1);
        drawn += ranges;
      }
    }
    times.sort((a, b) => a - b);
    editorTimes.sort((a, b) => a - b);
    return [
      { metric: 'article', value: Buffer.byteLength(text, 'utf8') / MB, unit: 'MB' },
      { metric: 'annotations in the sidecar', value: data.annotations.length, unit: '' },
      { metric: 'decorated ranges per update (mean)', value: drawn / edits, unit: '' },
      atMost(`median over ${edits} keystrokes, re-detection included`, times[Math.floor(times.length / 2)], 'ms', 2),
      { metric: '95th percentile, re-detection included', value: times[Math.floor(times.length * 0.95)], unit: 'ms' },
      { metric: 'median without re-detection (reconcile window, plan, positions)', value: editorTimes[Math.floor(editorTimes.length / 2)], unit: 'ms' },
    ];
  },
};

/**
 * The Claims view's background scan detects, reconciles and summarises one article at a time and yields to the
 * event loop once it has worked SCAN_SLICE_MS in one go. The longest stretch between two yields is the longest the
 * extension host is kept busy: the "never freezes" figure. Reading files is asynchronous in VS Code and not counted.
 */
const scan: Benchmark = {
  name: 'claims view: background scan of 1,000 generated articles',
  async run(): Promise<BenchResult[]> {
    const rng = seededRandom(17);
    const articles: string[] = [];
    while (articles.length < 1000) articles.push(...generateCorpus(2 * MB, Math.floor(rng() * 1e6)));
    articles.length = 1000;
    const detector = createDetector({});
    const empty = { version: 1 as const, article: '', annotations: [], dismissed: [] };
    const busy: number[] = [];
    let claims = 0;
    const t0 = performance.now();
    let slice = performance.now();
    for (const text of articles) {
      const { pending, annotations } = reconcile(detector.detect(text), empty);
      claims += summariseClaims(pending, annotations).length;
      if (performance.now() - slice >= SCAN_SLICE_MS) {
        busy.push(performance.now() - slice);
        await new Promise((resolve) => setTimeout(resolve, 0));
        slice = performance.now();
      }
    }
    busy.push(performance.now() - slice);
    const total = performance.now() - t0;
    busy.sort((a, b) => a - b);
    return [
      { metric: 'articles', value: articles.length, unit: '' },
      { metric: 'claims listed', value: claims, unit: '' },
      { metric: 'yields to the event loop', value: busy.length, unit: '' },
      { metric: 'median stretch between yields', value: busy[Math.floor(busy.length / 2)], unit: 'ms' },
      { metric: '95th percentile stretch between yields', value: busy[Math.floor(busy.length * 0.95)], unit: 'ms' },
      atMost('longest stretch between yields (the longest the host is busy)', busy[busy.length - 1], 'ms', 50),
      { metric: 'whole scan', value: total, unit: 'ms' },
    ];
  },
};

export const benchmarks: Benchmark[] = [keystroke, scan];
