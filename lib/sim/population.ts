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
  // Traits are drawn for every user, in id order, exactly as if each user
  // object were built on the spot; the objects themselves are built the
  // first time a user is picked (or when the whole list is asked for). A
  // population of 60,000 mostly idle users then costs a few typed arrays,
  // not 60,000 long-lived objects for the garbage collector to carry.
  const count = spec.users;
  const traitsOf = new Uint8Array(count);
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let id = 0; id < count; id++) {
    const behindNat = traits.chance(spec.natShare ?? 0);
    const disabled = traits.chance(spec.cookiesDisabledShare ?? 0);
    const mobile = !behindNat && traits.chance(spec.mobileShare ?? 0);
    const forger = traits.chance(spec.forgerShare ?? 0);
    traitsOf[id] = (behindNat ? NAT : 0) | (disabled ? NO_COOKIES : 0) | (mobile ? MOBILE : 0) | (forger ? FORGER : 0);
    cumulative[id] = total += weightOf(order, s, id);
  }
  const made: SimUser[] = new Array<SimUser>(count);
  let allMade = false;
  const userAt = (id: number): SimUser => {
    let user = made[id];
    if (user === undefined) {
      const t = traitsOf[id];
      made[id] = user = {
        id,
        ip: t & NAT ? natAddress : '',
        cookieMode: t & NO_COOKIES ? 'disabled' : 'keep',
        behindNat: (t & NAT) !== 0,
        mobile: (t & MOBILE) !== 0,
        forger: (t & FORGER) !== 0,
        weight: weightOf(order, s, id),
      };
    }
    return user;
  };
  return {
    get users() {
      if (!allMade) for (let id = 0; id < count; id++) userAt(id);
      allMade = true;
      return made;
    },
    natAddress,
    addresses,
    pick(r) {
      const x = r.next() * total;
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return userAt(lo);
    },
  };
}

const NAT = 1;
const NO_COOKIES = 2;
const MOBILE = 4;
const FORGER = 8;

function weightOf(order: number[] | null, s: number, id: number): number {
  return order ? 1 / (order[id] + 1) ** s : 1;
}
