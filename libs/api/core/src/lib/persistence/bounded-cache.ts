/**
 * A small in-process cache of computed answers, bounded in entries (the least recently used go
 * first), for answers that are a pure function of their key — callers put whatever decides the
 * answer into the key (for the board: the organization's data stamp and the request). Concurrent
 * misses of one key share one computation; a computation that fails is not kept, so the next
 * call tries again. Values are shared between callers: treat them as read-only.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      // a Map keeps insertion order: re-inserting marks the entry as the most recently used
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
