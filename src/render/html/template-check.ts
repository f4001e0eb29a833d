/**
 * A template checked before anything renders: Handlebars syntax, and every partial and helper
 * it names by name. Each problem is at its file's line and column, so a broken template is a
 * message an editor jumps to, never a stack trace in the middle of a build.
 */
import Handlebars from 'handlebars';
import type { Point } from '../../diagnostics/diagnostics.js';

export interface TemplateProblem {
  point: Point;
  reason: string;
  ruleId: 'template-syntax' | 'template-partial' | 'template-helper';
}

type Program = hbs.AST.Program;

/** What the grammar's token names mean to someone writing a template. */
const TOKENS: Record<string, string> = {
  EOF: 'the end of the file',
  CLOSE: '}}',
  CLOSE_UNESCAPED: '}}}',
  CLOSE_RAW_BLOCK: '}}}}',
  CLOSE_SEXPR: ')',
  OPEN_SEXPR: '(',
  OPEN_ENDBLOCK: '{{/…}}',
  OPEN_INVERSE_CHAIN: '{{else …}}',
  INVERSE: '{{else}}',
  ID: 'a name',
  STRING: 'a string',
  NUMBER: 'a number',
  EQUALS: '=',
  OPEN_BLOCK_PARAMS: 'as |…|',
};
const token = (name: string) => TOKENS[name] ?? name.toLowerCase().replace(/_/g, ' ');

/** Parses a template; a syntax error comes back with its place. */
export function parseTemplate(source: string): { ast: Program } | { problem: TemplateProblem } {
  try {
    return { ast: Handlebars.parse(source) };
  } catch (error) {
    return { problem: syntaxProblem(error as Error & { lineNumber?: number; column?: number }) };
  }
}

function syntaxProblem(error: Error & { lineNumber?: number; column?: number }): TemplateProblem {
  // Errors of the grammar carry no place of their own: the lexer stopped at the offending token.
  const at = (Handlebars as unknown as { Parser: { lexer: { yylloc?: { first_line: number; first_column: number } } } }).Parser.lexer.yylloc;
  const point = error.lineNumber !== undefined ? { line: error.lineNumber, column: (error.column ?? 0) + 1 } : { line: at?.first_line ?? 1, column: (at?.first_column ?? 0) + 1 };
  const expected = /Expecting (.*), got '([^']*)'/.exec(error.message);
  if (expected?.[2] === 'EOF' && expected[1]!.includes("'OPEN_ENDBLOCK'")) {
    return { point, reason: 'Handlebars cannot read this template: the file ends inside a block; close it with {{/…}}', ruleId: 'template-syntax' };
  }
  if (expected) {
    const wanted = [...expected[1]!.matchAll(/'([^']+)'/g)].map((match) => token(match[1]!));
    return { point, reason: `Handlebars cannot read this template: found ${token(expected[2]!)} where it expects ${[...new Set(wanted)].join(', ')}`, ruleId: 'template-syntax' };
  }
  // "each doesn't match if - 3:2": a block closed under another name.
  return { point, reason: `Handlebars cannot read this template: ${error.message.split('\n')[0]!.replace(/ - \d+:\d+$/, '')}`, ruleId: 'template-syntax' };
}

/** Built-in block helpers that throw at render time without exactly one value. */
const ONE_VALUE = new Set(['if', 'unless', 'with', 'each']);

/** Handlebars' own hooks, not for templates to call. */
const INTERNAL_HELPERS = new Set(['helperMissing', 'blockHelperMissing', 'log']);

const pointOf = (node: hbs.AST.Node): Point => ({ line: node.loc.start.line, column: node.loc.start.column + 1 });

/** Partials and helpers a template names that do not exist (names computed at render time are not checked). */
export function namedProblems(ast: Program, partials: ReadonlySet<string>, helpers: ReadonlySet<string>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const visitor = new Handlebars.Visitor();
  const base = Handlebars.Visitor.prototype as unknown as Record<string, (node: hbs.AST.Node) => void>;
  const helperCall = (node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression, always: boolean) => {
    const path = node.path as hbs.AST.PathExpression;
    if (node.type === 'BlockStatement' && ONE_VALUE.has(path.original) && node.params.length !== 1) {
      problems.push({ point: pointOf(node), reason: `{{#${path.original}}} takes exactly one value, as in {{#${path.original} rows}}`, ruleId: 'template-helper' });
    }
    const called = always || node.params.length > 0 || node.hash !== undefined;
    if (called && path.type === 'PathExpression' && path.parts.length === 1 && !path.data && path.depth === 0 && !helpers.has(path.original)) {
      const named = [...helpers].filter((name) => !INTERNAL_HELPERS.has(name)).sort();
      problems.push({ point: pointOf(node), reason: `No helper "${path.original}": the helpers are ${named.join(', ')} (templates/README.md)`, ruleId: 'template-helper' });
    }
  };
  Object.assign(visitor, {
    PartialStatement(this: unknown, node: hbs.AST.PartialStatement) {
      const name = node.name as hbs.AST.PathExpression | hbs.AST.SubExpression;
      if (name.type === 'PathExpression' && !partials.has(name.original)) {
        problems.push({ point: pointOf(node), reason: `No partial "${name.original}": add partials/${name.original}.hbs or use one of the built-in partials (templates/README.md)`, ruleId: 'template-partial' });
      }
      base['PartialStatement']!.call(this, node);
    },
    MustacheStatement(this: unknown, node: hbs.AST.MustacheStatement) {
      helperCall(node, false);
      base['MustacheStatement']!.call(this, node);
    },
    BlockStatement(this: unknown, node: hbs.AST.BlockStatement) {
      helperCall(node, false);
      base['BlockStatement']!.call(this, node);
    },
    SubExpression(this: unknown, node: hbs.AST.SubExpression) {
      helperCall(node, true);
      base['SubExpression']!.call(this, node);
    },
  });
  visitor.accept(ast);
  return problems;
}
