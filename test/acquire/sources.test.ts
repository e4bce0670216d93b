import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readLocalFile, walkFolder } from '../../src/acquire/files.js';
import { expandSource, expandSources, readInputList, type Job } from '../../src/acquire/sources.js';
import type { AcquireOptions } from '../../src/acquire/index.js';

function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-walk-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const NO_FETCH = {} as AcquireOptions;

describe('walkFolder', () => {
  it('finds .html, .htm, .txt and their .gz, recursively, in code-point order, skipping hidden and other files', async () => {
    const root = folder({
      'b.txt': 'b',
      'A.html': 'a',
      'sub/c.htm': 'c',
      'sub/deeper/d.txt.gz': gzipSync('d'),
      'a.html': 'a',
      'notes.md': 'no',
      'image.png': 'no',
      '.hidden/e.html': 'no',
    });
    const found = (await collect(walkFolder(root))).map((p) => p.slice(root.length + 1));
    expect(found).toEqual(['A.html', 'a.html', 'b.txt', 'sub/c.htm', 'sub/deeper/d.txt.gz']);
  });
});

describe('readLocalFile', () => {
  it('gunzips .gz files and keeps the size limit on the unpacked bytes', async () => {
    const root = folder({ 'story.txt.gz': gzipSync('The ferry sailed at dawn.'), 'bomb.txt.gz': gzipSync('z'.repeat(100_000)) });
    expect(new TextDecoder().decode(await readLocalFile(join(root, 'story.txt.gz'), 1000))).toBe('The ferry sailed at dawn.');
    await expect(readLocalFile(join(root, 'bomb.txt.gz'), 1000)).rejects.toMatchObject({ code: 'ETOOLARGE' });
  });
});

describe('input lists', () => {
  it('skips blank lines and # comments and trims each line', async () => {
    const lines = await collect(readInputList(Readable.from(['# my list\n', '  a.html  \n', '\n', 'https://x.example/1\r\n', '#b.html\n', 'c.txt'])));
    expect(lines).toEqual(['a.html', 'https://x.example/1', 'c.txt']);
  });

  it('expands folders inside a list and drops duplicate lines', async () => {
    const root = folder({ 'one.txt': '1', 'two/two.txt': '2' });
    const list = Readable.from([`${root}\n`, `${join(root, 'one.txt')}\n`, `${root}\n`, 'https://x.example/p\n']);
    const jobs: Job[] = await collect(expandSources({ inputs: [], inputLists: ['-'], feeds: [] }, { stdin: list, acquireOptions: NO_FETCH }));
    expect(jobs.map((j) => j.input)).toEqual([
      { source: join(root, 'one.txt'), kind: 'file' },
      { source: join(root, 'two/two.txt'), kind: 'file' },
      { source: join(root, 'one.txt'), kind: 'file' },
      { source: 'https://x.example/p', kind: 'url' },
    ]);
  });

  it('gives an empty folder one EISDIR job rather than silence', async () => {
    const root = folder({ 'readme.md': 'x' });
    const [job, ...rest] = await collect(expandSource(root));
    expect(rest).toEqual([]);
    expect(job!.error?.code).toBe('EISDIR');
  });
});
