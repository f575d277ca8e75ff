/**
 * Cheap client addresses for the hashing suites, which route tens of
 * thousands of keys: one random draw per IPv4 address, two per IPv6 one, and
 * no de-duplication (among 10,000 draws from 2³² addresses a repeat is rare,
 * and a repeated address is still routed like any other). Building keys is
 * the grader's largest cost in these suites, so it has to stay small next to
 * the learner's own hashing.
 */
import { randomPrefixes } from '../../sim/addresses';
import type { Rng } from '../../sim/random';

const TWO_32 = 4294967296;

/** "0".."255" and "0."..."255.": the text of an octet, looked up rather than formatted per address. */
const OCTET = Array.from({ length: 256 }, (_, i) => String(i));
const OCTET_DOT = OCTET.map((text) => `${text}.`);

/** Unicast-looking IPv4: first octet 1..223, host part .1 to .254. */
export function fastIpv4(rng: Rng): string {
  const a = (rng.next() * TWO_32) >>> 0;
  return OCTET_DOT[1 + ((a >>> 24) % 223)] + OCTET_DOT[(a >>> 16) & 255] + OCTET_DOT[(a >>> 8) & 255] + OCTET[1 + ((a & 255) % 254)];
}

function h(x: number): string {
  return x.toString(16);
}

/** Global-unicast-looking IPv6 under 2001::/16 with the usual lowercase, unpadded groups. */
export function fastIpv6(rng: Rng): string {
  const a = (rng.next() * TWO_32) >>> 0;
  const b = (rng.next() * TWO_32) >>> 0;
  const c = (rng.next() * TWO_32) >>> 0;
  const d = (rng.next() * TWO_32) >>> 0;
  return `2001:${h(a >>> 16)}:${h(a & 0xffff)}:${h(b >>> 16)}:${h(b & 0xffff)}:${h(c >>> 16)}:${h(c & 0xffff)}:${h(d & 0xffff)}`;
}

export function manyKeys(count: number, draw: (rng: Rng) => string) {
  return (rng: Rng): string[] => {
    const keys = new Array<string>(count);
    for (let i = 0; i < count; i++) keys[i] = draw(rng);
    return keys;
  };
}

export function uniformIpv4(count: number) {
  return manyKeys(count, fastIpv4);
}

export function ipv6Addresses(count: number) {
  return manyKeys(count, fastIpv6);
}

/** Every host (.1 to .254) of `networks` random /24 networks, shuffled. */
export function packed24(networks: number) {
  return (rng: Rng) => {
    const keys: string[] = [];
    for (const prefix of randomPrefixes(rng, networks)) for (let host = 1; host <= 254; host++) keys.push(`${prefix}.${host}`);
    return rng.shuffle(keys);
  };
}
