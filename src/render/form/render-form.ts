/**
 * The fillable form (`--format form`): the HTML checklist with radio buttons and text fields in
 * place of boxes and lines, one inline script (allowed by its sha256 in the page's
 * Content-Security-Policy) and the answers it was built from, so `checklist import` can tell
 * what the reader changed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CustomerChecklist } from '../../model/view.js';
import { renderHtml } from '../html/render-html.js';
import type { Theme } from '../../present/theme.js';
import type { TemplateSet } from '../html/templates.js';

/** What the page records besides the answers; the saved file repeats it (see src/fill/read-form.ts). */
export function formRecord(view: CustomerChecklist) {
  return {
    checklist: view.meta.id,
    version: view.meta.version,
    deployment: view.deploymentName,
    fingerprint: view.answers.fingerprint,
    original: view.answers.given,
  };
}

/** The script of a templates folder, or the built-in one when the folder has none. */
async function formScript(templatesDir: string, builtInDir: string): Promise<string> {
  for (const dir of [templatesDir, builtInDir]) {
    try {
      return await readFile(join(dir, 'form.js'), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`form.js is missing from ${builtInDir}`);
}

export async function renderForm(view: CustomerChecklist, templatesDir: string, builtInDir: string, templates?: TemplateSet, theme?: Theme): Promise<string> {
  // `</script` would end the element early: the stylesheet gets the same care in renderHtml.
  const script = (await formScript(templatesDir, builtInDir)).replace(/<\/script/gi, '<\\/script');
  const scriptHash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
  const dataJson = JSON.stringify(formRecord(view)).replace(/</g, '\\u003c');
  const html = await renderHtml(view, { templatesDir, templates, theme, variant: 'full', form: { script, scriptHash, dataJson } });
  if (!html.includes(`<script>${script}</script>`)) {
    throw new Error(`Templates in ${templatesDir}: layout.hbs does not place the form's script; copy the built-in layout.hbs`);
  }
  return html;
}
