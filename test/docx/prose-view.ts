/**
 * The fixture with prose a master may hold: lists (nested, numbered from their own start, task
 * items), a quote, a rule, code, inline formatting, a link, an image and a footnote.
 */
import type { Inline } from '../../src/model/checklist.js';
import type { CustomerChecklist, ViewBlock } from '../../src/model/view.js';
import { viewFixture } from '../fixtures/view-fixture.js';

const t = (value: string): Inline => ({ kind: 'text', value });
const p = (...content: Inline[]): ViewBlock => ({ kind: 'paragraph', content });

const prose: ViewBlock[] = [
  p(
    t('Plain, '),
    { kind: 'strong', children: [t('strong')] },
    t(', '),
    { kind: 'emphasis', children: [t('emphasis')] },
    t(', '),
    { kind: 'delete', children: [t('struck')] },
    t(', '),
    { kind: 'code', value: 'netsh advfirewall' },
    t(', a '),
    { kind: 'link', href: 'https://example.org/hardening', children: [t('link')] },
    t(', an image '),
    { kind: 'image', alt: 'network diagram' },
    t(' and a note'),
    { kind: 'footnote-ref', number: 1 },
    t('.'),
  ),
  {
    kind: 'list',
    ordered: false,
    start: 1,
    items: [
      { checked: null, children: [p(t('First bullet')), { kind: 'list', ordered: false, start: 1, items: [{ checked: null, children: [p(t('Nested bullet'))] }] }] },
      { checked: true, children: [p(t('Done task'))] },
      { checked: false, children: [p(t('Open task'))] },
    ],
  },
  { kind: 'list', ordered: true, start: 3, items: [{ checked: null, children: [p(t('Third step'))] }, { checked: null, children: [p(t('Fourth step'))] }] },
  { kind: 'blockquote', children: [p(t('Quoted advice from the vendor.'))] },
  { kind: 'thematic-break' },
  { kind: 'code', lang: 'sh', value: 'systemctl disable telnet\n  indented line' },
];

export function proseView(): CustomerChecklist {
  const view: CustomerChecklist = structuredClone(viewFixture);
  const first = view.body.find((b) => b.kind === 'section');
  if (first?.kind !== 'section') throw new Error('fixture changed');
  first.children.unshift(...prose);
  view.footnotes = [{ number: 1, children: [{ kind: 'paragraph', content: [t('The footnote text.')] }] }];
  return view;
}
