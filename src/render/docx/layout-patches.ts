/**
 * Source patches for docx's page layout bundle (docx/dist/layout.mjs, one self-contained ES
 * module). Most of the layout's time goes to a few of its helpers that redo the same work for
 * every word: the transpiler's object-spread helper copies objects through `defineProperty`, a
 * run's font measures are looked up again for each word (decoding a large table key each time),
 * tables are searched with lowercased names, a regular expression is built for each character.
 * Each patch replaces one of them by code that returns the same values; why it does is said with
 * each. One patch, the last, changes what is laid out: a guess where the stock layout stops. A
 * patch applies only where its anchor, a piece of the bundle's text, is found exactly once, and
 * the object-spread patch only while every call of the helper is of the forms it was checked
 * for (`unplainSpreadCalls`).
 */

/** This module, whose code decides the patched text (layout-cache.ts keys its entries by it). */
export const PATCHES_MODULE = import.meta.url;

export interface SourcePatch {
  /** What the patch does, for the tests' messages. */
  name: string;
  /** Text of the bundle that must occur exactly once. */
  anchor: string;
  /** What the anchor is replaced by. */
  replacement: string;
}

/**
 * The bundle's `var name = (parameters) =>` behind a memo by `key` (an expression of `argument`;
 * undefined: not remembered). The bundle's own function stays, as `name$uncached`; the memo is
 * declared where the function was, so it exists as soon as the function does.
 */
function memoized(name: string, parameters: string, key: string): SourcePatch {
  return {
    name: `${name}: remembered by its argument`,
    anchor: `\nvar ${name} = (${parameters}) =>`,
    replacement: `
var ${name}$memo = new Map();
var ${name} = (argument) => {
	const key = ${key};
	if (key === void 0) return ${name}$uncached(argument);
	let value = ${name}$memo.get(key);
	if (value === void 0 && !${name}$memo.has(key)) ${name}$memo.set(key, value = ${name}$uncached(argument));
	return value;
};
var ${name}$uncached = (${parameters}) =>`,
  };
}

const STOCK_OBJECT_SPREAD = `function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}`;

export const LAYOUT_PATCHES: readonly SourcePatch[] = [
  {
    // Babel/oxc's helper for `{ ...a, b: 1 }` is `_objectSpread2(_objectSpread2({}, a), {}, { b: 1 })`:
    // for a spread (odd places) it defines each own enumerable key (strings, then symbols) as a
    // plain property, through a closure, toPropertyKey and typeof checks; for the literals between
    // (even places) it copies their property descriptors. Object.assign copies the same keys in the
    // same order by assignment, which makes the same plain properties when the target is a fresh
    // object (a literal without accessors or `__proto__`, or another such call) and the literals'
    // properties are plain values (no get/set): `unplainSpreadCalls` finds none that is not. The
    // one key assignment treats otherwise, an own `__proto__` (it would set the prototype), goes
    // through the stock helper, kept as `_objectSpread2$stock`.
    name: '_objectSpread2: Object.assign instead of defineProperty per key',
    anchor: STOCK_OBJECT_SPREAD,
    replacement: `function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = arguments[r];
		if (t == null) continue;
		if (Object.prototype.hasOwnProperty.call(t, "__proto__")) r % 2 ? _objectSpread2$stock(e, t) : _objectSpread2$stock(e, null, t);
		else Object.assign(e, t);
	}
	return e;
}
${STOCK_OBJECT_SPREAD.replace('_objectSpread2(', '_objectSpread2$stock(')}`,
  },
  {
    // Object.fromEntries(Object.entries(…)) makes an array per entry; this loop keeps the same keys
    // in the same order (and defines `__proto__`, as fromEntries does, rather than assigning it).
    name: 'withoutUndefined: one loop instead of entries and fromEntries',
    anchor: 'var withoutUndefined = (object) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== void 0));',
    replacement: `var withoutUndefined = (object) => {
	const result = {};
	const keys = Object.keys(object);
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		const value = object[key];
		if (value === void 0) continue;
		if (key === "__proto__") Object.defineProperty(result, key, { value, enumerable: true, configurable: true, writable: true });
		else result[key] = value;
	}
	return result;
};`,
  },
  // A font's name → the element of the constant EAST_ASIAN_FONTS table it names, or undefined,
  // found by lowercasing every alias of the table on each call: the same element every time.
  memoized('knownEastAsianFontOf', 'font', 'typeof argument === "string" ? argument : void 0'),
  // A font's name (none: the default font) → an element of the constant FONT_WIDTHS table, found
  // through case-insensitive patterns without g or y (no state): the same element every time.
  memoized('widthsOf', 'font = DEFAULT_FONT', 'argument === void 0 ? "" : typeof argument === "string" ? "=" + argument : void 0'),
  {
    // A run's font → its face's widths, other widths and Arabic widths (each from the tables' own
    // caches) and whether it is monospaced. It reads only the font's name and whether bold and
    // italic are true (the Arabic widths) or truthy (the others): those are the key. Its four
    // callers only destructure the result, so one object serves every word of that face.
    name: 'measuresOf: remembered by font name, bold and italic',
    anchor: '\nvar measuresOf = (font) =>',
    replacement: `
var measuresOf$memo = new Map();
var measuresOf = (font) => {
	if (font == null || font.font !== void 0 && typeof font.font !== "string") return measuresOf$uncached(font);
	const face = (font.bold === true ? 6 : font.bold ? 3 : 0) + (font.italic === true ? 2 : font.italic ? 1 : 0);
	let faces = measuresOf$memo.get(font.font);
	if (faces === void 0) measuresOf$memo.set(font.font, faces = []);
	return faces[face] ??= measuresOf$uncached(font);
};
var measuresOf$uncached = (font) =>`,
  },
  {
    // Somewhere for fast-layout.ts to put the memo of the lines by content (lines-memo.ts).
    name: 'paragraphLines: a place for the memo of lines by content',
    anchor: '\nvar laidOutLines = /* @__PURE__ */ new WeakMap();',
    replacement: '\nvar laidOutLines = /* @__PURE__ */ new WeakMap();\nvar paragraphLines = { memo: void 0 };',
  },
  {
    // Lines not yet laid out for this paragraph object are asked of the memo by content
    // (lines-memo.ts says what the key holds), with the settings of the document that the line
    // breaking reads; none where the layout measures with the document's own fonts, which the
    // key does not hold.
    name: 'linesOf: lines remembered by content',
    anchor: 'const laidOut = (_byWidths$get = byWidths.get(key)) !== null && _byWidths$get !== void 0 ? _byWidths$get : layOut();',
    replacement:
      'const laidOut = (_byWidths$get = byWidths.get(key)) !== null && _byWidths$get !== void 0 ? _byWidths$get : paragraphLines.memo === void 0 ? layOut() : ' +
      'paragraphLines.memo.lines(paragraph, key, measurer === DEFAULT_MEASURER ? [defaultTabStop, breakRules, hyphenation, compatibilityMode, feLayout, guess] : void 0, layOut);',
  },
  {
    // A new RegExp for every character measured. Without the g or y flag a pattern keeps no state
    // between calls of test(), so one pattern does.
    name: 'takesNoRoom: its pattern built once',
    anchor: '\nvar takesNoRoom = (character) => new RegExp("[\\\\p{Mn}\\\\p{Me}\\\\p{Cf}]", "u").test(character);',
    replacement: '\nvar TAKES_NO_ROOM$ = new RegExp("[\\\\p{Mn}\\\\p{Me}\\\\p{Cf}]", "u");\nvar takesNoRoom = (character) => TAKES_NO_ROOM$.test(character);',
  },
  {
    // The one patch that changes what the layout gives rather than how fast. Where a row that
    // breaks across pages (a comment of 5,000 characters) has a line that fits on the page only
    // without the space its multiple line spacing adds below it, the stock layout stops, even when
    // guessing: the TOC's entries from there on had no page number (blank in LibreOffice, in
    // Protected View, in previews). Guessing, this notes the guess (so Word updates the numbers on
    // opening) and puts the line on the next page; the next page's start is pinned
    // (pinned-pages.ts), so the numbers hold whichever page Word or LibreOffice puts that line on.
    // Not guessing, it stops as before (stopAt throws).
    name: 'fillCell: a row across pages whose last line would hang below the page is a guess, not a stop',
    anchor: `() => {
				throw new Unsupported("a table row across pages whose line's multiple spacing goes below the page");
			}`,
    replacement: `() => {
				stopAt("a table row across pages whose line's multiple spacing goes below the page");
				return false;
			}`,
  },
];

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * The arguments (as source text) of the call whose `(` is at `open`, or undefined where the text
 * is not what this simple reader expects (a line comment, an unclosed string).
 */
export function callArguments(source: string, open: number): string[] | undefined {
  const stack = [')'];
  const found: string[] = [];
  let start = open + 1;
  for (let at = open + 1; at < source.length; at++) {
    const c = source[at]!;
    if (stack.at(-1) === '`') {
      if (c === '\\') at++;
      else if (c === '`') stack.pop();
      else if (c === '$' && source[at + 1] === '{') {
        stack.push('}');
        at++;
      }
      continue;
    }
    if (c === '"' || c === "'") {
      for (at++; source[at] !== c; at++) {
        if (source[at] === '\\') at++;
        if (at >= source.length || source[at] === '\n') return undefined;
      }
    } else if (c === '`') stack.push('`');
    else if (c === '/' && source[at + 1] === '*') {
      const end = source.indexOf('*/', at + 2);
      if (end === -1) return undefined;
      at = end + 1;
    } else if (c === '/' && source[at + 1] === '/') return undefined;
    else if (c === '/') {
      if (isRegExpStart(source, at, open)) at = regExpEnd(source, at);
      if (at === -1) return undefined;
    } else if (c in CLOSING) stack.push(CLOSING[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return undefined;
      if (stack.length === 0) return [...found, source.slice(start, at).trim()];
    } else if (c === ',' && stack.length === 1) {
      found.push(source.slice(start, at).trim());
      start = at + 1;
    }
  }
  return undefined;
}

/** Whether the `/` at `at` starts a regular expression literal (rather than dividing). */
function isRegExpStart(source: string, at: number, floor: number): boolean {
  let before = at - 1;
  while (before > floor && /\s/.test(source[before]!)) before--;
  return '(,=:[!&|?{};+-*%<>~^'.includes(source[before]!) || /(?:^|[^\w$])(?:return|typeof|in|of|void)$/.test(source.slice(Math.max(0, before - 7), before + 1));
}

/** Where the regular expression literal starting at `at` ends (its closing `/`), or -1. */
function regExpEnd(source: string, at: number): number {
  let inClass = false;
  for (at++; at < source.length && source[at] !== '\n'; at++) {
    const c = source[at];
    if (c === '\\') at++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return at;
  }
  return -1;
}

const ACCESSOR = /^(?:get|set)\s+[\w$"'[]/;
const PROTO_KEY = /^(?:__proto__|"__proto__"|'__proto__')\s*:/;

/** The entries of an object literal's source, or undefined if it is not one. */
function literalEntries(text: string): string[] | undefined {
  return text.startsWith('{') && text.endsWith('}') ? callArguments(`(${text.slice(1, -1)})`, 0) : undefined;
}

/**
 * The calls of `_objectSpread2` that are not of the forms the Object.assign patch is exact for: a
 * fresh target (another call, or an object literal without accessors or a `__proto__` entry), and
 * object literals without accessors in the even places. Empty when every call is plain.
 */
export function unplainSpreadCalls(source: string): string[] {
  const unplain: string[] = [];
  const call = '_objectSpread2(';
  for (let at = source.indexOf(call); at !== -1; at = source.indexOf(call, at + 1)) {
    if (source.startsWith('function ', at - 'function '.length)) continue;
    const args = callArguments(source, at + call.length - 1);
    const target = args?.[0] ?? '';
    const freshTarget = target.startsWith(call) || (literalEntries(target)?.every((entry) => !ACCESSOR.test(entry) && !PROTO_KEY.test(entry)) ?? false);
    const plainLiterals = args?.every((arg, place) => place === 0 || place % 2 === 1 || (literalEntries(arg)?.every((entry) => !ACCESSOR.test(entry)) ?? false));
    if (!freshTarget || !plainLiterals) unplain.push(source.slice(at, at + 120));
  }
  return unplain;
}

export interface PatchedSource {
  source: string;
  /** The patches that do not fit this bundle; when any does not, none is applied. */
  missing: string[];
}

function foundOnce(source: string, text: string): boolean {
  const first = source.indexOf(text);
  return first !== -1 && source.indexOf(text, first + 1) === -1;
}

/** The bundle's source with every patch applied, or as it was, with the patches that did not fit. */
export function patchLayoutSource(source: string): PatchedSource {
  const missing = LAYOUT_PATCHES.filter(({ anchor }) => !foundOnce(source, anchor)).map(({ name }) => name);
  if (unplainSpreadCalls(source).length > 0) missing.push('_objectSpread2: every call plain');
  if (missing.length > 0) return { source, missing };
  let patched = source;
  for (const { anchor, replacement } of LAYOUT_PATCHES) patched = patched.replace(anchor, () => replacement);
  return { source: patched, missing };
}
