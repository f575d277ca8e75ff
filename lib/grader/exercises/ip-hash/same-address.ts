/**
 * The one promise of IP hashing: while the servers stay the same, an address
 * always reaches the same server, whatever cookies it sends and however much
 * time passes. Cookies and long pauses are thrown in to catch balancers that
 * read them.
 */
import { AddressSource, type AddressStyle } from '../../../sim/addresses';
import { type Rng } from '../../../sim/random';
import { GuardedBalancer } from '../../guard/balancer';
import { describeCookies, formatTime } from '../../guard/describe';
import type { ScenarioDefinition } from '../../scenario';
import { NO_COOKIES, serverNames } from '../../kit/hash-fleet';
import { defineScenario, failed, passed } from '../../kit/scenario';

interface SameAddressSpec {
  id: string;
  title: string;
  hidden: boolean;
  addresses: number;
  requestsPerAddress: number;
  style: AddressStyle;
  /** Send forged, foreign and oversized cookies, and jump hours ahead now and then. */
  noise: boolean;
}

/** Over the 4096 bytes a browser keeps; built once, it is sent many times. */
const OVERSIZED = Object.freeze({ session: 'x'.repeat(5000) });

function noisyCookies(rng: Rng, servers: readonly string[]): Readonly<Record<string, string>> {
  switch (rng.int(5)) {
    case 0:
      return { SERVERID: rng.pick(servers) };
    case 1:
      return { lb: rng.int(1 << 30).toString(36) };
    case 2:
      return OVERSIZED;
    default:
      return NO_COOKIES;
  }
}

export function sameAddressScenario(spec: SameAddressSpec): ScenarioDefinition {
  return defineScenario(spec, (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), 5);
    const source = new AddressSource(rng.fork('addresses'), spec.style, 6);
    const ips = Array.from({ length: spec.addresses }, () => source.next());
    const traffic = rng.fork('traffic');
    const balancer = new GuardedBalancer(ctx.freshModule());
    balancer.setServers(traffic.shuffle(servers));

    const first = new Map<string, { server: string; index: number; time: number }>();
    const total = spec.addresses * spec.requestsPerAddress;
    let time = 0;
    for (let i = 0; i < total; i++) {
      // The first pass introduces every address once; then they come back at random.
      const ip = i < ips.length ? ips[i] : traffic.pick(ips);
      time += spec.noise && traffic.chance(0.01) ? traffic.range(3_600_000, 86_400_000) : traffic.range(0, 500);
      const cookies = spec.noise ? noisyCookies(traffic, servers) : NO_COOKIES;
      const { server } = balancer.route({ time, clientIp: ip, cookies }, i);
      const seen = first.get(ip);
      if (!seen) {
        first.set(ip, { server, index: i, time });
      } else if (seen.server !== server) {
        return failed(
          `Address ${ip} went to ${seen.server} on request ${seen.index + 1} (t=${formatTime(seen.time)}) but to ${server} on request ${i + 1} ` +
            `(t=${formatTime(time)}, ${describeCookies(cookies)}), while the servers stayed the same. ` +
            'An IP hash must send an address to the same server every time, whatever its cookies and whatever the time.',
          { requests: i + 1, addresses: first.size, 'same server kept': 'no' },
        );
      }
    }
    return passed(`All ${total.toLocaleString('en-US')} requests from ${ips.length.toLocaleString('en-US')} addresses reached the server their address reached first.`, {
      requests: total,
      addresses: ips.length,
      'same server kept': '100%',
    });
  });
}
