/**
 * Near misses in the Markdown itself, where a character or two makes Markdown read something
 * other than what the author meant and the document changes with no error: a `<br>` that prints
 * as text, an autolink without a scheme, an image with nothing to print, a reference list entry
 * that became a link definition (or a paragraph's line), a definition given twice. Each file is
 * its own Markdown document, so each is checked on its own.
 */
import type { Blockquote, Definition, Emphasis, FootnoteDefinition, Heading, Image, ImageReference, Link, Paragraph, Parent, Root, Strong, TableCell, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourcePlace } from '../model/checklist.js';
import type { BuildContext } from './context.js';
import { DIRECTION, directionCharactersReason } from '../deployment/control-characters.js';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { reportEscapedPaths } from './escaped-path.js';
import { reportFootnoteContinued } from './footnote-lines.js';
import { reportRenumberedList } from './list-numbers.js';
import { reportPipesInCode } from './pipe-in-code.js';
import { eachNode } from './walk-tree.js';

/** `< br>`, `<br/ >`, `</br >`, or `&lt;br&gt;` once decoded: a `<br>` Markdown did not read as HTML. */
const brLike = /<\s*\/?\s*br\b[^<>\n]*>/gi;

/** `&lt;br&gt;` (or `&#60;`, `&#x3c;`): a `<br>` written with character references. */
const escapedBr = /&(?:lt|#0*60|#x0*3c);\s*\/?\s*br\b.*?&(?:gt|#0*62|#x0*3e);/i;

/** `<example.com/x>`, `<example.com>`: a host (and a path) in angle brackets, with no scheme. */
const schemeless = /<((?:[a-z0-9-]+\.)+([a-z]{2,})(\/[^\s<>]*)?)>/gi;

/**
 * Top-level domains that make `<…>` an address: a placeholder such as `<hostname.domain>` prints
 * its brackets on purpose. With `www.` or a path it is an address whatever its ending.
 */
const commonDomains = new Set(['com', 'org', 'net', 'de', 'eu', 'io', 'gov', 'edu', 'info', 'biz', 'uk', 'fr', 'at', 'ch', 'nl', 'it', 'es', 'us']);

/** A definition's destination that is an address: `<…>`, a web or mail scheme, `www.`. */
const addressLike = /^(?:<|https?:|mailto:|ftp:|www\.)/i;

export function reportMarkdownNearMisses(tree: Root, context: BuildContext): void {
  // One walk for every rule (a large master has tens of thousands of nodes); the definitions are
  // judged after it, once every reference to them is known.
  const definitions: Definition[] = [];
  const footnotes: FootnoteDefinition[] = [];
  const references = { used: new Set<string>(), cited: new Set<string>() };
  eachNode(tree, (node, index, parent) => {
    switch (node.type) {
      case 'text':
        reportBrLike(node, parent, context);
        reportSchemelessText(node, parent, context);
        reportUnresolvedReferences(node, parent, context);
        reportBrokenLinks(node, parent, context);
        reportCharacterReferences(node, parent, context);
        reportUnfinishedReferences(node, parent, context);
        break;
      case 'link':
        reportSchemelessLiteral(node, index, parent, context);
        reportEmptyLink(node, context);
        break;
      case 'image':
        reportMissingAlt(node, context);
        break;
      case 'imageReference':
        reportMissingAlt(node, context);
        references.used.add(node.identifier.toLowerCase());
        break;
      case 'linkReference':
        references.used.add(node.identifier.toLowerCase());
        // Cited by its label alone (`[9]`, `[9][]`; not `[the guide][9]`).
        if (node.referenceType !== 'full') references.cited.add(node.identifier.toLowerCase());
        break;
      case 'paragraph':
        reportDefinitionLines(node, context);
        reportEscapedPaths(node, context);
        break;
      case 'tableCell':
        reportEscapedPaths(node, context);
        break;
      case 'tableRow':
        reportPipesInCode(node, context);
        break;
      case 'heading':
      case 'blockquote':
        reportWrappedLine(node, index, parent, context);
        break;
      case 'emphasis':
      case 'strong':
        reportGluedStars(node, parent, context);
        break;
      case 'definition':
        definitions.push(node);
        break;
      case 'list':
        reportRenumberedList(node, context);
        break;
      case 'footnoteDefinition':
        footnotes.push(node);
        reportFootnoteContinued(node, context);
        break;
    }
  });
  reportLinkDefinitions(definitions, references, context);
  reportRepeatedFootnotes(footnotes, context);
}

/**
 * `[](https://…)`: a link to a section with no text prints the section's title; a link elsewhere
 * has nothing to print, so the sentence loses it.
 */
function reportEmptyLink(node: Link, context: BuildContext): void {
  if (toString(node).trim() !== '' || node.url.startsWith('#')) return;
  context.warning(context.place(node), `Link ${context.source(node).slice(0, 60)} has no text, so nothing is printed for it: write the text to show, "[the guide](${node.url.slice(0, 40)})"`, 'empty-link');
}

/** `![](images/x.png)`: images are printed as their alt text, so this one leaves nothing. */
function reportMissingAlt(node: Image | ImageReference, context: BuildContext): void {
  if ((node.alt ?? '').trim() !== '') return;
  const written = context.source(node).slice(0, 60);
  const meant = written.replace(/^!\[[^\]]*\]/, '![what it shows]');
  context.warning(context.place(node), `Image ${written} has no alt text, and the documents print an image as its alt text, so nothing stands for it (nor does a screen reader say anything): write what it shows, "${meant}"`, 'image-alt');
}

/** A `<br>` that is text: it prints as written, and the line does not break. `\<br>` is text on purpose. */
function reportBrLike(node: Text, parent: Parent | undefined, context: BuildContext): void {
  const source = context.source(node.position ? node : parent);
  for (const match of node.value.matchAll(brLike)) {
    if (source.includes(`\\${match[0]}`)) continue;
    // `&lt;br&gt;` is decoded in the value: name it as written.
    const written = source.includes(match[0]) ? match[0] : (escapedBr.exec(source)?.[0] ?? match[0]);
    context.warning(context.placeOf(written, match.index, node, parent), `"${written}" is not read as a line break, so it prints as text: write <br>`, 'br-like');
  }
}

/**
 * A line of a paragraph hard-wrapped where the next starts with `#` or `>`: Markdown makes it a
 * heading (`# 4 of the policy`: a section of its own, and every later section renumbers) or a
 * quotation (`> 12 characters`: the `>`, the meaning, is not printed). A heading right under a
 * line is reported only where it reads as the sentence going on (lower case, a digit, nothing).
 */
function reportWrappedLine(node: Heading | Blockquote, index: number | undefined, parent: Parent | undefined, context: BuildContext): void {
  const before = index === undefined || index === 0 ? undefined : parent?.children[index - 1];
  if (before?.type !== 'paragraph' || before.position === undefined || node.position === undefined) return;
  if (node.position.start.line !== before.position.end.line + 1) return;
  const line = (context.source(node).split('\n')[0] ?? '').trim();
  if (node.type === 'heading') {
    const text = toString(node).trim();
    if (!line.startsWith('#') || /^\p{Lu}/u.test(text) || (text !== '' && !/^[\p{Ll}\p{N}]/u.test(text))) return;
  }
  const kind = node.type === 'heading' ? 'a heading (a section of its own: every later section is renumbered)' : `a quotation (the "${line.charAt(0)}" is not printed)`;
  context.warning(
    context.place(node),
    `"${line.slice(0, 40)}" is right under a line of text, so Markdown makes it ${kind}, though it reads as the sentence going on: join it to the line above, or write \\${line.charAt(0)} at the start of the line; for ${node.type === 'heading' ? 'a heading' : 'a quotation'}, leave a blank line before it`,
    node.type === 'heading' ? 'wrapped-heading' : 'wrapped-quote',
  );
}

/**
 * `TLS_*_WITH_3DES_*`, `*[A-Z]*[0-9]*`, `file*.log*`: stars as wildcards, glued to the text
 * outside them, that Markdown pairs into emphasis, so they are not printed and the name reads
 * otherwise. Emphasis as meant (`a *very* good`, `(*note*)`) has a space or punctuation outside.
 */
function reportGluedStars(node: Emphasis | Strong, parent: Parent | undefined, context: BuildContext): void {
  const own = context.source(node);
  if (!own.startsWith('*') || parent?.position?.start.offset === undefined || node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
  const around = context.source(parent);
  const from = node.position.start.offset - parent.position.start.offset;
  const to = node.position.end.offset - parent.position.start.offset;
  const before = around.charAt(from - 1);
  const after = around.charAt(to);
  if (!/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}\p{N}_[(]/u.test(after)) return;
  const start = Math.max(0, around.lastIndexOf(' ', from) + 1);
  const end = around.indexOf(' ', to) < 0 ? around.length : around.indexOf(' ', to);
  const written = around.slice(start, end).replace(/[.,;:]+$/, '');
  context.warning(
    context.place(node),
    `The stars in "${written.slice(0, 50)}" are glued to the text around them, and Markdown reads a pair as emphasis, so they are not printed and the name reads otherwise: write it as code (\`${written.slice(0, 30)}\`), or write \\* for each star`,
    'glued-stars',
  );
}

/** A footnote reference, `[^note]`, left as text: nothing resolved it. */
const unresolvedFootnote = /\[\^([^\]\s]+)\]/g;
/** A full link reference, `[the guide][cis]`, left as text: nothing resolved it. */
const unresolvedReference = /\[([^\]\n]+)\]\[([^\]\n]*)\]/g;

/**
 * `[^note]` or `[the guide][cis]` that no definition resolves prints as written, brackets and
 * all: its definition is missing, misspelt, or in another file (definitions apply in their own
 * file only). Escaped (`\[^note]`) it is text on purpose.
 */
function reportUnresolvedReferences(node: Text, parent: Parent | undefined, context: BuildContext): void {
  const source = context.source(node.position ? node : parent);
  for (const match of node.value.matchAll(unresolvedFootnote)) {
    if (source.includes(`\\${match[0]}`)) continue;
    context.warning(
      context.placeOf(match[0], match.index, node, parent),
      `${match[0]} is not a footnote, so it prints as written: no "[^${match[1]}]:" defines it in this file (a footnote is defined in the file that refers to it)`,
      'undefined-footnote',
    );
  }
  for (const match of node.value.matchAll(unresolvedReference)) {
    if (source.includes(`\\${match[0]}`)) continue;
    const label = match[2] === '' ? match[1] : match[2];
    context.warning(
      context.placeOf(match[0], match.index, node, parent),
      `${match[0]} is not a link, so it prints as written: no "[${label}]:" defines it in this file (a link definition applies in its own file)`,
      'undefined-reference',
    );
  }
}

/**
 * A link's `](` left as text (not escaped): `[](# anchor)` (a space), `[](#anchor` (no `)`),
 * `](#anchor)` (no `[`), `[] (#anchor)` (a space between `]` and `(`, before an anchor alone:
 * `[1] (see above)` is text).
 */
const brokenLink = /(?<!\\)\](?:[ \t]+(?=\(#[^\s()]+\)))?\((?=#|https?:|mailto:)/g;

/**
 * `[](# sf---password-policies)` or `[the guide](#guide` is not a link: Markdown prints it as
 * written, brackets and all, and the reference to the section is lost. Escaped (`\](`) it is text
 * on purpose.
 */
function reportBrokenLinks(node: Text, parent: Parent | undefined, context: BuildContext): void {
  if (!/\][ \t]*\(/.test(node.value)) return;
  // A piece of text beside a literal autolink has no place: its value, not the paragraph's source
  // (which holds the links that did parse).
  const source = node.position ? context.source(node) : node.value;
  let reportedTo = -1;
  for (const match of source.matchAll(brokenLink)) {
    if (match.index < reportedTo) continue;
    const open = source.lastIndexOf('[', match.index);
    const begin = open > reportedTo && match.index - open <= 60 ? open : match.index;
    const close = source.indexOf(')', match.index);
    const end = close >= 0 && close - match.index <= 60 ? close + 1 : Math.min(source.length, match.index + 40);
    reportedTo = end;
    const written = source.slice(begin, end);
    context.warning(
      context.placeOf(written, begin, node, parent),
      `"${written}" is not a link, so it prints as written, brackets and all: a space in the address or between ] and (, or a missing [, ] or ), breaks it; write [text](#anchor) (empty text for the target's number and title)`,
      'broken-link',
    );
  }
}

/** A numeric character reference, `&#x202E;` or `&#8238;`. */
const numericReference = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;

/**
 * The characters the source checks (control-characters.ts) find when typed, written as numeric
 * references instead: a direction character (`Port &#x202E;0443` shows "Port 3440") is a warning
 * as it is typed; a control character, a surrogate or a non-character (`&#7;`, `&#xFFFF;`) is
 * printed by Markdown as the replacement character �, and the text so changes in every format.
 */
function reportCharacterReferences(node: Text, parent: Parent | undefined, context: BuildContext): void {
  const source = context.source(node.position ? node : parent);
  if (!source.includes('&#')) return;
  for (const match of source.matchAll(numericReference)) {
    const code = match[1] === undefined ? Number(match[2]) : Number.parseInt(match[1], 16);
    const place = context.placeOf(match[0], match.index, node, parent);
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code <= 0x10ffff && DIRECTION_CHARACTER.test(String.fromCodePoint(code))) {
      context.warning(place, `${match[0]} is ${directionCharactersReason({ codes: [name] }).replace(/^Direction character/, 'the direction character')}`, 'direction-character');
    } else if (node.value.includes('\uFFFD') && code !== 0xfffd && printsAsReplacement(code)) {
      context.warning(place, `${match[0]} names ${name}, which Markdown does not print: every format shows the replacement character � in its place; delete it`, 'control-character');
    }
  }
}

/** `&nbsp` as a word of its own: a name, then neither a letter, a digit nor `;`. */
const unfinishedReference = /&([A-Za-z][A-Za-z0-9]+)(?![A-Za-z0-9;])/g;

/**
 * `&nbsp` or `&shy` without its `;` (as text pasted from HTML or a wiki has it): Markdown reads a
 * character reference only with the `;`, so it prints as written (`10 &nbsp GB`) where the author
 * meant the character. A name that no reference has (`AT&T`, `R&D`) is text and passes; so is
 * one written so on purpose (`&amp;nbsp`, `\&nbsp`).
 */
function reportUnfinishedReferences(node: Text, parent: Parent | undefined, context: BuildContext): void {
  if (!node.value.includes('&')) return;
  const source = context.source(node.position ? node : parent);
  for (const match of node.value.matchAll(unfinishedReference)) {
    const name = match[1] ?? '';
    if (decodeNamedCharacterReference(name) === false || !source.includes(match[0]) || source.includes(`\\${match[0]}`)) continue;
    context.warning(
      context.placeOf(match[0], match.index, node, parent),
      `"${match[0]}" has no ";", so Markdown does not read it as a character reference and it prints as written: write "${match[0]};"`,
      'unfinished-reference',
    );
  }
}

/** One direction character (the pattern of deployment/control-characters.ts, without its global flag). */
const DIRECTION_CHARACTER = new RegExp(DIRECTION.source);

/** What CommonMark prints as U+FFFD: NUL, controls but tab, LF and CR, C1 controls, surrogates, non-characters, past U+10FFFF. */
function printsAsReplacement(code: number): boolean {
  return (
    code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) || (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe || code > 0x10ffff
  );
}

/** `<example.com>` stays text in Markdown: it prints with its angle brackets, and is no link. */
function reportSchemelessText(node: Text, parent: Parent | undefined, context: BuildContext): void {
  for (const match of node.value.matchAll(schemeless)) {
    const [, address = '', domain = '', path] = match;
    if (!address.startsWith('www.') && path === undefined && !commonDomains.has(domain.toLowerCase())) continue;
    reportSchemeless(address, context.placeOf(match[0], match.index, node, parent), context);
  }
}

/** `<www.example.com/x>`: GFM links the address inside, and the angle brackets print around it. */
function reportSchemelessLiteral(node: Link, index: number | undefined, parent: Parent | undefined, context: BuildContext): void {
  const before = index === undefined ? undefined : parent?.children[index - 1];
  const after = index === undefined ? undefined : parent?.children[index + 1];
  if (before?.type !== 'text' || after?.type !== 'text' || !before.value.endsWith('<') || !after.value.startsWith('>')) return;
  const written = toString(node);
  if (/^[a-z][a-z0-9+.-]*:/i.test(written)) return;
  reportSchemeless(written, context.placeOf(`<${written}>`, 0, parent), context);
}

function reportSchemeless(address: string, place: SourcePlace, context: BuildContext): void {
  context.warning(place, `<${address.slice(0, 60)}> has no scheme, so it is no autolink and prints with its angle brackets: write <https://${address.slice(0, 60)}>`, 'autolink-scheme');
}

/**
 * A paragraph's later line written as a definition (`[9]: http://…`, a reference list entry): a
 * definition cannot interrupt a paragraph, so the line prints as part of the one above it.
 */
function reportDefinitionLines(node: Paragraph, context: BuildContext): void {
  const start = context.place(node);
  context.source(node).split('\n').forEach((line, offset) => {
    const match = /^([\s>]*)(\[[^\]\n]+\]):[ \t]*(\S+)/.exec(line);
    if (offset === 0 || !match || !addressLike.test(match[3] ?? '')) return;
    const [, indent = '', label = '', address = ''] = match;
    context.warning(
      { ...start, line: start.line + offset, column: indent.length + 1 },
      `"${label}: ${address.slice(0, 40)}" is inside the paragraph above it, where a link definition cannot start, so it prints as part of that paragraph: for a reference list entry, write a list item of its own ("- ${label} ${address.slice(0, 30)}")`,
      'reference-definition',
    );
  });
}

/**
 * Link definitions, per file. One no link uses is not printed (`[13]: http://…`, a reference list
 * entry); a number cited as `[9]` makes the entry vanish into links; a label given twice keeps
 * only the first.
 */
function reportLinkDefinitions(definitions: readonly Definition[], { used, cited }: { used: Set<string>; cited: Set<string> }, context: BuildContext): void {
  const first = new Map<string, { url: string; line: number }>();
  for (const node of definitions) {
    const identifier = node.identifier.toLowerCase();
    const label = node.label ?? node.identifier;
    const place = context.place(node);
    const earlier = first.get(identifier);
    if (earlier !== undefined) {
      if (earlier.url === node.url) continue;
      context.warning(place, `Link definition [${label}] is given again (first on line ${earlier.line}, to ${earlier.url.slice(0, 40)}): Markdown uses the first, so every [${label}] links there and this address is dropped; give it a label of its own`, 'repeated-definition');
      continue;
    }
    first.set(identifier, { url: node.url, line: place.line });
    const written = `"[${label}]: ${node.url.slice(0, 40)}"`;
    if (!used.has(identifier)) {
      context.warning(place, `${written} is a link definition that no link uses, so it is not printed: to print it, write it otherwise ("[${label}] ${node.url.slice(0, 30)}", or a list item)`, 'unused-definition');
    } else if (/^\d+$/.test(identifier) && cited.has(identifier)) {
      context.warning(place, `${written} is a link definition, so it is not printed, and each [${label}] in the text becomes a link to it: for a reference list entry, write a list item ("- [${label}] ${node.url.slice(0, 30)}")`, 'reference-definition');
    }
  }
}

/** `[^1]:` twice: Markdown uses the first, and the second's text is missing from every document. */
function reportRepeatedFootnotes(footnotes: readonly FootnoteDefinition[], context: BuildContext): void {
  const firstLine = new Map<string, number>();
  for (const node of footnotes) {
    const identifier = node.identifier.toLowerCase();
    const place = context.place(node);
    const first = firstLine.get(identifier);
    if (first === undefined) firstLine.set(identifier, place.line);
    else context.error(place, `Footnote [^${node.label ?? node.identifier}] is defined again (first on line ${first}): Markdown uses the first, so this text is missing from every document; give it a label of its own, or join the two`, 'repeated-definition');
  }
}
