/**
 * Growing posting lists keyed by uint32 gram keys: an open-addressing hash table over typed
 * arrays. A `Map` with keys above 2^30 hashes boxed numbers and was the indexing bottleneck
 * (measured in tests/bench/search.bench.ts); this table keeps keys unboxed.
 */
export class GramTable {
  private keys = new Uint32Array(1 << 12);
  /** slot → list index + 1 (0 = empty slot). */
  private slots = new Int32Array(1 << 12);
  private shift = 32 - 12;
  readonly lists: number[][] = [];
  readonly listKeys: number[] = [];

  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    // Fibonacci hashing takes the product's HIGH bits: its low bits depend only on the key's.
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.slots[s] !== 0 && this.keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  get(key: number): number[] | undefined {
    const s = this.slotOf(key);
    const at = this.slots[s]!;
    return at === 0 ? undefined : this.lists[at - 1];
  }

  /** Appends `doc` to the list of `key` unless it is already its last entry. */
  add(key: number, doc: number): void {
    let s = this.slotOf(key);
    const at = this.slots[s]!;
    if (at === 0) {
      if ((this.lists.length + 1) * 2 > this.keys.length) {
        this.grow();
        s = this.slotOf(key);
      }
      this.lists.push([doc]);
      this.listKeys.push(key);
      this.keys[s] = key;
      this.slots[s] = this.lists.length;
      return;
    }
    const list = this.lists[at - 1]!;
    if (list[list.length - 1] !== doc) list.push(doc);
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.slots = new Int32Array(oldSlots.length * 2);
    this.shift--;
    for (let s = 0; s < oldSlots.length; s++) {
      if (oldSlots[s] === 0) continue;
      const t = this.slotOf(oldKeys[s]!);
      this.keys[t] = oldKeys[s]!;
      this.slots[t] = oldSlots[s]!;
    }
  }
}
