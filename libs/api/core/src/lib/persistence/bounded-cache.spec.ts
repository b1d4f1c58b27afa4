import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('computes a key once and answers later calls from the cache', async () => {
    const cache = new BoundedCache<number>(2);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get('a', compute)).toBe(1);
    expect(await cache.get('a', compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it('shares one computation between concurrent misses of the same key', async () => {
    const cache = new BoundedCache<string>(2);
    let calls = 0;
    let release: (v: string) => void = () => undefined;
    const compute = () => {
      calls++;
      return new Promise<string>((r) => (release = r));
    };
    const first = cache.get('k', compute);
    const second = cache.get('k', compute);
    release('v');
    expect(await Promise.all([first, second])).toEqual(['v', 'v']);
    expect(calls).toBe(1);
  });

  it('drops the least recently used entry beyond its bound', async () => {
    const cache = new BoundedCache<string>(2);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('a', async () => 'a2'); // a is now the most recently used
    await cache.get('c', async () => 'c1'); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });

  it('does not keep a failed computation', async () => {
    const cache = new BoundedCache<string>(2);
    await expect(cache.get('x', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('x', async () => 'ok')).toBe('ok');
  });

  it('refuses a bound that is not a positive integer', () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
    expect(() => new BoundedCache(1.5)).toThrow(RangeError);
  });
});
