import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli';
import { runScan } from '../../../src/cli/scan';
import { capture } from '../cli.test';
import { tree } from './files.test';

// Sentences whose reading no reasonable rule set disagrees on, so these tests stay true as the rules improve.
const SAID = 'The minister said the bridge was closed.';
const HEDGED = 'The convoy was reportedly stopped at the border.';
const PLAIN = 'The river rose two metres overnight.';

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

interface JsonSpan {
  start: number;
  end: number;
  text: string;
}
interface JsonFinding {
  kind: string;
  start: number;
  end: number;
  text: string;
  cue: JsonSpan | null;
  source: JsonSpan | null;
  content: JsonSpan | null;
  category: string;
  rule: string;
  sourceVague?: boolean;
  resolvedSource?: { start: number; end: number; text: string };
}
interface JsonReport {
  version: number;
  files: { path: string; findings: JsonFinding[] }[];
}

async function scanJson(args: string[], cwd: string): Promise<{ code: number; report: JsonReport; err: string }> {
  const r = await capture(['scan', '--json', ...args], cwd);
  return { code: r.code, report: JSON.parse(r.out) as JsonReport, err: r.err };
}

describe('claimlens scan', () => {
  let root: string;
  before(() => {
    root = tree({
      'desk/story.txt': `Headline\n\n${SAID} ${PLAIN}\n\n${HEDGED}\n`,
      'desk/empty.md': `# Weather\n\n${PLAIN}\n`,
      'desk/sub/crlf.txt': `${PLAIN}\r\n\r\n${SAID}\r\n`,
      'desk/node_modules/x/skip.txt': SAID,
      'bom.txt': new Uint8Array([...BOM, ...utf8(`${SAID}\n“Ні,” 🇺🇦 ${HEDGED}\n`)]),
      'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'cp1252.txt': Uint8Array.from('Le ministre a déclaré: «ça déçoit».', (c) => c.charCodeAt(0)),
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  describe('--json', () => {
    it('prints the version 1 contract with exactly its fields, paths relative to the working folder', async () => {
      const { code, report, err } = await scanJson(['desk'], root);
      assert.equal(code, EXIT_OK, err);
      assert.equal(report.version, 1);
      assert.deepEqual(Object.keys(report), ['version', 'files']);
      assert.deepEqual(
        report.files.map((f) => f.path),
        ['desk/empty.md', 'desk/story.txt', 'desk/sub/crlf.txt'],
      );
      const required = ['kind', 'start', 'end', 'text', 'cue', 'source', 'content', 'category', 'rule'];
      for (const file of report.files) {
        assert.deepEqual(Object.keys(file), ['path', 'findings']);
        const text = fs.readFileSync(path.join(root, file.path), 'utf8');
        for (const f of file.findings) {
          const keys = Object.keys(f);
          assert.deepEqual(keys.slice(0, required.length), required);
          assert.ok(keys.every((k) => required.includes(k) || k === 'sourceVague' || k === 'resolvedSource'), keys.join());
          assert.ok(f.kind === 'attributed' || f.kind === 'unverified');
          assert.equal(typeof f.category, 'string');
          assert.equal(typeof f.rule, 'string');
          assert.equal(text.slice(f.start, f.end), f.text);
          for (const span of [f.cue, f.source, f.content]) {
            if (span === null) continue;
            assert.deepEqual(Object.keys(span), ['start', 'end', 'text']);
            assert.equal(text.slice(span.start, span.end), span.text);
          }
          if (f.kind === 'unverified') assert.equal(f.source, null);
        }
      }
    });

    it('finds the plain attributed claim and the plain hedge, and nothing in plain narrative', async () => {
      const { report } = await scanJson(['desk/story.txt', 'desk/empty.md'], root);
      const [story, empty] = report.files;
      const text = fs.readFileSync(path.join(root, 'desk/story.txt'), 'utf8');
      const said = story.findings.find((f) => f.kind === 'attributed');
      assert.ok(said, JSON.stringify(story.findings));
      assert.equal(said.cue?.text, 'said');
      assert.equal(said.cue?.start, text.indexOf(' said') + 1);
      assert.match(said.source?.text ?? '', /minister/);
      const hedge = story.findings.find((f) => f.kind === 'unverified');
      assert.ok(hedge);
      assert.equal(hedge.cue?.text, 'reportedly');
      assert.deepEqual(empty.findings, []);
    });

    it('names the speaker a pronoun source most likely refers to', async () => {
      const dir = tree({ 'pronoun.txt': 'The harbour master Ines Morel said the quay was safe. He added that repairs would end in May.\n' });
      const { report } = await scanJson(['pronoun.txt'], dir);
      const added = report.files[0].findings.find((f) => f.cue?.text === 'added');
      assert.ok(added, JSON.stringify(report.files[0].findings));
      assert.equal(added.source?.text, 'He');
      assert.match(added.resolvedSource?.text ?? '', /Ines Morel/);
    });

    it('keeps findings in text order', async () => {
      const { report } = await scanJson(['desk/story.txt'], root);
      const starts = report.files[0].findings.map((f) => f.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    });

    it('counts a BOM as one UTF-16 unit, like a JavaScript string of the decoded file', async () => {
      const { code, report } = await scanJson(['bom.txt'], root);
      assert.equal(code, EXIT_OK);
      const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(fs.readFileSync(path.join(root, 'bom.txt')));
      assert.equal(decoded.charCodeAt(0), 0xfeff);
      const findings = report.files[0].findings;
      const said = findings.find((f) => f.cue?.text === 'said');
      assert.ok(said);
      assert.equal(said.cue?.start, 1 + 'The minister '.length);
      const hedge = findings.find((f) => f.cue?.text === 'reportedly');
      assert.ok(hedge, 'the hedge after astral characters is found');
      assert.equal(hedge.cue?.start, decoded.indexOf('reportedly'));
      for (const f of findings) assert.equal(decoded.slice(f.start, f.end), f.text);
    });

    it('reports one kind only with --kind', async () => {
      const unverified = await scanJson(['--kind', 'unverified', 'desk/story.txt'], root);
      assert.ok(unverified.report.files[0].findings.length > 0);
      assert.ok(unverified.report.files[0].findings.every((f) => f.kind === 'unverified'));
      const attributed = await scanJson(['--kind=attributed', 'desk/story.txt'], root);
      assert.ok(attributed.report.files[0].findings.length > 0);
      assert.ok(attributed.report.files[0].findings.every((f) => f.kind === 'attributed'));
    });

    it('reports modal hedges only with --include-modal', async () => {
      const dir = tree({ 'modal.txt': 'The strike could spread to other ports.\n' });
      try {
        const without = await scanJson(['modal.txt'], dir);
        assert.ok(without.report.files[0].findings.every((f) => f.category !== 'modal'));
        const withModal = await scanJson(['--include-modal', 'modal.txt'], dir);
        assert.ok(withModal.report.files[0].findings.some((f) => f.category === 'modal' && f.cue?.text === 'could'));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('output for people', () => {
    it('prints file:line:col, kind, cue, source and the text with the cue marked, then a count', async () => {
      const r = await capture(['scan', 'desk/story.txt'], root);
      assert.equal(r.code, EXIT_OK, r.err);
      assert.match(r.out, /^desk\/story\.txt:3:1 {2}attributed {2}"said" {2}"[^"]*minister" {2}The minister \[\[said\]\] the bridge was closed\./m);
      assert.match(r.out, /^desk\/story\.txt:5:\d+ {2}unverified {2}"reportedly" {2}- {2}.*\[\[reportedly\]\]/m);
      assert.match(r.out, /^\d+ findings in 1 file\n$/m);
      assert.doesNotMatch(r.out, /\x1b\[/, 'no colour when stdout is not a terminal');
    });

    it('gives line and column as an editor shows them: CRLF is one break, a BOM is not a column', async () => {
      const crlf = await capture(['scan', '--kind', 'attributed', 'desk/sub/crlf.txt'], root);
      assert.match(crlf.out, /^desk\/sub\/crlf\.txt:3:1 {2}attributed/m);
      const bom = await capture(['scan', '--kind', 'attributed', 'bom.txt'], root);
      assert.match(bom.out, /^bom\.txt:1:1 {2}attributed {2}"said"/m);
    });

    it('colours the cue on a terminal unless NO_COLOR is set', async () => {
      const run = async (env: Record<string, string | undefined>): Promise<string> => {
        let out = '';
        const io = { stdout: { write: (t: string) => (out += t), isTTY: true }, stderr: { write: () => true }, cwd: root };
        assert.equal(await runScan(['desk/story.txt'], io, env), EXIT_OK);
        return out;
      };
      assert.match(await run({}), /\x1b\[1m\x1b\[33msaid\x1b\[0m/);
      const plain = await run({ NO_COLOR: '1' });
      assert.doesNotMatch(plain, /\x1b\[/);
      assert.match(plain, /\[\[said\]\]/);
    });

    it('never passes control characters from the article to the terminal', async () => {
      const dir = tree({ 'evil.txt': `The minister said the \x1b[2Jbridge was closed.\n` });
      try {
        const r = await capture(['scan', 'evil.txt'], dir);
        assert.doesNotMatch(r.out, /\x1b/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('errors', () => {
    it('refuses a binary file with a clear message, scans the others and exits 2', async () => {
      const r = await capture(['scan', '--json', 'photo.txt', 'desk/story.txt'], root);
      assert.equal(r.code, EXIT_USAGE);
      assert.match(r.err, /^claimlens scan: photo\.txt: refused: the file is binary \(it contains a NUL byte at offset 8\)/m);
      const report = JSON.parse(r.out) as JsonReport;
      assert.deepEqual(report.files.map((f) => f.path), ['desk/story.txt']);
      // the human summary counts only the files it scanned
      const human = await capture(['scan', 'photo.txt', 'desk/story.txt'], root);
      assert.match(human.out, /^\d+ findings? in 1 file \(1 not scanned\)$/m);
    });

    it('refuses text in another encoding with a hint', async () => {
      const r = await capture(['scan', 'cp1252.txt'], root);
      assert.equal(r.code, EXIT_USAGE);
      assert.match(r.err, /cp1252\.txt: refused: the file is not UTF-8 text .*convert it to UTF-8/);
    });

    it('reports a missing file and exits 2', async () => {
      const r = await capture(['scan', 'nope.txt', 'desk/story.txt'], root);
      assert.equal(r.code, EXIT_USAGE);
      assert.match(r.err, /^claimlens scan: nope\.txt: no such file or folder$/m);
      assert.match(r.out, /desk\/story\.txt:3:1/);
    });

    for (const [args, message] of [
      [[], /name at least one file or folder/],
      [['--frobnicate', 'a.txt'], /unknown option --frobnicate/],
      [['--kind', 'rumour', 'a.txt'], /--kind must be attributed or unverified, not 'rumour'/],
      [['--kind'], /--kind needs a value/],
      [['--config'], /--config needs a value/],
      [['--json=yes', 'a.txt'], /unknown option --json/],
      [['--config', 'missing.yaml', 'desk'], /--config missing\.yaml: no such file/],
    ] as const) {
      it(`rejects ${JSON.stringify(args)} as a usage error`, async () => {
        const r = await capture(['scan', ...args], root);
        assert.equal(r.code, EXIT_USAGE);
        assert.match(r.err, message);
        assert.equal(r.out, '');
      });
    }

    it('prints its usage for --help and exits 0', async () => {
      const r = await capture(['scan', '--help'], root);
      assert.equal(r.code, EXIT_OK);
      assert.match(r.out, /usage: claimlens scan \[--json\]/);
    });

    it('reads a file named after --', async () => {
      const dir = tree({ '-dash.txt': `${SAID}\n` });
      try {
        const r = await capture(['scan', '--', '-dash.txt'], dir);
        assert.equal(r.code, EXIT_OK, r.err);
        assert.match(r.out, /^-dash\.txt:1:1/m);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('.claimlens.yaml', () => {
    let ws: string;
    const LOCAL_HEDGE = 'The convoy was zorbly stopped at the border.\n';
    before(() => {
      ws = tree({
        'newsroom/.claimlens.yaml': 'hedges: [zorbly]\n',
        'newsroom/politics/a.txt': LOCAL_HEDGE,
        'elsewhere/b.txt': LOCAL_HEDGE,
        'broken/.claimlens.yaml': 'hedges: [zorbly\n',
        'broken/c.txt': LOCAL_HEDGE,
        'odd/.claimlens.yaml': 'hedges: [zorbly]\ncolour: red\n',
        'odd/d.txt': LOCAL_HEDGE,
        'shared.yaml': 'hedges: [zorbly]\n',
      });
    });
    after(() => fs.rmSync(ws, { recursive: true, force: true }));

    const cues = (report: JsonReport, file: string): string[] =>
      (report.files.find((f) => f.path === file)?.findings ?? []).map((f) => f.cue?.text ?? '');

    it("applies the nearest ancestor's file to each article, and none where there is none", async () => {
      const { code, report } = await scanJson(['newsroom', 'elsewhere'], ws);
      assert.equal(code, EXIT_OK);
      assert.ok(cues(report, 'newsroom/politics/a.txt').includes('zorbly'));
      assert.ok(!cues(report, 'elsewhere/b.txt').includes('zorbly'));
    });

    it("falls back to the working folder's ancestors, as check does", async () => {
      const { code, report } = await scanJson(['a.txt'], path.join(ws, 'newsroom/politics'));
      assert.equal(code, EXIT_OK);
      assert.ok(cues(report, 'a.txt').includes('zorbly'));
      const outside = await scanJson(['../../elsewhere/b.txt'], path.join(ws, 'newsroom/politics'));
      assert.ok(cues(outside.report, '../../elsewhere/b.txt').includes('zorbly'), 'an article outside uses the working folder’s file');
    });

    it('uses --config for every article', async () => {
      const { code, report } = await scanJson(['--config', 'shared.yaml', 'elsewhere'], ws);
      assert.equal(code, EXIT_OK);
      assert.ok(cues(report, 'elsewhere/b.txt').includes('zorbly'));
    });

    it('reports a broken file with its position, skips its articles and exits 2', async () => {
      const r = await capture(['scan', '--json', 'broken', 'elsewhere'], ws);
      assert.equal(r.code, EXIT_USAGE);
      assert.match(r.err, /^claimlens scan: broken\/\.claimlens\.yaml:\d+:\d+: error: /m);
      assert.match(r.err, /broken\/c\.txt: not scanned because its \.claimlens\.yaml has errors/);
      assert.deepEqual((JSON.parse(r.out) as JsonReport).files.map((f) => f.path), ['elsewhere/b.txt']);
    });

    it('warns about an unknown key and still scans', async () => {
      const r = await capture(['scan', '--json', 'odd'], ws);
      assert.equal(r.code, EXIT_OK);
      assert.match(r.err, /^claimlens scan: odd\/\.claimlens\.yaml:2:1: warning: unknown key 'colour'/m);
      assert.ok(cues(JSON.parse(r.out) as JsonReport, 'odd/d.txt').includes('zorbly'));
    });

    it('rejects a broken --config before scanning anything', async () => {
      const r = await capture(['scan', '--config', 'broken/.claimlens.yaml', 'elsewhere'], ws);
      assert.equal(r.code, EXIT_USAGE);
      assert.equal(r.out, '');
    });
  });

  describe('the built command', () => {
    // The CLI bundle built as esbuild.mjs builds dist/cli.js (bundled, CommonJS, with the shebang), but into a
    // temporary folder, so the test does not depend on the extension bundle building too.
    let cli: string;
    before(async function () {
      this.timeout(120_000);
      const esbuild = await import('esbuild');
      cli = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bin-')), 'cli.js');
      await esbuild.build({
        entryPoints: [path.resolve(__dirname, '../../../../src/cli/main.ts')],
        outfile: cli,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        banner: { js: '#!/usr/bin/env node' },
        logLevel: 'silent',
      });
    });
    after(() => fs.rmSync(path.dirname(cli), { recursive: true, force: true }));

    it('runs as a separate process with exit code 0 for a scan and 2 for a missing file', () => {
      const ok = spawnSync(process.execPath, [cli, 'scan', '--json', 'desk/story.txt'], { cwd: root, encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stderr);
      const report = JSON.parse(ok.stdout) as JsonReport;
      assert.equal(report.version, 1);
      assert.ok(report.files[0].findings.some((f) => f.kind === 'attributed' && f.cue?.text === 'said'));
      const missing = spawnSync(process.execPath, [cli, 'scan', 'nope.txt'], { cwd: root, encoding: 'utf8' });
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /nope\.txt: no such file or folder/);
    });
  });
});
