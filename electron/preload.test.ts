import { describe, expect, it, vi } from 'vitest';
import { FLUSH_REQUEST_CHANNEL, IPC_CHANNELS, KYOSO_SUBSCRIPTIONS } from '../common/ipc/contract';
import { createKyosoApi } from './kyosoApi';

const noSubscribe = () => () => undefined;

/** A stand-in for ipcRenderer.on: lets the test play main sending a message. */
function fakeMain() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const subscribe = vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
    listeners.set(channel, listener);
    return () => void listeners.delete(channel);
  });
  const send = (channel: string, ...args: unknown[]) => listeners.get(channel)?.(...args);
  return { subscribe, send, listeners };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('createKyosoApi', () => {
  it('exposes exactly one function per contract channel and nothing else', () => {
    const api = createKyosoApi(vi.fn(), noSubscribe);
    expect(Object.keys(api).sort()).toEqual([...IPC_CHANNELS, ...KYOSO_SUBSCRIPTIONS].sort());
    for (const channel of IPC_CHANNELS) expect(typeof api[channel]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('send');
  });

  it('forwards calls to invoke with the channel and the arguments', async () => {
    const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args }));
    const api = createKyosoApi(invoke, noSubscribe);
    await expect(api['shell:openExternal']('https://example.com/')).resolves.toEqual({
      channel: 'shell:openExternal',
      args: ['https://example.com/'],
    });
    await api['sync:setToken']('https://sync.example.jp', null);
    expect(invoke).toHaveBeenLastCalledWith('sync:setToken', 'https://sync.example.jp', null);
    await api['app:info']();
    expect(invoke).toHaveBeenLastCalledWith('app:info');
  });

  it('is frozen so page code cannot replace a function', () => {
    const api = createKyosoApi(vi.fn(), noSubscribe);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('passes rejections through to the caller', async () => {
    const api = createKyosoApi(async () => {
      throw new Error('refused');
    }, noSubscribe);
    await expect(api['app:info']()).rejects.toThrow('refused');
  });
});

describe('onFlushRequest', () => {
  it('runs the flush when main asks and answers main with the request id only after it settles', async () => {
    const main = fakeMain();
    const invoke = vi.fn(async () => undefined);
    const api = createKyosoApi(invoke, main.subscribe);
    let release = () => {};
    const flush = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    api.onFlushRequest(flush);

    main.send(FLUSH_REQUEST_CHANNEL, 41);
    await settle();
    expect(flush).toHaveBeenCalledTimes(1);
    expect(invoke).not.toHaveBeenCalled();

    release();
    await settle();
    expect(invoke).toHaveBeenCalledWith('lifecycle:flushed', 41);
  });

  it('still answers main when the flush fails, so closing is not held to the deadline', async () => {
    const main = fakeMain();
    const invoke = vi.fn(async () => undefined);
    const api = createKyosoApi(invoke, main.subscribe);
    api.onFlushRequest(async () => {
      throw new Error('disk full');
    });
    main.send(FLUSH_REQUEST_CHANNEL, 3);
    await settle();
    expect(invoke).toHaveBeenCalledWith('lifecycle:flushed', 3);
  });

  it('ignores a message without a request id and stops listening once unsubscribed', async () => {
    const main = fakeMain();
    const invoke = vi.fn(async () => undefined);
    const api = createKyosoApi(invoke, main.subscribe);
    const flush = vi.fn(async () => undefined);
    const off = api.onFlushRequest(flush);
    main.send(FLUSH_REQUEST_CHANNEL, 'x');
    off();
    main.send(FLUSH_REQUEST_CHANNEL, 5);
    await settle();
    expect(flush).not.toHaveBeenCalled();
    expect(invoke).not.toHaveBeenCalled();
  });
});
