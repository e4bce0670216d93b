#!/usr/bin/env node
// Part of `npm run build`, after tsc: copies the data files that tsc does not emit (the name
// tagger's weights) from src/ into dist/, beside the modules that read them.
import { copyFileSync, existsSync } from 'node:fs';

for (const file of ['facts/actors/tagger/weights.bin']) {
  const from = new URL(`../src/${file}`, import.meta.url);
  if (existsSync(from)) copyFileSync(from, new URL(`../dist/${file}`, import.meta.url));
}
