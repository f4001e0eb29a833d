/**
 * The DOCX a filled file was built as, built again: from the master of the file's version and
 * the deployment with the answers the file records (src/fill/as-built.ts). Import compares a
 * saved document's controls with its own where the saved file alone cannot tell what they hold:
 * tags LibreOffice dropped (src/fill/untagged-docx.ts), a placeholder flag left on typed text
 * (src/fill/placeholder-text.ts).
 */
import { strFromU8, unzipSync } from 'fflate';
import { mergeDeployment } from '../deployment/merge.js';
import type { Checklist } from '../model/checklist.js';
import type { CustomerChecklist } from '../model/view.js';
import { renderDocx, type DocxVariant } from '../render/docx/render-docx.js';
import { deploymentAsBuilt } from './as-built.js';
import type { FilledFile } from './filled-file.js';
import type { ImportTarget } from './plan-import.js';
import { contentControls, type ContentControl } from './read-docx.js';

/** The master at an earlier version (from git), for a file built from it; null where it cannot be had. */
export type MasterAt = (version: string) => Promise<Checklist | null>;

/** The master of the file's version: the target's, or the one `masterAt` gives; null when none. */
export async function masterOfFile(file: FilledFile, target: ImportTarget, masterAt: MasterAt): Promise<Checklist | null> {
  return file.version === target.master.meta.version ? target.master : masterAt(file.version);
}

/** The view the file was built from, as far as its answers go (the deployment's other choices as they are now). */
export function viewAsBuilt(file: FilledFile, master: Checklist, target: ImportTarget): CustomerChecklist {
  return mergeDeployment(master, deploymentAsBuilt(target.deployment, master, file.original), { name: target.name });
}

/**
 * The variants a file may have been built as: the checklist, or the annex or the offer (`build
 * --annex-only`, `--offer`), which have the overview's and the signatures' write-ins only. The
 * file does not record which.
 */
export const DOCX_VARIANTS: readonly DocxVariant[] = ['full', 'annex', 'offer'];

/** The tagged controls of the view's document of that variant, in document order. */
export async function builtControls(view: CustomerChecklist, variant: DocxVariant): Promise<ContentControl[]> {
  const docx = await renderDocx(view, { pageNumbers: false, variant });
  return contentControls(strFromU8(unzipSync(docx, { filter: (part) => part.name === 'word/document.xml' })['word/document.xml']!)).filter((control) => control.tag !== '');
}
