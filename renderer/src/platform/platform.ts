/**
 * What the renderer may ask of its host. The desktop app implements it through preload
 * (`window.kyoso`); web mode implements it with browser APIs. Features import only this.
 */
import type { KyosoApi } from '../../../common/ipc/contract';

export type Platform = KyosoApi;
