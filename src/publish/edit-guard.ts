import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may call the edit API: a page of this dev server, in this session. The token travels in a
 * header, which a page of another site cannot set on a request here without the browser asking
 * this server first (CORS preflight, which it does not answer); a cookie would travel anyway.
 * The Origin check stops another site open in the same browser; the Host check stops DNS
 * rebinding (a name of the attacker's that resolves to 127.0.0.1 carries its own Host).
 */
export function checkRequest(
  request: IncomingMessage,
  token: string,
): { code: 'no-token' | 'foreign-origin' | 'foreign-host'; detail: string } | null {
  const port = request.socket.localPort;
  const own = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = request.headers.host ?? '';
  if (!own.has(host.toLowerCase())) return { code: 'foreign-host', detail: host };
  const origin = request.headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && own.has(origin.slice('http://'.length).toLowerCase())))
    return { code: 'foreign-origin', detail: origin };
  if (request.headers['sec-fetch-site'] === 'cross-site')
    return { code: 'foreign-origin', detail: String(request.headers.referer ?? origin ?? '') };
  const sent = request.headers['x-parcours-token'];
  if (typeof sent !== 'string' || !sameToken(sent, token)) return { code: 'no-token', detail: '' };
  return null;
}

function sameToken(sent: string, token: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
