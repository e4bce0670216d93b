import { describe, expect, it } from 'vitest';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { tokenize } from '../../../../src/facts/actors/tokens.js';
import { bucketOf, featureHash } from '../../../../src/facts/actors/tagger/hash.js';
import { taggerInput, wordShape } from '../../../../src/facts/actors/tagger/features.js';
import { LABELS, allowedAfter, beginOf, spansOfLabels } from '../../../../src/facts/actors/tagger/labels.js';
import { decode, deserializeModel, serializeModel } from '../../../../src/facts/actors/tagger/model.js';
import { quantize, seededRandom, trainPerceptron, type TrainingExample } from '../../../../src/facts/actors/tagger/train.js';
import { tagNames } from '../../../../src/facts/actors/tagger/index.js';
import { shippedModel } from '../../../../src/facts/actors/tagger/weights.js';

const label = (name: string): number => LABELS.indexOf(name);

/** An invented sentence with its names marked as [PER Jane Roe] and [ORG Acme Works]. */
function example(marked: string): TrainingExample {
  const spans: { start: number; end: number; type: 'PER' | 'ORG' }[] = [];
  let text = '';
  for (const part of marked.split(/(\[(?:PER|ORG) [^\]]+\])/)) {
    const m = /^\[(PER|ORG) ([^\]]+)\]$/.exec(part);
    if (!m) {
      text += part;
      continue;
    }
    spans.push({ start: text.length, end: text.length + m[2]!.length, type: m[1] as 'PER' | 'ORG' });
    text += m[2];
  }
  const doc = createTextDocument(text);
  const tokens = tokenize(doc);
  const labels = tokens.map((t, i) => {
    const s = spans.find((x) => x.start <= t.start && t.end <= x.end);
    if (!s) return 0;
    return s.start === t.start || i === 0 ? beginOf(s.type) : beginOf(s.type) + 1;
  });
  return { input: taggerInput(doc, tokens), labels };
}

const TRAINING = [
  '[PER Marta Kovel] said on Monday that [ORG Brixton Mills] would close.',
  'Shares in [ORG Delmar Foods] fell after [PER Otto Brand] resigned.',
  '[PER Ilsa Varga] joined [ORG Pellham Group] last year, [PER Varga] said.',
  'The board of [ORG Quorra Bank] met [PER Tomas Reyes] in the city.',
  '[PER Nadia Frost], 31, scored twice for [ORG Harwick United].',
  '[ORG Fenwick Rovers] beat [ORG Castor Athletic] on Saturday.',
].map(example);

describe('feature hashing', () => {
  it('is deterministic and separates templates and values', () => {
    expect(featureHash(1, 'said')).toBe(featureHash(1, 'said'));
    expect(featureHash(1, 'said')).not.toBe(featureHash(2, 'said'));
    expect(featureHash(1, 'said')).not.toBe(featureHash(1, 'says'));
    // Characters above U+00FF are hashed by both bytes.
    expect(featureHash(1, 'Ł')).not.toBe(featureHash(1, 'A'));
  });
  it('puts every hash in the table', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const b = bucketOf(Math.floor(random() * 2 ** 32), 12);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(4096);
    }
  });
});

describe('word shape and features', () => {
  it('collapses runs of one character class', () => {
    const shapes = ['Kovel', 'U.S.', '2-1', 'McAdam'].map(wordShape);
    expect(shapes).toEqual(['Xx', 'X.X.', 'd-d', 'XxXx']);
  });
  it('reads capitalized words and paragraphs in capitals, and leaves other words outside without features', () => {
    const doc = createTextDocument('ROVERS WIN AGAIN\n\nThe club of Bank of Lisbon won.');
    const input = taggerInput(doc, tokenize(doc));
    expect(input.offsets.length).toBe(input.tokens.length + 1);
    expect([...input.inCapitals]).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    // ROVERS WIN AGAIN | The (a function word opening a sentence) club of | Bank of Lisbon | won
    expect([...input.reads]).toEqual([1, 1, 1, 0, 0, 0, 1, 1, 1, 0]);
    for (let i = 0; i < input.tokens.length; i++) {
      const count = input.offsets[i + 1]! - input.offsets[i]!;
      if (input.reads[i]) expect(count).toBeGreaterThan(10);
      else expect(count).toBe(0);
    }
  });
});

describe('features remembered per word form', () => {
  it('gives a word the same features in every article and on every call', () => {
    const featuresOf = (text: string, word: string): number[] => {
      const doc = createTextDocument(text);
      const input = taggerInput(doc, tokenize(doc));
      const i = input.tokens.findIndex((t) => t.text === word);
      return Array.from(input.features.subarray(input.offsets[i]!, input.offsets[i + 1]!)).sort((a, b) => a - b);
    };
    const text = 'Then on Monday Brixton Mills said it would close.';
    expect(featuresOf(text, 'Brixton')).toEqual(featuresOf(text, 'Brixton'));
    // The same word in the same context of another article: the same features, the context's included.
    expect(featuresOf('Only on Monday Brixton Mills said it would close.', 'Brixton')).toEqual(featuresOf(text, 'Brixton'));
    expect(featuresOf('Then on Monday Brixton Foods said it would close.', 'Brixton')).not.toEqual(featuresOf(text, 'Brixton'));
  });
});

describe('labels', () => {
  it('never opens a name with I- and reads B-/I- runs as spans', () => {
    expect(allowedAfter(label('O'), label('I-PER'))).toBe(false);
    expect(allowedAfter(label('B-ORG'), label('I-PER'))).toBe(false);
    expect(allowedAfter(label('B-PER'), label('I-PER'))).toBe(true);
    const labels = ['B-PER', 'I-PER', 'O', 'B-ORG', 'B-ORG', 'I-ORG'].map(label);
    expect(spansOfLabels(labels)).toEqual([
      { type: 'PER', first: 0, last: 1 },
      { type: 'ORG', first: 3, last: 3 },
      { type: 'ORG', first: 4, last: 5 },
    ]);
  });
});

describe('training', () => {
  it('learns invented sentences, the same from the same seed, and survives quantizing and the file format', () => {
    const a = trainPerceptron(TRAINING, { bits: 14, epochs: 8, seed: 3 });
    const b = trainPerceptron(TRAINING, { bits: 14, epochs: 8, seed: 3 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    const model = deserializeModel(serializeModel(quantize(a)));
    for (const e of TRAINING) expect(Array.from(decode(model, e.input))).toEqual(Array.from(e.labels));
  });
  it('labels alike with the quantized integer weights and the same weights as floats', () => {
    const quantized = deserializeModel(serializeModel(quantize(trainPerceptron(TRAINING, { bits: 14, epochs: 4, seed: 5 }))));
    const asFloats = { ...quantized, weights: Float64Array.from(quantized.weights) };
    const doc = createTextDocument('Later Marta Reyes met the Quorra Mills board, and Harwick Bank said it would hire.');
    const input = taggerInput(doc, tokenize(doc));
    const labels = Array.from(decode(quantized, input));
    expect(labels).toEqual(Array.from(decode(asFloats, input)));
    expect(labels.some((l) => l !== 0)).toBe(true);
  });
  it('reports its progress per epoch', () => {
    const seen: number[] = [];
    trainPerceptron(TRAINING, { bits: 12, epochs: 3, seed: 1, onEpoch: (_, accuracy) => seen.push(accuracy) });
    expect(seen).toHaveLength(3);
    expect(seen[2]!).toBeGreaterThanOrEqual(seen[0]!);
  });
  it('refuses a file that is not a weights file', () => {
    expect(() => deserializeModel(new Uint8Array(32))).toThrow(/weights/);
  });
});

describe('the shipped tagger', () => {
  it('is loaded once and finds people and organizations standing alone', () => {
    expect(shippedModel()).toBe(shippedModel());
    const doc = createTextDocument('In the second half Tomas Brennan scored twice, and Fenwick Rovers beat Castor United 3-1.');
    const names = tagNames(doc, tokenize(doc)).map((n) => `${n.type}:${n.text}`);
    expect(names).toEqual(['PER:Tomas Brennan', 'ORG:Fenwick Rovers', 'ORG:Castor United']);
  });
  it('ends a name at punctuation between its words', () => {
    const doc = createTextDocument('Ilsa Varga (Norway) beat Marta Kovel (Poland) 6-3 6-4.');
    for (const n of tagNames(doc, tokenize(doc))) expect(n.text).not.toMatch(/[()]/);
  });
});
