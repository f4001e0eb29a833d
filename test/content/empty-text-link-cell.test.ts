/** A row whose whole value is a link with empty text (`| References | [](#accounts) |`) keeps it. */
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/versions/item-text.js';
import { frontMatter, parse } from '../helpers/parse.js';

describe('a cell holding only an empty-text link', () => {
  it('is the target\'s number and title, not an empty row', () => {
    const { checklist, errors } = parse(`${frontMatter}\n# A\n\n## Accounts\n\n| CL-A1 Demo | Item |\n| --- | --- |\n| References | [](#accounts) |\n| Executed | Yes / No |\n`);
    expect(errors).toEqual([]);
    const row = checklist.items[0]?.rows.find((entry) => entry.label === 'References');
    expect(row?.kind === 'text' ? cellText(row.content) : undefined).toBe('1.1 Accounts');
  });
});
