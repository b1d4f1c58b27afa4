import { BoundedCache, PreparedJson } from '@suunta/api-core';
import type { DataRevisionService, StampReader } from './data-revision.service';

/**
 * Answers that are a pure function of an organization's stored data and the request (the board's
 * page, the strategy map, the strategy tree, the plan roll-up), computed once per data stamp
 * (`DataRevisionService`: any committed write, by any API process, moves the stamp) and reused until
 * the next write. The as-of day is part of the request, so "today" moves the key at midnight. At
 * most `maxEntries` are kept. Each is kept as a `PreparedJson`, so HTTP readers also share its
 * serialised bytes; other callers take its `value`.
 */
export class StampedAnswers<T> {
  private readonly cache: BoundedCache<PreparedJson<T>>;

  constructor(
    private readonly dataRevision: DataRevisionService,
    maxEntries: number,
  ) {
    this.cache = new BoundedCache<PreparedJson<T>>(maxEntries);
  }

  /**
   * The answer for the reader's organization, with its serialised bytes, for a controller to
   * return as it is. The reader is the request's user: a stamp read with its session is reused.
   */
  async answer<Q extends object>(reader: StampReader, request: Q, compute: () => Promise<T>): Promise<PreparedJson<T>> {
    const { organizationId } = reader;
    const stamp = await this.dataRevision.stamp(organizationId, reader);
    const fields = Object.entries(request).filter(([, v]) => v !== undefined && v !== null).sort(([a], [b]) => a.localeCompare(b));
    return this.cache.get(JSON.stringify([organizationId, stamp, fields]), async () => new PreparedJson(await compute()));
  }
}
