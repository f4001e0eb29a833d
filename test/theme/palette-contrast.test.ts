/** The palette's text colours stay readable: WCAG AA asks 4.5:1 against white for small text. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, palette, type HexColor } from '../../src/present/theme.js';

/** WCAG 2 contrast ratio of a colour against white. */
function contrastOnWhite(hex: HexColor): number {
  const linear = [0, 1, 2].map((i) => {
    const v = parseInt(hex.slice(i * 2, i * 2 + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return 1.05 / (luminance + 0.05);
}

describe('palette contrast', () => {
  const colours = palette(DEFAULT_THEME);
  it.each(['text', 'muted', 'accent', 'link'] as const)('%s is at least 4.5:1 on white', (name) => {
    expect(contrastOnWhite(colours[name])).toBeGreaterThanOrEqual(4.5);
  });
});
