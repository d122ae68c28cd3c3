import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../common/ipc/contract';
import { createIpcHandlers, type HandlerServices } from './handlers';

describe('createIpcHandlers', () => {
  it('maps every channel to its service', async () => {
    const services = {
      version: '0.1.0',
      platform: 'win32',
      openExternal: vi.fn(async () => true),
      savePdf: vi.fn(async () => ({ saved: false as const })),
      syncToken: {
        status: vi.fn(async () => ({ kept: true as const, origin: 'https://s', matches: true })),
        set: vi.fn(async () => 'cleared' as const),
      },
      presenter: { open: vi.fn(async () => undefined) },
      writeClipboard: vi.fn(),
      acknowledgeFlush: vi.fn(),
    } satisfies HandlerServices;
    const handlers = createIpcHandlers(services);
    expect(Object.keys(handlers).sort()).toEqual([...IPC_CHANNELS].sort());

    await expect(handlers['app:info']()).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
      platform: 'win32',
    });
    await expect(handlers['shell:openExternal']('https://x.example/')).resolves.toBe(true);
    await handlers['pdf:save']({ html: '<p>', suggestedName: 'a' });
    expect(services.savePdf).toHaveBeenCalledWith({ html: '<p>', suggestedName: 'a' });
    await expect(handlers['sync:tokenStatus']('https://s/')).resolves.toMatchObject({ matches: true });
    await expect(handlers['sync:setToken']('https://s/', null)).resolves.toBe('cleared');
    expect(services.syncToken.set).toHaveBeenCalledWith('https://s/', null);
    await handlers['clipboard:writeText']('件名: 移動支援');
    expect(services.writeClipboard).toHaveBeenCalledWith('件名: 移動支援');
    await handlers['window:openPresenter']('#/present/x');
    expect(services.presenter.open).toHaveBeenCalledWith('#/present/x');
    await handlers['lifecycle:flushed'](7);
    expect(services.acknowledgeFlush).toHaveBeenCalledWith(7);
  });
});
