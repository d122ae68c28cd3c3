/**
 * One push cannot stall the server (hardening issue, item 4). Text merges are CPU work inside the
 * workspace's write lock; a push of many small edits against large texts (1-million-character
 * fields) made minutes of it. Each push now has a merge budget: beyond it a `text` op that would
 * need a merge becomes a conflict record, and the server keeps answering everyone else meanwhile.
 */
import { expect, it } from 'vitest';
import { MERGE_BUDGET_CHARS } from '../../src/push/mergeBudget';
import { byId, hlc, pushBody, textOp, uuid, type Harness, type Member } from '../harness';

/** Numbered lines, at least `chars` characters in all; ASCII keeps a push of several under the body limit. */
function bigText(chars: number, ascii = false): string[] {
  const words = ascii
    ? 'minutes of the council meeting go on'
    : '共創デスクの議事録本文がここに長く続きます。…';
  const line = (i: number) => `${String(i).padStart(7, '0')} ${words}\n`;
  return Array.from({ length: Math.ceil(chars / line(0).length) }, (_, i) => line(i));
}

/** Seeds `notes/<id>.body` = `lines` from one client, then another client edits its first line. */
async function seedEdited(h: Harness, m: Member, lines: string[]) {
  const id = uuid();
  const h0 = hlc();
  const original = lines.join('');
  expect(
    (await h.push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, original, null, h0)] }]))).status,
  ).toBe(200);
  const edited = ['先頭を別の端末で変更\n', ...lines.slice(1)].join('');
  const h1 = hlc();
  expect(
    (await h.push(m, pushBody(uuid(), [{ mid: 1, ops: [textOp(id, edited, h0, h1)] }]))).json.conflicts,
  ).toEqual([]);
  return { id, h0, original, edited };
}

export function mergeBudgetContract(h: () => Harness): void {
  it('keeps answering others while one push sends 1,500 small edits against a 1-million-character text', async () => {
    const m = await h().member();
    const other = await h().member();
    const { id, h0, edited } = await seedEdited(h(), m, bigText(1_000_000));
    expect(edited.length).toBeGreaterThan(990_000);

    // Each mutation names the original as its base: every one of them needs a merge of ~2 M characters.
    const mutations = Array.from({ length: 1500 }, (_, i) => ({
      mid: i + 1,
      ops: [textOp(id, `小さな編集 ${i}\n`, h0)],
    }));
    const started = Date.now();
    let pushing = true;
    const push = h()
      .push(m, pushBody(uuid(), mutations))
      .finally(() => (pushing = false));
    const latencies: number[] = [];
    while (pushing) {
      const t = Date.now();
      const [health, pull] = await Promise.all([h().request('GET', '/healthz', null), h().pull(other)]);
      expect([health.status, pull.status]).toEqual([200, 200]);
      latencies.push(Date.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    const reply = await push;
    const took = Date.now() - started;
    expect(reply.status).toBe(200);
    expect(reply.json.lastMutationId).toBe(1500);
    // Nothing is lost: every edit that could not be merged is a conflict record.
    expect((reply.json.conflicts as unknown[]).length).toBe(1500);
    expect(took).toBeLessThan(5_000);
    expect(Math.max(...latencies)).toBeLessThan(1_000);
    expect(byId((await h().pullAll(m)).changes).get(`notes/${id}`)?.fields.body?.value).toBe(edited);
  });

  it('merges within the budget and turns the edits beyond it into conflict records', async () => {
    const m = await h().member();
    // Each merge reads base, stored and sent text: about 3 × text length, ~23 % of the budget.
    const lines = bigText(MERGE_BUDGET_CHARS / 13, true);
    const { id, h0 } = await seedEdited(h(), m, lines);
    let mine = [...lines];
    let base = h0;
    const sent: { value: string; hlc: string }[] = [];
    const mutations = Array.from({ length: 6 }, (_, i) => {
      mine = mine.map((l, n) => (n === 1000 + i * 100 ? `手元の編集 ${i}\n` : l));
      const at = hlc();
      const op = textOp(id, mine.join(''), base, at);
      base = at;
      sent.push({ value: mine.join(''), hlc: at });
      return { mid: i + 1, ops: [op] };
    });
    const reply = await h().push(m, pushBody(uuid(), mutations));
    expect(reply.status).toBe(200);
    const conflicts = reply.json.conflicts as { conflictId: string }[];
    expect(conflicts.length).toBe(2); // four merges fit, the fifth and sixth would pass the budget
    const changes = byId((await h().pullAll(m)).changes);
    const stored = changes.get(`notes/${id}`)?.fields.body?.value as string;
    expect(stored.startsWith('先頭を別の端末で変更\n')).toBe(true);
    for (let i = 0; i < 4; i++) expect(stored).toContain(`手元の編集 ${i}\n`);
    expect(stored).not.toContain('手元の編集 4\n');
    const last = changes.get(`conflicts/${conflicts[1]?.conflictId}`);
    expect(last?.fields.text?.value).toBe(sent[5]?.value);
  });
}
