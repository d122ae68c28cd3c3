import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../common/ipc/contract';
import { createKyosoApi } from './kyosoApi';

describe('createKyosoApi', () => {
  it('exposes exactly one function per contract channel and nothing else', () => {
    const api = createKyosoApi(vi.fn());
    expect(Object.keys(api).sort()).toEqual([...IPC_CHANNELS].sort());
    for (const channel of IPC_CHANNELS) expect(typeof api[channel]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('send');
  });

  it('forwards calls to invoke with the channel and the arguments', async () => {
    const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args }));
    const api = createKyosoApi(invoke);
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
    const api = createKyosoApi(vi.fn());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('passes rejections through to the caller', async () => {
    const api = createKyosoApi(async () => {
      throw new Error('refused');
    });
    await expect(api['app:info']()).rejects.toThrow('refused');
  });
});
