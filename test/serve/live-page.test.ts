import { describe, expect, it } from 'vitest';
import { allowSelfScript, livePage, messagesPage } from '../../src/serve/live-page.js';

describe('the served page', () => {
  it("lets in one same-origin script and its event stream, and nothing else more", () => {
    expect(allowSelfScript("default-src 'none'; style-src 'unsafe-inline'")).toBe("default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'");
    expect(allowSelfScript("default-src 'none'; script-src 'sha256-abc'")).toBe("default-src 'none'; script-src 'sha256-abc' 'self'; connect-src 'self'");
    expect(allowSelfScript("script-src 'none'")).toBe("script-src 'self'; connect-src 'self'");
    // A script-src-elem of one's own would still keep the script out.
    expect(allowSelfScript("script-src-elem 'none'; connect-src 'none'")).toBe("script-src-elem 'self'; connect-src 'self'; script-src 'self'");
  });

  it("widens every policy of the page, however a template of one's own writes its tag (it widened the first, written as the built-in head writes it)", () => {
    const page = livePage(`<head><meta content='default-src &#39;none&#39;' http-equiv=Content-Security-Policy><meta http-equiv="content-security-policy" content="connect-src 'none'"></head><body></body>`, [], 'abc-3');
    expect(page).toContain(`<meta content="default-src 'none'; script-src 'self'; connect-src 'self'" http-equiv=Content-Security-Policy>`);
    expect(page).toContain(`<meta http-equiv="content-security-policy" content="connect-src 'self'; script-src 'self'">`);
  });

  it('adds the reload script, and messages as text on top of the body', () => {
    const page = livePage('<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body class="x"><h1>T</h1></body></html>', ['a.md:1:1: error <b>bad</b>'], 'abc-3');
    expect(page).toContain('<script src="/__checklist/reload.js" data-generation="abc-3"></script></head>');
    expect(page).toContain('<body class="x"><details id="checklist-serve-messages" open');
    expect(page).toContain('a.md:1:1: error &lt;b&gt;bad&lt;/b&gt;');
    expect(page).toContain("content=\"default-src 'none'; script-src 'self'; connect-src 'self'\"");
    expect(messagesPage('x <y>', ['m'], 'abc-3')).toContain('<h1>x &lt;y&gt;</h1>');
  });
});
