import type { Page } from '@playwright/test';

/** A record to store as sync or a restore would: fields only; the envelope is added in the page. */
export interface SeedRecord {
  table: string;
  id: string;
  fields: Record<string, unknown>;
  /** ISO time, also used for the fields' HLCs (default 2026-11-20T01:00Z). */
  at?: string;
}

/**
 * Writes records straight into the app's IndexedDB (after the app has opened it), in the shape the
 * repositories write, in the current workspace. Dexie's live queries do not see raw writes:
 * reload the page afterwards.
 */
export async function putAppRecords(page: Page, records: SeedRecord[]): Promise<void> {
  await page.evaluate(async (records) => {
    // No named helper functions in here: tsx (benches) would wrap them in a `__name` call the
    // page does not have.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kyoso-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const workspaceId = await new Promise<string>((resolve) => {
      const req = db.transaction('meta').objectStore('meta').get('workspaceId');
      req.onsuccess = () => resolve((req.result as { value: string }).value);
    });
    const tables = [...new Set(records.map((r) => r.table))];
    const tx = db.transaction(tables, 'readwrite');
    for (const r of records) {
      const at = r.at ?? '2026-11-20T01:00:00.000Z';
      const stamp = `${at}-0000-00000000000000aa`;
      const hlc = Object.fromEntries(Object.keys(r.fields).map((k) => [k, stamp]));
      tx.objectStore(r.table).put({
        id: r.id,
        workspaceId,
        createdAt: at,
        updatedAt: at,
        deleted: 0,
        deletedHlc: null,
        hlc,
        ...r.fields,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** Every row of `table` as stored in the app's IndexedDB (what a save has really committed). */
export function readAppRecords<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (table) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kyoso-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction(table).objectStore(table).getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  }, table) as Promise<T[]>;
}
