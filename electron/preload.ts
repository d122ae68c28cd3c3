/**
 * Preload (sandboxed): exposes the typed contract API as `window.kyoso` and nothing else.
 * Sandboxed preloads cannot require local files, so electron/build.mjs bundles this into one file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createKyosoApi } from './kyosoApi';

contextBridge.exposeInMainWorld(
  'kyoso',
  createKyosoApi(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      const forward = (_event: IpcRendererEvent, ...args: unknown[]) => listener(...args);
      ipcRenderer.on(channel, forward);
      return () => void ipcRenderer.removeListener(channel, forward);
    },
  ),
);
