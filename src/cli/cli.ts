/** The command-line front end: parses arguments and dispatches to a subcommand over the core. */

import { runCheck } from './check';
import { runExport } from './export';
import { runScan } from './scan';

/** Where the CLI writes, so tests can capture output without spawning a process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
}

/** The exit codes the CLI promises. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const USAGE = `usage: claimlens <command> [options] <files or folders…>

commands:
  scan     find attributed claims and unverified statements
  export   write a report or a standard format
  check    pre-publication gate: fail when claims still need work
  help     show this text
`;

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout.write(USAGE);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    case 'scan':
      return runScan(rest, io);
    case 'export':
      return runExport(rest, io);
    case 'check':
      return runCheck(rest, io);
    default:
      io.stderr.write(`claimlens: unknown command '${command}'\n${USAGE}`);
      void rest;
      return EXIT_USAGE;
  }
}
