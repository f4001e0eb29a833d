/**
 * The DOCX renderer's module: a build runs it in a worker process (run-isolated.ts), loaded there
 * ahead of the first DOCX, from bin/checklist.js on (cli/early-start.ts). A module of its own, so
 * that naming it loads nothing else.
 */
export const docxRenderer = new URL('./docx/render-docx.js', import.meta.url);
