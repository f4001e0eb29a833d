/** content/theme.json: what it may say, and every problem at its line and column, all in one run. */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Diagnostics, formatMessage } from '../../src/diagnostics/diagnostics.js';
import { DEFAULT_THEME } from '../../src/present/theme.js';
import { loadTheme, themeFile } from '../../src/theme/load-theme.js';
import { installedFontFamilies } from '../../src/environment/installed-fonts.js';
import { gif, png, svgLogo } from './images.js';

const fontFamilies = await installedFontFamilies();
const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-theme-'));
  scratch.push(dir);
});

/** Writes theme.json (and other files) into a fresh content folder and loads it as a build does. */
async function load(theme: string | null, files: Record<string, string | Uint8Array> = {}, options: { fonts?: boolean } = {}) {
  if (theme !== null) await writeFile(join(dir, 'theme.json'), theme);
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  const diagnostics = new Diagnostics();
  const loaded = await loadTheme(themeFile(dir, undefined), diagnostics, options);
  // Paths are shown relative to the working folder, or whole outside it.
  const shown = [`${relative(process.cwd(), dir)}/`, `${dir}/`];
  return { theme: loaded, messages: diagnostics.messages.map(formatMessage).map((line) => shown.reduce((text, prefix) => text.replaceAll(prefix, ''), line)) };
}

describe('content/theme.json', () => {
  it('is optional: without it the built-in look is used', async () => {
    expect(await load(null)).toEqual({ theme: DEFAULT_THEME, messages: [] });
  });

  it('reads comments, colours in either case and length, and fills in what it leaves out', async () => {
    const { theme, messages } = await load('{\n  // brand\n  "accent": "#0b6e4f", /* green */\n  "text": "#333",\n  "fonts": { "headings": "DejaVu Serif" }\n}\n');
    expect(messages).toEqual([]);
    expect(theme).toEqual({ ...DEFAULT_THEME, accent: '0B6E4F', text: '333333', fonts: { ...DEFAULT_THEME.fonts, headings: 'DejaVu Serif' } });
  });

  it('reports every wrong value at its line and column in one run, and is not used', async () => {
    const text = '{\n  "acent": "#0b6e4f",\n  "text": "dark grey",\n  "fonts": { "body": "Evil; } body { display: none", "size": 3 },\n  "logo": "https://example.com/logo.png"\n}\n';
    const { theme, messages } = await load(text);
    expect(theme).toBeNull();
    expect(messages).toEqual([
      'theme.json:2:3: error /acent: Unknown theme key "acent": did you mean "accent"? [unknown-key]',
      'theme.json:3:3: error /text: Must be a colour #RRGGBB or #RGB: the body text; secondary text and lines are made from it [theme-value]',
      'theme.json:4:14: error /fonts/body: Must be one font family name, such as Liberation Sans: letters, digits, spaces, - and _ only [theme-value]',
      'theme.json:4:54: error /fonts/size: Unknown theme key "size": the keys are body, headings, mono [unknown-key]',
      'theme.json:5:3: error /logo: Must be the path of a PNG, JPEG or SVG file, relative to the theme file (never a URL: the logo is embedded, not fetched) [theme-value]',
    ]);
  });

  it.skipIf(fontFamilies === null)('warns where the PDF is printed about a font this machine lacks, and is still used', async () => {
    const { theme, messages } = await load('{\n  "fonts": {\n    "body": "DejaVu Sans",\n    "headings": "Brand Grotesk Display"\n  }\n}\n', {}, { fonts: true });
    expect(theme?.fonts.headings).toBe('Brand Grotesk Display');
    expect(messages).toEqual([
      'theme.json:4:5: warning /fonts/headings: The font "Brand Grotesk Display" is not installed on this machine: the PDF prints in Liberation Sans instead; install it (fc-list lists the fonts there are) [font-missing]',
    ]);
  });

  it('reports a JSON syntax error at its place', async () => {
    const { theme, messages } = await load('{\n  "accent": "#0b6e4f"\n  "text": "#333"\n}\n');
    expect(theme).toBeNull();
    expect(messages).toEqual(['theme.json:3:3: error Not valid JSON: comma expected [json]']);
  });

  it('refuses a --theme file that does not exist', async () => {
    const diagnostics = new Diagnostics();
    expect(await loadTheme(themeFile(dir, join(dir, 'brand.json')), diagnostics)).toBeNull();
    expect(diagnostics.messages.map((m) => m.reason)).toEqual(['The theme file does not exist']);
  });
});

describe('the logo', () => {
  it('reads the natural size of a PNG from its header and keeps its bytes', async () => {
    const bytes = png(150, 50);
    const { theme, messages } = await load('{ "logo": "brand/../logo.png" }', { 'logo.png': bytes });
    expect(messages).toEqual([]);
    expect(theme?.logo).toMatchObject({ mediaType: 'image/png', width: 150, height: 50 });
    expect(Buffer.from(theme!.logo!.data).equals(bytes)).toBe(true);
  });

  it('tells a JPEG by its bytes, whatever its name', async () => {
    await copyFile(join(import.meta.dirname, 'fixtures/logo-64x32.jpg'), join(dir, 'logo.png'));
    const { theme } = await load('{ "logo": "logo.png" }');
    expect(theme?.logo).toMatchObject({ mediaType: 'image/jpeg', width: 64, height: 32 });
  });

  it('takes an SVG that is a picture only, sized by its width and height', async () => {
    const { theme, messages } = await load('{ "logo": "logo.svg" }', { 'logo.svg': svgLogo });
    expect(messages).toEqual([]);
    expect(theme?.logo).toMatchObject({ mediaType: 'image/svg+xml', width: 240, height: 60 });
  });

  it('is an error at the logo key when it is missing, another kind of image, or has no size', async () => {
    const theme = '{\n  "accent": "#0b6e4f",\n  "logo": "logo.gif"\n}\n';
    expect((await load(theme)).messages).toEqual([expect.stringMatching(/^theme\.json:3:3: error The logo logo\.gif does not exist: .* \[logo\]$/)]);
    expect((await load(theme, { 'logo.gif': gif(20, 10) })).messages).toEqual([expect.stringMatching(/^theme\.json:3:3: error The logo logo\.gif is a GIF image: use PNG, JPEG or SVG \[logo\]$/)]);
    const unsized = (await load('{ "logo": "logo.svg" }', { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>' })).messages;
    expect(unsized).toEqual([expect.stringMatching(/^theme\.json:1:3: error The logo logo\.svg is not a PNG, JPEG or SVG image that can be read \(an SVG needs an <svg> element with width and height or a viewBox\) \[logo\]$/)]);
  });

  it('refuses an SVG that could run or fetch anything, each thing at its line and column', async () => {
    const svg = [
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="40">',
      '  <rect width="10" height="10" onclick="steal()"/>',
      '  <script>alert(1)</script>',
      '  <image xlink:href="https://tracker.example/pixel.png" width="1" height="1"/>',
      '  <use href="#mark"/>',
      '  <style>@import url(https://fonts.example/brand.css);</style>',
      '  <rect fill="url(#gradient)" width="1" height="1"/>',
      '  <rect style="fill: url(http://x.example/p.svg#g)" width="1" height="1"/>',
      '  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>',
      '</svg>',
    ].join('\n');
    const { theme, messages } = await load('{ "logo": "logo.svg" }', { 'logo.svg': svg });
    expect(theme).toBeNull();
    expect(messages).toEqual([
      'logo.svg:2:3: error The logo has an event handler (onclick of <rect>): a logo is a picture and may run nothing; remove it [logo-svg]',
      'logo.svg:3:3: error The logo holds a <script> element: a logo is a picture and may run or embed nothing; remove it [logo-svg]',
      'logo.svg:4:3: error The logo refers to "https://tracker.example/pixel.png" (xlink:href of <image>): a document never fetches anything, so the logo must hold all it shows [logo-svg]',
      "logo.svg:6:3: error The logo's <style> loads a file outside it (url(…) or @import): a document never fetches anything; remove it [logo-svg]",
      'logo.svg:8:3: error The logo refers to a file outside it (url(…) in style of <rect>): a document never fetches anything; embed it or remove it [logo-svg]',
      'logo.svg:9:3: error The logo holds a <foreignObject> element: a logo is a picture and may run or embed nothing; remove it [logo-svg]',
    ]);
  });

  it('refuses an SVG with a DOCTYPE (entities) or that is not well-formed', async () => {
    const doctype = '<?xml version="1.0"?>\n<!DOCTYPE svg [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">&x;</svg>';
    const first = (await load('{ "logo": "logo.svg" }', { 'logo.svg': doctype })).messages;
    expect(first[0]).toMatch(/^logo\.svg:2:\d+: error The logo has a DOCTYPE, whose entities may load other files: remove it \[logo-svg\]$/);
    const broken = (await load('{ "logo": "logo.svg" }', { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n  <g>\n</svg>' })).messages;
    expect(broken).toEqual([expect.stringMatching(/^logo\.svg:3:\d+: error The logo is not well-formed SVG: .* \[logo-svg\]$/)]);
  });
});
