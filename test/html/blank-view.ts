/**
 * The fixture as a blank printable checklist: no customer, no answers, and no overview or
 * signatures directive, so the renderer must place both itself.
 */
import type { CustomerChecklist, ViewBlock } from '../../src/model/view.js';
import { viewFixture } from '../fixtures/view-fixture.js';

const noContact = { company: '', name: '', address: '', telephone: '', email: '' };
const noSignature = { name: '', role: '', place: '', date: '' };

function clear(block: ViewBlock): ViewBlock[] {
  switch (block.kind) {
    case 'directive':
      return block.name === 'deployment-overview' || block.name === 'signatures' ? [] : [block];
    case 'section':
      return [{ ...block, children: block.children.flatMap(clear) }];
    case 'item':
      return [
        {
          ...block,
          status: null,
          comment: '',
          responsible: { installation: null, operation: null },
          overall: 'unanswered',
          components: block.components.map((row) => (row.kind === 'group' ? row : { ...row, status: null, fieldValues: {} })),
        },
      ];
    case 'table':
      return [{ ...block, rows: block.rows.map((row) => row.map((cell, index) => (index === block.fillableColumn ? [] : cell))) }];
    default:
      return [block];
  }
}

export const blankView: CustomerChecklist = {
  ...viewFixture,
  deploymentName: 'blank',
  blank: true,
  customerName: '',
  overview: { ...viewFixture.overview, customer: noContact, supplier: noContact, coveredSystems: '', openIssuesUntil: '', date: '', components: [] },
  level: { ...viewFixture.level, chosen: null, omitted: [] },
  body: viewFixture.body.flatMap(clear),
  items: viewFixture.items.flatMap((item) => clear(item)).filter((block) => block.kind === 'item'),
  signatures: { customer: { party: 'customer', ...noSignature }, supplier: { party: 'supplier', ...noSignature } },
  hasOverviewDirective: false,
  hasSignaturesDirective: false,
};
