/**
 * Parses each Markdown file of a master as its own document (one VFile each), so that no
 * syntax leaks from one file into the next: an unclosed fence ends with its file, and front
 * matter in a later file stays front matter (reported) instead of becoming a heading.
 * Every node is stamped with its file, so any later message can name it.
 */
import type { Code, Definition, FootnoteDefinition, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { checkItemCount, checkTreeLimits, type ItemCount } from '../limits/check-tree.js';
import { reportDirectionCharacters, withoutC1Controls, withoutControlCharacters, withoutInvisibleCharacters } from './control-characters.js';
import type { SourceFile } from './read-sources.js';
import { eachNode } from './walk-tree.js';

declare module 'unist' {
  interface Data {
    /** The path (as shown in messages) of the file the node was parsed from. */
    sourceFile?: string;
  }
}

export interface ParsedFile {
  path: string;
  /** The file's text as parsed: BOM removed, line ends normalised to LF. */
  text: string;
  tree: Root;
  /**
   * Nodes the later passes look up, in document order, gathered in the one walk that stamps the
   * tree: a walk of a large master's tree costs as much as a rule, so each pass does not walk it again.
   */
  found: FoundNodes;
}

export interface FoundNodes {
  code: Code[];
  definition: Definition[];
  footnoteDefinition: FootnoteDefinition[];
}

// Strikethrough only with two tildes (~~gone~~): a single one is ordinary notation in a checklist
// (`5~10 min`, ports `5060~5061`, `C:\PROGRA~1`), which GFM's default would strike through in pairs.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm, { singleTilde: false });

/**
 * Each file's last parse, by path, while `keepFileParses` is on (`checklist serve`): a save of one
 * file of a folder master parses that file again, and reuses the trees of the others as long as
 * their text is the same. Exact, since a file is parsed as a document of its own and nothing
 * after this module changes a tree; the messages of a file are given on every parse, as they
 * come from the checks below, not from the parse.
 */
let kept: Map<string, Omit<ParsedFile, 'path'>> | null = null;

/** Keeps each file's parse for the next parse of that file, or stops keeping them (`false`). */
export function keepFileParses(on: boolean): void {
  kept = on ? new Map() : null;
}

/** Parses the files that hold any text; an empty file is an error and is left out. */
export function parseFiles(files: readonly SourceFile[], diagnostics: Diagnostics): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  const count: ItemCount = { items: 0 };
  let overLimits = false;
  for (const file of files) {
    const lines = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const visible = withoutC1Controls(withoutControlCharacters(lines, file.path, diagnostics), file.path, diagnostics);
    const text = withoutInvisibleCharacters(visible, file.path, diagnostics);
    reportDirectionCharacters(text, file.path, diagnostics);
    if (text.trim() === '') {
      diagnostics.error(file.path, undefined, 'File is empty: write the checklist, or delete the file', 'empty');
      continue;
    }
    const same = kept?.get(file.path);
    const tree = same?.text === text ? same.tree : (processor.parse(new VFile({ path: file.path, value: text })) as Root);
    // Before anything walks the tree: our walkers recurse, and nesting past the limit is refused.
    if (!checkTreeLimits(tree, file.path, count, diagnostics)) {
      overLimits = true;
      continue;
    }
    const found = same?.text === text ? same.found : stampAndFind(tree, file.path);
    kept?.set(file.path, { text, tree, found });
    reportUnclosedFences(found.code, text, file.path, diagnostics);
    parsed.push({ path: file.path, text, tree, found });
  }
  // A master over a limit is not used at all: the rest would only add messages that follow from it.
  if (!checkItemCount(count, diagnostics)) overLimits = true;
  return overLimits ? [] : parsed;
}

/** Stamps every node with its file and gathers the nodes of `FoundNodes`, in document order. */
function stampAndFind(tree: Root, path: string): FoundNodes {
  const found: FoundNodes = { code: [], definition: [], footnoteDefinition: [] };
  eachNode(tree, (node) => {
    node.data = node.data ? { ...node.data, sourceFile: path } : { sourceFile: path };
    if (node.type === 'code' || node.type === 'definition' || node.type === 'footnoteDefinition') (found[node.type] as (typeof node)[]).push(node);
  });
  return found;
}

/**
 * A fence left open runs to the end of its file and turns the rest into code: an error, since
 * the headings and items after it would disappear from the output.
 */
function reportUnclosedFences(codes: readonly Code[], text: string, path: string, diagnostics: Diagnostics): void {
  const end = text.trimEnd().length;
  for (const node of codes) {
    const start = node.position?.start.offset;
    const stop = node.position?.end.offset;
    if (start === undefined || stop === undefined || stop < end) continue;
    const lines = text.slice(start, stop).split('\n');
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0] ?? '');
    if (!opening) continue; // an indented code block has no fence to close
    const fence = opening[1] ?? '```';
    // The closing line may sit in a quote or list item (`> ```` or indented).
    const closing = new RegExp(`^[>\\s]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    if (lines.length > 1 && closing.test(lines[lines.length - 1] ?? '')) continue;
    diagnostics.error(
      path,
      node.position?.start,
      `Code block opened with ${fence} is never closed: everything after it in this file is code; close it with a line ${fence}`,
      'unclosed-fence',
    );
  }
}
