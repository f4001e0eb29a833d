// node harness.mjs <layout module path or 'stock'> [deployment] [reps]
import { join } from 'node:path';
import { createHash } from 'node:crypto';
const lib = '/work/wt/docxspeed/lib';
const { Diagnostics } = await import(join(lib, 'diagnostics/diagnostics.js'));
const { loadChecklist } = await import(join(lib, 'content/load-checklist.js'));
const { loadDeployment } = await import(join(lib, 'deployment/load-deployment.js'));
const { mergeDeployment } = await import(join(lib, 'deployment/merge.js'));
const { buildDocument } = await import(join(lib, 'render/docx/document.js'));
const { SLACK_TWIPS } = await import(join(lib, 'render/docx/pinned-pages.js'));
const contentDir = '/work/wt/docxspeed/content';
const d = new Diagnostics();
const master = await loadChecklist(join(contentDir, 'checklists/example-uc-server'), d);
const masters = new Map([['example-uc-server', Promise.resolve(master)]]);
const loaded = await loadDeployment(join(contentDir, `deployments/${process.argv[3] ?? 'mueller-klinikum'}.json`), { contentDir, masters }, d);
const view = await mergeDeployment(master, loaded.deployment, { name: loaded.name });
const which = process.argv[2];
const t0 = performance.now();
const { layoutDocument } = which === 'stock' ? await import('docx/layout') : await import(which);
const loadMs = performance.now() - t0;
const results = [];
for (let i = 0; i < Number(process.argv[4] ?? 4); i++) {
  const doc = buildDocument(view, 'full', { footSlack: SLACK_TWIPS });
  const t = performance.now();
  const out = layoutDocument(doc, { guess: true });
  results.push(Math.round(performance.now() - t));
  if (i === 0) console.log('hash', createHash('sha1').update(JSON.stringify(out)).digest('hex'), out.pages.length);
}
console.log(which, 'load', Math.round(loadMs), 'layout ms', results.join(' '));
