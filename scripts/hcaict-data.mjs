#!/usr/bin/env node
// `npx hcaict-data …`: the data CLI of the HCA ICT widget kit (src/cli/main.ts, run via esbuild on Node 20).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTs } from './run-ts.mjs';

await runTs(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli', 'main.ts'), process.argv.slice(2));
