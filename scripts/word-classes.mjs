#!/usr/bin/env node
// Part of `npm run build`, after tsc: classifies compromise's lexicon once and
// saves the word classes beside dist/facts/actors/word-classes.js, so that
// every process and worker thread reads a small JSON file at start-up instead
// of loading compromise (about 0.3 s of CPU each). See src/facts/actors/word-classes.ts.
import { writeFileSync } from 'node:fs';

const { classifyLexicon, compromiseLexicon, installedCompromiseVersion, saveableWordClasses, WORD_CLASSES_FILE } = await import(
  new URL('../dist/facts/actors/word-classes.js', import.meta.url).href
);
const saved = saveableWordClasses(classifyLexicon(compromiseLexicon()), installedCompromiseVersion());
writeFileSync(WORD_CLASSES_FILE, `${JSON.stringify(saved)}\n`);
