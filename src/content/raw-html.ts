/**
 * What raw HTML (other than `<br>` and comments) costs when it is not rendered: a tag's
 * formatting only, but a placeholder in angle brackets (`<USER>`, `<tenant-name>`) reads as a
 * tag and takes its word with it, an HTML block takes every line of text in it, and an item
 * pasted as an HTML table is missing from the checklist and cannot be answered.
 */
import type { SourcePlace } from '../model/checklist.js';
import type { BuildContext } from './context.js';
import { inMisreadPath } from './escaped-path.js';

/** HTML's elements (and the obsolete ones Word writes): any other name is a placeholder's. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo big blink blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav nobr noframes noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span strike strong style sub summary sup svg math table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr'
  ).split(' '),
);

/** An opening tag alone: its name and what follows the name. */
const openingTag = /^<([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)\/?>$/;

/** An item ID at the start of a cell or a line of the HTML (`<td>CL-AUD1 Relay</td>`). */
const itemId = /(?:^|>)[\s|]*(CL-[A-Za-z0-9][A-Za-z0-9._:/-]*)/m;

export function reportRawHtml(value: string, place: SourcePlace, context: BuildContext): void {
  const [, name = '', rest = ''] = openingTag.exec(value) ?? [];
  if (name !== '' && !HTML_ELEMENTS.has(name.toLowerCase()) && !rest.includes('=')) {
    // In a path whose backslashes are misread too (`\\<server>\share`), escaped-path's message
    // says how to write all of it; `\<server>` alone there would still lose a backslash.
    if (inMisreadPath(context.sourceLine(place), place.column)) return;
    context.warning(place, `${value} is read as an HTML tag, so it is missing from every document: to print it, write \\${value} (or put it in code)`, 'html-placeholder');
    return;
  }
  const id = itemId.exec(value)?.[1];
  if (id !== undefined) {
    context.error(place, `Item ${id} is written as raw HTML, which is not rendered, so it is missing from every document and no deployment can answer it: write it as a Markdown table (| ${id} … | … |)`, 'html-item');
    return;
  }
  const text = value.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const tag = text === '' ? value.slice(0, 40) : (/^<[^>]*>/.exec(value)?.[0] ?? value).slice(0, 40);
  const lost = text === '' ? '' : `, nor is the text in it ("${text.slice(0, 60)}"), which is missing from every document`;
  context.warning(place, `Raw HTML \`${tag}\` is not rendered${lost}: write it in Markdown (only <br> is honoured)`, 'raw-html');
}
