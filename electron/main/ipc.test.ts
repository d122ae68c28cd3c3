import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type IpcChannel } from '../../common/ipc/contract';
import { IpcRefusedError, isAppSender, registerIpcHandlers, type IpcHandlers, type SenderEvent } from './ipc';
import { IPC_LIMITS } from './ipcValidation';

type Invoke = (event: SenderEvent, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const registered = new Map<string, Invoke>();
  const ipcMain = { handle: (channel: string, listener: Invoke) => registered.set(channel, listener) };
  const handlers = {
    'app:info': vi.fn(async () => ({ version: '0.1.0', shell: 'electron' as const, platform: 'linux' })),
    'shell:openExternal': vi.fn(async () => true),
    'pdf:save': vi.fn(async () => ({ saved: false as const })),
    'sync:tokenStatus': vi.fn(async () => ({ kept: false as const })),
    'sync:setToken': vi.fn(async () => 'saved' as const),
    'clipboard:writeText': vi.fn(async () => undefined),
    'window:openPresenter': vi.fn(async () => undefined),
    'lifecycle:flushed': vi.fn(async () => undefined),
  } satisfies IpcHandlers;
  registerIpcHandlers(ipcMain as never, handlers);
  const call = (channel: IpcChannel, event: SenderEvent, ...args: unknown[]) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`not registered: ${channel}`);
    return listener(event, ...args);
  };
  return { registered, handlers, call };
}

const frame = (url: string, parent: unknown = null) =>
  ({ senderFrame: { url, parent } }) as unknown as SenderEvent;
const APP = frame('app://kyoso/index.html#/briefs');

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('runs the handler for the app and passes the arguments through', async () => {
    const { call, handlers } = setup();
    await expect(call('app:info', APP)).resolves.toMatchObject({ shell: 'electron' });
    await call('sync:setToken', APP, 'https://sync.example.jp', 'abc');
    expect(handlers['sync:setToken']).toHaveBeenCalledWith('https://sync.example.jp', 'abc');
    await call('window:openPresenter', APP, '#/present/w1');
    expect(handlers['window:openPresenter']).toHaveBeenCalledWith('#/present/w1');
    await call('clipboard:writeText', APP, '件名: 移動支援');
    expect(handlers['clipboard:writeText']).toHaveBeenCalledWith('件名: 移動支援');
  });

  it.each([
    ['a remote page', frame('https://evil.example/')],
    ['a file page', frame('file:///tmp/x.html')],
    ['another app host', frame('app://evil/index.html')],
    ['a data: page', frame('data:text/html,x')],
    ['a sub-frame of the app', frame('app://kyoso/index.html', { url: 'app://kyoso/index.html' })],
    ['a destroyed frame', { senderFrame: null } as unknown as SenderEvent],
  ])('rejects %s on every channel without running a handler', async (_name, event) => {
    const { call, handlers } = setup();
    for (const channel of IPC_CHANNELS) {
      await expect(call(channel, event, 'https://example.com/')).rejects.toBeInstanceOf(IpcRefusedError);
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it.each<[IpcChannel, unknown[]]>([
    ['app:info', ['extra']],
    ['shell:openExternal', []],
    ['shell:openExternal', [42]],
    ['shell:openExternal', [{ toString: () => 'https://x' }]],
    ['shell:openExternal', ['https://x', 'extra']],
    ['shell:openExternal', [`https://x/${'a'.repeat(IPC_LIMITS.url)}`]],
    ['pdf:save', [null]],
    ['pdf:save', ['<html>']],
    ['pdf:save', [{ html: 1, suggestedName: 'a' }]],
    ['pdf:save', [{ html: '<p>', suggestedName: 'a'.repeat(IPC_LIMITS.fileName + 1) }]],
    ['pdf:save', [{ html: 'あ'.repeat(IPC_LIMITS.pdfHtmlBytes / 3 + 1), suggestedName: 'a' }]],
    ['sync:tokenStatus', []],
    ['sync:tokenStatus', [5]],
    ['sync:tokenStatus', [`https://x/${'a'.repeat(IPC_LIMITS.url)}`]],
    ['sync:setToken', ['https://x']],
    ['sync:setToken', ['https://x', 5]],
    ['sync:setToken', ['https://x', undefined]],
    ['sync:setToken', ['https://x', '']],
    ['sync:setToken', ['https://x', 'abc\r\nX-Injected: 1']],
    ['sync:setToken', ['https://x', 'トークン']],
    ['sync:setToken', ['https://x', 'x'.repeat(IPC_LIMITS.token + 1)]],
    ['clipboard:writeText', []],
    ['clipboard:writeText', [42]],
    ['clipboard:writeText', ['x'.repeat(IPC_LIMITS.clipboardText + 1)]],
    ['window:openPresenter', ['#/settings']],
    ['window:openPresenter', ['https://evil.example/#/present/x']],
    ['window:openPresenter', [['#/present/x']]],
    ['lifecycle:flushed', []],
    ['lifecycle:flushed', ['1']],
    ['lifecycle:flushed', [1.5]],
    ['lifecycle:flushed', [1, 2]],
  ])('rejects bad arguments for %s: %j', async (channel, args) => {
    const { call, handlers } = setup();
    await expect(call(channel, APP, ...args)).rejects.toThrow(/invalid arguments/);
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('accepts a 5 MB print document (fonts inlined) and refuses one over the limit', async () => {
    const { call, handlers } = setup();
    const fiveMb = `<!DOCTYPE html><p>${'あ'.repeat((5 * 1024 * 1024) / 3)}</p>`;
    expect(Buffer.byteLength(fiveMb)).toBeGreaterThan(5 * 1024 * 1024);
    await expect(call('pdf:save', APP, { html: fiveMb, suggestedName: 'a' })).resolves.toEqual({
      saved: false,
    });
    const over = 'a'.repeat(IPC_LIMITS.pdfHtmlBytes + 1);
    await expect(call('pdf:save', APP, { html: over, suggestedName: 'a' })).rejects.toThrow(
      /invalid arguments/,
    );
    expect(handlers['pdf:save']).toHaveBeenCalledTimes(1);
  });

  it('accepts the largest allowed values', async () => {
    const { call } = setup();
    await expect(call('sync:setToken', APP, 'https://x', 'x'.repeat(IPC_LIMITS.token))).resolves.toBe(
      'saved',
    );
    await expect(call('sync:setToken', APP, 'https://x', null)).resolves.toBe('saved');
    await expect(
      call('pdf:save', APP, { html: 'a'.repeat(IPC_LIMITS.pdfHtmlBytes), suggestedName: '議事録' }),
    ).resolves.toEqual({ saved: false });
  });

  it('honours a custom sender check', async () => {
    const registered = new Map<string, Invoke>();
    const handle = (channel: string, listener: Invoke) => registered.set(channel, listener);
    const { handlers } = setup();
    registerIpcHandlers({ handle } as never, handlers, () => false);
    await expect(registered.get('app:info')?.(APP)).rejects.toThrow(/sender/);
  });
});

describe('isAppSender', () => {
  it('trusts only the top frame of app://kyoso', () => {
    expect(isAppSender(APP)).toBe(true);
    expect(isAppSender(frame('app://kyoso.evil/index.html'))).toBe(false);
    expect(isAppSender(frame('app://kyoso/index.html', {}))).toBe(false);
  });

  it('does not trust print documents, though they share the app origin', () => {
    expect(isAppSender(frame('app://kyoso/__print/00000000-0000-4000-8000-000000000000.html'))).toBe(false);
    expect(isAppSender(frame('app://kyoso/__print/anything'))).toBe(false);
  });
});
