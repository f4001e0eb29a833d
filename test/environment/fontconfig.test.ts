/** fontconfig's one list of fonts, as every question about fonts reads it. */
import { describe, expect, it } from 'vitest';
import { parseConfigList, parseFontList } from '../../src/environment/fontconfig.js';
import { parseCharsets } from '../../src/environment/font-coverage.js';

describe('the list fontconfig gives', () => {
  it('reads file, face, version, families and characters from each line, names with commas and bars kept apart', () => {
    const listed = [
      '/usr/share/fonts/a|b/Brand.ttc\t1\t65536\tBrand Sans,Brand Sans Light\t20-7e a0-17f',
      '/usr/share/fonts/DejaVuSans.ttf\t0\t167772\tDejaVu Sans\t2610-2612',
      '',
    ].join('\n');
    const fonts = parseFontList(listed);
    expect(fonts).toEqual([
      { file: '/usr/share/fonts/a|b/Brand.ttc', index: '1', version: '65536', families: ['Brand Sans', 'Brand Sans Light'], charset: '20-7e a0-17f' },
      { file: '/usr/share/fonts/DejaVuSans.ttf', index: '0', version: '167772', families: ['DejaVu Sans'], charset: '2610-2612' },
    ]);
    expect(parseCharsets(fonts.map((font) => font.charset).join('\n'))).toEqual([[0x20, 0x7e], [0xa0, 0x17f], [0x2610, 0x2612]]);
  });

  it('keeps a font with no family name or no characters listed', () => {
    expect(parseFontList('/fonts/odd.pcf\t0\t0\t\t\n')).toEqual([{ file: '/fonts/odd.pcf', index: '0', version: '0', families: [], charset: '' }]);
  });
});

describe('the configuration fontconfig reads', () => {
  it('is the files fc-conflist marks active, each path whole up to its description', () => {
    const listed = [
      '+ /etc/fonts/fonts.conf: Default configuration file',
      '- /usr/share/fontconfig/conf.avail/10-autohint.conf: Enable autohinter',
      '+ /home/jana/.config/fontconfig/fonts.conf: No description',
      '+ /etc/fonts/conf.d/60-latin.conf: Set preferable fonts: Latin',
      '',
    ].join('\n');
    expect(parseConfigList(listed)).toEqual(['/etc/fonts/fonts.conf', '/home/jana/.config/fontconfig/fonts.conf', '/etc/fonts/conf.d/60-latin.conf']);
  });
});
