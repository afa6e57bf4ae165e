#!/usr/bin/env node
// The `destalk` command. The sources are TypeScript (shared with the server); tsx compiles them
// on the fly so the CLI needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
