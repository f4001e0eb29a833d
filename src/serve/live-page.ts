/**
 * The page `checklist serve` sends: the built HTML with a tiny reload script added (and its
 * Content-Security-Policy widened to let that one same-origin script and its WebSocket in),
 * and the `check` messages shown on top. The files a build writes never get any of this.
 */
import { escapeHtml } from '../render/pdf/header-footer.js';

export const RELOAD_SCRIPT_PATH = '/__checklist/reload.js';
export const EVENTS_PATH = '/__checklist/events';

/**
 * Reloads the page when the server's sources are newer than the page (its script tag's
 * `data-generation`, `<server>-<changes>`), or the server is another one (started again):
 * told on connecting, so a save announced while the page was loading is not missed, and after
 * each change once its pages are rendered. Reconnects by itself.
 *
 * The place in the checklist is kept across reloads and across pages of messages between them
 * (a typo saved, then fixed): the browser's own restoring would take the top of the page of
 * messages back to the checklist.
 *
 * The messages float over the page, so they are seen wherever the author is in it; closed, they
 * stay closed across reloads until they change (a new warning opens them again).
 */
export const reloadScript = `(() => {
  const [server, changes] = document.currentScript.dataset.generation.split('-');
  const place = \`checklist-serve-place:\${location.pathname}\`;
  const onlyMessages = () => document.body?.hasAttribute('data-messages-only');
  history.scrollRestoration = 'manual';
  addEventListener('pagehide', () => {
    if (!onlyMessages()) sessionStorage.setItem(place, String(scrollY));
  });
  addEventListener('load', () => {
    const kept = sessionStorage.getItem(place);
    if (kept !== null && !onlyMessages()) scrollTo(scrollX, Number(kept));
  });
  addEventListener('DOMContentLoaded', () => {
    const box = document.getElementById('checklist-serve-messages');
    if (!box) return;
    const shown = box.querySelector('ul')?.textContent ?? '';
    if (sessionStorage.getItem('checklist-serve-closed') === shown) box.open = false;
    box.addEventListener('toggle', () => {
      if (box.open) sessionStorage.removeItem('checklist-serve-closed');
      else sessionStorage.setItem('checklist-serve-closed', shown);
    });
  });
  const connect = () => {
    const socket = new WebSocket(\`ws://\${location.host}${EVENTS_PATH}?page=\${encodeURIComponent(location.pathname)}\`);
    socket.onmessage = ({ data }) => {
      const [now, count] = String(data).split('-');
      if (now !== server || Number(count) > Number(changes)) location.reload();
    };
    socket.onclose = () => setTimeout(connect, 300);
  };
  connect();
})();
`;

/** The script tag of a page made from the sources of `generation`. */
function reloadTag(generation: string): string {
  return `<script src="${RELOAD_SCRIPT_PATH}" data-generation="${escapeHtml(generation)}"></script>`;
}

/**
 * Adds `'self'` to the script-src and connect-src of a CSP (creating them when absent), and to a
 * script-src-elem a template of one's own may set: that one alone would still block the script.
 */
export function allowSelfScript(policy: string): string {
  const directives = policy.split(';').map((part) => part.trim()).filter((part) => part !== '');
  for (const name of ['script-src', 'script-src-elem', 'connect-src']) {
    const index = directives.findIndex((directive) => directive.split(/\s+/)[0]?.toLowerCase() === name);
    if (index === -1 && name !== 'script-src-elem') directives.push(`${name} 'self'`);
    else if (index !== -1) directives[index] = `${directives[index]} 'self'`.replace(/'none'\s*/i, '');
  }
  return directives.join('; ');
}

/** Before the title of a page kept while the sources have errors. */
export const STALE_TITLE = 'Errors: ';

const META_TAG = /<meta\b[^>]*>/gi;
const CSP_EQUIV = /\shttp-equiv\s*=\s*(["']?)content-security-policy\1(?=[\s/>])/i;
const CONTENT_ATTRIBUTE = /(\scontent\s*=\s*)(?:"([^"]*)"|'([^']*)')/i;

/**
 * Widens every Content-Security-Policy of the page, however its tag is written: a template of
 * one's own (`<meta content="…" http-equiv="…">`, single quotes, a second policy) kept the
 * reload script out, and the page never reloaded, without a word.
 */
function widenPolicies(html: string): string {
  return html.replace(META_TAG, (tag) => {
    if (!CSP_EQUIV.test(tag)) return tag;
    return tag.replace(CONTENT_ATTRIBUTE, (_all, start: string, double?: string, single?: string) => `${start}"${escapeAttribute(allowSelfScript(unescapeAttribute(double ?? single ?? '')))}"`);
  });
}

/**
 * The served copy of a built page: reload script, widened policy, messages over it. `lead`: a
 * line above the messages (that the page is the last good one, where the sources have errors).
 */
export function livePage(html: string, messages: readonly string[], generation: string, lead = ''): string {
  const withPolicy = widenPolicies(html)
    // The tab says so too, where the page is the last one rendered.
    .replace(/<title>/i, (tag) => (lead === '' ? tag : `${tag}${STALE_TITLE}`));
  const script = reloadTag(generation);
  const head = withPolicy.includes('</head>') ? withPolicy.replace('</head>', `${script}</head>`) : `${script}${withPolicy}`;
  if (messages.length === 0) return head;
  return head.replace(/<body[^>]*>/i, (body) => `${body}${messageBox(messages, { floating: true, lead })}`);
}

/**
 * A page of messages alone, for inputs that cannot be built at all (and the list of
 * deployments): it reloads like a checklist's page. `lead`: HTML shown under the title.
 */
export function messagesPage(title: string, messages: readonly string[], generation: string, lead = ''): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `${reloadTag(generation)}</head><body data-messages-only style="font-family: sans-serif; margin: 2em">` +
    `<h1>${escapeHtml(title)}</h1>${lead}${messages.length > 0 ? `${messageBox(messages, { floating: false, lead: '' })}<p>The page reloads when you save a fix.</p>` : ''}</body></html>`
  );
}

/**
 * The messages; `floating` over a checklist's page, at the foot of the window: on top of the page
 * they were out of sight of an author at work in chapter 6, whose place the reload keeps.
 */
function messageBox(messages: readonly string[], { floating, lead }: { floating: boolean; lead: string }): string {
  const items = messages.map((message) => `<li>${escapeHtml(message)}</li>`).join('');
  const place = floating ? 'position: fixed; left: 1em; right: 1em; bottom: 1em; z-index: 2147483647; max-height: 40vh; overflow: auto; box-shadow: 0 2px 10px rgba(0, 0, 0, .35); text-align: left; color: #000' : 'margin: 1em';
  const said = lead === '' ? '' : ` ${escapeHtml(lead)}`;
  return `<details id="checklist-serve-messages" open role="alert" style="${place}; border: 2px solid #b00; background: #fff4f4; padding: .5em 1em; font: 13px/1.4 monospace; white-space: pre-wrap"><summary><strong>checklist check</strong>${said}</summary><ul>${items}</ul></details>`;
}

/** Escapes a double-quoted attribute as the built page writes its policy (`'` as is), so the served page differs from the built one only by what serve adds. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
