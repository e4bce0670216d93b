/**
 * The tagger's model: one weight per (feature bucket, label), a table of
 * 2^bits buckets. Decoding is greedy, left to right: each word takes the
 * best-scoring label that may follow the previous one (labels.ts), and that
 * label is a feature of the next word.
 */
import { bucketOf } from './hash.js';
import { HISTORY_FEATURES, historyFeatures, type TaggerInput } from './features.js';
import { LABEL_COUNT, OUTSIDE, allowedAfter } from './labels.js';

export interface TaggerModel {
  /** log2 of the number of buckets. */
  readonly bits: number;
  /** weights[bucket * LABEL_COUNT + label]; int16 once quantized (multiply by `scale`), float while training. */
  readonly weights: ArrayLike<number>;
  readonly scale: number;
}

/** Adds the weights of features[from..to) to scores (one per label). */
export function addScores(model: TaggerModel, features: ArrayLike<number>, from: number, to: number, scores: Float64Array): void {
  const { weights, bits } = model;
  for (let f = from; f < to; f++) {
    const base = bucketOf(features[f]!, bits) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += weights[base + l]!;
  }
}

/** The best label for word i given the two before it; `scores` receives every label's score. */
export function bestLabel(model: TaggerModel, input: TaggerInput, i: number, prev: number, prev2: number, scores: Float64Array, history: Uint32Array): number {
  scores.fill(0);
  addScores(model, input.features, input.offsets[i]!, input.offsets[i + 1]!, scores);
  addScores(model, history, 0, historyFeatures(input, i, prev, prev2, history), scores);
  let best = OUTSIDE;
  for (let l = 1; l < LABEL_COUNT; l++) if (allowedAfter(prev, l) && scores[l]! > scores[best]!) best = l;
  return best;
}

/** Labels for every word of the input. */
export function decode(model: TaggerModel, input: TaggerInput): Uint8Array {
  if (model.weights instanceof Int16Array) return decodeQuantized(model.weights, model.bits, input);
  const labels = new Uint8Array(input.tokens.length);
  const scores = new Float64Array(LABEL_COUNT);
  const history = new Uint32Array(HISTORY_FEATURES);
  for (let i = 0; i < labels.length; i++) {
    if (!input.reads[i]) continue;
    labels[i] = bestLabel(model, input, i, i > 0 ? labels[i - 1]! : OUTSIDE, i > 1 ? labels[i - 2]! : OUTSIDE, scores, history);
  }
  return labels;
}

/**
 * decode for the shipped int16 weights: the same labels (integer sums are exact, and ties go to the
 * lower label as in bestLabel), with the scores in one small integer array: this loop is most of the tagger's time.
 */
function decodeQuantized(weights: Int16Array, bits: number, input: TaggerInput): Uint8Array {
  if (LABEL_COUNT !== 9) throw new Error('decodeQuantized is written for nine labels');
  const n = input.tokens.length;
  const labels = new Uint8Array(n);
  const scores = new Int32Array(LABEL_COUNT);
  const history = new Uint32Array(HISTORY_FEATURES);
  const { features, offsets } = input;
  // Nine labels, written out: the loop over them is the innermost of the tagger.
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  const add = (hash: number): void => {
    const b = bucketOf(hash, bits) * 9;
    s0 += weights[b]!; s1 += weights[b + 1]!; s2 += weights[b + 2]!; s3 += weights[b + 3]!; s4 += weights[b + 4]!;
    s5 += weights[b + 5]!; s6 += weights[b + 6]!; s7 += weights[b + 7]!; s8 += weights[b + 8]!;
  };
  for (let i = 0; i < n; i++) {
    if (!input.reads[i]) continue;
    const prev = i > 0 ? labels[i - 1]! : OUTSIDE;
    s0 = s1 = s2 = s3 = s4 = s5 = s6 = s7 = s8 = 0;
    for (let f = offsets[i]!, to = offsets[i + 1]!; f < to; f++) add(features[f]!);
    const h = historyFeatures(input, i, prev, i > 1 ? labels[i - 2]! : OUTSIDE, history);
    for (let f = 0; f < h; f++) add(history[f]!);
    scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4;
    scores[5] = s5; scores[6] = s6; scores[7] = s7; scores[8] = s8;
    let best = OUTSIDE;
    for (let l = 1; l < LABEL_COUNT; l++) if (allowedAfter(prev, l) && scores[l]! > scores[best]!) best = l;
    labels[i] = best;
  }
  return labels;
}

// ---------------------------------------------------------------------------
// The weights file: "NFTG", a format version, bits, label count, the scale
// (float32), then one little-endian int16 per (bucket, label).

const MAGIC = 0x4754464e; // "NFTG" little-endian
const VERSION = 2;
const HEADER = 16;

export function serializeModel(model: TaggerModel): Uint8Array {
  const n = (1 << model.bits) * LABEL_COUNT;
  const out = new Uint8Array(HEADER + 2 * n);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint8(4, VERSION);
  view.setUint8(5, model.bits);
  view.setUint8(6, LABEL_COUNT);
  view.setFloat32(8, model.scale, true);
  for (let k = 0; k < n; k++) view.setInt16(HEADER + 2 * k, model.weights[k]!, true);
  return out;
}

export function deserializeModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint8(4) !== VERSION) throw new Error('not a newsfacts tagger weights file');
  const bits = view.getUint8(5);
  if (view.getUint8(6) !== LABEL_COUNT) throw new Error('tagger weights were trained for other labels');
  const n = (1 << bits) * LABEL_COUNT;
  if (bytes.byteLength < HEADER + 2 * n) throw new Error('tagger weights file is truncated');
  // Copied into an aligned array (a Buffer's offset may be odd); the file is little-endian, as every supported platform is.
  const weights = new Int16Array(n);
  new Uint8Array(weights.buffer).set(bytes.subarray(HEADER, HEADER + 2 * n));
  return { bits, scale: view.getFloat32(8, true), weights };
}
