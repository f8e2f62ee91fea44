/**
 * Workspace export time: 1,000 generated articles (about 4,000 characters each) with sidecars on disk, exported
 * end to end as the CLI does it: read and decode every article and sidecar, parse, re-anchor, detect (for the
 * formats that include unreviewed detections), reconcile and render. Median of 3 runs per format.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadArticles } from '../src/cli/articles';
import type { Annotation, ClaimStatus, SidecarData } from '../src/core/annotations';
import { STATUSES } from '../src/core/annotations';
import { createAnchor } from '../src/core/anchor/anchor';
import { createDetector } from '../src/core/detect/detector';
import { EXPORT_FORMATS, renderExport } from '../src/core/export/formats';
import { serializeSidecar } from '../src/core/sidecar/format';
import { atMost, type Benchmark, type BenchResult } from './harness';
import { generateArticle, seededRandom } from './newsCorpus';

const ARTICLES = 1000;

/** Writes the articles and sidecars; about half of each article's detections are annotated, with every status. */
function writeWorkspace(dir: string): { claims: number; bytes: number } {
  const rng = seededRandom(11);
  const detector = createDetector({});
  let claims = 0;
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const text = generateArticle(rng, 4000);
    const name = `article-${String(i).padStart(4, '0')}.txt`;
    const file = path.join(dir, `desk-${i % 10}`, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    const annotations: Annotation[] = detector
      .detect(text)
      .filter((_, n) => n % 2 === 0)
      .map((f, n) => ({
        id: `a-${i}-${n}`,
        kind: f.kind,
        status: STATUSES[(i + n) % STATUSES.length] as ClaimStatus,
        anchor: createAnchor(text, f.start, f.end),
        ...(f.source ? { source: { name: f.source.text } } : {}),
        ...(f.cue ? { cue: f.cue.text } : {}),
        note: n % 3 === 0 ? 'Checked against the <b>press release</b>, "page 2".' : undefined,
        origin: 'detected',
        rule: f.rule,
        created: '2026-03-01T10:00:00.000Z',
        updated: '2026-03-02T10:00:00.000Z',
      }));
    claims += annotations.length;
    const data: SidecarData = { version: 1, article: name, annotations, dismissed: [] };
    fs.writeFileSync(`${file}.claims.yaml`, serializeSidecar(JSON.parse(JSON.stringify(data))));
  }
  return { claims, bytes };
}

function median3(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const workspaceExport: Benchmark = {
  name: `export: workspace export of ${ARTICLES.toLocaleString('en')} articles (read, detect, re-anchor, render)`,
  async run(): Promise<BenchResult[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-export-bench-'));
    try {
      const { claims, bytes } = writeWorkspace(dir);
      const results: BenchResult[] = [
        { metric: 'articles', value: ARTICLES, unit: '' },
        { metric: 'annotations in sidecars', value: claims, unit: '' },
        { metric: 'article text', value: bytes / 2 ** 20, unit: 'MB' },
      ];
      const options = { includeUnreviewed: 'marked' as const, generated: new Date().toISOString(), organization: 'Bench Desk' };
      // End to end, as `claimlens export --format md|claimreview <folder>` runs (ClaimReview skips detection).
      for (const format of ['md', 'claimreview'] as const) {
        const times: number[] = [];
        const cpu: number[] = [];
        for (let run = 0; run < 3; run++) {
          const before = process.cpuUsage();
          const { ms } = await timed(async () => {
            const loaded = await loadArticles([dir], dir, { detect: format !== 'claimreview' });
            if (loaded.errors.length > 0) throw new Error(loaded.errors.join('\n'));
            return renderExport(format, { articles: loaded.articles.map((a) => a.article), options });
          });
          times.push(ms);
          const used = process.cpuUsage(before);
          cpu.push((used.user + used.system) / 1000);
        }
        results.push(atMost(`${format} export, end to end (median of 3)`, median3(times) / 1000, 's', 5));
        // On a busy machine wall time includes waiting for a core; CPU time is what the export itself costs.
        results.push({ metric: `${format} export, CPU time of the process (median of 3)`, value: median3(cpu) / 1000, unit: 's' });
      }
      // Where the time goes: reading with sidecars only, detection, then rendering each format.
      const read = await timed(() => loadArticles([dir], dir, { detect: false }));
      results.push({ metric: 'stage: read articles, parse and re-anchor sidecars', value: read.ms / 1000, unit: 's' });
      const detector = createDetector({});
      const detect = await timed(() => read.value.articles.forEach(({ article }) => detector.detect(article.text)));
      results.push({ metric: 'stage: detect', value: detect.ms / 1000, unit: 's' });
      const loaded = await loadArticles([dir], dir, { detect: true });
      const articles = loaded.articles.map((a) => a.article);
      for (const format of EXPORT_FORMATS) {
        const times: number[] = [];
        let size = 0;
        for (let run = 0; run < 3; run++) {
          const { ms, value } = await timed(() => renderExport(format, { articles, options }));
          times.push(ms);
          size = Buffer.byteLength(value);
        }
        results.push({ metric: `stage: render ${format} (median of 3; output ${(size / 2 ** 20).toFixed(1)} MB)`, value: median3(times) / 1000, unit: 's' });
      }
      return results;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const benchmarks: Benchmark[] = [workspaceExport];
