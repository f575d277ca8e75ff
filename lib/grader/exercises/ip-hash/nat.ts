/**
 * Why IP hashing is not enough: a corporate NAT puts many users behind one
 * address, and the hash cannot tell them apart. This scenario does not fail
 * on the imbalance (no IP hash can avoid it); it reports it as an insight.
 */
import { AddressSource } from '../../../sim/addresses';
import { LoadSeriesBuilder } from '../../kit/load-series';
import { maxOverMean, round } from '../../kit/stats';
import { GuardedBalancer } from '../../guard/balancer';
import { formatTime } from '../../guard/describe';
import { loadsOf, NO_COOKIES, serverNames } from '../../kit/hash-fleet';
import { defineScenario, failed, passed } from '../../kit/scenario';

const USERS = 2000;
const NAT_SHARE = 0.3;
const SERVERS = 10;
/** One user arrives every ARRIVAL_MS; each sends a few requests soon after. */
const ARRIVAL_MS = 1000;

export const natInsight = defineScenario(
  { id: 'nat-insight', title: '30% of the users behind one NAT address (reported, not failed)', hidden: true },
  (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), SERVERS);
    const source = new AddressSource(rng.fork('addresses'), 'uniform');
    const natAddress = source.next();
    const traffic = rng.fork('traffic');
    const balancer = new GuardedBalancer(ctx.freshModule());
    balancer.setServers(servers);

    const series = new LoadSeriesBuilder('users', 0);
    const usersOn = new Map<string, number>(servers.map((s) => [s, 0]));
    const serverOfUser: string[] = [];
    const serverOfAddress = new Map<string, string>();
    let natUsers = 0;
    let index = 0;
    for (let user = 0; user < USERS; user++) {
      const behindNat = traffic.chance(NAT_SHARE);
      if (behindNat) natUsers++;
      const ip = behindNat ? natAddress : source.next();
      let time = user * ARRIVAL_MS;
      const requests = traffic.range(1, 4);
      for (let r = 0; r < requests; r++) {
        time += traffic.range(0, 200);
        const { server } = balancer.route({ time, clientIp: ip, cookies: NO_COOKIES }, index++);
        const expected = serverOfAddress.get(ip);
        if (expected === undefined) serverOfAddress.set(ip, server);
        else if (expected !== server) {
          return failed(
            `Address ${ip} went to ${expected} earlier but to ${server} on request ${index} (t=${formatTime(time)}), while the servers stayed the same.`,
            { users: user + 1 },
          );
        }
        if (r === 0) {
          serverOfUser.push(server);
          usersOn.set(server, (usersOn.get(server) ?? 0) + 1);
        }
      }
      if (user % 40 === 39) series.sample(time, usersOn, true);
    }
    const loads = loadsOf(serverOfUser, servers);
    const ratio = maxOverMean(loads);
    const natServer = serverOfAddress.get(natAddress) ?? '?';
    const share = round((natUsers / USERS) * 100, 1);
    return passed(
      `Every address kept its server. The imbalance below is what IP hashing does behind a NAT; it is reported, not failed.`,
      { users: USERS, 'users behind the NAT': natUsers, 'max/mean users per server': round(ratio, 2) },
      {
        series: series.build(),
        insight:
          `${share}% of the users share the address ${natAddress}, so the hash sends all of them to ${natServer}: ` +
          `max/mean users per server is ${round(ratio, 2)} over ${SERVERS} servers. An IP hash cannot tell these users apart; ` +
          'a cookie set by the balancer can (the cookie-affinity exercise keeps this case near 1.0).',
      },
    );
  },
);
