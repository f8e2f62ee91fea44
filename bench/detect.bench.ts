/**
 * Detection speed and memory: full-scan throughput on a generated corpus, re-detection after one-character
 * edits in a 1 MB article, and the peak memory of one full scan relative to its input.
 * Throughput counts UTF-8 bytes of input; 1 MB here is 2^20 bytes, the stricter reading.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createDetector } from '../src/core/detect/detector';
import { IncrementalDetector } from '../src/core/detect/incremental';
import type { Finding } from '../src/core/findings';
import { atLeast, atMost, type Benchmark, type BenchResult } from './harness';
import { generateArticle, generateCorpus, seededRandom } from './newsCorpus';

const MB = 2 ** 20;

const throughput: Benchmark = {
  name: 'detect: full-scan throughput (generated corpus, 12 MB)',
  async run(): Promise<BenchResult[]> {
    const articles = generateCorpus(12 * MB, 7);
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a, 'utf8'), 0);
    const detector = createDetector({});
    for (const a of articles.slice(0, 50)) detector.detect(a); // warm up the JIT
    const rates: number[] = [];
    let findings = 0;
    for (let pass = 0; pass < 3; pass++) {
      findings = 0;
      const t0 = performance.now();
      for (const a of articles) findings += detector.detect(a).length;
      rates.push(bytes / MB / ((performance.now() - t0) / 1000));
    }
    rates.sort((a, b) => a - b);
    // with an ignore list, which tokenizes each cue once more
    const ignoring = createDetector({ ignore: ['according to the'] });
    for (const a of articles.slice(0, 50)) ignoring.detect(a);
    const t1 = performance.now();
    for (const a of articles) ignoring.detect(a);
    const ignoringRate = bytes / MB / ((performance.now() - t1) / 1000);
    return [
      { metric: 'corpus', value: bytes / MB, unit: 'MB' },
      { metric: 'articles', value: articles.length, unit: '' },
      { metric: 'findings per pass', value: findings, unit: '' },
      atLeast('throughput (median of 3 passes)', rates[1], 'MB/s', 20),
      { metric: 'throughput with an ignore list (one pass)', value: ignoringRate, unit: 'MB/s' },
    ];
  },
};

const incremental: Benchmark = {
  name: 'detect: re-detection after a one-character edit (1 MB article)',
  async run(): Promise<BenchResult[]> {
    const rng = seededRandom(11);
    let text = generateArticle(rng, MB);
    const detector = createDetector({});
    const live = new IncrementalDetector(detector, text);
    const typed = ['a', 'e', ' ', '.', '”', '"', '\n', 'x'];
    const times: number[] = [];
    const edits = 400;
    for (let i = 0; i < edits + 20; i++) {
      const at = Math.floor(rng() * text.length);
      const op = rng();
      // insert, delete or replace one character, keeping the size about the same
      const [start, end, insert] = op < 0.4 ? [at, at, typed[Math.floor(rng() * typed.length)]] : op < 0.8 ? [at, Math.min(at + 1, text.length), ''] : [at, Math.min(at + 1, text.length), 'o'];
      const t0 = performance.now();
      live.applyEdit(start, end, insert);
      const ms = performance.now() - t0;
      text = text.slice(0, start) + insert + text.slice(end);
      if (i >= 20) times.push(ms); // the first edits warm up the JIT
    }
    times.sort((a, b) => a - b);
    const t0 = performance.now();
    const full = detector.detect(text);
    const fullMs = performance.now() - t0;
    const same = JSON.stringify(sortFindings(live.findings())) === JSON.stringify(sortFindings(full));
    return [
      { metric: 'article', value: Buffer.byteLength(text, 'utf8') / MB, unit: 'MB' },
      atMost(`median over ${edits} random edits`, times[Math.floor(times.length / 2)], 'ms', 2),
      { metric: '95th percentile', value: times[Math.floor(times.length * 0.95)], unit: 'ms' },
      { metric: 'slowest', value: times[times.length - 1], unit: 'ms' },
      { metric: 'a full pass over the same article, for comparison', value: fullMs, unit: 'ms' },
      atLeast('findings equal a full pass after the edits (1 = yes)', same ? 1 : 0, '', 1),
    ];
  },
};

const memory: Benchmark = {
  name: 'detect: peak memory of a full scan (one 32 MB text, separate process)',
  async run(): Promise<BenchResult[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-'));
    try {
      const file = path.join(dir, 'big.txt');
      fs.writeFileSync(file, generateCorpus(32 * MB, 23).join('\n\n'));
      const child = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'detectMemory.js'), file], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`memory child failed: ${child.stderr}`);
      const m = JSON.parse(child.stdout) as {
        inputBytes: number;
        rssBefore: number;
        rssLoaded: number;
        peak: number;
        reset: boolean;
        findings: number;
        heapRetained: number;
        ms: number;
      };
      const results: BenchResult[] = [
        { metric: 'input', value: m.inputBytes / MB, unit: 'MB' },
        { metric: 'text in memory (RSS after loading − before)', value: (m.rssLoaded - m.rssBefore) / MB, unit: 'MB' },
        // The target holds the growth during the scan: the editor already holds the text, and V8 keeps a text
        // with any curly quote at two bytes a character, which no detector can change.
        atMost('peak growth during the scan (peak − RSS after loading), × input', (m.peak - m.rssLoaded) / m.inputBytes, '×', 3),
        { metric: 'peak including the text itself (peak − RSS before loading), × input', value: (m.peak - m.rssBefore) / m.inputBytes, unit: '×' },
        { metric: `heap still used after the scan (${m.findings} findings, caches), × input`, value: m.heapRetained / m.inputBytes, unit: '×' },
        { metric: 'throughput on the single big text', value: m.inputBytes / MB / (m.ms / 1000), unit: 'MB/s' },
      ];
      if (!m.reset) results.push({ metric: 'peak mark could not be reset: lifetime peak used (overstates)', value: 1, unit: '' });
      return results;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Findings in a canonical order, so an incremental result can be compared with a full pass. */
function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.rule.localeCompare(b.rule));
}

export const benchmarks: Benchmark[] = [throughput, incremental, memory];
