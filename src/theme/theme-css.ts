/**
 * What the HTML (and so the PDF) takes from a theme: CSS custom properties generated from the
 * palette and the fonts, which style.css reads (`var(--accent)`, `var(--font-body)`), and the
 * logo as a data: URI, embedded so that the document never fetches it.
 */
import { createHash } from 'node:crypto';
import { palette, type Palette, type Theme, type ThemeLogo } from '../present/theme.js';

/** The custom property of each palette colour. */
const COLOUR_PROPERTIES: Record<keyof Palette, string> = {
  accent: '--accent',
  text: '--text',
  muted: '--muted',
  headerFill: '--header-fill',
  labelFill: '--label-fill',
  rule: '--rule',
  line: '--line',
  link: '--link',
  done: '--status-done',
  open: '--status-open',
};

/** After the theme's font, the fonts the built-in look falls back to. */
const FALLBACKS = {
  body: ['Liberation Sans', 'Arial', 'Noto Sans', 'sans-serif'],
  headings: ['Liberation Sans', 'Arial', 'Noto Sans', 'sans-serif'],
  mono: ['Liberation Mono', 'DejaVu Sans Mono', 'monospace'],
} as const;

/** Every custom property a theme sets: a `style.css` that sets one overrides the theme. */
export const THEME_PROPERTIES: readonly string[] = [...Object.values(COLOUR_PROPERTIES), ...Object.keys(FALLBACKS).map((role) => `--font-${role}`)];

// The schema allows letters, digits, spaces, - and _ in a font name: nothing to escape in a
// CSS string, but a quote or backslash would end it, so they are escaped all the same.
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/** The CSS font list of a theme font: it, then the built-in fallbacks of its role. */
export function fontList(name: string, role: keyof typeof FALLBACKS): string {
  const generic = FALLBACKS[role].at(-1)!;
  const named = [name, ...FALLBACKS[role].slice(0, -1)].filter((font, index, all) => all.indexOf(font) === index);
  return [...named.map(cssString), generic].join(', ');
}

/** `:root { --accent: #1D4F7A; … }`: placed before style.css, which draws everything from it. */
export function themeCss(theme: Theme): string {
  const colours = Object.entries(palette(theme)).map(([key, hex]) => `  ${COLOUR_PROPERTIES[key as keyof Palette]}: #${hex};`);
  const fonts = (['body', 'headings', 'mono'] as const).map((role) => `  --font-${role}: ${fontList(theme.fonts[role], role)};`);
  return `/* From the theme (content/theme.json): every colour and font of style.css. */\n:root {\n${[...colours, ...fonts].join('\n')}\n}\n`;
}

/** The logo as the templates place it: `<img src="{{logo.src}}" width=… height=…>`. */
export interface LogoData {
  src: string;
  width: number;
  height: number;
}

export function logoData(logo: ThemeLogo | null): LogoData | null {
  if (!logo) return null;
  return { src: `data:${logo.mediaType};base64,${Buffer.from(logo.data).toString('base64')}`, width: logo.width, height: logo.height };
}

/** A hash of everything a theme changes in an output, for the build manifest. */
export function themeHash(theme: Theme): string {
  const hash = createHash('sha256').update(JSON.stringify({ ...theme, logo: theme.logo && { ...theme.logo, data: undefined, path: undefined } }));
  if (theme.logo) hash.update(theme.logo.data);
  return hash.digest('hex');
}
