/** Pure client-side sync logic (no Dexie, no DOM): planning pushes, applying pulls, failures. */
export * from './plan';
export * from './apply';
export * from './failure';
export * from './decodePage';
