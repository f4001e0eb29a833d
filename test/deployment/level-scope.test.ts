/**
 * At a chosen level, sections with nothing left are left out (one line says so), and links to
 * what the level leaves out are printed as text that says so, never as links that lead nowhere.
 */
import { describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import type { Inline } from '../../src/model/checklist.js';
import type { CustomerChecklist, ViewBlock } from '../../src/model/view.js';
import { present } from '../../src/present/presentation.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { sampleView } from '../helpers/samples.js';

const item = (id: string, level: string, extra = '') => `| ${id} X | Title of ${id} |
| --- | --- |
| Measures | Do it${extra} |
| Level | ${level} |
| Executed | Yes / No |
`;

function numbers(blocks: readonly ViewBlock[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'section' ? [block.number, ...numbers(block.children)] : []));
}

function anchors(blocks: readonly ViewBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'section' ? [block.anchor, ...anchors(block.children)] : block.kind === 'item' ? [block.id] : [],
  );
}

/** Every xref anywhere in the view (a walk of its own, not the one under test). */
function xrefs(value: unknown): Extract<Inline, { kind: 'xref' }>[] {
  if (Array.isArray(value)) return value.flatMap(xrefs);
  if (typeof value !== 'object' || value === null) return [];
  const node = value as { kind?: string };
  return [...(node.kind === 'xref' ? [node as Extract<Inline, { kind: 'xref' }>] : []), ...Object.values(value).flatMap(xrefs)];
}

function view(markdown: string, level: string): CustomerChecklist {
  const { checklist, errors } = parse(markdown);
  expect(errors).toEqual([]);
  return mergeDeployment(checklist, null, { name: 'blank', level });
}

describe('sections a level leaves with nothing', () => {
  const master = `${frontMatter}
# Introduction

Prose only: kept at every level.

# Basics

${item('CL-A', 'minimum')}
# Remote access

Remote access is set up by the supplier; see [](#CL-A).

## Tunnels

${item('CL-VPN', 'maximum')}
## Modems

${item('CL-MODEM', 'maximum', ', see [](#tunnels) and [the VPN item](#CL-VPN)')}
# Passwords

The rules apply to the accounts of [](#CL-A).

${item('CL-PWD', 'maximum')}
| # | Rule | Customer setting |
| --- | --- | --- |
| 1 | Length | |

# Mixed

## Kept part

${item('CL-B', 'medium', ', unlike [](#gone-part)')}
## Gone part

Only here for [](#CL-C).

${item('CL-C', 'maximum')}
`;

  it('leaves out a chapter whose items are all above the level, its prose and sub-sections with it', () => {
    const medium = view(master, 'medium');
    expect(numbers(medium.body)).toEqual(['1', '2', '4', '5', '5.1']);
    expect(medium.level.leftOutSections).toEqual([
      { number: '3', titleText: 'Remote access', depth: 1 },
      { number: '5.2', titleText: 'Gone part', depth: 2 },
    ]);
    const p = present(medium, 'full');
    expect(p.omitted?.sections).toEqual([
      'Chapter 3 Remote access has no item at level medium and is left out.',
      'Section 5.2 Gone part has no item at level medium and is left out.',
    ]);
    expect(p.summary.levelStatement).toContain('listed in the appendix, with the 2 sections that have no item at this level.');
    // The annexes have no chapters: they list the items only.
    expect(present(medium, 'annex').summary.omitted?.sections).toEqual([]);
  });

  it('keeps a prose-only chapter, and one whose customer settings are still to agree', () => {
    const minimum = view(master, 'minimum');
    expect(numbers(minimum.body)).toEqual(['1', '2', '4']);
    expect(minimum.level.leftOutSections?.map((s) => s.number)).toEqual(['3', '5']);
  });

  it('leaves nothing out with no level chosen, or at the highest', () => {
    const { checklist } = parse(master);
    expect(mergeDeployment(checklist, null, { name: 'blank' }).level.leftOutSections).toEqual([]);
    expect(view(master, 'maximum').level.leftOutSections).toEqual([]);
  });

  it('prints a link to a left-out item or section as its text and "(not in level …)"', () => {
    const medium = view(master, 'medium');
    const kept = new Set(anchors(medium.body));
    expect(xrefs(medium).filter((x) => !kept.has(x.anchor))).toEqual([]);
    const b = medium.items.find((i) => i.id === 'CL-B')!;
    expect(JSON.stringify(b.rows)).toContain('"value":"5.2 Gone part"},{"kind":"text","value":" (not in level medium)"}');
    // The link to a kept item stays a link.
    const minimum = view(master, 'minimum');
    expect(xrefs(minimum).map((x) => x.anchor)).toEqual(['CL-A']);
  });
});

describe('on the shipped samples', () => {
  it('PBX at minimum: the medium and maximum chapters are left out, the introduction kept, no link leads nowhere', async () => {
    const minimum = await sampleView('pbx-hafen.json', 'minimum');
    expect(minimum.level.leftOutSections?.map((s) => `${s.number} ${s.titleText}`)).toEqual(['3 Medium security', '4 Maximum security']);
    expect(minimum.body.flatMap((b) => (b.kind === 'section' ? [b.titleText] : []))).toEqual(['Introduction', 'Minimum security', 'Statement of Work annex']);
    const kept = new Set(anchors(minimum.body));
    expect(xrefs(minimum).filter((x) => !kept.has(x.anchor))).toEqual([]);
  });

  it('UC server at medium: the sub-sections of maximum items only are left out', async () => {
    const medium = await sampleView('mueller-klinikum.json', 'medium');
    expect(medium.level.leftOutSections!.length).toBeGreaterThan(0);
    for (const section of medium.level.leftOutSections!) expect(section.number).toContain('.');
    const kept = new Set(anchors(medium.body));
    expect(xrefs(medium).filter((x) => !kept.has(x.anchor))).toEqual([]);
  });
});
