// expect-fail: token-entropy
// Mistake: a token that is a hash of the server, the time and a counter. It
// looks like 128 random bits and no edit of one's own token finds another,
// but it holds no randomness at all: anyone who knows the scheme (or reads
// this code) computes every user's token from public facts.

type Cart = Record<string, number>;

/** Four rounds of FNV-1a with different offsets: 128 bits that look random. */
function digest(text: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ Math.imul(round + 1, 0x9e3779b9);
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

export function createCartService(store: SessionStore): CartService {
  return {
    handle(_server, request) {
      let token = request.sessionToken;
      const saved = token === undefined ? undefined : store.get(`cart:${token}`);
      if (token === undefined || saved === undefined) {
        const next = Number(store.get('next-id') ?? '1');
        store.set('next-id', String(next + 1));
        token = digest(`${_server.id}|${_server.time}|${next}`);
      }
      const cart: Cart = saved === undefined ? {} : JSON.parse(saved);
      const item = request.item ?? '';
      const quantity = request.quantity ?? 1;
      if (request.action === 'add') cart[item] = (cart[item] ?? 0) + quantity;
      if (request.action === 'remove' && cart[item] !== undefined) {
        cart[item] -= quantity;
        if (cart[item] <= 0) delete cart[item];
      }
      const result = request.action === 'checkout' ? {} : cart;
      store.set(`cart:${token}`, JSON.stringify(result));
      return { sessionToken: token, cart: result };
    },
  };
}
