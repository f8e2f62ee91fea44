/**
 * Editor latency, counting only the extension's own work.
 *
 * Keystroke: what ClaimLens does between a keystroke in a 1 MB article and `setDecorations`, run in plain Node:
 * the incremental re-detection (`IncrementalDetector.applyEdit`), the reconciliation with a sidecar of 300
 * annotations (`reconcile`), the claim index, the decoration plan for the visible window (60 lines on screen plus
 * the 40-line margin above and below that `Decorations` adds) and the offset → line/column conversion of the
 * planned ranges (`LineIndex`, standing in for `TextDocument.positionAt`, which VS Code keeps current itself).
 * VS Code's own rendering is not counted: it is not ours to speed up.
 *
 * Activation: `require` of the bundle plus `activate()`, with a do-nothing `vscode` module (every API call
 * returns at once), so the figure is the extension's own cost, not VS Code's. The real figure, measured with
 * performance marks inside VS Code, is `activationMs` on the API the integration tests read.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import type { Annotation, SidecarData } from '../src/core/annotations';
import { createAnchor } from '../src/core/anchor/anchor';
import { createDetector } from '../src/core/detect/detector';
import { IncrementalDetector } from '../src/core/detect/incremental';
import { ArticleReview } from '../src/core/editor/articleReview';
import { planDecorations } from '../src/core/editor/claimIndex';
import { LineIndex } from '../src/core/text/lineIndex';
import { atMost, type Benchmark, type BenchResult } from './harness';
import { generateArticle, seededRandom } from './newsCorpus';

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
 * A `vscode` module whose members (every name @types/vscode declares) are callable, constructible no-ops returning
 * another such value. The names are listed because the bundle's ES-module interop copies the module's own keys.
 */
function inertVscode(): Record<string, unknown> {
  const handler: ProxyHandler<() => unknown> = {
    get: (_t, prop) => (prop === Symbol.toPrimitive ? () => '' : prop === 'then' ? undefined : proxy),
    apply: () => proxy,
    construct: () => proxy,
    set: () => true, // assignments (item.text = …) are accepted and forgotten
    defineProperty: () => true,
  };
  const proxy: object = new Proxy(function inert() {}, handler);
  const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...declarations.matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((m) => m[1]));
  return Object.fromEntries([...names].map((name) => [name, proxy]));
}

const activation: Benchmark = {
  name: 'activation: bundle load + activate() with a do-nothing vscode API',
  async run(): Promise<BenchResult[]> {
    const bundle = path.resolve(__dirname, '../../dist/extension.js');
    const fake = inertVscode();
    const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
    const original = loader._load;
    loader._load = (request, parent, isMain) => (request === 'vscode' ? fake : original(request, parent, isMain));
    const times: number[] = [];
    try {
      for (let i = 0; i < 15; i++) {
        delete require.cache[bundle];
        const context = { subscriptions: [] as unknown[], extensionUri: fake, extensionPath: '', globalState: fake, workspaceState: fake };
        const t0 = performance.now();
        const ext = require(bundle) as { activate(c: unknown): unknown };
        ext.activate(context);
        times.push(performance.now() - t0);
        for (const d of context.subscriptions) (d as { dispose?: () => void }).dispose?.();
      }
    } finally {
      loader._load = original;
    }
    const first = times[0];
    const warm = times.slice(1).sort((a, b) => a - b);
    return [
      atMost('first activation (cold require + activate)', first, 'ms', 25),
      { metric: 'warm median (module cache cleared, JIT warm)', value: warm[Math.floor(warm.length / 2)], unit: 'ms' },
    ];
  },
};

export const benchmarks: Benchmark[] = [keystroke, activation];
