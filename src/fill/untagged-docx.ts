/**
 * A DOCX saved by LibreOffice (7.4) has lost the tag of every content control, and a checkbox
 * its name (alias) too, but keeps every control in its place, with its state and its text. The
 * document `build` makes of the same master and the answers the file records (the checklist,
 * the annex or the offer, as the file was built) has the same controls in the same order: when
 * the two match one for one (the kind of each, and the name of each that still has one), each
 * control takes its tag from its place and is read as usual.
 * Anything else is one line that says what to do; a guess is never imported.
 */
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { CustomerChecklist } from '../model/view.js';
import { builtControls, DOCX_VARIANTS, masterOfFile, viewAsBuilt, type MasterAt } from './built-again.js';
import type { FilledAnswer, FilledFile } from './filled-file.js';
import { splitPiece, splitTag } from './keys.js';
import { readAsBuilt } from './placeholder-text.js';
import type { ImportTarget } from './plan-import.js';
import { answersOfControls, describeKey, withoutFillLine, type ContentControl } from './read-docx.js';

const WHAT_TO_DO = 'fill the document in Word, or use the fillable HTML form (checklist build --format form), and import that';

/** The answers of a DOCX whose controls lost their tags; null when refused (reported). */
export async function answersByPlace(
  file: FilledFile,
  controls: readonly ContentControl[],
  target: ImportTarget,
  diagnostics: Diagnostics,
  masterAt: MasterAt = async () => null,
): Promise<FilledAnswer[] | null> {
  const refuse = (why: string) => {
    const reason = `The content controls of this document have lost their tags, which name the answers (LibreOffice drops them when it saves a DOCX), and ${why}: ${WHAT_TO_DO}`;
    diagnostics.error(file.path, undefined, reason, 'import-tag');
    return null;
  };
  // Another checklist is refused by the plan, with its own message.
  if (file.checklist !== target.master.meta.id) return [];
  // A file of an earlier version is built again from the master as it was then: its controls
  // are tagged with that version's keys, which the plan follows to the master's items as for a
  // file saved by Word.
  const master = await masterOfFile(file, target, masterAt);
  if (master === null) {
    return refuse(`it was made from version ${file.version} of ${file.checklist}, which git does not give (the master's is ${target.master.meta.version}), so they cannot be told by their place`);
  }
  const view = viewAsBuilt(file, master, target);
  const built = view.answers.fingerprint === file.fingerprint ? await matchingVariant(view, controls) : null;
  if (built === null) {
    return refuse('they are not those of the document built again from this deployment and the answers it records (its level or components changed since, or a field LibreOffice split in several, as it does with Chinese or Japanese text), so they cannot be told by their place');
  }
  const tagged = readAsBuilt(
    controls.map((control, index): ContentControl => {
      const own = built[index]!;
      // LibreOffice keeps no placeholder flag: an empty field still shows its line to write on.
      const unflagged = !control.showingPlaceholder && own.showingPlaceholder && withoutFillLine(control.text) === withoutFillLine(own.text);
      return { ...control, tag: own.tag, showingPlaceholder: control.showingPlaceholder || unflagged };
    }),
    (index) => built[index],
    file.path,
    diagnostics,
  );
  const broken = lostBreaks(tagged, built);
  for (const key of broken) {
    const reason = `${describeKey(key)}: LibreOffice moved the line breaks typed into this answer out of its field, so where they were is lost: write it on one line, or ${WHAT_TO_DO}`;
    diagnostics.error(file.path, undefined, reason, 'import-value');
  }
  return broken.size > 0 ? null : answersOfControls(tagged, file.original, file.path, diagnostics);
}

/**
 * The built control of each saved one, of the variant the file was built as: the checklist, or
 * the annex or the offer (`build --annex-only`, `--offer`), which have the overview's and the
 * signatures' write-ins only. The file does not record which; the first that matches is it
 * (null when none does).
 */
async function matchingVariant(view: CustomerChecklist, controls: readonly ContentControl[]): Promise<ContentControl[] | null> {
  for (const variant of DOCX_VARIANTS) {
    const built = aligned(controls, await builtControls(view, variant));
    if (built !== null) return built;
  }
  return null;
}

/**
 * The built control of each saved one, in order: the same kind, and the same name where the
 * saved control kept one; null when they do not match. A further line of a value (a control
 * with the tag of the one before) may be gone: replacing a value of several lines deletes the
 * controls of its further lines with their text, in LibreOffice as in Word.
 */
function aligned(saved: readonly ContentControl[], built: readonly ContentControl[]): ContentControl[] | null {
  const further = (at: number) => at > 0 && built[at]!.kind === 'text' && built[at]!.tag === built[at - 1]!.tag;
  const result: ContentControl[] = [];
  let at = 0;
  for (const control of saved) {
    while (at < built.length && !same(control, built[at]!) && further(at)) at++;
    if (at === built.length || !same(control, built[at]!)) return null;
    result.push(built[at++]!);
  }
  for (; at < built.length; at++) if (!further(at)) return null;
  return result;
}

const same = (saved: ContentControl, built: ContentControl) => saved.kind === built.kind && (saved.alias === '' || saved.alias === built.alias);

/** The keys of write-ins with more breaks in front of a control than the document was built with. */
function lostBreaks(saved: readonly ContentControl[], built: readonly ContentControl[]): Set<string> {
  const keys = new Set<string>();
  saved.forEach((control, index) => {
    if (control.kind === 'text' && control.breaksBefore > built[index]!.breaksBefore) keys.add(splitPiece(splitTag(control.tag).key).key);
  });
  return keys;
}
