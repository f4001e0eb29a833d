/**
 * The HTTP side of `checklist serve`: on 127.0.0.1 only, one page per deployment rendered on
 * request, the reload script, and a server-sent event stream that tells open pages to reload.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENTS_PATH, RELOAD_SCRIPT_PATH, reloadScript } from './live-page.js';

/** A page sent with a status other than 200: a live page saying what is not there. */
export interface StatusPage {
  status: number;
  html: string;
}

/** Answers a page path (`/`, `/acme`) with its HTML, or null for "no such page". */
export type PageSource = (path: string) => Promise<string | StatusPage | null>;

export interface PreviewServer {
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export async function startPreviewServer(pages: PageSource, port: number): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`checklist serve: ${(error as Error).message}\n`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write('retry: 300\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (path === RELOAD_SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(reloadScript);
      return;
    }
    const page = await pages(path);
    const { status, html } = page === null ? { status: 404, html: 'Not found' } : typeof page === 'string' ? { status: 200, html: page } : page;
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    reload() {
      for (const client of clients) client.write('event: reload\ndata: now\n\n');
    },
    close() {
      for (const client of clients) client.end();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
