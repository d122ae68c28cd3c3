/**
 * Preload (sandboxed): exposes the typed contract API as `window.kyoso` and nothing else.
 * Sandboxed preloads cannot require local files, so electron/build.mjs bundles this into one file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createKyosoApi } from './kyosoApi';

contextBridge.exposeInMainWorld(
  'kyoso',
  createKyosoApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
