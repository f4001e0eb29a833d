/**
 * The command line's options, for every command: what `main` parses, and what bin/checklist.js
 * reads ahead of it (early-start.ts).
 */
export const options = {
  content: { type: 'string', default: 'content' },
  out: { type: 'string', default: 'dist' },
  // No default here: each command has its own (build: html,pdf,docx; diff: markdown).
  format: { type: 'string' },
  templates: { type: 'string' },
  theme: { type: 'string' },
  blank: { type: 'string' },
  level: { type: 'string' },
  annex: { type: 'boolean', default: false },
  'annex-only': { type: 'boolean', default: false },
  offer: { type: 'boolean', default: false },
  jobs: { type: 'string' },
  port: { type: 'string' },
  shard: { type: 'string' },
  force: { type: 'boolean', default: false },
  timeout: { type: 'string' },
  'docx-page-numbers': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  into: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  limits: { type: 'string' },
  strict: { type: 'boolean', default: false },
  reporter: { type: 'string', default: 'text' },
  schema: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** What `build` writes when no `--format` is given. */
export const DEFAULT_BUILD_FORMATS = 'html,pdf,docx';
