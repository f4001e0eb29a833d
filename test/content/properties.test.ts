/** Property-based: generated CL tables and broken Markdown never make the parser throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';
import { runs } from '../helpers/property-runs.js';

const cellText = fc.stringMatching(/^[A-Za-z0-9 .,:;/☐☒[\]<>*_`#-]{0,30}$/).map((text) => text.replace(/\|/g, ''));
const key = fc.constantFrom('Measures', 'References', 'Needed access rights', 'Level', 'Target', 'Executed', 'Customer comments / reasons', 'Main server', 'Standby server', 'Browser', 'Default setting:');
const value = fc.oneof(
  cellText,
  fc.constantFrom('Yes / No', 'Yes: ☐ No: ☐ Deactivated: ☐', 'Yes: [ ] No: [ ] Version:', 'minimum: a; medium: b, c', 'medium', 'extreme', '- a<br>- b<br>c', '', '[](#nowhere)', '<b>x</b>'),
);
const id = fc.oneof(fc.stringMatching(/^CL-[A-Za-z0-9._:/-]{0,12}$/), fc.constantFrom('CL-A1', 'CL-SF:SNMPv3', 'CL-', 'CL-x.'));
const clTable = fc
  .tuple(id, cellText, fc.array(fc.tuple(key, value), { maxLength: 10 }))
  .map(([itemId, title, rows]) => [`| ${itemId} scope | ${title} |`, '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));

describe('the parser never throws', () => {
  it('on generated CL tables: it returns a model, and any problem is a positioned message', () => {
    fc.assert(
      fc.property(fc.array(clTable, { minLength: 1, maxLength: 4 }), (tables) => {
        const { checklist, messages } = parse(`${frontMatter}\n# A\n\n${tables.join('\n\n')}\n`);
        expect(checklist.meta.version).toBe('1.0');
        for (const message of messages) expect(message).toMatch(/^doc\/01\.md:\d+:\d+: (error|warning) \S/);
        // An item reaches the model only with a well-formed ID.
        for (const item of checklist.items) expect(item.id).toMatch(/^CL-[A-Za-z0-9](?:[A-Za-z0-9._:/-]*[A-Za-z0-9_])?$/);
      }),
      { numRuns: runs(300) },
    );
  });

  it('on arbitrary, broken Markdown and front matter', () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('---', '|', '| --- |', '::', '::foo', '::signatures', '[](#', '[x]: <', '```', '> ', '- ', '# ', '<br>', '[^1]', '[^1]: note', 'version: [', '!!js/function x', '\u0000', '\uFFFD', '\t'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), fc.boolean(), fc.constantFrom('\n', ' ', '\n\n'), (parts, withFrontMatter, separator) => {
        const text = (withFrontMatter ? frontMatter : '') + parts.join(separator);
        const { checklist, messages } = parse(text);
        expect(checklist).toBeDefined();
        for (const message of messages) expect(message).toMatch(/^doc\/01\.md:\d+:\d+: (error|warning) /);
      }),
      { numRuns: runs(300) },
    );
  });
});
