/**
 * Runs every `*.bench.js` module beside this file (or those named on the command line) and writes BENCHMARKS.md.
 * Each module runs in a Node process of its own, so that one benchmark's heap and compiled code do not skew the next
 * (after the decorations benchmark, the full-scan throughput of the same process reads a third lower).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Benchmark, BenchResult } from './harness';

const root = path.resolve(__dirname, '../..');

function format(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toFixed(3);
}

type Section = { name: string; results: BenchResult[] };

/** Runs one module's benchmarks in this process, printing each result as it comes. */
async function runModule(file: string): Promise<Section[]> {
  const sections: Section[] = [];
  const { benchmarks } = require(path.join(__dirname, file)) as { benchmarks: Benchmark[] };
  for (const bench of benchmarks) {
    process.stdout.write(`\n${bench.name}\n`);
    const results = await bench.run();
    for (const r of results) {
      const verdict = r.ok === undefined ? '' : r.ok ? '  ok' : '  MISSED';
      process.stdout.write(`  ${r.metric}: ${format(r.value)} ${r.unit}${r.target ? ` (target ${r.target})` : ''}${verdict}\n`);
    }
    sections.push({ name: bench.name, results });
  }
  return sections;
}

const CHILD_FLAG = '--module';

async function main(): Promise<void> {
  if (process.argv[2] === CHILD_FLAG) {
    // a child: run one module, then hand its results to the parent through a file
    const sections = await runModule(process.argv[3]);
    fs.writeFileSync(process.argv[4], JSON.stringify(sections));
    return;
  }
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const sections: Section[] = [];
  const resultsFile = path.join(os.tmpdir(), `claimlens-bench-${process.pid}.json`);
  try {
    for (const file of files) {
      const child = spawnSync(process.execPath, [...process.execArgv, __filename, CHILD_FLAG, file, resultsFile], { stdio: ['ignore', 'inherit', 'inherit'] });
      if (child.status !== 0) throw new Error(`${file} failed (exit ${child.status ?? child.signal})`);
      sections.push(...(JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Section[]));
    }
  } finally {
    fs.rmSync(resultsFile, { force: true });
  }
  if (only.length > 0) return; // a partial run does not rewrite the record
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB.`,
    '',
  ];
  for (const s of sections) {
    lines.push(`## ${s.name}`, '', '| metric | value | target | |', '| --- | ---: | --- | --- |');
    for (const r of s.results) lines.push(`| ${r.metric} | ${format(r.value)} ${r.unit} | ${r.target ?? ''} | ${r.ok === undefined ? '' : r.ok ? 'ok' : 'missed'} |`);
    lines.push('');
  }
  fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), lines.join('\n'));
  process.stdout.write('\nwrote BENCHMARKS.md\n');
}

void main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
