/**
 * What an answer means is read from its word: Yes is done, No is open, any other option is not
 * applicable. A master whose boxes say it otherwise (`Ja / Nein`, `Y / N`, `Done / Not done`)
 * had every open item counted as not applicable: the summary, the matrix and the open items
 * understated what is open, and check said nothing.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (id: string, rows: string) => `| ${id} Scope | Title |\n| --- | --- |\n${rows}\n| Customer comments / reasons | |\n`;

describe('answer options without Yes or No', () => {
  it('an Executed row or a server row offering neither Yes nor No is an error', () => {
    const text = `${frontMatter}\n${item('CL-A1', '| Executed | Ja / Nein / Deaktiviert |')}\n${item('CL-A2', '| Executed | |\n| Main server | Y / N |\n| Authentication | Pre-shared key / Certificates |')}\n${item('CL-A3', '| Executed | |\n| Browser on clients | Done / Not done |')}`;
    expect(parse(text).errors).toEqual([
      'doc/01.md:11:3: error Executed of CL-A1 offers Ja / Nein / Deaktiviert, none of them Yes or No: an answer counts as done only when it is Yes and as open only when it is No, so every answer here would count as not applicable (in the summary, the matrix and the open items): write Yes / No, other options after them [no-yes-no]',
      'doc/01.md:17:3: error Row "Main server" of CL-A2 offers Y / N, none of them Yes or No: an answer counts as done only when it is Yes and as open only when it is No, so every answer here would count as not applicable (in the summary, the matrix and the open items): write Yes / No, other options after them [no-yes-no]',
      'doc/01.md:24:3: error Row "Browser on clients" of CL-A3 offers Done / Not done, none of them Yes or No: an answer counts as done only when it is Yes and as open only when it is No, so every answer here would count as not applicable (in the summary, the matrix and the open items): write Yes / No, other options after them [no-yes-no]',
    ]);
  });

  it('Yes / No in any case, with more options, or a part\'s own choices, pass', () => {
    const text = `${frontMatter}\n${item('CL-A1', '| Executed | yes / no / No network or remote access |')}\n${item('CL-A2', '| Executed | Yes / No |\n| Authentication | Pre-shared key / Certificates |')}\n${item('CL-A3', '| Executed | Yes: ☐ |')}`;
    expect(parse(text).messages).toEqual([]);
  });
});
