/**
 * What a browser keeps of the cookies a balancer sets: the latest value per
 * name, nothing over 4096 bytes (browsers drop such cookies), nothing at all
 * when cookies are disabled.
 */
export const MAX_COOKIE_BYTES = 4096;

/** UTF-8 length without TextEncoder, so it works everywhere. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Jars are frozen and replaced on every store (copy on write): requests can
 * hand them to learner code as they are, with no copy per request, and no
 * learner can alter what the browser holds.
 */
export class CookieJars {
  private readonly jars = new Map<number, Readonly<Record<string, string>>>();

  /** What the user's browser would send (frozen). */
  cookiesOf(userId: number): Readonly<Record<string, string>> {
    return this.jars.get(userId) ?? EMPTY;
  }

  /** Whether the user's browser holds any cookie at all. */
  has(userId: number): boolean {
    return this.jars.has(userId);
  }

  /** Stores what the balancer set; returns the names dropped as oversized. */
  store(userId: number, setCookies: Record<string, string> | undefined, enabled: boolean): string[] {
    if (!setCookies || !enabled) return [];
    const dropped: string[] = [];
    let next: Record<string, string> | null = null;
    for (const name of Object.keys(setCookies)) {
      const value = setCookies[name];
      if (utf8Length(value) > MAX_COOKIE_BYTES) {
        dropped.push(name);
        continue;
      }
      // defineProperty: a cookie named "__proto__" is a cookie, not a prototype.
      next ??= { ...this.jars.get(userId) };
      Object.defineProperty(next, name, { value, enumerable: true, writable: true, configurable: true });
    }
    if (next) this.jars.set(userId, Object.freeze(next));
    return dropped;
  }
}
