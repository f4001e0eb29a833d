/**
 * Every syntax error of a JSON text that is a mistake of its own, not a consequence of an
 * earlier one. jsonc-parser lists every error of a parse, but after an unclosed string or a
 * missing quote most of its list is follow-on noise. So each error is repaired as a person
 * would (a comma inserted, a trailing comma removed, a string closed at its line's end: of the
 * repairs that fit, the one that lets the parse get furthest), the text parsed again, and the
 * next error kept only if it is still there. Offsets are the original text's throughout.
 */
import { createScanner, printParseErrorCode, SyntaxKind, visit, type ParseError } from 'jsonc-parser';

export interface SyntaxMistake {
  /** Offset in the original text. */
  offset: number;
  reason: string;
}

/** More than this in one file is a file that is not JSON at all: the first ones are enough. */
const MOST = 10;

interface Edit {
  at: number;
  removed: number;
  inserted: number;
}

/** A text as repaired so far, with the edits that map its offsets back to the original. */
interface Repaired {
  text: string;
  edits: readonly Edit[];
}

export function syntaxMistakes(text: string, options: { comments?: boolean } = {}): SyntaxMistake[] {
  // Only the first error of each parse counts, so a parse stops there: a few megabytes with ten
  // mistakes are read some thirty times, mostly in part.
  const parse = (candidate: string): ParseError[] => {
    const found: ParseError[] = [];
    const onError = (error: ParseError['error'], offset: number, length: number) => {
      found.push({ error, offset, length });
      throw found;
    };
    try {
      visit(candidate, { onError }, { allowTrailingComma: false, disallowComments: !options.comments, allowEmptyContent: false });
    } catch (stop) {
      if (stop !== found) throw stop;
    }
    return found;
  };
  if (text.trim() === '') return [{ offset: 0, reason: 'the file is empty' }];
  const mistakes: SyntaxMistake[] = [];
  let current: Repaired = { text, edits: [] };
  let errors = parse(text);
  while (errors[0] && mistakes.length < MOST) {
    const error = errors[0];
    const named = namedMistake(current.text, error);
    mistakes.push({ offset: original(current, named?.offset ?? error.offset), reason: named?.reason ?? describe(current.text, error) });
    const next = bestRepair(current, error, parse);
    // No repair fits, or the next error comes within a token or two of a repair that was a
    // guess (`"a: 1,` is not `"a: 1",`): what follows would be its consequences.
    if (!next) break;
    const following = next.errors[0];
    if (following && !next.sure && tokensBetween(next.repaired.text, next.after, following.offset) < TRUSTED) break;
    current = next.repaired;
    errors = next.errors;
  }
  return mistakes;
}

/** Tokens a repair must let the parser read before the next error, for that error to be a mistake of its own. */
const TRUSTED = 2;

function tokensBetween(text: string, from: number, to: number): number {
  const scanner = createScanner(text.slice(from, Math.max(from, to)), false);
  let count = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.Trivia && kind !== SyntaxKind.LineBreakTrivia && kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) count++;
  }
  return count;
}

/** Of the repairs that fit, the one the parse gets furthest past; `after` is where its edit ends. */
function bestRepair(current: Repaired, error: ParseError, parse: (text: string) => ParseError[]): { repaired: Repaired; errors: ParseError[]; after: number; sure: boolean } | undefined {
  let best: { repaired: Repaired; errors: ParseError[]; after: number; sure: boolean; reach: number } | undefined;
  for (const edit of repairsFor(current.text, error)) {
    const text = current.text.slice(0, edit.at) + edit.text + current.text.slice(edit.at + edit.removed);
    const repaired = { text, edits: [...current.edits, { at: edit.at, removed: edit.removed, inserted: edit.text.length }] };
    const errors = parse(text);
    const reach = errors[0] ? original(repaired, errors[0].offset) : Infinity;
    if (!best || reach > best.reach) best = { repaired, errors, after: edit.at + edit.text.length, sure: edit.sure === true, reach };
    if (reach === Infinity) break;
  }
  return best;
}

interface Replacement {
  at: number;
  removed: number;
  text: string;
  /** The only repair there is (a comment, a trailing comma, a bad escape): what follows it is not a guess's consequence. */
  sure?: boolean;
}

/** The repairs a person would make for this error, most likely first. */
function repairsFor(text: string, error: ParseError): Replacement[] {
  const { offset, length } = error;
  const code = printParseErrorCode(error.error);
  const asString = { at: offset, removed: length, text: '""' };
  const drop = { at: offset, removed: length, text: '' };
  switch (code) {
    case 'InvalidCommentToken':
      // Blanked, not removed: the lines of what follows stay where they are.
      return [{ at: offset, removed: length, text: text.slice(offset, offset + length).replace(/[^\r\n]/g, ' '), sure: true }];
    case 'UnexpectedEndOfString': {
      // Closed before the comma or bracket that ends its line (`"x,`), at the line's end, or
      // (a line break typed into a string) joined to the next line.
      const end = offset + length;
      const beforePunctuation = end - (/[\s,\]}]*$/.exec(text.slice(offset + 1, end))?.[0].length ?? 0);
      const lineBreak = /^\r?\n/.exec(text.slice(end))?.[0].length ?? 0;
      return [
        ...(beforePunctuation < end ? [{ at: beforePunctuation, removed: 0, text: '"' }] : []),
        { at: end, removed: 0, text: '"' },
        ...(lineBreak > 0 ? [{ at: end, removed: lineBreak, text: '\\n' }] : []),
      ];
    }
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
    case 'InvalidCharacter':
      // The string is read whole all the same.
      return [{ ...asString, sure: true }];
    case 'InvalidNumberFormat':
      return [{ at: offset, removed: length, text: '0' }];
    case 'CommaExpected':
      return [{ at: offset, removed: 0, text: ',' }, drop];
    case 'ColonExpected':
      return [{ at: offset, removed: 0, text: ':' }];
    case 'CloseBraceExpected':
      return [{ at: offset, removed: 0, text: '}' }];
    case 'CloseBracketExpected':
      return [{ at: offset, removed: 0, text: ']' }];
    case 'EndOfFileExpected':
      return [{ at: offset, removed: text.length - offset, text: '' }];
    case 'PropertyNameExpected':
    case 'ValueExpected': {
      if (offset >= text.length) return [];
      const comma = trailingComma(text, offset);
      if (comma !== undefined) return [{ at: comma, removed: 1, text: ' ', sure: true }];
      return [asString, { at: offset, removed: 0, text: code === 'ValueExpected' ? 'null' : '"":null' }, drop];
    }
    case 'InvalidSymbol':
      return [asString, drop];
    default:
      return [];
  }
}

/** The offset of a comma just before a closing `}` or `]` at `offset`, if that is what is there. */
function trailingComma(text: string, offset: number): number | undefined {
  const closing = text[offset];
  if (closing !== '}' && closing !== ']') return undefined;
  const before = text.slice(0, offset).trimEnd();
  return before.endsWith(',') ? before.length - 1 : undefined;
}

/**
 * The two mistakes of people used to JSONC (editor settings, this tool's theme file), named as
 * such: jsonc-parser's own words ("property name expected" at the closing brace, "invalid
 * comment token") do not say what to remove, and the first is a line below the comma.
 */
function namedMistake(text: string, error: ParseError): SyntaxMistake | undefined {
  const code = printParseErrorCode(error.error);
  if (code === 'InvalidCommentToken') {
    return { offset: error.offset, reason: 'a comment (// or /* */), which JSON does not allow: remove it' };
  }
  if (code === 'PropertyNameExpected' || code === 'ValueExpected') {
    const comma = trailingComma(text, error.offset);
    const closing = text[error.offset];
    if (comma !== undefined) return { offset: comma, reason: `a comma after the last ${closing === '}' ? 'key' : 'value'} before "${closing}", which JSON does not allow: remove it` };
  }
  return undefined;
}

function describe(text: string, error: ParseError): string {
  const code = printParseErrorCode(error.error);
  if (code === 'UnexpectedEndOfString') return 'a string not closed on its line (a line break inside a string is written \\n)';
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Maps an offset of the repaired text back to the original: inside an inserted text, to where it was inserted. */
function original(repaired: Repaired, offset: number): number {
  let at = offset;
  for (let index = repaired.edits.length - 1; index >= 0; index--) {
    const edit = repaired.edits[index] as Edit;
    if (at >= edit.at + edit.inserted) at = at - edit.inserted + edit.removed;
    else if (at > edit.at) at = edit.at;
  }
  return at;
}
