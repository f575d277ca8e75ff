/**
 * ip-hash: affinity without cookies. The suite checks that an address always
 * reaches one server while the set is stable, that the whole address is hashed
 * (uniform, /24-packed and IPv6 addresses all balance), that replicas agree,
 * and reports the NAT imbalance as an insight.
 */
import { ipv6Addresses, packed24, uniformIpv4 } from '../../kit/addresses';
import type { ExerciseDefinition } from '../../scenario';
import { instancesAgree, serverSetChanges } from './agreement';
import { balanceScenario } from './balance';
import { natInsight } from './nat';
import { sameAddressScenario } from './same-address';

const HASH_ALL = 'Feed every character of the address into a hash that mixes its bits well (FNV-1a with a final avalanche step, or murmur3), then pick by that hash.';

export const definition: ExerciseDefinition = {
  id: 'ip-hash',
  title: 'IP hash',
  exportName: 'createBalancer',
  scenarios: [
    sameAddressScenario({
      id: 'same-address-same-server',
      title: 'Sample: 300 addresses come back a few times each',
      hidden: false,
      addresses: 300,
      requestsPerAddress: 4,
      style: 'uniform',
      noise: false,
    }),
    balanceScenario({
      id: 'balance-10k',
      title: 'Sample: 10,000 random IPv4 addresses over 5 servers',
      hidden: false,
      fleets: 1,
      what: 'uniformly random IPv4 addresses',
      advice: HASH_ALL,
      keys: uniformIpv4(10_000),
    }),
    sameAddressScenario({
      id: 'same-server-whatever-cookies',
      title: 'Same address, same server, whatever the cookies or the time',
      hidden: true,
      addresses: 2000,
      requestsPerAddress: 5,
      style: 'mixed',
      noise: true,
    }),
    balanceScenario({
      id: 'balance-other-fleets',
      title: '10,000 random IPv4 addresses over three other fleets of 5',
      hidden: true,
      fleets: 3,
      what: 'uniformly random IPv4 addresses',
      advice: HASH_ALL,
      keys: uniformIpv4(10_000),
    }),
    balanceScenario({
      id: 'balance-200-servers',
      title: '60,000 random IPv4 addresses over 200 servers',
      hidden: true,
      fleets: 1,
      servers: 200,
      // 300 addresses per server: a good hash's busiest server sits near 1.17× the mean.
      limit: 1.35,
      // Rendezvous hashing scores all 200 servers per address (12 million scores): about 1.3 s in the realm on a busy 2-core machine.
      budgetMs: 8000,
      what: 'uniformly random IPv4 addresses',
      advice: `A weak hash (a sum of character codes or octets) has only a few hundred distinct values, which a large fleet exposes. ${HASH_ALL}`,
      keys: uniformIpv4(60_000),
    }),
    balanceScenario({
      id: 'balance-packed-24',
      title: 'Every host of 16 office /24 networks over 5 servers',
      hidden: true,
      fleets: 1,
      what: 'addresses from 16 /24 networks',
      advice: 'Hashing only the first three octets (as NGINX ip_hash does) sends a whole /24 network to one server; hash the whole address.',
      keys: packed24(16),
    }),
    balanceScenario({
      id: 'ipv6',
      title: '10,000 IPv6 addresses over 5 servers',
      hidden: true,
      fleets: 1,
      what: 'IPv6 addresses',
      advice: 'IPv6 clients are common: treat the address as text and hash all of it, rather than parsing four decimal octets.',
      keys: ipv6Addresses(10_000),
    }),
    instancesAgree,
    serverSetChanges,
    natInsight,
  ],
};
