/**
 * The page `checklist serve` sends: the built HTML with a tiny reload script added (and its
 * Content-Security-Policy widened to let that one same-origin script and its event stream in),
 * and the `check` messages shown on top. The files a build writes never get any of this.
 */
import { escapeHtml } from '../render/pdf/header-footer.js';

export const RELOAD_SCRIPT_PATH = '/__checklist/reload.js';
export const EVENTS_PATH = '/__checklist/events';

/** Reloads the page when the server says a source changed; reconnects by itself. */
export const reloadScript = `new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('reload', () => location.reload());\n`;

/** Adds `'self'` to the script-src and connect-src of a CSP (creating them when absent). */
export function allowSelfScript(policy: string): string {
  const directives = policy.split(';').map((part) => part.trim()).filter((part) => part !== '');
  for (const name of ['script-src', 'connect-src']) {
    const index = directives.findIndex((directive) => directive.split(/\s+/)[0] === name);
    if (index === -1) directives.push(`${name} 'self'`);
    else directives[index] = `${directives[index]} 'self'`.replace(/'none'\s*/, '');
  }
  return directives.join('; ');
}

const CSP_META = /(<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=")([^"]*)(")/i;

/** The served copy of a built page: reload script, widened policy, messages on top. */
export function livePage(html: string, messages: readonly string[]): string {
  const withPolicy = html.replace(CSP_META, (_all, start: string, policy: string, end: string) => `${start}${escapeHtml(allowSelfScript(unescapeAttribute(policy)))}${end}`);
  const script = `<script src="${RELOAD_SCRIPT_PATH}"></script>`;
  const head = withPolicy.includes('</head>') ? withPolicy.replace('</head>', `${script}</head>`) : `${script}${withPolicy}`;
  if (messages.length === 0) return head;
  return head.replace(/<body[^>]*>/i, (body) => `${body}${messageBox(messages)}`);
}

/**
 * A page of messages alone, for inputs that cannot be built at all (and the list of
 * deployments): it reloads like a checklist's page. `lead`: HTML shown under the title.
 */
export function messagesPage(title: string, messages: readonly string[], lead = ''): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<script src="${RELOAD_SCRIPT_PATH}"></script></head><body style="font-family: sans-serif; margin: 2em">` +
    `<h1>${escapeHtml(title)}</h1>${lead}${messages.length > 0 ? messageBox(messages) : ''}<p>The page reloads when you save a fix.</p></body></html>`
  );
}

function messageBox(messages: readonly string[]): string {
  const items = messages.map((message) => `<li>${escapeHtml(message)}</li>`).join('');
  return `<section id="checklist-serve-messages" role="alert" style="border: 2px solid #b00; background: #fff4f4; padding: .5em 1em; margin: 1em; font: 13px/1.4 monospace; white-space: pre-wrap"><strong>checklist check</strong><ul>${items}</ul></section>`;
}

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
