/**
 * A plain table's row with fewer cells than its header: GFM adds the missing cells at the end,
 * so a cell left out in the middle moves the ones after it one column to the left. A warning
 * at the first row where text could have moved, naming the others; quiet where the missing
 * cells are in a column the table leaves empty (a `Customer setting` column), and in items.
 */
import { describe, expect, it } from 'vitest';
import { contentFolder } from '../helpers/content-folder.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const ports = `| Port | Protocol | Service | Direction |
| --- | --- | --- | --- |
| 443 | TCP | HTTPS | in |
| 5060 | SIP | in |
| 5061 | TCP |
| 8080 | TCP | HTTP | out |
`;

describe('rows with fewer cells than the header', () => {
  it('are a warning at the first row where text could stand shifted, naming the other rows', () => {
    const { messages } = parse(`${frontMatter}\n# Ports\n\n${ports}`);
    expect(messages).toEqual([
      'doc/01.md:14:1: warning This row has 3 cells, the table 4 columns: Markdown adds the missing one at the end, so if a cell in the middle was left out, the cells after it stand one column to the left ("in" under "Service"): write every cell of the row, an empty one as "| |"; so does the row on line 15 [short-row]',
    ]);
  });

  it('stay quiet where no text can have moved: a first cell alone, empty cells after it, a column the table leaves empty, two columns, an item', () => {
    const { messages } = parse(`${frontMatter}\n# Settings

| Port | Protocol | Service | Direction |
| --- | --- | --- | --- |
| 443 | TCP | HTTPS | in |
| 5060 |
| 5061 | | |

| No | Setting | Customer setting |
| --- | --- | --- |
| 1 | Password length |
| 2 | Password history | |

| Step | Action | Done by | Date |
| --- | --- | --- | --- |
| 1 | Install |
| 2 | Configure |

| Key | Value |
| --- | --- |
| a |

| CL-A1 Server | Ports closed | |
| --- | --- | --- |
| Measures | Close them |
| Executed | Yes / No |
`);
    expect(messages).toEqual([]);
  });

  it('are told by check at file, line and column, and the sample content still has no problems', async () => {
    const dir = await contentFolder('checklist-short-rows-', { ports: `${frontMatter}\n# Ports\n\n${ports}` }, { site: { checklist: 'ports' } });
    const check = await runCli(['check'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stderr).toContain('content/checklists/ports.md:14:1: warning This row has 3 cells, the table 4 columns');
    const samples = await runCli(['check'], { cwd: repoRoot });
    expect(samples.stderr).toContain('no problems');
    expect(samples.code).toBe(0);
  }, 60_000);
});
