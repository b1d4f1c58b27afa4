/**
 * A minimal browser for redirect-driven flows across hosts (single sign-on): keeps cookies per
 * host name (like browsers, whatever the port) and follows redirects one by one, so a test can stop at or tamper with any step.
 */
export class CookieBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).hostname)?.get(name);
  }

  async request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.hostname) ?? new Map<string, string>()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(target, { method: init.method ?? 'GET', redirect: 'manual', headers: { ...(cookies ? { cookie: cookies } : {}), ...init.headers }, body: init.body });
    const jar = this.jar.get(target.hostname) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && new Date(a.split('=')[1]).getTime() < Date.now()) || attributes.some((a) => /^\s*max-age=0/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.jar.set(target.hostname, jar);
    return res;
  }

  /** Follows redirects from `url` until `stop(next)` is true (returns that URL unrequested) or a non-redirect answer. */
  async follow(url: string, stop: (next: URL) => boolean, maxHops = 20): Promise<{ url: URL; response?: Response }> {
    let current = new URL(url);
    for (let hop = 0; hop < maxHops; hop++) {
      if (stop(current)) return { url: current };
      const res = await this.request(current.href);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) {
        return { url: current, response: res };
      }
      await res.arrayBuffer();
      current = new URL(location, current);
    }
    throw new Error(`More than ${maxHops} redirects from ${url}`);
  }
}
