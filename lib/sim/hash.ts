/**
 * The course's one string hash: 32-bit FNV-1a followed by murmur3's
 * finaliser. Raw FNV-1a spreads short, similar keys (addresses, "app-3#17")
 * poorly around a ring, because they differ only in their last bytes; the
 * finaliser mixes those bits into all 32. Address hashing, the hash ring and
 * lesson 5's models all use these functions, so their figures agree.
 */

/** Raw 32-bit FNV-1a over the UTF-16 code units of `text`. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a, then the finaliser: the hash every key-based strategy uses. */
export function hash32(text: string): number {
  return mix32(fnv1a(text));
}
