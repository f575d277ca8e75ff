// expect-fail: server-crashes
// Mistake: a write-behind cache. Carts are read from and written to the
// server's memory, and flushed to the store only every tenth write. Another
// server reads a stale copy, and a crash loses whatever was not flushed.

type Cart = Record<string, number>;

export function createCartService(store: SessionStore): CartService {
  return {
    handle(server, request) {
      const cache = server.memory as Map<string, unknown>;
      const dirty = (cache.get('#dirty') as Set<string> | undefined) ?? new Set<string>();
      cache.set('#dirty', dirty);
      let token = request.sessionToken;
      let cart: Cart | undefined;
      if (token !== undefined) {
        cart = cache.get(`cart:${token}`) as Cart | undefined;
        if (cart === undefined) {
          const saved = store.get(`cart:${token}`);
          if (saved !== undefined) cart = JSON.parse(saved) as Cart;
        }
      }
      if (token === undefined || cart === undefined) {
        token = crypto.randomUUID();
        cart = {};
      }
      const item = request.item ?? '';
      const quantity = request.quantity ?? 1;
      if (request.action === 'add') cart[item] = (cart[item] ?? 0) + quantity;
      if (request.action === 'remove' && cart[item] !== undefined) {
        cart[item] -= quantity;
        if (cart[item] <= 0) delete cart[item];
      }
      if (request.action === 'checkout') cart = {};
      cache.set(`cart:${token}`, cart);
      dirty.add(token);
      if (dirty.size >= 10) {
        for (const t of dirty) store.set(`cart:${t}`, JSON.stringify(cache.get(`cart:${t}`)));
        dirty.clear();
      }
      return { sessionToken: token, cart: { ...cart } };
    },
  };
}
