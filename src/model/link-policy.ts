/**
 * One link policy for every format: only `http`, `https` and `mailto` addresses become links
 * out of the document (and `#anchor` links within it). Anything else, `javascript:`,
 * `vbscript:`, `data:`, `file:///…`, a `file://host/share` that hands Windows credentials to
 * a stranger, a relative path that points nowhere once the file is mailed, is printed as
 * its text. The address is parsed as browsers parse it (WHATWG URL), and what is written into
 * a document is that parsed address, so Word and a browser open exactly what was checked.
 */

const WEB_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The address to write into a document, or undefined when it must stay text. */
export function webLinkTarget(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined; // relative, or not an address at all
  }
  if (!WEB_SCHEMES.has(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && url.hostname === '') return undefined;
  return url.href;
}

/**
 * The address printed after a link's text, `vendor portal <https://example.com/portal>`: on paper
 * a link is useless without it. Undefined for a link that stays text, and for one whose text
 * already is its address (an autolink, `<mailto:a@example.com>` written with or without `mailto:`,
 * a host named in prose, `www.example.com`, that GFM links to `http://www.example.com/`).
 */
export function printedAddress(text: string, href: string): string | undefined {
  const target = webLinkTarget(href);
  if (target === undefined) return undefined;
  const shown = bareAddress(text);
  return shown === bareAddress(href) || shown === bareAddress(target) ? undefined : target;
}

/** An address as a reader tells it apart: its scheme, `www.`, a trailing slash and case aside. */
function bareAddress(address: string): string {
  return address.trim().toLowerCase().replace(/^(?:mailto:|[a-z][a-z0-9+.-]*:\/\/)/, '').replace(/^www\./, '').replace(/\/$/, '');
}

/** Whether `href` stays a live link (see `webLinkTarget`). */
export function isWebLink(href: string): boolean {
  return webLinkTarget(href) !== undefined;
}

/** The warning `check` gives for a link that will be printed as text. */
export function linkAsTextReason(href: string): string {
  const shown = href.length > 60 ? `${href.slice(0, 57)}…` : href;
  return `Link to "${shown}" is printed as text: only http, https and mailto links and #anchors stay links in the outputs`;
}
