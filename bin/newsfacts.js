#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (built by `npm install` via the
// prepare script, and by `npm test` via pretest).
import { main } from '../dist/cli/main.js';

// A closed pipe (`newsfacts extract … | head`) is a normal way to stop reading.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
