/**
 * Text from strangers reaches terminals: the pretty format strips escape
 * sequences and control characters everywhere (titles, bodies, quotes,
 * authors, URLs, error messages), while the JSON formats keep the text exact.
 * And nothing in a page is ever executed.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatPretty } from '../../src/cli/formats/pretty.js';
import { oneLine, sanitizeForTerminal } from '../../src/cli/terminal.js';
import type { OutputRecord, ResultRecord } from '../../src/schema.js';
import { records, runCli } from './cli.js';
import { fuzzParams } from './helpers.js';

const ESC = '\u001b';
const HOSTILE = [
  `${ESC}[2J${ESC}[H`, // clear screen, cursor home
  `${ESC}]0;pwned${ESC}\\`, // retitle the window (OSC, ST-terminated)
  `${ESC}]0;pwned\u0007`, // retitle (BEL-terminated)
  `${ESC}]8;;http://evil.test/${ESC}\\click${ESC}]8;;${ESC}\\`, // hyperlink
  `${ESC}]52;c;cm0gLXJmIH4=\u0007`, // write the clipboard
  `${ESC}P+q544e${ESC}\\`, // DCS request
  `${ESC}[31mred${ESC}[0m`,
  '\u009b2J', // 8-bit CSI
  '\u009d0;pwned\u009c', // 8-bit OSC
  `${ESC}[6n`, // ask the terminal to report (answer lands in the shell's input)
  `${ESC}c`, // full reset
  `${ESC}[?1049h`, // alternate screen
  '\r', '\b\b\b\b', '\u0007', '\u0000', '\u007f', '\u202e', '\u2066', '\u200f',
];

/** No escape introducers (7- or 8-bit) and no control characters but \n and \t. */
function assertTerminalSafe(output: string): void {
  const bad = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.exec(output);
  expect(bad, `control character U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')} in ${JSON.stringify(output.slice(Math.max(0, (bad?.index ?? 0) - 20), (bad?.index ?? 0) + 20))}`).toBeNull();
}

/** What chalk itself adds with colors on: SGR sequences only. */
const stripOwnColors = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

function hostileRecord(bad: string): ResultRecord {
  const text = `Officials${bad} said the talks failed.${bad}\n\n“We refuse${bad},” said Ilse${bad} Marrow.`;
  const quoteStart = text.indexOf('We refuse');
  const quoteEnd = text.indexOf('”');
  return {
    schemaVersion: 1,
    input: { source: `https://evil.test/${bad}story`, kind: 'url' },
    article: {
      title: `Headline${bad}`, authors: [`Ilse${bad} Marrow`], publishedAt: `2024-04-12${bad}`, modifiedAt: null,
      siteName: `Site${bad}`, url: `https://evil.test/${bad}`, sourceUrl: `https://evil.test/src${bad}`, language: `en${bad}`, pageKind: 'article',
      text, warnings: [`warn${bad}`],
    },
    actors: [{ id: 'a1', name: `Ilse${bad} Marrow`, type: 'person', roles: [`role${bad}`], affiliation: `Org${bad}`, mentions: [] }],
    equipment: [{ id: 'e1', name: `Drone${bad}`, category: `cat${bad}`, model: `M-1${bad}`, origin: `Zorvia${bad}`, quantity: 3, mentions: [] }],
    dates: [{ text: `Monday${bad}`, value: `2024-04-08${bad}`, start: 0, end: 0, modifier: `late${bad}` }],
    quotes: [{ text: text.slice(quoteStart, quoteEnd), kind: 'direct', speaker: { name: `Ilse${bad} Marrow`, actorId: 'a1' }, cue: `said${bad}`, start: quoteStart, end: quoteEnd }],
  };
}

describe('pretty output cannot drive the terminal', () => {
  for (const level of [0, 3] as const) {
    it(`strips every hostile sequence from every field (colors level ${level})`, () => {
      for (const bad of HOSTILE) {
        const out = formatPretty(hostileRecord(bad), new Chalk({ level }));
        assertTerminalSafe(stripOwnColors(out));
        expect(out).toContain('Headline');
        const error: OutputRecord = { schemaVersion: 1, input: { source: `x${bad}.html`, kind: 'file' }, error: { code: 'ENOENT', message: `no such file: x${bad}.html` } };
        assertTerminalSafe(stripOwnColors(formatPretty(error, new Chalk({ level }))));
      }
    });
  }

  it('sanitizeForTerminal and oneLine leave no control characters in any string', () => {
    const hostile = fc.array(fc.oneof(fc.constantFrom(...HOSTILE, ESC, '\u009b', '\u009d', '['), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(hostile, (s) => {
        assertTerminalSafe(sanitizeForTerminal(s).replace(/[\n\t]/g, ''));
        assertTerminalSafe(oneLine(s));
        expect(oneLine(s)).not.toMatch(/[\n\t]/);
      }),
      fuzzParams(500),
    );
  });

  it('keeps ordinary text, emoji and RTL script intact', () => {
    expect(sanitizeForTerminal('Café 😀 مرحبا — “quoted”\n\tnext')).toBe('Café 😀 مرحبا — “quoted”\n\tnext');
  });
});

describe('the CLI: pretty is sanitized, JSON keeps the exact text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-terminal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bad = HOSTILE.join('');
  const page = join(dir, 'hostile.html');
  writeFileSync(
    page,
    `<html><head><title>Talks fail${bad}</title><meta name="author" content="Ilse Marrow${bad}"></head><body><article>` +
      `<p>Officials of Zorvia said on Monday that the talks had failed after three days of meetings in Belvane.${bad}</p>` +
      `<p>“We refuse to sign anything${bad} like this,” said Ilse Marrow, the foreign minister of Zorvia.</p></article></body></html>`,
  );

  it('--format pretty prints no escape sequence or control character from the page', async () => {
    const run = await runCli(['extract', page, '--format', 'pretty', '--no-color'], { deadlineMs: 20_000 });
    expect(run.status).toBe(0);
    assertTerminalSafe(run.stdout);
    assertTerminalSafe(run.stderr);
  });

  it('--format ndjson and json carry the text exactly (escaped as JSON), and parse back', async () => {
    const nd = await runCli(['extract', page, '--format', 'ndjson'], { deadlineMs: 20_000 });
    const [record] = records(nd);
    expect(record && 'article' in record).toBe(true);
    assertTerminalSafe(nd.stdout.replace(/\n/g, '')); // raw bytes on stdout are escaped too
    const js = await runCli(['extract', page, '--format', 'json'], { deadlineMs: 20_000 });
    expect(JSON.parse(js.stdout)).toEqual([record]);
    if (record && 'article' in record) {
      // Whatever the extractor kept of the hostile text is kept byte for byte, not silently cleaned.
      const joined = [record.article.title ?? '', record.article.text, ...record.article.authors].join('');
      expect(joined).toMatch(/\u001b|\u0007|\u009b|\u202e/);
    }
  });

  it('error messages with hostile file names are sanitized on stderr', async () => {
    const run = await runCli(['extract', `${dir}/missing${ESC}]0;pwned\u0007${ESC}[2J.html`], { deadlineMs: 15_000 });
    expect(run.status).toBe(1);
    assertTerminalSafe(run.stderr.replace(/\n/g, ''));
  });
});

describe('nothing in a page is executed', () => {
  it('scripts, event handlers and javascript: URLs stay inert', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-noexec-'));
    const marker = join(dir, 'executed');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); process.mainModule?.require?.('fs').writeFileSync(${JSON.stringify(marker)}, 'x');`;
    const page = join(dir, 'scripted.html');
    writeFileSync(
      page,
      `<html><head><script>${code}</script><script type="module">import('fs').then(f => f.writeFileSync(${JSON.stringify(marker)}, 'x'))</script></head>` +
        `<body onload="${code.replace(/"/g, '&quot;')}"><article><p>The council met on Monday and agreed a budget after a long debate about the roads.</p>` +
        `<img src="x" onerror="${code.replace(/"/g, '&quot;')}"><a href="javascript:${encodeURIComponent(code)}">link</a>` +
        `<iframe srcdoc="<script>${code.replace(/"/g, '&quot;')}</script>"></iframe></article></body></html>`,
    );
    try {
      const run = await runCli(['extract', page], { deadlineMs: 20_000 });
      expect(records(run)).toHaveLength(1);
      expect(existsSync(marker)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
