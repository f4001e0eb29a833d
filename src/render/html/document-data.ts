/**
 * The root data every template receives (see templates/README.md): the presentation (every
 * heading, sentence, label and row decided once for all formats, src/present/) plus what only
 * HTML needs: ids, the table of contents, the body's partials and the stylesheet.
 */
import type { CustomerChecklist } from '../../model/view.js';
import type { Footnote } from '../../model/checklist.js';
import { present, type Presentation, type Variant } from '../../present/presentation.js';
import { TITLES } from '../../present/words.js';
import { placeNotes, type NotesData } from './chapter-notes.js';
import { blockData, tocEntries, type BlockData, type DirectiveContexts, type TocEntry } from './body-data.js';
import { PART_IDS } from './labels.js';
import { DEFAULT_THEME, logoAlt, type Theme } from '../../present/theme.js';
import { logoData, themeCss, type LogoData } from '../../theme/theme-css.js';

export type { Variant } from '../../present/presentation.js';

export interface TemplateData extends Presentation {
  /** The theme's custom properties (`:root { --accent: … }`), then style.css. */
  css: string;
  /** The theme's logo, embedded as a data: URI, with its natural size and its alt text; or null. */
  logo: (LogoData & { alt: string }) | null;
  blank: boolean;
  ids: typeof PART_IDS;
  titles: typeof TITLES;
  /** History, summary, overview (when first), chapters to depth 3, appendix, signatures (when last). */
  toc: TocEntry[];
  body: BlockData[];
  /** The notes no chapter prints (one referred to before the first chapter), for the end. */
  footnotes: Footnote[];
  /** The same as the `notes` partial's context, or null. */
  notes: NotesData | null;
  /** Item IDs link to their tables (the full checklist has them, the annex does not). */
  linkItems: boolean;
  /** Which parts the layout adds: a flag per part name of `order`. */
  has: Record<Presentation['order'][number], boolean>;
  view: CustomerChecklist;
  /** Set for the fillable form (`--format form`): its script, the script's CSP hash, its data. */
  form: FormData | null;
}

export interface FormData {
  script: string;
  /** `'sha256-…'`, for the page's Content-Security-Policy. */
  scriptHash: string;
  /** JSON of what the page saves besides the answers, safe inside a <script> element. */
  dataJson: string;
}

export function templateData(view: CustomerChecklist, variant: Variant, css: string, form: FormData | null = null, theme: Theme = DEFAULT_THEME): TemplateData {
  const presentation = present(view, variant);
  const full = variant === 'full';
  const has = Object.fromEntries(presentation.order.map((name) => [name, true])) as TemplateData['has'];
  // Each note at the end of the chapter that first refers to it (chapter-notes.ts).
  const placed = full ? placeNotes(view.body, view.footnotes) : { chapters: new Map<number, NotesData>(), rest: null };
  const data: Omit<TemplateData, 'body' | 'toc'> = {
    ...presentation,
    css: `${themeCss(theme)}\n${css}`,
    logo: withAlt(logoData(theme.logo), view),
    blank: view.blank,
    ids: PART_IDS,
    titles: TITLES,
    footnotes: placed.rest?.notes ?? [],
    notes: placed.rest,
    linkItems: full,
    has,
    view,
    form,
  };
  const directives = directiveContexts(data);
  return { ...data, body: full ? view.body.map((block, index) => blockData(block, directives, true, placed.chapters.get(index) ?? null)) : [], toc: full ? toc(view, data) : [] };
}

/** The logo stands for the supplier, who hands the document over. */
function withAlt(logo: LogoData | null, view: CustomerChecklist): TemplateData['logo'] {
  return logo && { ...logo, alt: logoAlt(view.overview.supplier.company) };
}

/** The table of contents of the full document, with the parts its layout adds. */
function toc(view: CustomerChecklist, data: Pick<TemplateData, 'has'>): TocEntry[] {
  const part = (anchor: string, title: string): TocEntry => ({ number: '', title, anchor, depth: 1, part: true });
  const { has } = data;
  return [
    ...(has.history ? [part(PART_IDS.history, TITLES.history)] : []),
    part(PART_IDS.summary, TITLES.summary),
    ...(has.overview ? [part(PART_IDS.overview, TITLES.overview)] : []),
    ...tocEntries(view.body),
    ...(has.omitted ? [part(PART_IDS.omitted, TITLES.omitted)] : []),
    ...(has.signatures ? [part(PART_IDS.signatures, TITLES.signatures)] : []),
  ];
}

/** The data of each directive's partial, wherever the directive stands. */
export function directiveContexts(data: Pick<TemplateData, 'overview' | 'signatures' | 'matrix' | 'openItems' | 'linkItems'>): DirectiveContexts {
  const linked = <T extends object>(part: T) => ({ ...part, linkItems: data.linkItems });
  return {
    'deployment-overview': data.overview,
    signatures: data.signatures,
    'responsibility-matrix': linked(data.matrix),
    'open-items': linked(data.openItems),
  };
}
