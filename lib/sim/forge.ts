/**
 * Forged cookies, as an attacker or a broken client would send them: a
 * genuine value with one character changed, random values, a server's id in
 * plain text, an oversized value, an empty one, odd names.
 */
import type { Rng } from './random';

const HEX = '0123456789abcdef';

function randomText(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += HEX[rng.int(16)];
  return out;
}

function tamper(rng: Rng, value: string): string {
  if (value.length === 0) return randomText(rng, 16);
  const i = rng.int(value.length);
  const c = value[i];
  let r = c;
  while (r === c) r = rng.pick([...HEX, 'x', 'Z', '-', '.']);
  return value.slice(0, i) + r + value.slice(i + 1);
}

export function forgeCookies(rng: Rng, genuine: Readonly<Record<string, string>>, servers: readonly string[]): Record<string, string> {
  const names = Object.keys(genuine);
  const name = names.length ? rng.pick(names) : rng.pick(['session', 'lb', 'SERVERID', 'AWSALB']);
  switch (rng.int(7)) {
    case 0:
      return { ...genuine, [name]: tamper(rng, genuine[name] ?? '') };
    case 1:
      return { [name]: randomText(rng, rng.range(1, 48)) };
    case 2:
      return { [name]: rng.pick(servers) };
    case 3:
      return { [name]: 'A'.repeat(5000) };
    case 4:
      return { [name]: '' };
    case 5:
      return { [name]: JSON.stringify({ server: rng.pick(servers), admin: true }) };
    default:
      // Names that collide with Object.prototype members trip lookups in plain objects.
      return JSON.parse(`{"constructor": "${rng.pick(servers)}", "__proto__": "x", "toString": "1"}`) as Record<string, string>;
  }
}
