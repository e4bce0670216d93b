/** What the terminal can take: color support, and text made safe to print. */
import { Chalk, type ChalkInstance } from 'chalk';

export interface StreamInfo {
  isTTY?: boolean;
}

/**
 * Colors only on a terminal, never when NO_COLOR is set (https://no-color.org),
 * always when FORCE_COLOR asks for them, and never with --no-color.
 */
export function colorFor(stream: StreamInfo, env: NodeJS.ProcessEnv, allowed = true): ChalkInstance {
  let level: 0 | 1 | 2 | 3 = 0;
  if (!allowed || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) level = 0;
  else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') level = 1;
  else if (stream.isTTY && env.TERM !== 'dumb') level = env.COLORTERM ? 3 : 1;
  return new Chalk({ level });
}

// ANSI/VT escape sequences (CSI, OSC, and two-character escapes), then every
// other control character. Text from web pages goes through this before it
// reaches a terminal, so a page cannot move the cursor, retitle the window or
// hide what it printed.
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Remove escape sequences and control characters (keeps newlines and tabs). */
export function sanitizeForTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '');
}

/** One line of text: sanitized, white space folded. */
export function oneLine(text: string): string {
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}
