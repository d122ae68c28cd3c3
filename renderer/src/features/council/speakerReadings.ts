/**
 * Readings of the speaker names already used (佐藤議員 → さとうぎいん), so the picker offers them
 * when a name is typed in kana. Read by the search worker, which already loads the IPADIC
 * dictionary for kana searches (one copy per window, off the UI thread), and only when a kana name is
 * first typed: a user who types kanji never pays for the dictionary. Each name is read once and
 * kept in localStorage (this device only; nothing synced), so later sessions match at once.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { readNamesInWorker } from '../search/engine/searchClient';

const STORE = 'kyoso-speaker-readings';
/** Names kept: more than a council's members and answerers over years; the oldest go first. */
const MAX_KEPT = 2000;

let readings: Map<string, string> | null = null;
const asking = new Set<string>();
const listeners = new Set<() => void>();

function cache(): Map<string, string> {
  if (!readings) {
    readings = new Map();
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(STORE) ?? '{}');
      if (stored && typeof stored === 'object') {
        for (const [name, reading] of Object.entries(stored)) {
          if (typeof reading === 'string') readings.set(name, reading);
        }
      }
    } catch {
      // Unreadable or refused storage: the names are read again.
    }
  }
  return readings;
}

function keep(read: Record<string, string>): void {
  // A new map: the hook's snapshot changes, so the suggestions are asked again.
  const map = new Map(cache());
  readings = map;
  for (const [name, reading] of Object.entries(read)) {
    map.delete(name); // re-inserted last: the most recently read stay when trimming
    map.set(name, reading);
    asking.delete(name);
  }
  for (const name of map.keys()) {
    if (map.size <= MAX_KEPT) break;
    map.delete(name);
  }
  try {
    localStorage.setItem(STORE, JSON.stringify(Object.fromEntries(map)));
  } catch {
    // Quota or private mode: kept for this page only.
  }
  listeners.forEach((l) => l());
}

/** Asks the worker for the names not read yet; listeners hear when their readings arrive. */
export function wantReadings(names: Iterable<string>): void {
  const map = cache();
  const missing = [...new Set(names)].filter((n) => n.trim() !== '' && !map.has(n) && !asking.has(n));
  if (missing.length === 0) return;
  missing.forEach((n) => asking.add(n));
  void readNamesInWorker(missing).then(keep);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** `readingOf` over the readings known now: a new function when more arrive. */
export function useSpeakerReadings(): (name: string) => string | undefined {
  const known = useSyncExternalStore(subscribe, cache);
  return useCallback((name: string) => known.get(name), [known]);
}
