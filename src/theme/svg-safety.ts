/**
 * Whether an SVG logo is a picture only. A logo is embedded in every document, so it must not
 * run anything (scripts, event handlers, foreign HTML) nor refer to anything outside itself
 * (links, external images, fonts or stylesheets, entities of a DOCTYPE): each such thing is a
 * problem at its element's line and column. The logo is rejected rather than silently
 * sanitised: the author fixes the file and sees what prints.
 */
import { SaxesParser } from 'saxes';
import type { Point } from '../diagnostics/diagnostics.js';

export interface SvgProblem {
  point: Point;
  reason: string;
}

/** Elements that run code or show foreign content. */
const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** Attributes whose value is a reference to elsewhere. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction']);
/** A url(…) that is not a fragment of this same file. */
const OUTSIDE_URL = /url\(\s*['"]?\s*(?!#)[^)'"\s]/i;

const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

export function svgProblems(text: string): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const parser = new SaxesParser({ position: true });
  let element: { name: string; point: Point } = { name: '', point: { line: 1, column: 1 } };
  let inStyle = false;
  const here = (): Point => ({ line: parser.line, column: parser.column + 1 });
  const problem = (point: Point, reason: string) => problems.push({ point, reason });

  parser.on('doctype', () => problem(here(), 'The logo has a DOCTYPE, whose entities may load other files: remove it'));
  parser.on('processinginstruction', ({ target }) => problem(here(), `The logo holds the instruction <?${target}?>, which may load another file: remove it`));
  parser.on('opentagstart', ({ name }) => {
    // Called once the character after the name is read: the `<` stands the name and one before it.
    element = { name, point: { line: parser.line, column: Math.max(1, parser.column - name.length - 1) } };
    if (ACTIVE_ELEMENTS.has(localName(name))) {
      problem(element.point, `The logo holds a <${name}> element: a logo is a picture and may run or embed nothing; remove it`);
    }
  });
  parser.on('attribute', ({ name, value }) => {
    const where = `${name} of <${element.name}>`;
    if (/^on/i.test(localName(name))) {
      problem(element.point, `The logo has an event handler (${where}): a logo is a picture and may run nothing; remove it`);
    } else if (/^\s*javascript:/i.test(value)) {
      problem(element.point, `The logo has a script in ${where}: remove it`);
    } else if (REFERENCE_ATTRIBUTES.has(localName(name)) && !value.trim().startsWith('#')) {
      problem(element.point, `The logo refers to "${short(value)}" (${where}): a document never fetches anything, so the logo must hold all it shows`);
    } else if (OUTSIDE_URL.test(value)) {
      problem(element.point, `The logo refers to a file outside it (url(…) in ${where}): a document never fetches anything; embed it or remove it`);
    }
  });
  parser.on('opentag', ({ name }) => (inStyle = localName(name) === 'style'));
  parser.on('closetag', () => (inStyle = false));
  const styleText = (text: string) => {
    if (inStyle && (OUTSIDE_URL.test(text) || /@import/i.test(text))) {
      problem(element.point, 'The logo\'s <style> loads a file outside it (url(…) or @import): a document never fetches anything; remove it');
    }
  };
  parser.on('text', styleText);
  parser.on('cdata', styleText);
  let broken = false;
  parser.on('error', (error) => {
    // The first error is the one to fix; what follows it is often its echo.
    if (!broken) problem(here(), `The logo is not well-formed SVG: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
    broken = true;
  });
  parser.write(text).close();
  return problems;
}

const short = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);
