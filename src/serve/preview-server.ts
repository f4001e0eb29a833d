/**
 * The HTTP side of `checklist serve`: on 127.0.0.1 only, one page per deployment rendered on
 * request, the reload script, and a WebSocket that tells each open page the sources'
 * generation: on connecting, and after each change once its pages are rendered again. A
 * WebSocket, not an event stream: a browser holds at most six HTTP/1.1 connections to a host,
 * and each open tab's event stream kept one, so a seventh tab never loaded and the others
 * stopped reloading; WebSockets are not counted among the six.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { EVENTS_PATH, RELOAD_SCRIPT_PATH, reloadScript } from './live-page.js';
import { WebSocketServer, type WebSocket } from 'ws';

/** A page sent with a status other than 200: a live page saying what is not there. */
export interface StatusPage {
  status: number;
  html: string;
}

/** Answers a page path (`/`, `/acme`) with its HTML, or null for "no such page". */
export type PageSource = (path: string) => Promise<string | StatusPage | null>;

export interface PreviewServer {
  url: string;
  /** Tells every open page the generation it is served from now: a page made from an older one reloads. */
  announce(): void;
  /** The paths of the pages open in a browser now (as requested, not decoded). */
  openPages(): string[];
  close(): Promise<void>;
}

/**
 * Only requests addressed to this machine by name: a web page whose host name its owner points
 * at 127.0.0.1 (DNS rebinding) would otherwise read the customers' checklists from the browser.
 */
function addressedHere(request: IncomingMessage, port: number): boolean {
  return [`127.0.0.1:${port}`, `localhost:${port}`].includes(request.headers.host ?? '');
}

/**
 * `generation(page)`: the sources' generation the page at that path (as requested) is served
 * from now; a page made from an older one reloads, one made from it does not.
 */
export async function startPreviewServer(pages: PageSource, port: number, generation: (page: string) => string): Promise<PreviewServer> {
  const sockets = new Map<WebSocket, string>(); // each open page's socket, and the page's path
  const reloads = new WebSocketServer({ noServer: true });
  let listening = port;
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`checklist serve: ${(error as Error).message}\n`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!addressedHere(request, listening)) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`checklist serve answers http://127.0.0.1:${listening}/ only\n`);
      return;
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
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

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname: path, searchParams } = new URL(request.url ?? '/', 'http://localhost');
    const origin = request.headers.origin;
    const ours = origin === undefined || origin === `http://${request.headers.host}`;
    if (path !== EVENTS_PATH || !addressedHere(request, listening) || !ours) {
      socket.destroy();
      return;
    }
    reloads.handleUpgrade(request, socket, head, (page) => {
      sockets.set(page, searchParams.get('page') ?? '/');
      page.on('close', () => sockets.delete(page));
      page.on('error', () => page.terminate());
      page.send(generation(sockets.get(page) ?? '/'));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  listening = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${listening}/`,
    announce() {
      for (const [page, path] of sockets) page.send(generation(path));
    },
    openPages() {
      return [...new Set(sockets.values())];
    },
    close() {
      for (const page of sockets.keys()) page.terminate();
      reloads.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}
