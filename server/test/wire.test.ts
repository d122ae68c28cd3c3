/**
 * Behaviour only a real socket shows (app.inject hides it): an over-limit body must leave the
 * client able to read its 413, and framework-level errors keep the contract's error shape.
 * Found by an independent conformance client (session 14).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../common/sync/protocol';
import { SqliteStorage } from '../src/storage/sqlite';
import { Harness, type Member } from './harness';

let dir = '';
let h: Harness;
let port = 0;
let m: Member;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kyoso-wire-'));
  h = await Harness.create(SqliteStorage.open(dir));
  m = await h.member();
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  const address = h.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `chunks` on one connection and returns everything the server sent until it closed or went quiet. */
function exchange(chunks: readonly (string | Buffer)[], quietMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    let timer = setTimeout(() => socket.destroy(), quietMs);
    const done = (): void => {
      clearTimeout(timer);
      resolve(got);
    };
    socket.on('data', (d: Buffer) => {
      got += d.toString('latin1');
      clearTimeout(timer);
      timer = setTimeout(() => socket.destroy(), quietMs);
    });
    socket.on('error', done); // a reset: whatever arrived before it is the answer
    socket.on('close', done);
    socket.on('connect', () => {
      for (const c of chunks) socket.write(c);
    });
  });
}

describe('over the wire', () => {
  it('reads the rest of an over-limit body after its 413, so the client can read the answer', async () => {
    const size = MAX_BODY_BYTES + 4 * 1024 * 1024;
    const head =
      `POST /v1/workspaces/${m.ws}/push HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${m.token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`;
    // A whole over-limit upload, then a second request on the same connection: the server must
    // answer both. Closing after the 413 while the body still arrives resets the connection, and a
    // client still writing (fetch, curl) then often sees EPIPE/ECONNRESET instead of the 413.
    const next = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';
    const got = await exchange([head, Buffer.alloc(size, 0x78), next]);
    expect(got).toMatch(/^HTTP\/1\.1 413 /);
    expect(got).toContain('"code":"too_large"');
    expect(got).toMatch(/HTTP\/1\.1 200 [\s\S]*"status":"ok"/);
  }, 20_000);

  it('answers a path that is not valid URL encoding with a contract-shaped 404', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/v1/workspaces/%ff/pull`, {
      headers: { authorization: `Bearer ${m.token}`, origin: 'http://127.0.0.1:5173' },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Not found' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a workspace id longer than the router allows with a contract-shaped 404', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/v1/workspaces/${'a'.repeat(300)}/pull`, {
      headers: { authorization: `Bearer ${m.token}` },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Not found' } });
  });
});
