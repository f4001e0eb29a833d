/**
 * Word content controls (FORMATS.md §6): a checkbox control (`w14:checkbox`, toggled ☐/☒ by a
 * click) for every box, a plain-text control for every write-in. Each control's tag names the
 * answer it holds (src/fill/keys.ts), so `checklist import` reads the filled document back.
 *
 * docx's own CheckBox writes no tag and no run formatting, so the sdt is written here from docx's
 * building blocks; it subclasses CheckBox only because that is the run-level content control a
 * paragraph accepts as a child.
 */
import { BuilderElement, CheckBox, type ParagraphChild, type TextRun, type XmlComponent } from 'docx';
import type { WriteIn } from './cells.js';
import { continuedTag } from '../../fill/keys.js';
import { cleanText } from './text.js';

export const CHECKED = '\u2612';
export const UNCHECKED = '\u2610';

const value = (name: string, val: string) => new BuilderElement<{ val: string }>({ name, attributes: { val: { key: 'w:val', value: val } } });

/** The properties every control of ours has: a name Word shows (alias) and the tag import reads. */
const identity = (alias: string, tag: string) => [value('w:alias', cleanText(alias)), value('w:tag', cleanText(tag))];

class ContentControl extends CheckBox {
  constructor(properties: XmlComponent[], content: XmlComponent[]) {
    super();
    this.root.splice(0, this.root.length, new BuilderElement({ name: 'w:sdtPr', children: properties }), new BuilderElement({ name: 'w:sdtContent', children: content }));
  }
}

function symbolState(name: string, symbol: string, font: string): XmlComponent {
  return new BuilderElement<{ val: string; font: string }>({
    name,
    attributes: { val: { key: 'w14:val', value: symbol.codePointAt(0)!.toString(16).toUpperCase() }, font: { key: 'w14:font', value: font } },
  });
}

/** A box Word ticks and unticks on a click; `box` is the run showing ☒ or ☐ as it is now. */
export function checkboxControl(tag: string, alias: string, checked: boolean, box: TextRun, font: string): ParagraphChild {
  const checkbox = new BuilderElement({
    name: 'w14:checkbox',
    children: [
      new BuilderElement<{ val: string }>({ name: 'w14:checked', attributes: { val: { key: 'w14:val', value: checked ? '1' : '0' } } }),
      symbolState('w14:checkedState', CHECKED, font),
      symbolState('w14:uncheckedState', UNCHECKED, font),
    ],
  });
  return new ContentControl([...identity(alias, tag), checkbox], [box]);
}

/**
 * A plain-text control holding `runs`. An empty one shows its runs (a line to write on) as a
 * placeholder: Word selects it whole on the first click, and typing replaces it.
 */
export function textControl(tag: string, alias: string, runs: TextRun[], empty: boolean): ParagraphChild {
  const properties = [...identity(alias, tag), ...(empty ? [new BuilderElement({ name: 'w:showingPlcHdr' })] : [])];
  const text = new BuilderElement<{ multiLine: string }>({ name: 'w:text', attributes: { multiLine: { key: 'w:multiLine', value: '1' } } });
  return new ContentControl([...properties, text], runs);
}

/** A write-in of a cell as a plain-text control with this tag (see cells.ts `WriteIn`). */
export const writeIn =
  (tag: string, alias: string): WriteIn =>
  (runs, empty, continued = false) =>
    textControl(continued ? continuedTag(tag) : tag, alias, runs, empty);
