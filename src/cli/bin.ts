/**
 * Entry of the built CLI (dist/cli/hcaict-data.mjs, the package's `hcaict-data` bin):
 * runs the command and sets the exit code (0 = in order, 1 = problems, 2 = wrong command).
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
