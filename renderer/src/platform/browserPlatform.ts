/**
 * Web mode: the same contract on plain browser APIs. Secrets live in IndexedDB here (the
 * settings page says so), because a browser has no OS keychain.
 */
import type { Platform } from './platform';
import { PRESENTER_ROUTE_PREFIX } from '../../../common/ipc/contract';

export interface BrowserSecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string | null): Promise<void>;
}

export function browserPlatform(secrets: BrowserSecretStore, version: string): Platform {
  return {
    'app:info': async () => ({ version, shell: 'web', platform: navigator.platform || 'web' }),
    'shell:openExternal': async (url) => {
      if (!/^https:\/\//i.test(url)) return false;
      if (!window.confirm(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    'pdf:save': async ({ html, suggestedName }) => {
      // The browser prints the same print document; the user saves it as PDF from the dialog.
      const frame = document.createElement('iframe');
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.srcdoc = html;
      document.body.appendChild(frame);
      await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      frame.contentDocument!.title = suggestedName;
      frame.contentWindow!.print();
      frame.remove();
      return { saved: false };
    },
    'secrets:get': (key) => secrets.get(key),
    'secrets:set': (key, value) => secrets.set(key, value),
    'window:openPresenter': async (route) => {
      if (!route.startsWith(PRESENTER_ROUTE_PREFIX)) throw new Error(`Not a presenter route: ${route}`);
      window.open(`${location.pathname}${route}`, 'kyoso-presenter', 'popup');
    },
  };
}
