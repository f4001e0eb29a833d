/** What every builder of one DOCX render may read: the view, its presentation, the look and the bookmark names. */
import type { CustomerChecklist, ViewBlock } from '../../model/view.js';
import { present, type Presentation, type Variant } from '../../present/presentation.js';
import { DEFAULT_THEME, type Theme } from '../../present/theme.js';
import { docxLook, type DocxLook } from './look.js';
import { BookmarkNames } from './text.js';

export type DocxVariant = Variant;

export interface DocxContext {
  readonly view: CustomerChecklist;
  readonly variant: DocxVariant;
  /** Every heading, sentence, label and row around the master's content, as in HTML and PDF. */
  readonly p: Presentation;
  /** The theme as Word needs it: the styles read it, and the few fills a style cannot give. */
  readonly look: DocxLook;
  /** Anchor (heading slug or item ID) → Word bookmark name, for every target in this document. */
  readonly bookmarks: BookmarkNames;
  /** The build's theme (accent, fonts, logo): the same one the HTML and PDF are drawn with. */
  readonly theme: Theme;
  /** A new list instance, so each Markdown list counts from its own start. */
  nextListInstance(): number;
  /** Whether this is the first reference to footnote `number` in the document (each call counts as one). */
  firstReference(number: number): boolean;
}

export function createContext(view: CustomerChecklist, variant: DocxVariant, theme: Theme = DEFAULT_THEME): DocxContext {
  const bookmarks = new BookmarkNames();
  // The annex has neither headings of the master nor items, so nothing there can be linked to.
  if (variant === 'full') nameTargets(view.body, bookmarks);
  let lists = 0;
  const referenced = new Set<number>();
  const firstReference = (number: number) => !referenced.has(number) && Boolean(referenced.add(number));
  const p = present(view, variant);
  return { view, variant, p, look: docxLook(theme, p.lang), bookmarks, theme, nextListInstance: () => ++lists, firstReference };
}

/** Names are given in document order, so they depend only on the view. */
function nameTargets(blocks: readonly ViewBlock[], bookmarks: BookmarkNames): void {
  for (const block of blocks) {
    if (block.kind === 'section') {
      bookmarks.nameFor(block.anchor);
      nameTargets(block.children, bookmarks);
    } else if (block.kind === 'item') {
      bookmarks.nameFor(block.id);
    } else if (block.kind === 'blockquote') {
      nameTargets(block.children, bookmarks);
    } else if (block.kind === 'list') {
      for (const item of block.items) nameTargets(item.children, bookmarks);
    }
  }
}
