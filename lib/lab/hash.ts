/**
 * A 32-bit string hash for the lab's key-based strategies: FNV-1a followed by
 * a murmur-style finalizer, because raw FNV-1a spreads short, similar keys
 * (addresses, "app-3#17") poorly around a ring.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
