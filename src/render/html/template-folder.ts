/**
 * What in a user's templates folder would be silently ignored: files the tool never reads
 * (a misspelt `stlye.css`, a partial that is not `.hbs`), and custom properties in style.css
 * that override the theme's colours and fonts.
 */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isEditorFile } from '../../content/editor-files.js';
import { nearest } from '../../content/near-miss.js';
import type { Point } from '../../diagnostics/diagnostics.js';
import { THEME_PROPERTIES } from '../../theme/theme-css.js';

/** The files of a templates folder the tool reads, besides `partials/*.hbs`. */
export const TEMPLATE_FILES = ['layout.hbs', 'annex.hbs', 'style.css', 'form.js'] as const;

/** Template-like files (`.hbs`, `.css`, `.js`) at the top that are none of TEMPLATE_FILES, and non-`.hbs` files in `partials/` (an editor's own apart). */
export async function strayFiles(dir: string): Promise<{ path: string; reason: string }[]> {
  const top = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const stray = top
    .filter((entry) => entry.isFile() && ['.hbs', '.css', '.js'].includes(extname(entry.name)) && !(TEMPLATE_FILES as readonly string[]).includes(entry.name))
    .map((entry) => {
      const meant = nearest(entry.name, TEMPLATE_FILES);
      return { path: join(dir, entry.name), reason: `Not a template the tool reads${meant ? `: did you mean ${meant}?` : `: it reads ${TEMPLATE_FILES.join(', ')} and partials/*.hbs`}` };
    });
  const partials = await readdir(join(dir, 'partials'), { withFileTypes: true }).catch(() => []);
  for (const entry of partials) {
    // An editor's own files come and go as the partial is edited: none is worth a warning.
    if (entry.isFile() && extname(entry.name) !== '.hbs' && !isEditorFile(entry.name)) stray.push({ path: join(dir, 'partials', entry.name), reason: 'Not read: partials are the .hbs files of partials/' });
  }
  return stray;
}

/** The custom properties the theme sets (theme-css.ts); a stylesheet that sets one overrides the theme. */
const SETS_THEME_PROPERTY = new RegExp(`(${THEME_PROPERTIES.join('|')})\\s*:`, 'g');

export function themeOverrides(css: string): { point: Point; reason: string }[] {
  return css.split('\n').flatMap((text, index) =>
    [...text.matchAll(SETS_THEME_PROPERTY)].map((match) => ({
      point: { line: index + 1, column: (match.index ?? 0) + 1 },
      reason: `style.css sets ${match[1]}, which overrides the theme (content/theme.json, README "Branding"); remove it to use the theme`,
    })),
  );
}
