// expect-fail: token-entropy
// Mistake: a token made of the time, a counter and three random characters.
// It looks random and no simple edit of one's own token finds another, but
// only the three characters are secret: about 15 bits, which an attacker
// who knows roughly when a session opened can enumerate in seconds.

type Cart = Record<string, number>;

export function createCartService(store: SessionStore): CartService {
  return {
    handle(_server, request) {
      let token = request.sessionToken;
      const saved = token === undefined ? undefined : store.get(`cart:${token}`);
      if (token === undefined || saved === undefined) {
        const next = Number(store.get('next-id') ?? '1');
        store.set('next-id', String(next + 1));
        let suffix = '';
        for (let i = 0; i < 3; i++) suffix += Math.floor(Math.random() * 36).toString(36);
        token = `${_server.time.toString(36)}-${next}-${suffix}`;
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
