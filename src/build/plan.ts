/**
 * Which outputs a build makes: every format of every document, less those the manifest shows
 * up to date (unless `--force`). Hashing is cheap next to a render: the inputs are read once.
 * A plan holds names and hashes, no view: each is loaded when its documents render.
 */
import { stat } from 'node:fs/promises';
import type { BuildInput } from '../cli/build-inputs.js';
import { formatOutputPath, formats, formatsOfVariant, type FormatName, type OutputFormat, type Variant } from '../render/formats.js';
import { templateInputs } from '../render/html/template-files.js';
import type { BuildDocument } from './document.js';
import { browserFingerprint, fileHash, fontsFingerprint, toolFingerprint, valueHash } from './fingerprint.js';
import type { BuildManifest, MadeFrom } from './manifest.js';

export interface PlanOptions {
  variants: Variant[];
  formats: FormatName[];
  /** `templatesFingerprint` of the templates, taken before they were read. */
  templates: Promise<string>;
  outDir: string;
  /** Options that change an output besides the inputs and the view (the theme). */
  options: Record<string, unknown>;
  /** Options that change only one format's output (`--docx-page-numbers off`). */
  formatOptions?: Partial<Record<FormatName, Record<string, unknown>>>;
  force: boolean;
  /** The browser PDFs are printed with, found only when a PDF is asked for. */
  browserPath: () => Promise<string>;
}

export interface BuildPlan {
  documents: BuildDocument[];
  upToDate: number;
}

export async function planBuild(inputs: BuildInput[], manifest: BuildManifest, plan: PlanOptions): Promise<BuildPlan> {
  const printing = plan.formats.includes('pdf');
  const [tool, templates, browser, fonts] = await Promise.all([
    toolFingerprint(),
    plan.templates,
    printing ? plan.browserPath().then(browserFingerprint) : '',
    printing ? fontsFingerprint() : null,
  ]);
  let upToDate = 0;
  const documents: BuildDocument[] = [];
  for (const input of inputs) {
    const inputHashes = input.sourceHashes;
    for (const variant of plan.variants) {
      const pending: BuildDocument = { input, view: input.naming, variant, formats: [], madeFrom: {} };
      for (const format of formatsOfVariant(plan.formats, variant)) {
        const options = { ...plan.options, ...plan.formatOptions?.[format], ...(format === 'pdf' ? { browser, fonts } : {}) };
        const madeFrom: MadeFrom = { tool, format, variant, options, inputs: inputHashes, templates: drawnWithTemplates(format) ? templates : '', view: input.viewHash };
        const path = formatOutputPath(plan.outDir, input.naming, variant, format);
        if (!plan.force && (await manifest.upToDate(path, madeFrom))) {
          upToDate++;
        } else {
          pending.formats.push(format);
          pending.madeFrom[format] = madeFrom;
        }
      }
      if (pending.formats.length > 0) documents.push(pending);
    }
  }
  return { documents, upToDate };
}

const drawnWithTemplates = (name: FormatName) => (formats[name] as OutputFormat).templates !== false;

/**
 * The hash of the templates an output is drawn with: the files the templates are read from
 * (template-files.ts), each the one a `--templates` folder holds or else the built-in one, so a
 * built-in file the folder leaves to them counts too, and a file of the folder that is never
 * read (a README, an editor's backup) does not.
 * Taken before the templates are read: one saved meanwhile is recorded as it was before, and
 * the next build draws with it (never a record of the new file for an output of the old one).
 */
export async function templatesFingerprint(dir: string): Promise<string> {
  const files = await templateInputs(dir);
  return valueHash(Object.fromEntries(await Promise.all([...files].map(async ([name, path]) => [name, await regularFileHash(path)] as const))));
}

/** `fileHash` of a regular file (through a link); null for anything else: reading a pipe would take what the templates' reader is to read. */
async function regularFileHash(path: string): Promise<string | null> {
  return (await stat(path).then((info) => info.isFile(), () => false)) ? fileHash(path) : null;
}
