/**
 * The Handlebars helpers of the templates. Each turns model content into HTML through hast
 * (hastscript + hast-util-to-html), never by joining strings, so every text is escaped.
 * They return plain strings: `{{{inline title}}}` inserts the HTML, while a mistaken
 * `{{inline title}}` only escapes it once more (visible tags, never live markup).
 */
import type { ElementContent } from 'hast';
import type Handlebars from 'handlebars';
import { toHtml } from 'hast-util-to-html';
import type { CellBlock, Inline } from '../../model/checklist.js';
import { blocksToHast, cellToHast, type ProseBlock, type State } from './prose/blocks.js';
import { breakableId, wholeDates, wholeId } from './breakable.js';
import { inlineToHast } from './prose/inline.js';
import { LONGEST_WHOLE_WORD, breakLongWords } from './long-words.js';

const serialize = (nodes: ElementContent[]) => toHtml({ type: 'root', children: nodes }, { allowDangerousHtml: true });

// Helpers get the Handlebars options object last; a missing argument must render nothing.
const asArray = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The helpers registerHelpers adds, for the check of templates before a render. */
export const HELPER_NAMES = ['inline', 'cell', 'blocks', 'block', 'fillable', 'breakable', 'wholeId', 'wholeDates', 'longWords', 'eq', 'plural'] as const;

export function registerHelpers(env: typeof Handlebars, state: State): void {
  /**
   * `{{{inline title}}}`: Inline[] to HTML; `{{{inline title addresses=false}}}` without links' printed addresses (a heading);
   * `{{{inline content longWord=longWord}}}` (a table's cell) lets words longer than that break inside.
   */
  env.registerHelper('inline', (content: unknown, options?: Handlebars.HelperOptions) => {
    const hash = (options?.hash ?? {}) as { addresses?: unknown; longWord?: unknown };
    const nodes = inlineToHast(asArray<Inline>(content), { addresses: hash.addresses !== false });
    return serialize(typeof hash.longWord === 'number' ? breakLongWords(nodes, hash.longWord) : nodes);
  });
  /** `{{{cell content}}}`: an item cell (lines and bullet lists) to HTML. */
  env.registerHelper('cell', (content: unknown) => serialize(cellToHast(asArray<CellBlock>(content))));
  /** `{{{blocks children}}}`: prose blocks (paragraphs, lists, code, quotes, tables) to HTML. */
  env.registerHelper('blocks', (blocks: unknown) => serialize(blocksToHast(asArray<ProseBlock>(blocks), state)));
  /** `{{{block this}}}`: one prose block to HTML. */
  env.registerHelper('block', (block: unknown) => (block && typeof block === 'object' ? serialize(blocksToHast([block as ProseBlock], state)) : ''));
  /** `{{#if (fillable name)}}`: the form is being rendered and this answer has a name (an input, not a line). */
  env.registerHelper('fillable', (name: unknown, options: Handlebars.HelperOptions) => Boolean((options.data as { root?: { form?: unknown } }).root?.form) && typeof name === 'string' && name !== '');
  /** `{{{breakable id}}}`: an ID that may wrap only after `-`, `.`, `:` and `/`. */
  env.registerHelper('breakable', (text: unknown) => (typeof text === 'string' ? serialize(breakableId(text)) : ''));
  /** `{{{wholeId id}}}`: an ID kept on one line where the cell says so (`td.id` of the matrix), a very long one breakable. */
  env.registerHelper('wholeId', (text: unknown) => (typeof text === 'string' ? serialize(wholeId(text)) : ''));
  /** `{{{wholeDates value}}}`: the text, its ISO dates kept on one line. */
  env.registerHelper('wholeDates', (text: unknown) => (typeof text === 'string' ? serialize(wholeDates(text)) : ''));
  /** `{{{longWords title}}}`: the text, a word over 24 characters free to break inside (a title in a table sized from its content). */
  env.registerHelper('longWords', (text: unknown) => (typeof text === 'string' ? serialize(breakLongWords([{ type: 'text', value: text }], LONGEST_WHOLE_WORD)) : ''));
  /** `{{#if (eq a b)}}`: strict equality. */
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** `{{plural count "item" "items"}}`: the word for a count. */
  env.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => (count === 1 ? one : many));
}
