/**
 * The reload channel of `checklist serve`, as a WebSocket: the server only ever sends one short
 * text (the sources' generation), so this is the handshake and the one frame it needs
 * (RFC 6455), not a library. A WebSocket, not an event stream: a browser holds at most six
 * HTTP/1.1 connections to a host, and each open tab's event stream kept one, so a seventh tab
 * never loaded and the others stopped reloading. WebSockets are not counted among the six.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const CLOSE_OPCODE = 0x8;

/** Completes a WebSocket handshake (RFC 6455 §4.2.2); false when the request asks for none. */
export function acceptWebSocket(request: IncomingMessage, socket: Duplex): boolean {
  const key = request.headers['sec-websocket-key'];
  if (request.headers.upgrade?.toLowerCase() !== 'websocket' || typeof key !== 'string') return false;
  const accept = createHash('sha1').update(key + HANDSHAKE_GUID).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  // The browser sends nothing but a close frame (a page left or reloaded): answer it and end.
  socket.on('data', (frame: Buffer) => {
    if (((frame[0] ?? 0) & 0x0f) === CLOSE_OPCODE) socket.end(Buffer.from([0x80 | CLOSE_OPCODE, 0]));
  });
  socket.on('error', () => socket.destroy());
  return true;
}

/** A text frame from the server (unmasked, RFC 6455 §5.2), for a text under 126 bytes. */
export function textFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  if (payload.length > 125) throw new Error('textFrame: texts of up to 125 bytes only');
  return Buffer.concat([Buffer.from([0x81, payload.length]), payload]);
}
