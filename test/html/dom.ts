/** Renders a view with the project's templates and reads it back as a DOM (hast). */
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { renderHtml } from '../../src/render/html/render-html.js';
import { loadTemplates, type TemplateSet } from '../../src/render/html/templates.js';
import type { CustomerChecklist } from '../../src/model/view.js';

export const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));

// The built-in templates, read and compiled once, as a build does for all its documents; a
// test's own folder (a copy it edits) is read at each render.
let builtIn: Promise<TemplateSet> | undefined;

export async function renderDom(view: CustomerChecklist, variant: 'full' | 'annex' | 'offer' = 'full', dir = templatesDir): Promise<{ html: string; tree: Root }> {
  const templates = dir === templatesDir ? await (builtIn ??= loadTemplates(templatesDir)) : undefined;
  const html = await renderHtml(view, { templatesDir: dir, variant, templates });
  return { html, tree: fromHtml(html) };
}

// Cells, rows, paragraphs and list items read as separate words, as on the page.
const BLOCKS = new Set(['td', 'th', 'tr', 'p', 'div', 'li', 'caption']);

function words(node: Root | Element | Root['children'][number]): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  const inner = node.children.map(words).join('');
  return node.type === 'element' && BLOCKS.has(node.tagName) ? ` ${inner} ` : inner;
}

/** The text of a node with its whitespace collapsed, as a reader sees it. */
export const text = (node: Root | Element | undefined): string => (node ? words(node).replace(/\s+/g, ' ').trim() : '');

/** The one element `selector` matches, or a failing test that says which. */
export function one(selector: string, tree: Root | Element): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`No element matches ${selector}`);
  return found;
}

/** An item's table by ID (IDs may hold `:` and `/`, so an attribute selector). */
export const itemTable = (tree: Root, id: string) => one(`table.cl-item[id="${id}"]`, tree);

export { select, selectAll };
