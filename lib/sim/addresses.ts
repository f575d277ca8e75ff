/**
 * Client addresses as text, the way a balancer sees them. Uniform IPv4,
 * addresses packed into a few /24 networks (one office, one mobile carrier
 * pool), and IPv6. Documentation ranges are avoided on purpose: real traffic
 * spans the whole space.
 */
import type { Rng } from './random';

export type AddressStyle = 'uniform' | 'packed24' | 'ipv6' | 'mixed';

export function randomIpv4(rng: Rng): string {
  // First octet 1..223: unicast space, so the text looks like real clients.
  return `${rng.range(1, 223)}.${rng.int(256)}.${rng.int(256)}.${rng.range(1, 254)}`;
}

export function randomIpv6(rng: Rng): string {
  const groups = [0x2001, rng.int(0x10000), rng.int(0x10000), rng.int(0x10000)];
  for (let i = 0; i < 4; i++) groups.push(rng.int(0x10000));
  return groups.map((g) => g.toString(16)).join(':');
}

/** A few /24 prefixes ("a.b.c"), from which packed addresses are drawn. */
export function randomPrefixes(rng: Rng, count: number): string[] {
  const prefixes = new Set<string>();
  while (prefixes.size < count) prefixes.add(`${rng.range(1, 223)}.${rng.int(256)}.${rng.int(256)}`);
  return [...prefixes];
}

export class AddressSource {
  private readonly prefixes: string[];
  private readonly used = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly style: AddressStyle,
    prefixCount = 4,
  ) {
    this.prefixes = randomPrefixes(rng, prefixCount);
  }

  /** A fresh address, distinct from every one this source gave before. */
  next(): string {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const ip = this.draw();
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
    // A /24 holds 254 hosts: when packed prefixes fill up, fall back to uniform.
    const ip = randomIpv4(this.rng);
    this.used.add(ip);
    return ip;
  }

  private draw(): string {
    const style = this.style === 'mixed' ? this.rng.pick(['uniform', 'packed24', 'ipv6'] as const) : this.style;
    if (style === 'ipv6') return randomIpv6(this.rng);
    if (style === 'packed24') return `${this.rng.pick(this.prefixes)}.${this.rng.range(1, 254)}`;
    return randomIpv4(this.rng);
  }
}
