import { BoundedCache } from '@suunta/api-core';
import type { DataRevisionService } from './data-revision.service';

/**
 * Answers that are a pure function of an organization's stored data and the request (the board's
 * page, the strategy map, the strategy tree), computed once per data stamp (`DataRevisionService`: any committed
 * write, by any API process, moves the stamp) and reused until the next write. The as-of day is
 * part of the request, so "today" moves the key at midnight. At most `maxEntries` are kept.
 */
export class StampedAnswers<T> {
  private readonly cache: BoundedCache<T>;

  constructor(
    private readonly dataRevision: DataRevisionService,
    maxEntries: number,
  ) {
    this.cache = new BoundedCache<T>(maxEntries);
  }

  async get<Q extends object>(organizationId: string, request: Q, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.dataRevision.stamp(organizationId);
    const fields = Object.entries(request).filter(([, v]) => v !== undefined && v !== null).sort(([a], [b]) => a.localeCompare(b));
    return this.cache.get(JSON.stringify([organizationId, stamp, fields]), compute);
  }
}
