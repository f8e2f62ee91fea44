#!/usr/bin/env node
// `npm start`: show ClaimLens working on the sample articles in examples/.
//  1. prints the command-line scan of examples/ (`node dist/cli.js scan examples`), for terminal-only users;
//  2. serves the real VS Code workbench (the VS Code server from code-server) on http://127.0.0.1:PORT with the
//     extension loaded from this repository and examples/ open, and prints that address; Ctrl-C stops it.
// `npm run build` runs first (package.json), and the VS Code runtime installs itself on first use.
//
// usage: node scripts/start.mjs [--port=N] [--folder=DIR] [--desktop]
//   --port=N     listen on N, or the next free port after it (default $PORT or 3000)
//   --folder=DIR open DIR instead of examples/
//   --desktop    open a desktop VS Code (`code` on the PATH) on the folder instead of serving the workbench
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import {
  ensureRuntime,
  freePort,
  makeProfile,
  removeProfile,
  repoRoot,
  startServer,
  workbenchUrl,
} from './lib/vscodeServer.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const i = a.indexOf('=');
    return i < 0 ? [a.replace(/^--/, ''), 'true'] : [a.slice(2, i), a.slice(i + 1)];
  }),
);
const folder = path.resolve(repoRoot, args.folder ?? 'examples');
const log = (text) => console.log(`[claimlens] ${text}`);

function fail(message) {
  console.error(`[claimlens] ${message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) fail('dist/extension.js is missing: run `npm run build` first (npm start does).');
if (!fs.existsSync(folder)) fail(`no such folder: ${folder}`);

function printScan() {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  const relative = path.relative(repoRoot, folder) || '.';
  console.log(`\n$ claimlens scan ${relative}`);
  // The CLI exits 1 when it finds claims, 2 on a usage error: neither stops the workbench from starting.
  const r = spawnSync(process.execPath, [cli, 'scan', relative], { cwd: repoRoot, encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  process.stdout.write(r.stderr ?? '');
  if (r.error) console.log(`(could not run the command line: ${r.error.message})`);
  console.log('');
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

function openDesktop() {
  const code = which('code');
  if (!code) {
    fail(
      '--desktop needs a desktop VS Code: `code` is not on the PATH.\n' +
        '  Install VS Code and run "Shell Command: Install \'code\' command in PATH", or run `npm start` without --desktop\n' +
        '  to use the workbench in a browser.',
    );
  }
  log(`opening ${folder} in ${code} with the extension loaded from ${repoRoot}`);
  const child = spawn(code, [`--extensionDevelopmentPath=${repoRoot}`, folder], { stdio: 'inherit' });
  child.on('exit', (c) => process.exit(c ?? 0));
}

/**
 * Serves the workbench on `port` by proxying to the VS Code server, and redirects a bare `/` to the address that
 * opens the folder with the extension under development (the VS Code server has no flag for that part).
 */
function startProxy(port, target, landing) {
  const proxy = http.createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/' || req.url === '')) {
      res.writeHead(302, { Location: landing(req.headers.host ?? `127.0.0.1:${port}`) });
      res.end();
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      res.writeHead(502);
      res.end(`VS Code server unavailable: ${err.message}`);
    });
    req.pipe(upstream);
  });
  // WebSocket connections (the workbench's link to the server) pass through byte for byte.
  proxy.on('upgrade', (req, socket, head) => {
    const upstream = net.connect(target, '127.0.0.1', () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(lines.join('\r\n') + '\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return new Promise((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(port, '127.0.0.1', () => resolve(proxy));
  });
}

async function serve() {
  const codeServerDir = ensureRuntime();
  const profile = makeProfile({ userSettings: { 'editor.wordWrap': 'on' } });
  const internalPort = await freePort();
  const server = await startServer(codeServerDir, profile, { port: internalPort, verbose: !!process.env.CLAIMLENS_VSCODE_VERBOSE });
  const port = await freePort(Number(args.port ?? process.env.PORT ?? 3000));
  const landing = (host) => workbenchUrl(host, { folder, extensionDevelopmentPath: repoRoot }).replace(/^http:\/\/[^/]+/, '');
  const proxy = await startProxy(port, internalPort, landing);

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    log('stopping');
    proxy.close();
    await server.stop();
    removeProfile(profile);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  void server.exited.then((code) => {
    if (!stopping) {
      console.error(`[claimlens] the VS Code server stopped unexpectedly (${code}):\n${server.output()}`);
      void stop(1);
    }
  });

  log(`VS Code with ClaimLens and ${path.relative(repoRoot, folder) || '.'}/ open:`);
  console.log(`\n    http://127.0.0.1:${port}/\n`);
  log('open it in a browser; press Ctrl-C to stop');
}

if (args.desktop) {
  openDesktop();
} else {
  printScan();
  await serve();
}
