/** The full customer checklist, read back as a DOM: structure, answers, escaping, no requests. */
import type { Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { viewFixture } from '../fixtures/view-fixture.js';
import { itemTable, one, renderDom, select, selectAll, text } from './dom.js';

let html: string;
let tree: Root;

beforeAll(async () => {
  ({ html, tree } = await renderDom(viewFixture));
});

describe('renderHtml: the document', () => {
  it('is one English document titled with the checklist and the customer', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(one('html', tree).properties.lang).toBe('en');
    expect(text(one('title', tree))).toBe('Example UC Server V5R0 Security Checklist – Müller Klinikum GmbH');
  });

  it('inlines the stylesheet, print-ready for A4', () => {
    const css = text(one('head > style', tree));
    expect(css).toContain('@page { size: A4;');
    expect(css).toContain('break-inside: avoid');
  });

  it('numbers its headings and gives each its anchor', () => {
    // The title is the one h1; chapters are h2.
    expect(selectAll('h1', tree).map(text)).toEqual(['Example UC Server V5R0 Security Checklist']);
    expect(text(one('h2#mail-and-directory', tree))).toBe('1 Mail and directory');
    expect(text(one('h2#password-policy', tree))).toBe('2 Password policy');
    expect(text(one('h3#vpn-connection', tree))).toBe('3.1 VPN connection');
  });

  it('has a table of contents whose every link resolves to an id of the document', () => {
    const links = selectAll('nav.toc a', tree).map((a) => String(a.properties.href));
    expect(links).toEqual(expect.arrayContaining(['#mail-and-directory', '#password-policy', '#annex', '#vpn-connection']));
    const ids = new Set(selectAll('[id]', tree).map((element) => String(element.properties.id)));
    for (const href of selectAll('a[href^="#"]', tree).map((a) => String(a.properties.href))) {
      expect(ids, href).toContain(decodeURIComponent(href.slice(1)));
    }
  });

  it('puts the summary after the title block, and the history of change', () => {
    expect(text(one('.level-statement', tree))).toBe(
      'This checklist applies the security level medium (levels: minimum, medium, maximum). 1 item of a higher level is left out and listed in the appendix.',
    );
    expect(text(one('.summary-table tfoot', tree))).toBe('Total 3');
    expect(text(one('table.history tbody', tree))).toBe('2018-10-22 0.1 Initial creation');
  });
});

describe('renderHtml: CL items', () => {
  it('renders every item as a table with its ID as anchor', () => {
    expect(selectAll('table.cl-item', tree)).toHaveLength(viewFixture.items.length);
    for (const item of viewFixture.items) expect(text(one('thead', itemTable(tree, item.id)))).toContain(item.id);
  });

  it('shows the measures as a real list and links cross-references', () => {
    const measures = one('tr.row-measures td', itemTable(tree, 'CL-SMTP1'));
    expect(selectAll('ul > li', measures)).toHaveLength(2);
    expect(one('a', measures).properties.href).toBe('#vpn-connection');
  });

  it('exposes each box to assistive technology as a read-only checkbox with its state', () => {
    const options = selectAll('tr.executed td [role="checkbox"]', itemTable(tree, 'CL-SMTP1'));
    expect(options.map((o) => [text(o), o.properties.ariaChecked])).toEqual([
      ['☒ Yes', 'true'],
      ['☐ No', 'false'],
      ['☐ Deactivated', 'false'],
    ]);
    expect(options.every((o) => o.properties.ariaReadOnly === 'true')).toBe(true);
  });

  it('marks the chosen option ☒ and every other option ☐', () => {
    expect(text(one('tr.executed td', itemTable(tree, 'CL-SMTP1')))).toBe('☒ Yes ☐ No ☐ Deactivated');
    expect(text(one('tr.executed td', itemTable(tree, 'CL-SF:SNMPv3')))).toBe('☐ Yes ☐ No ☐ No network or remote access');
  });

  it('gives each component row its own boxes and write-in fields, under its group', () => {
    const table = itemTable(tree, 'CL-SrvPwd');
    const rows = selectAll('tr.component, tr.group', table).map(text);
    expect(rows).toEqual(['Main server ☒ Yes ☐ No Version: 5.0.3', 'Third-party software', 'Standby server ☐ Yes ☒ No']);
    expect(select('tr.executed', table)).toBeUndefined();
  });

  it('shows the target value only', () => {
    expect(text(one('tr.row-target', itemTable(tree, 'CL-SrvPwd')))).toBe('Target 10 characters, mixed case');
  });

  it('prints the prompt and lines to write on when the comment is empty, and who is responsible', () => {
    const table = itemTable(tree, 'CL-SrvPwd');
    expect(text(one('tr.comment .prompt', table))).toBe('Describe measures taken:');
    expect(selectAll('tr.comment .write-line', table).length).toBeGreaterThanOrEqual(2);
    expect(text(one('tr.responsible td', table))).toBe('Installation: Shared Operation: Customer');
    // No party agreed for it: a box per party, for each phase.
    expect(text(one('tr.responsible td', itemTable(tree, 'CL-SF:SNMPv3')))).toBe('Installation: ☐ Customer ☐ Supplier ☐ Shared Operation: ☐ Customer ☐ Supplier ☐ Shared');
    expect(selectAll('tr.responsible .option[role="checkbox"][aria-checked="false"]', itemTable(tree, 'CL-SF:SNMPv3'))).toHaveLength(6);
  });

  it("shows the customer's markup as text, never as elements", () => {
    const comment = one('tr.comment .comment-text', itemTable(tree, 'CL-SMTP1'));
    expect(text(comment)).toContain('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(selectAll('script', tree)).toEqual([]);
    expect(selectAll('img', tree)).toEqual([]);
    expect(selectAll('[onerror]', tree)).toEqual([]);
  });
});

describe('renderHtml: tables and directives', () => {
  it("fills the customer's setting and leaves a line for the empty one", () => {
    const rows = selectAll('table.fillable tbody tr', tree);
    expect(text(one('td.setting', rows[0]!))).toBe('12');
    expect(select('td.setting .fill', rows[1]!)).toBeDefined();
  });

  it('renders each directive where it stands', () => {
    const body = one('main', tree);
    expect(selectAll('table.overview', tree)).toHaveLength(1);
    expect(one('table.overview', body)).toBeDefined();
    const vpn = one('section.depth-2', tree);
    expect(select('table.matrix', vpn)).toBeDefined();
    expect(text(one('.until', vpn))).toBe('Open issues to be resolved until: 2026-04-30');
    // The matrix follows the section's heading; the open items after it get a caption.
    expect(selectAll('.part-caption', vpn).map(text)).toEqual(['Open items']);
    expect(selectAll('table.open-items tbody tr', vpn)).toHaveLength(2);
  });

  it('shows customer and supplier side by side in the overview, with lines for what is missing', () => {
    const rows = selectAll('table.overview tbody tr', tree).map(text);
    expect(rows[0]).toBe('Company Müller Klinikum GmbH Beispiel Integration AG');
    expect(rows).toContain('Referenced master security checklist Example UC Server V5R0 Security Checklist, version 2.1 of 2025-03-14');
    expect(select('table.overview tbody tr:nth-child(3) td:nth-child(3) .fill', tree)).toBeDefined();
  });

  it('has a signature block with both parties, each with a line to sign', () => {
    const block = one('table.signatures', tree);
    expect(selectAll('.signature-party', block).map(text)).toEqual(['Customer Müller Klinikum GmbH', 'Supplier Beispiel Integration AG']);
    expect(text(one('.declaration', tree))).toBe(
      'By signing, customer and supplier confirm the measures, settings and responsibilities agreed in this checklist.',
    );
    expect(selectAll('tbody tr', block).map(text)).toContain('Function IT security officer');
    expect(selectAll('tbody td:nth-child(3) .fill', block)).toHaveLength(4);
    expect(selectAll('tr.sign .sign-line', block)).toHaveLength(2);
  });

  it('lists the items of higher levels in an appendix', () => {
    expect(text(one('table.omitted tbody', tree))).toBe('CL-CERT3 Third-party certificates installed maximum');
  });
});

describe('renderHtml: self-contained', () => {
  it('requests nothing: no resource attributes, links only to anchors and the web', () => {
    expect(selectAll('[src], link, script, iframe, object, embed', tree)).toEqual([]);
    for (const element of selectAll('[href]', tree)) {
      expect(element.tagName).toBe('a');
      expect(String(element.properties.href)).toMatch(/^(#|https?:|mailto:)/);
    }
    expect(text(one('head > style', tree))).not.toMatch(/url\(|@import/);
    expect(String(one('meta[http-equiv="Content-Security-Policy"]', tree).properties.content)).toContain("default-src 'none'");
  });
});
