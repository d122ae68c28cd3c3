/**
 * Field names and value keys that are also `Object.prototype` names (docs/sync-protocol.md §1–2: any field
 * name matching the pattern, any JSON value). `constructor` and `prototype` are stored and
 * returned like any other; only a `__proto__` key is refused, with nothing stored.
 */
import { expect, it } from 'vitest';
import type { FieldState } from '../../../common/sync/protocol';
import { byId, hlc, pushBody, setOp, textOp, uuid, type Harness } from '../harness';

/** A field's own entry (typed by name, so `constructor` is not read as `Object`'s). */
function own(fields: Record<string, FieldState> | undefined, name: string): FieldState | undefined {
  return fields && Object.hasOwn(fields, name) ? fields[name] : undefined;
}

export function fieldNamesContract(h: () => Harness): void {
  it('stores a field named constructor and a value with constructor/prototype keys, and pulls them back', async () => {
    const m = await h().member();
    const id = uuid();
    const note = uuid();
    const [t1, t2, t3] = [hlc(), hlc(), hlc()];
    const value = { prototype: 1, constructor: { a: 1, prototype: { x: 1 } } };
    const pushed = await h().push(
      m,
      pushBody(uuid(), [
        {
          mid: 1,
          ops: [
            setOp('issues', id, 'constructor', value, t1),
            setOp('issues', id, 'prototype', { constructor: 'x', toString: [1] }, t2),
            setOp('issues', id, 'toString', 'plain', t3),
            textOp(note, 'a\nb\nc\n', null, t1, 'constructor'),
          ],
        },
      ]),
    );
    expect(pushed).toEqual({ status: 200, json: { lastMutationId: 1, rejected: [], conflicts: [] } });

    // A text field named constructor merges against its stored versions like any other.
    const other = uuid();
    await h().push(
      m,
      pushBody(other, [{ mid: 1, ops: [textOp(note, 'A\nb\nc\n', t1, hlc(), 'constructor')] }]),
    );
    const merged = await h().push(
      m,
      pushBody(other, [{ mid: 2, ops: [textOp(note, 'a\nb\nC\n', t1, hlc(), 'constructor')] }]),
    );
    expect(merged.json.conflicts).toEqual([]);

    const changes = byId((await h().pullAll(m)).changes);
    const issue = changes.get(`issues/${id}`);
    // Compared as JSON so an inherited `constructor` could not stand in for the stored one.
    expect(JSON.stringify(issue?.fields)).toBe(
      JSON.stringify({
        constructor: { value, hlc: t1 },
        prototype: { value: { constructor: 'x', toString: [1] }, hlc: t2 },
        toString: { value: 'plain', hlc: t3 },
      }),
    );
    expect(Object.keys(issue?.fields ?? {})).toEqual(['constructor', 'prototype', 'toString']);
    expect(Object.hasOwn(own(issue?.fields, 'constructor')?.value as object, 'prototype')).toBe(true);
    expect(own(changes.get(`notes/${note}`)?.fields, 'constructor')?.value).toBe('A\nb\nC\n');
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it('refuses a __proto__ key in a value with 400 and stores nothing', async () => {
    const m = await h().member();
    const client = uuid();
    const id = uuid();
    const at = hlc();
    for (const value of ['{"__proto__":{"polluted":true}}', '{"a":[{"b":{"__proto__":1}}]}']) {
      const r = await h().push(
        m,
        `{"protocol":1,"clientId":"${client}","mutations":[{"mid":1,"ops":[` +
          `{"op":"set","table":"issues","id":"${id}","field":"constructor","value":${value},"hlc":"${at}"}]}]}`,
      );
      expect(r.status).toBe(400);
      expect((r.json.error as { code?: string }).code).toBe('malformed');
    }
    expect((await h().pullAll(m)).changes).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Nothing moved: the client's first mutation is still mid 1.
    const ok = await h().push(
      m,
      pushBody(client, [{ mid: 1, ops: [setOp('issues', id, 'constructor', 1)] }]),
    );
    expect(ok.json.lastMutationId).toBe(1);
  });
}
