/** The app's version, baked in at build time by Vite (`define`); '0.0.0' where nothing defines it (unit tests). */
declare const __APP_VERSION__: string;

export const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
