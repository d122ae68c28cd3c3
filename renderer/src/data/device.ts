/**
 * This install's identity: its HLC node id, its clock (restored so it never runs backwards
 * after a restart) and the workspace records are written to until sync assigns one.
 */
import { HlcClock, newNodeId } from '../../../common/sync/hlc';
import { META } from '../../../common/records/localKeys';
import { newId } from '../../../common/records/ids';
import type { KyosoDb } from './db';

export interface Device {
  nodeId: string;
  clock: HlcClock;
  workspaceId: string;
}

const NODE_KEY = META.nodeId;
const HLC_KEY = META.lastHlc;
const WORKSPACE_KEY = META.workspaceId;

export async function loadDevice(db: KyosoDb, wallClock: () => number = Date.now): Promise<Device> {
  return db.transaction('rw', db.meta, async () => {
    const read = async (key: string) => (await db.meta.get(key))?.value;
    let nodeId = await read(NODE_KEY);
    if (!nodeId) {
      nodeId = newNodeId();
      await db.meta.put({ key: NODE_KEY, value: nodeId });
    }
    let workspaceId = await read(WORKSPACE_KEY);
    if (!workspaceId) {
      workspaceId = newId();
      await db.meta.put({ key: WORKSPACE_KEY, value: workspaceId });
    }
    const clock = new HlcClock(nodeId, wallClock, (await read(HLC_KEY)) ?? null);
    return { nodeId, clock, workspaceId };
  });
}

/** Persist the clock inside the caller's transaction (which must include `meta`). */
export function saveClock(db: KyosoDb, clock: HlcClock): Promise<string> {
  return db.meta.put({ key: HLC_KEY, value: clock.lastHlc });
}
