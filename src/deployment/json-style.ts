/**
 * How a JSON file the user owns is written, so that text `import` and `upgrade` insert looks like
 * the rest: its line end, its indentation, the spacing after `:` and `,` on one line (a minified
 * file has none), and whether it writes every character beyond ASCII as an escape (`\u00fc`, as
 * Python's json.dump and many exporters do), which a file kept in ASCII must stay.
 */
import { visit } from 'jsonc-parser';

export interface JsonFormatting {
  eol: string;
  /** One level of indentation as the file writes it: a tab or N spaces. */
  unit: string;
  /** `": "`, `":"` or `" : "`: what the file writes between a key and its value. */
  colon: string;
  /** Between entries on one line: `", "` or `","`. */
  comma: string;
  /** Characters beyond ASCII written as `\uXXXX`, hex digits in the file's case; undefined: as they are. */
  escapes?: 'lower' | 'upper';
}

export function detectFormatting(text: string): JsonFormatting {
  const eol = mostUsedLineEnd(text);
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  const colons = new Map<string, number>();
  const commas = new Map<string, number>();
  visit(text, {
    onSeparator: (character, offset) => {
      const next = text[offset + 1];
      if (next === '\r' || next === '\n') return; // a comma at a line's end says nothing of one-line spacing
      const after = next === ' ' || next === '\t' ? ' ' : '';
      // Jackson's pretty printer writes `"key" : value`.
      const written = character === ':' ? `${text[offset - 1] === ' ' ? ' ' : ''}:${after}` : `,${after}`;
      const counts = character === ':' ? colons : commas;
      counts.set(written, (counts.get(written) ?? 0) + 1);
    },
  });
  return {
    eol,
    unit: indent.startsWith('\t') ? '\t' : indent,
    colon: mostWritten(colons, ': '),
    comma: mostWritten(commas, ', '),
    escapes: asciiEscapes(text),
  };
}

/**
 * The line end most of the file's lines have; on a tie, its first line's. A file that mixes them
 * (a line pasted in from Windows) took CRLF for each line added, as soon as it had one.
 */
function mostUsedLineEnd(text: string): string {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  if (crlf !== lf) return crlf > lf ? '\r\n' : '\n';
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

function mostWritten(counts: ReadonlyMap<string, number>, fallback: string): string {
  let best = fallback;
  for (const [written, count] of counts) if (count > (counts.get(best) ?? 0)) best = written;
  return best;
}

/** A file of ASCII only that escapes at least one character beyond it. */
function asciiEscapes(text: string): JsonFormatting['escapes'] {
  if (/[^\u0000-\u007f]/.test(text)) return undefined;
  const escape = /\\u(00[89a-fA-F][0-9a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]{2}|[1-9a-fA-F][0-9a-fA-F]{3})/.exec(text)?.[1];
  if (escape === undefined) return undefined;
  return /[A-F]/.test(escape) ? 'upper' : 'lower';
}

/** JSON text (a serialised value) in the file's way of writing characters beyond ASCII. */
export function inFileCharacters(json: string, format: JsonFormatting): string {
  if (format.escapes === undefined) return json;
  // Outside strings JSON has ASCII only; a character beyond it is escaped per UTF-16 unit, as JSON does.
  return json.replace(/[^\u0000-\u007f]/g, (character) => {
    const hex = character.charCodeAt(0).toString(16).padStart(4, '0');
    return `\\u${format.escapes === 'upper' ? hex.toUpperCase() : hex}`;
  });
}
