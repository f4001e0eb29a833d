/**
 * A write-in built empty is a plain-text control flagged as showing its placeholder
 * (`w:showingPlcHdr`, src/render/docx/controls.ts): a line to write on, "________", the master's
 * example. Word and LibreOffice clear the flag when the reader types; another editor or a script
 * may leave it on what was typed, which read as empty would be lost in silence. So the text of a
 * flagged control is compared with the same control of the document built again as the file was
 * (src/fill/built-again.ts: the master of its version, the answers it records): the placeholder
 * shown there is no answer, any other text is what was typed. Text that holds the placeholder
 * and more cannot be told apart and is refused; text with nothing to compare it with is read
 * as empty, with a warning: a field the document built again lacks, or one of a file whose
 * master version git cannot give that is not the placeholder the master shows now.
 */
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { builtControls, DOCX_VARIANTS, masterOfFile, viewAsBuilt, type MasterAt } from './built-again.js';
import type { FilledFile } from './filled-file.js';
import { splitPiece, splitTag } from './keys.js';
import { show, type ImportTarget } from './plan-import.js';
import { answersOfControls, describeKey, flaggedWithText, shownText, type ContentControl } from './read-docx.js';

type Reading = 'placeholder' | 'typed' | 'mixed' | 'uncompared';

/** What a control flagged as showing its placeholder holds, beside its own: the same control built again (undefined: none). */
function reading(saved: ContentControl, own: ContentControl | undefined): Reading {
  const text = shownText(saved.text);
  if (text === '') return 'placeholder'; // a line to write on, or nothing
  if (own === undefined) return 'uncompared';
  // Built with a value: it showed no placeholder of ours, whatever flag it has now.
  if (!own.showingPlaceholder) return 'typed';
  const placeholder = shownText(own.text);
  if (text === placeholder) return 'placeholder';
  return placeholder !== '' && text.includes(placeholder) ? 'mixed' : 'typed';
}

/**
 * The controls with the placeholder flag of each flagged write-in settled against its own
 * (`ownOf`): left on where it shows the placeholder it was built with, taken off where it holds
 * what was typed. Text that holds the placeholder and more is an error, text with no own
 * control to compare with a warning (read as empty); each names the field.
 */
export function readAsBuilt(controls: readonly ContentControl[], ownOf: (index: number, control: ContentControl) => ContentControl | undefined, path: string, diagnostics: Diagnostics, uncomparedWhy = 'it is not in the document built again'): ContentControl[] {
  return controls.map((control, index) => {
    if (control.kind !== 'text' || !control.showingPlaceholder) return control;
    const own = ownOf(index, control);
    const read = reading(control, own);
    const field = describeKey(splitPiece(splitTag(control.tag).key).key);
    const text = show(shownText(control.text));
    if (read === 'mixed') {
      const reason = `${field}: its field holds its placeholder ${show(shownText(own!.text))} and more (${text}), and is still marked as showing the placeholder, so what was typed cannot be told from it: delete the placeholder's text and keep what was typed, or type the answer again in Word or LibreOffice, then import again`;
      diagnostics.error(path, undefined, reason, 'import-placeholder');
    } else if (read === 'uncompared') {
      const reason = `${field}: its field is still marked as showing its placeholder and holds ${text}, which cannot be compared with the placeholder it was built with (${uncomparedWhy}): read as empty. If that was typed, type it again in Word or LibreOffice, or in the form, and import again`;
      diagnostics.warning(path, undefined, reason, 'import-placeholder');
    }
    return read === 'typed' ? { ...control, showingPlaceholder: false } : control;
  });
}

/**
 * The file with its answers read, where a write-in flagged as showing its placeholder holds
 * text (`file.placeholders`, src/fill/read-docx.ts): each such control compared with its own in
 * the document built again (the checklist, else the annex or the offer for a field the
 * checklist lacks). Another file is returned as it is.
 */
export async function withPlaceholdersRead(file: FilledFile, target: ImportTarget, diagnostics: Diagnostics, masterAt: MasterAt = async () => null): Promise<FilledFile> {
  const controls = file.placeholders;
  if (controls === undefined) return file;
  const { placeholders: _, ...rest } = file;
  // Another checklist is refused by the plan, with its own message: nothing to build.
  if (file.checklist !== target.master.meta.id) return { ...rest, answers: answersOfControls(controls, file.original, file.path, diagnostics) };
  // The master of the file's version; where git cannot give it, the master as it is now, whose
  // placeholders tell an untouched field only ("________", an example unchanged since).
  const exact = await masterOfFile(file, target, masterAt);
  const view = viewAsBuilt(file, exact ?? target.master, target);
  const tags = new Set(controls.filter(flaggedWithText).map((control) => control.tag));
  const built = new Map<string, ContentControl>();
  for (const variant of DOCX_VARIANTS) {
    for (const control of await builtControls(view, variant)) if (!built.has(control.tag)) built.set(control.tag, control);
    if ([...tags].every((tag) => built.has(tag))) break;
  }
  const ownOf = (_: number, control: ContentControl) => {
    const own = built.get(control.tag);
    if (exact !== null || own === undefined) return own;
    return own.showingPlaceholder && shownText(own.text) === shownText(control.text) ? own : undefined;
  };
  const why =
    exact === null
      ? `it was made from version ${file.version} of ${file.checklist}, which git does not give`
      : 'the document built again from the deployment has no such field: its level or components changed since';
  const read = readAsBuilt(controls, ownOf, file.path, diagnostics, why);
  return { ...rest, answers: answersOfControls(read, file.original, file.path, diagnostics) };
}
