import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendJsonValue, detectFormatting, moveJsonValue, removeJsonValue, renameJsonKey, setJsonValue } from '../../src/deployment/json-edit.js';
import { runs } from '../helpers/property-runs.js';

const file = `{
    "$schema": "../../schema/deployment.schema.json",
    "checklist": "demo",
    "checklistVersion": "1.0",
    "answers": {
        "CL-A": { "status": "Yes", "comment": "done" },
        "CL-B": {
            "status": "No",
            "comment": "later"
        }
    },
    "settings": {}
}
`;

describe('editing a deployment as text', () => {
  it('reads the file\'s own indentation and line end', () => {
    expect(detectFormatting(file)).toEqual({ eol: '\n', unit: '    ', colon: ': ', comma: ', ', escapes: undefined });
    expect(detectFormatting('{\r\n\t"a": 1\r\n}')).toEqual({ eol: '\r\n', unit: '\t', colon: ': ', comma: ', ', escapes: undefined });
    // Minified, and kept in ASCII with escapes (Python's json.dump, Jackson's upper-case hex).
    expect(detectFormatting('{"a":"M\\u00fcller","b":[1,2]}')).toMatchObject({ colon: ':', comma: ',', escapes: 'lower' });
    expect(detectFormatting('{"a": "M\\u00FCller"}')).toMatchObject({ escapes: 'upper' });
    expect(detectFormatting('{"a": "Müller \\u00fc"}').escapes).toBeUndefined();
  });

  it('replaces a value where it stands and changes nothing else', () => {
    const edited = setJsonValue(file, ['checklistVersion'], '2.0');
    expect(edited).toBe(file.replace('"checklistVersion": "1.0"', '"checklistVersion": "2.0"'));
  });

  it('adds a key after a named sibling, in the file\'s indentation', () => {
    const edited = setJsonValue(file, ['answers', 'CL-B', 'review'], 'Measures changed', { after: 'status' });
    expect(edited).toBe(file.replace('"status": "No",\n', '"status": "No",\n            "review": "Measures changed",\n'));
    expect(JSON.parse(edited).answers['CL-B']).toEqual({ status: 'No', review: 'Measures changed', comment: 'later' });
  });

  it('adds to a compact one-line answer on its line, and never re-lays other lines', () => {
    const review = setJsonValue(file, ['answers', 'CL-A', 'review'], 'Title changed');
    expect(review).toBe(file.replace('"comment": "done" }', '"comment": "done", "review": "Title changed" }'));
    const added = setJsonValue(file, ['answers', 'CL-N'], {}, { after: 'CL-A' });
    expect(added).toBe(file.replace('"comment": "done" },\n', '"comment": "done" },\n        "CL-N": {},\n'));
    // A new object next to a one-line one is on one line too; next to one over several lines, over several.
    const first = setJsonValue(file, ['answers', 'CL-0'], { status: '' }, { before: 'CL-A' });
    expect(first).toBe(file.replace('        "CL-A"', '        "CL-0": { "status": "" },\n        "CL-A"'));
    const last = setJsonValue(file, ['answers', 'CL-C'], { status: '' });
    expect(last).toBe(file.replace('            "comment": "later"\n        }\n', '            "comment": "later"\n        },\n        "CL-C": {\n            "status": ""\n        }\n'));
  });

  it('fills an empty object on new lines, and creates missing parents', () => {
    const edited = setJsonValue(file, ['settings', 'Minimal password length'], '12');
    expect(edited).toBe(file.replace('"settings": {}', '"settings": {\n        "Minimal password length": "12"\n    }'));
    const created = setJsonValue(file, ['fields', 'CL-A', 'Version'], '5');
    expect(created).toBe(file.replace('    "settings": {}\n', '    "settings": {},\n    "fields": {\n        "CL-A": {\n            "Version": "5"\n        }\n    }\n'));
  });

  it('writes a key and its colon as the file does: Jackson\'s `"key" : value`, a minified `"key":value`', () => {
    const jackson = '{\r\n  "a" : {\r\n    "b" : 1\r\n  },\r\n  "list" : [ ]\r\n}';
    expect(setJsonValue(jackson, ['a', 'c'], { x: [1, 2] })).toBe('{\r\n  "a" : {\r\n    "b" : 1,\r\n    "c" : {\r\n      "x" : [\r\n        1,\r\n        2\r\n      ]\r\n    }\r\n  },\r\n  "list" : [ ]\r\n}');
    const minified = '{"a":{"b":1},"c":[]}';
    expect(setJsonValue(minified, ['a', 'd'], { x: 'ü' })).toBe('{"a":{"b":1,"d":{"x":"ü"}},"c":[]}');
    expect(appendJsonValue(minified, ['c'], { y: 2 })).toBe('{"a":{"b":1},"c":[{"y":2}]}');
  });

  it('keeps CRLF line ends and tabs', () => {
    const crlf = '{\r\n\t"a": {\r\n\t\t"b": 1\r\n\t}\r\n}\r\n';
    expect(setJsonValue(crlf, ['a', 'c'], 2)).toBe('{\r\n\t"a": {\r\n\t\t"b": 1,\r\n\t\t"c": 2\r\n\t}\r\n}\r\n');
  });

  it('writes the line end most of the file has (on a tie its first line\'s): one CRLF line pasted into an LF file leaves it LF', () => {
    const mostlyLf = '{\n  "a": {\r\n    "b": 1\n  }\n}\n';
    expect(detectFormatting(mostlyLf).eol).toBe('\n');
    expect(setJsonValue(mostlyLf, ['a', 'c'], 2)).toBe('{\n  "a": {\r\n    "b": 1,\n    "c": 2\n  }\n}\n');
    expect(detectFormatting('{\r\n  "a": 1\n}\r\n').eol).toBe('\r\n');
    expect(detectFormatting('{\r\n  "a": 1\n}').eol).toBe('\r\n');
    expect(detectFormatting('{\n  "a": 1\r\n}').eol).toBe('\n');
    expect(detectFormatting('{"a": 1}').eol).toBe('\n');
  });

  it('renames a key in place: only the key changes', () => {
    expect(renameJsonKey(file, ['answers', 'CL-A'], 'CL-A2')).toBe(file.replace('"CL-A":', '"CL-A2":'));
  });

  it('moves a value to a new top-level object, keeping its text and shifting its indentation', () => {
    const edited = moveJsonValue(file, ['answers', 'CL-B'], ['retired', 'CL-B']);
    const value = JSON.parse(edited);
    expect(value.answers).toEqual({ 'CL-A': { status: 'Yes', comment: 'done' } });
    expect(value.retired).toEqual({ 'CL-B': { status: 'No', comment: 'later' } });
    expect(edited).toContain('    "retired": {\n        "CL-B": {\n            "status": "No",\n            "comment": "later"\n        }\n    }\n}');
    expect(edited.startsWith('{\n    "$schema": "../../schema/deployment.schema.json",\n    "checklist": "demo",')).toBe(true);
  });

  it('removes a key with its comma; absent keys are a no-op', () => {
    const edited = removeJsonValue(file, ['answers', 'CL-A']);
    expect(edited).toBe(file.replace('        "CL-A": { "status": "Yes", "comment": "done" },\n', ''));
    expect(removeJsonValue(file, ['answers', 'CL-B'])).toBe(file.replace(',\n        "CL-B": {\n            "status": "No",\n            "comment": "later"\n        }', ''));
    expect(removeJsonValue(file, ['answers', 'CL-X'])).toBe(file);
  });

  it('any set keeps the rest of the value equal (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (key, value) => {
        const edited = setJsonValue(file, ['settings', key], value);
        const parsed = JSON.parse(edited);
        const before = JSON.parse(file);
        expect(parsed.settings).toEqual({ [key]: value });
        expect({ ...parsed, settings: {} }).toEqual(before);
      }),
      { numRuns: runs(200) },
    );
  });
});
