/**
 * Reads a theme's logo: a PNG, JPEG or SVG file whose type is told by its bytes (not its name)
 * and whose natural size comes from its own header (image-size). An SVG must be a picture only
 * (svg-safety.ts). Every problem is a message: at the theme file's `logo` key for the file as a
 * whole, at the SVG's own line and column for what is inside it.
 */
import { readFile, stat } from 'node:fs/promises';
import { imageSize } from 'image-size';
import { displayPath } from '../content/read-sources.js';
import type { Diagnostics, Point } from '../diagnostics/diagnostics.js';
import { decodeUtf8 } from '../diagnostics/decode-utf8.js';
import type { ThemeLogo } from '../present/theme.js';
import { svgProblems } from './svg-safety.js';

/** Far above any logo (a logo is a few KB to a few hundred); it is embedded in every output. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

const MEDIA_TYPES = { png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml' } as const;

/** `where`: the theme file and the place of its `logo` key, for problems with the file as a whole. */
export async function readLogo(path: string, where: { file: string; point: Point }, diagnostics: Diagnostics): Promise<ThemeLogo | null> {
  const fail = (reason: string, ruleId = 'logo') => (diagnostics.error(where.file, where.point, reason, ruleId), null);
  const shown = displayPath(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return fail(`The logo ${shown} ${info ? 'is not a file' : 'does not exist'}: give the path of a PNG, JPEG or SVG file, relative to the theme file`);
  if (info.size > LOGO_MAX_BYTES) return fail(`The logo ${shown} is ${(info.size / 1024 / 1024).toFixed(1)} MB: a logo is embedded in every output, keep it under 2 MB`);
  const data = new Uint8Array(await readFile(path));
  let size: { width: number; height: number; type?: string; orientation?: number };
  try {
    size = imageSize(data);
  } catch {
    return fail(`The logo ${shown} is not a PNG, JPEG or SVG image that can be read${/\.svg$/i.test(path) ? ' (an SVG needs an <svg> element with width and height or a viewBox)' : ''}`);
  }
  const type = size.type as keyof typeof MEDIA_TYPES | undefined;
  if (!type || !(type in MEDIA_TYPES)) return fail(`The logo ${shown} is ${size.type ? `a ${size.type.toUpperCase()} image` : 'of an unknown kind'}: use PNG, JPEG or SVG`);
  if (!(size.width > 0 && size.height > 0)) return fail(`The logo ${shown} has no size: an SVG needs width and height (or a viewBox) on its <svg> element`);
  if (type === 'svg' && !svgIsPicture(data, shown, diagnostics)) return null;
  // Browsers turn a JPEG as its EXIF orientation says; 5 to 8 swap width and height.
  const turned = (size.orientation ?? 1) >= 5;
  return {
    path: shown,
    mediaType: MEDIA_TYPES[type],
    data,
    width: turned ? size.height : size.width,
    height: turned ? size.width : size.height,
  };
}

function svgIsPicture(data: Uint8Array, shown: string, diagnostics: Diagnostics): boolean {
  const decoded = decodeUtf8(data);
  if (!('text' in decoded)) {
    diagnostics.error(shown, decoded.invalidAt, 'The logo is not UTF-8 text, as an SVG must be', 'encoding');
    return false;
  }
  const problems = svgProblems(decoded.text);
  for (const { point, reason } of problems) diagnostics.error(shown, point, reason, 'logo-svg');
  return problems.length === 0;
}
