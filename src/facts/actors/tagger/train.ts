/**
 * Training: an averaged perceptron over the same features and greedy
 * decoding as tagging (model.ts), deterministic from a seed. Used by
 * scripts/train-tagger.mjs on the training split, and by the tests on a few
 * invented sentences.
 */
import { bucketOf } from './hash.js';
import { HISTORY_FEATURES, historyFeatures, type TaggerInput } from './features.js';
import { LABEL_COUNT, OUTSIDE } from './labels.js';
import { bestLabel, type TaggerModel } from './model.js';

export interface TrainingExample {
  input: TaggerInput;
  /** The gold label of every word. */
  labels: ArrayLike<number>;
}

export interface TrainingOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the share of words labelled right during it. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

/** A small seeded generator (mulberry32): the same seed gives the same shuffles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Float weights, averaged over every step of training (the averaged perceptron). */
export function trainPerceptron(examples: readonly TrainingExample[], options: TrainingOptions): TaggerModel {
  const size = (1 << options.bits) * LABEL_COUNT;
  const weights = new Float64Array(size);
  // Lazy averaging: totals[k] holds the sum of weights[k] over the steps up to stamps[k].
  const totals = new Float64Array(size);
  const stamps = new Float64Array(size);
  const model: TaggerModel = { bits: options.bits, weights, scale: 1 };
  const random = seededRandom(options.seed);
  const scores = new Float64Array(LABEL_COUNT);
  const history = new Uint32Array(HISTORY_FEATURES);
  const order = examples.map((_, i) => i);
  let step = 1;
  const update = (features: ArrayLike<number>, from: number, to: number, label: number, delta: number): void => {
    for (let f = from; f < to; f++) {
      const k = bucketOf(features[f]!, options.bits) * LABEL_COUNT + label;
      totals[k]! += (step - stamps[k]!) * weights[k]!;
      stamps[k] = step;
      weights[k]! += delta;
    }
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let right = 0;
    let seen = 0;
    for (const e of order) {
      const { input, labels } = examples[e]!;
      const predicted = new Uint8Array(labels.length);
      for (let i = 0; i < labels.length; i++) {
        // Words the tagger does not read stay outside (O) at tagging time too: nothing to learn.
        if (!input.reads[i]) continue;
        const prev = i > 0 ? predicted[i - 1]! : OUTSIDE;
        const prev2 = i > 1 ? predicted[i - 2]! : OUTSIDE;
        const guess = bestLabel(model, input, i, prev, prev2, scores, history);
        const gold = labels[i]!;
        predicted[i] = guess;
        seen++;
        if (guess === gold) {
          right++;
        } else {
          const from = input.offsets[i]!;
          const to = input.offsets[i + 1]!;
          update(input.features, from, to, gold, 1);
          update(input.features, from, to, guess, -1);
          const n = historyFeatures(input, i, prev, prev2, history);
          update(history, 0, n, gold, 1);
          update(history, 0, n, guess, -1);
        }
        step++;
      }
    }
    options.onEpoch?.(epoch + 1, seen ? right / seen : 1);
  }
  const averaged = new Float64Array(size);
  for (let k = 0; k < size; k++) averaged[k] = (totals[k]! + (step - stamps[k]!) * weights[k]!) / step;
  return { bits: options.bits, weights: averaged, scale: 1 };
}

/**
 * Int16 weights, scaled so that the largest weight uses the full range.
 * Averaged weights are mostly tiny next to a few large ones (the bias, the
 * commonest words), so eight bits lose the small ones: 16 keep them. Decoding
 * compares sums, so the scale itself is only kept for inspection.
 */
export function quantize(model: TaggerModel): TaggerModel {
  const n = model.weights.length;
  let largest = 0;
  for (let k = 0; k < n; k++) largest = Math.max(largest, Math.abs(model.weights[k]!));
  const scale = largest / 32767 || 1;
  const q = new Int16Array(n);
  for (let k = 0; k < n; k++) q[k] = Math.round(model.weights[k]! / scale);
  return { bits: model.bits, weights: q, scale };
}
