/**
 * The human summary shown on a terminal: headline and metadata, actors by
 * type, equipment, a timeline of dates, and the quotes with their speakers.
 * Every string from the article is sanitized first: it comes from strangers.
 */
import type { ChalkInstance } from 'chalk';
import { isErrorRecord, type ActorType, type OutputRecord, type ResultRecord } from '../../schema.js';
import { oneLine } from '../terminal.js';

const ACTOR_HEADINGS: ReadonlyArray<[ActorType, string]> = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['country', 'Countries'],
  ['group', 'Groups'],
];

export function formatPretty(record: OutputRecord, c: ChalkInstance): string {
  const lines: string[] = [];
  const source = oneLine(record.input.source);
  if (isErrorRecord(record)) {
    lines.push(`${c.red.bold('✖')} ${c.bold(source)}  ${c.red(`${record.error.code}: ${oneLine(record.error.message)}`)}`);
    return `${lines.join('\n')}\n\n`;
  }
  lines.push(...headline(record, source, c));
  lines.push(...actors(record, c));
  lines.push(...equipment(record, c));
  lines.push(...timeline(record, c));
  lines.push(...quotes(record, c));
  return `${lines.join('\n')}\n\n`;
}

function headline(record: ResultRecord, source: string, c: ChalkInstance): string[] {
  const a = record.article;
  const meta = [
    a.publishedAt && `published ${oneLine(a.publishedAt)}`,
    a.authors.length > 0 && `by ${a.authors.map(oneLine).join(', ')}`,
    a.siteName && oneLine(a.siteName),
    a.language && `lang ${oneLine(a.language)}`,
  ].filter(Boolean);
  const out = [c.bold.underline(oneLine(a.title ?? '(untitled)')), c.dim(source)];
  if (meta.length > 0) out.push(c.dim(meta.join(' · ')));
  if (a.sourceUrl) out.push(c.dim(`original: ${oneLine(a.sourceUrl)}`));
  for (const warning of a.warnings) out.push(c.yellow(`⚠ ${oneLine(warning)}`));
  return out;
}

function section(title: string, count: number, c: ChalkInstance): string {
  return `\n${c.bold.cyan(title)} ${c.dim(`(${count})`)}`;
}

function actors(record: ResultRecord, c: ChalkInstance): string[] {
  if (record.actors.length === 0) return [];
  const out = [section('Actors', record.actors.length, c)];
  for (const [type, heading] of ACTOR_HEADINGS) {
    const ofType = record.actors.filter((a) => a.type === type);
    if (ofType.length === 0) continue;
    out.push(`  ${c.bold(heading)}`);
    for (const actor of ofType) {
      const details = [...actor.roles.map(oneLine), actor.affiliation ? oneLine(actor.affiliation) : null].filter(Boolean);
      out.push(
        `    ${oneLine(actor.name)}${details.length ? c.dim(` — ${details.join(', ')}`) : ''}${c.dim(` ×${actor.mentions.length}`)}`,
      );
    }
  }
  return out;
}

function equipment(record: ResultRecord, c: ChalkInstance): string[] {
  if (record.equipment.length === 0) return [];
  const out = [section('Equipment', record.equipment.length, c)];
  for (const item of record.equipment) {
    const attributes = [
      item.category,
      item.model && `model ${item.model}`,
      item.origin && `from ${item.origin}`,
      item.quantity !== null && `×${item.quantity}`,
    ].filter((x): x is string => typeof x === 'string' && x.length > 0);
    out.push(`  ${oneLine(item.name)}${attributes.length ? c.dim(` — ${attributes.map(oneLine).join(', ')}`) : ''}`);
  }
  return out;
}

function timeline(record: ResultRecord, c: ChalkInstance): string[] {
  if (record.dates.length === 0) return [];
  const sorted = [...record.dates].sort((x, y) => x.value.localeCompare(y.value) || x.start - y.start);
  const width = Math.max(...sorted.map((d) => d.value.length));
  const out = [section('Timeline', sorted.length, c)];
  for (const date of sorted) {
    const modifier = date.modifier ? c.dim(` (${oneLine(date.modifier)})`) : '';
    out.push(`  ${c.green(oneLine(date.value).padEnd(width))}  ${oneLine(date.text)}${modifier}`);
  }
  return out;
}

function quotes(record: ResultRecord, c: ChalkInstance): string[] {
  if (record.quotes.length === 0) return [];
  const out = [section('Quotes', record.quotes.length, c)];
  for (const quote of record.quotes) {
    const who = quote.speaker ? oneLine(quote.speaker.name) : 'unattributed';
    const cue = quote.cue ? c.dim(` (${oneLine(quote.cue)})`) : '';
    out.push(`  ${c.italic(`“${oneLine(quote.text)}”`)}`);
    out.push(`    ${c.dim('—')} ${c.bold(who)}${cue}${c.dim(` · ${quote.kind}`)}`);
  }
  return out;
}
