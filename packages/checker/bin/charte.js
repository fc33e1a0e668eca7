#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the workspace needs no compile step.
import { register } from 'tsx/esm/api';

register();
const { main, UsageError } = await import('../src/cli.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const usage = error instanceof UsageError || error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
  console.error(`charte: ${error?.message ?? error}${usage ? '\nSee: charte --help' : ''}`);
  process.exitCode = 2;
}
