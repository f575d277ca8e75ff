/**
 * The users behind the traffic. Each has an address, a way of treating
 * cookies, and a popularity weight (Zipf: a few hot users send most
 * requests when `zipfS` > 0). NAT users all share one address.
 */
import { AddressSource, type AddressStyle } from './addresses';
import type { Rng } from './random';

export type CookieMode = 'keep' | 'disabled';

export interface SimUser {
  readonly id: number;
  /**
   * Current address; mobile users change it between requests. Empty until
   * the user's first request (the traffic assigns it then), so that a large
   * population of mostly idle users costs nothing.
   */
  ip: string;
  readonly cookieMode: CookieMode;
  readonly behindNat: boolean;
  readonly mobile: boolean;
  /** Sends forged cookie values now and then. */
  readonly forger: boolean;
  readonly weight: number;
}

export interface PopulationSpec {
  users: number;
  addresses?: AddressStyle;
  /** Share of users behind the one NAT address (a corporate proxy). */
  natShare?: number;
  cookiesDisabledShare?: number;
  mobileShare?: number;
  forgerShare?: number;
  /** Zipf exponent for popularity; 0 = every user alike. */
  zipfS?: number;
}

export interface Population {
  users: SimUser[];
  natAddress: string;
  addresses: AddressSource;
  /** Picks a user in proportion to weight (binary search on the cumulative sum). */
  pick(rng: Rng): SimUser;
}

export function createPopulation(rng: Rng, spec: PopulationSpec): Population {
  const addresses = new AddressSource(rng.fork('addresses'), spec.addresses ?? 'uniform');
  const natAddress = addresses.next();
  const traits = rng.fork('traits');
  const s = spec.zipfS ?? 0;
  // Popularity ranks are shuffled so hot users are not simply the low ids;
  // with no Zipf skew every weight is 1 and no ranks are needed.
  const order = s > 0 ? traits.shuffle(Array.from({ length: spec.users }, (_, i) => i)) : null;
  const users: SimUser[] = [];
  for (let id = 0; id < spec.users; id++) {
    const behindNat = traits.chance(spec.natShare ?? 0);
    users.push({
      id,
      ip: behindNat ? natAddress : '',
      cookieMode: traits.chance(spec.cookiesDisabledShare ?? 0) ? 'disabled' : 'keep',
      behindNat,
      mobile: !behindNat && traits.chance(spec.mobileShare ?? 0),
      forger: traits.chance(spec.forgerShare ?? 0),
      weight: order ? 1 / (order[id] + 1) ** s : 1,
    });
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const u of users) cumulative.push((total += u.weight));
  return {
    users,
    natAddress,
    addresses,
    pick(r) {
      const x = r.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return users[lo];
    },
  };
}
