/** Opens the database and builds the services before the first render. */
import { KyosoDb } from '../data/db';
import { loadDevice } from '../data/device';
import { pruneChangeFeed } from '../data/changeFeed';
import { createRepositories } from '../data/repositories';
import { replayWrites } from '../data/replayWrites';
import { writeJournal } from '../data/writeJournal';
import { logSync } from '../sync/log';
import { unsavedEdits } from '../data/unsavedEdits';
import { webSecretStore } from '../data/webSecrets';
import { recoverAllNotes } from '../features/council';
import { createPlatform } from '../platform';
import { APP_VERSION } from '../platform/appVersion';
import type { Services } from '../services/services';

/** Ask the browser not to evict our data; the desktop app's storage is persistent anyway. */
async function requestPersistence(): Promise<boolean> {
  if (window.kyoso) return true;
  try {
    if (!navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

export async function startServices(): Promise<Services> {
  const db = new KyosoDb();
  await db.open();
  const device = await loadDevice(db);
  // Off the critical path: the feed only needs trimming now and then.
  setTimeout(() => void pruneChangeFeed(db).catch(() => undefined), 5_000);
  const version = APP_VERSION;
  const platform = createPlatform(webSecretStore(db), version);
  // For the page's lifetime: every editor's pending save is flushed before the page goes away.
  platform.guardUnsavedEdits(unsavedEdits);
  const repos = createRepositories(db, device, unsavedEdits);
  // Before the first render reads a record: a write the last page could not finish is put back.
  await replayWrites(repos, device.workspaceId, writeJournal, {
    discard: ({ table = '', id = '', reason, text }) =>
      logSync(db, 'warn', 'writeDropped', text, { table, id, reason }),
  });
  // Notes typed into a council session's page that went away, whichever session: written back now,
  // not when (if ever) that session is opened again.
  await recoverAllNotes(repos).catch(() => undefined);
  return {
    db,
    device,
    repos,
    platform,
    persisted: await requestPersistence(),
  };
}
