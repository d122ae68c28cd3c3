import type { KyosoApi } from '../../../common/ipc/contract';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only inside the desktop app (exposed by preload). */
    kyoso?: KyosoApi;
  }
}

/** The preload API, if this renderer runs inside the desktop app. */
export function electronPlatform(): Platform | null {
  return typeof window !== 'undefined' && window.kyoso ? window.kyoso : null;
}
