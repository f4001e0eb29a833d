/**
 * `checklist init` names the installed schema by its path from the deployments: in the project
 * (its node_modules, or the clone itself) that path goes with the repository; from a global
 * install it climbs out of the project into this machine's npm prefix, which init says, with
 * the way to a schema kept beside the deployments.
 */
import { describe, expect, it } from 'vitest';
import { schemaOutsideProject } from '../../src/cli/init-command.js';

const schema = (tool: string) => `${tool}/schema/deployment.schema.json`;

describe("init's $schema outside the project", () => {
  it.each([
    ['installed in the project', '/home/ann/project/node_modules/security-checklist-builder', '/home/ann/project/content/deployments'],
    ['installed at the root of a monorepo, its content in a package', '/repo/node_modules/security-checklist-builder', '/repo/packages/checklists/content/deployments'],
    ["installed by pnpm (the real path in its store)", '/home/ann/project/node_modules/.pnpm/security-checklist-builder@0.1.0/node_modules/security-checklist-builder', '/home/ann/project/content/deployments'],
    ["the repository's own content, run from the clone", '/src/checklist', '/src/checklist/content/deployments'],
  ])('is not said where the tool is %s', (_, tool, deployments) => {
    expect(schemaOutsideProject(deployments, 'my-server', schema(tool))).toBeUndefined();
  });

  it.each([
    ['installed globally', '/usr/lib/node_modules/security-checklist-builder', '/home/ann/project/content/deployments'],
    ['installed globally into a prefix', '/home/ann/.npm-global/lib/node_modules/security-checklist-builder', '/home/ann/project/content/deployments'],
    ['a clone run on another folder', '/src/checklist', '/home/ann/project/content/deployments'],
  ])('is said, with how to keep a schema beside the deployments, where the tool is %s', (_, tool, deployments) => {
    const note = schemaOutsideProject(deployments, 'my-server', schema(tool));
    expect(note).toContain(`the schema of the tool at ${tool}, outside this project: the path holds on this machine only`);
    expect(note).toMatch(/checklist schema my-server > \S*deployments\/my-server\.schema\.json, then checklist init my-server --schema \.\/my-server\.schema\.json$/);
  });
});
