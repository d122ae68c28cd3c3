import { describe, expect, it } from 'vitest';
import { HlcClock, formatHlc } from '../../../common/sync/hlc';
import { newId } from '../../../common/records/ids';
import type { TextOp } from '../../../common/sync/protocol';
import type { PushTx, StoredRecord, TextVersionKey } from '../storage/storage';
import { RecordWriter } from './recordWriter';

const at = (millis: number) => formatHlc({ millis, counter: 0, node: '00000000000000aa' });

/** A push transaction over one stored note whose body was edited away from the base `h0`. */
function fakeTx(id: string, h0: string, h1: string) {
  const reads: TextVersionKey[] = [];
  const tx: PushTx = {
    claimClient: async () => ({ memberId: 'm', lastMutationId: 0 }),
    setLastMutationId: async () => undefined,
    loadRecords: async () => {
      const rec: StoredRecord = {
        table: 'notes',
        id,
        fields: new Map([['body', { value: 'edited\n2\n3\n4\n5\n', hlc: h1 }]]),
        deletedHlc: null,
      };
      return new Map([[`notes/${id}`, rec]]);
    },
    getTextVersion: async (key) => {
      reads.push(key);
      return key.hlc === h0 ? '1\n2\n3\n4\n5\n' : null;
    },
    putTextVersions: async () => undefined,
    writeRecords: async () => undefined,
  };
  return { tx, reads };
}

describe('RecordWriter', () => {
  it('reads a stored merge base once per push however many ops name it', async () => {
    const id = newId();
    const now = Date.now();
    const { tx, reads } = fakeTx(id, at(now - 2000), at(now - 1000));
    const ctx = {
      workspaceId: newId(),
      memberId: 'm',
      clock: new HlcClock('00000000000000ff'),
      now: Date.now,
    };
    const writer = new RecordWriter(tx, ctx, newId());
    const op = (value: string, i: number): TextOp => ({
      op: 'text',
      table: 'notes',
      id,
      field: 'body',
      value,
      hlc: at(now + i),
      baseHlc: at(now - 2000),
    });
    const mutations = ['1\n2\n3\n4\nfive\n', '1\n2\n3\n4\n5\nsix\n', '1\n2\n3\n4\n'].map((v, i) => ({
      mid: i + 1,
      ops: [op(v, i)],
    }));
    await writer.load(mutations.flatMap((m) => m.ops));
    for (const m of mutations) await writer.applyMutation(m);
    expect(reads).toHaveLength(1);
    expect(writer.mergedChars).toBeGreaterThan(0);
  });
});
