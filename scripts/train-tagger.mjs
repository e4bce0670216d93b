#!/usr/bin/env node
// Trains the actor name tagger (src/facts/actors/tagger) and writes its weights to
// src/facts/actors/tagger/weights.bin. `npm run train:ner` (builds first: the features come from dist/).
//
// Training data: the CoNLL-2003 English training split (eng.train) ONLY, as kept in the shared
// benchmarks folder (see the README, "Name tagger"); never the dev or test split. Each document is
// detokenized as the benchmark describes it, one sentence per paragraph, then read by the same
// tokenizer and features as at run time, so training and tagging see the same words. Only feature
// hashes and weights are written: no string of the corpus reaches the weights file.
//
// usage: node scripts/train-tagger.mjs [--data PATH/eng.train] [--bits 16] [--epochs 6] [--seed 1] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dataFile = opt('--data', new URL('../../shared/benchmarks/conll2003/eng.train', import.meta.url).pathname);
const bits = Number(opt('--bits', 16));
const epochs = Number(opt('--epochs', 6));
const seed = Number(opt('--seed', 1));
const outFile = opt('--out', new URL('../src/facts/actors/tagger/weights.bin', import.meta.url).pathname);

const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const { createTextDocument } = await dist('facts/text/document.js');
const { tokenize } = await dist('facts/actors/tokens.js');
const { taggerInput } = await dist('facts/actors/tagger/features.js');
const { beginOf, ENTITY_TYPES } = await dist('facts/actors/tagger/labels.js');
const { serializeModel } = await dist('facts/actors/tagger/model.js');
const { quantize, trainPerceptron } = await dist('facts/actors/tagger/train.js');

/** Documents of a CoNLL file: sentences of [word, entity tag] (IOB1 tags as written). */
export function readConll(file) {
  const docs = [];
  let doc = null;
  let sentence = [];
  const flush = () => {
    if (doc && sentence.length) doc.push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      doc = [];
      docs.push(doc);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(' ');
    sentence.push([cols[0], cols[cols.length - 1]]);
  }
  flush();
  return docs.filter((d) => d.length);
}

/** The benchmark's detokenization: spaces joined, then removed around punctuation and clitics. */
function detokenize(words) {
  return words.join(' ').replace(/ ([,.;:?!%)\]])/g, '$1').replace(/([(\[$]) /g, '$1').replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1').replace(/" (.*?) "/g, '"$1"');
}

/** One training example: the document's text read as at run time, and a BIO label per actor token. */
function example(sentences) {
  const parts = [];
  const spans = []; // [start, end, label of the word's first character]
  let offset = 0;
  for (const sentence of sentences) {
    const text = detokenize(sentence.map((w) => w[0]));
    let at = 0;
    let previousType = 'O';
    for (const [word, tag] of sentence) {
      const found = text.indexOf(word, at);
      const type = tag === 'O' ? 'O' : tag.slice(2);
      const begins = type !== 'O' && (tag.startsWith('B-') || type !== previousType);
      if (found >= 0) {
        spans.push([offset + found, offset + found + word.length, type, begins]);
        at = found + word.length;
      }
      previousType = type;
    }
    parts.push(text);
    offset += text.length + 2;
  }
  const text = parts.join('\n\n');
  const doc = createTextDocument(text);
  const tokens = tokenize(doc);
  const labels = new Uint8Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (s < spans.length && spans[s][1] <= t.start) s++;
    const span = spans[s];
    if (!span || span[0] > t.start || span[2] === 'O') continue;
    const b = beginOf(span[2]);
    // The word that starts a name opens it; a later word of the same CoNLL token, or of the name, continues it.
    labels[i] = span[3] && span[0] === t.start ? b : (i > 0 && labels[i - 1] !== 0 && (labels[i - 1] - 1) >> 1 === (b - 1) >> 1 ? b + 1 : b);
  }
  return { input: taggerInput(doc, tokens), labels };
}

const t0 = Date.now();
const examples = readConll(dataFile).map(example);
const words = examples.reduce((n, e) => n + e.labels.length, 0);
const t1 = Date.now();
console.error(`read ${examples.length} documents, ${words} words (${ENTITY_TYPES.join('/')}) in ${((t1 - t0) / 1000).toFixed(1)} s`);
const model = trainPerceptron(examples, {
  bits, epochs, seed,
  onEpoch: (epoch, accuracy) => console.error(`epoch ${epoch}: ${(accuracy * 100).toFixed(2)} % of words labelled right`),
});
const bytes = serializeModel(quantize(model));
writeFileSync(outFile, bytes);
console.error(`trained in ${((Date.now() - t1) / 1000).toFixed(1)} s; wrote ${outFile} (${(bytes.length / 1048576).toFixed(2)} MB, 2^${bits} buckets)`);
