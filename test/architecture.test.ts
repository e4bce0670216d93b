// The layering the README promises, checked on the source: data flows one way
// (acquire → article → facts → output), nothing below the CLI reaches up into
// it, and no module imports itself back through a circle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Each module (path relative to src, with .ts) and the local modules it
 * imports. `runtimeOnly` leaves out `import type` (erased at compile time, so
 * a type shared back and forth is no circle at run time).
 */
function importGraph(runtimeOnly = false): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const statements = [...text.matchAll(/^\s*(import|export)\b(\s+type\b)?[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)];
    const targets = statements
      .filter((m) => !(runtimeOnly && m[2]))
      .map((m) => relative(SRC, resolve(dirname(file), m[3]!.replace(/\.js$/, '.ts'))));
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

/** The first import circle found, as a path of modules, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const layerOf = (module: string): string => (module.includes('/') ? module.split('/')[0]! : module.replace(/\.ts$/, ''));

/** Which layers each layer may import; anything else is an arrow the wrong way. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  acquire: ['schema'],
  article: ['schema'],
  facts: ['schema', 'options', 'lexicon'],
  lexicon: [],
  pipeline: ['acquire', 'article', 'facts', 'schema', 'options'],
  runner: ['acquire', 'pipeline', 'schema', 'serialize', 'options'],
  eval: ['pipeline', 'schema', 'options', 'article', 'facts'],
  cli: ['acquire', 'runner', 'pipeline', 'eval', 'schema', 'serialize', 'options'],
  serialize: ['schema'],
  options: [],
  schema: [],
  index: ['article', 'facts', 'pipeline', 'schema', 'options'],
};

describe('source layering', () => {
  const graph = importGraph();

  it('finds the modules and their imports', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('pipeline.ts')).toContain('facts/index.ts');
  });

  it('has no import circle at run time', () => {
    expect(findCycle(importGraph(true))).toBeNull();
  });

  it('imports only downwards between layers', () => {
    const wrong: string[] = [];
    for (const [module, targets] of graph) {
      const from = layerOf(module);
      const allowed = MAY_IMPORT[from];
      expect(allowed, `layer of ${module} is listed`).toBeDefined();
      for (const target of targets) {
        const to = layerOf(target);
        if (to !== from && !allowed!.includes(to)) wrong.push(`${module} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reaches another stage only through its index', () => {
    const pastTheBarrel: string[] = [];
    for (const [module, targets] of graph) {
      for (const target of targets) {
        const [from, to] = [layerOf(module), layerOf(target)];
        if (from !== to && ['acquire', 'article'].includes(to) && target !== `${to}/index.ts`) pastTheBarrel.push(`${module} → ${target}`);
      }
    }
    expect(pastTheBarrel).toEqual([]);
  });
});
