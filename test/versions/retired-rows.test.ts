/**
 * upgrade's move of an answer to a component row a new version removed from its item: the
 * answer goes under "retired" at the item's ID, written as the file writes its answers.
 */
import { describe, expect, it } from 'vitest';
import { retireRemovedRows } from '../../src/versions/retired-rows.js';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (rows: string) => `| CL-HTTP1 Demo | HTTPS only |\n| --- | --- |\n| Executed | |\n| Main server | Yes / No |\n${rows}`;
const older = parse(`${frontMatter}\n# A\n\n${item('| Reporter server | Yes / No |\n')}`).checklist;
const newer = parse(`${frontMatter}\n# A\n\n${item('')}`).checklist;

describe('an answer to a removed component row', () => {
  it('starts "retired" with it on one line where the answers are one a line (it was spread over five lines)', () => {
    const text = `{\n  "checklist": "doc",\n  "answers": {\n    "CL-HTTP1": { "components": { "Main server": "Yes", "Reporter server": "No" }, "comment": "Not installed yet." }\n  }\n}\n`;
    expect(retireRemovedRows(text, older, newer).text).toBe(
      `{\n  "checklist": "doc",\n  "answers": {\n    "CL-HTTP1": { "components": { "Main server": "Yes" }, "comment": "Not installed yet." }\n  },\n  "retired": {\n    "CL-HTTP1": { "components": { "Reporter server": "No" } }\n  }\n}\n`,
    );
  });

  it('keeps an answer written over lines over lines, and a minified file minified', () => {
    const spread = `{\n  "checklist": "doc",\n  "answers": {\n    "CL-HTTP1": {\n      "components": {\n        "Main server": "Yes",\n        "Reporter server": "No"\n      }\n    }\n  }\n}\n`;
    expect(retireRemovedRows(spread, older, newer).text).toContain(`"retired": {\n    "CL-HTTP1": {\n      "components": {\n        "Reporter server": "No"\n      }\n    }\n  }`);
    const minified = '{"checklist":"doc","answers":{"CL-HTTP1":{"components":{"Main server":"Yes","Reporter server":"No"}}}}';
    expect(retireRemovedRows(minified, older, newer).text).toBe('{"checklist":"doc","answers":{"CL-HTTP1":{"components":{"Main server":"Yes"}}},"retired":{"CL-HTTP1":{"components":{"Reporter server":"No"}}}}');
  });
});
