/** Entry point for the packaged-extension run: the same mocha setup as the main suite, over the tests beside this file. */
import { runMochaIn } from '../suite/index';

/** Called by VS Code's test runner. */
export function run(): Promise<void> {
  return runMochaIn(__dirname);
}
