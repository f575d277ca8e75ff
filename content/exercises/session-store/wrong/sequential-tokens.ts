// expect-fail: derived-tokens
// Mistake: tokens from a counter. Carts survive crashes and every server
// sees them, but anyone who gets "cart-41" can try "cart-40".

type Cart = Record<string, number>;

export function createCartService(store: SessionStore): CartService {
  return {
    handle(_server, request) {
      let token = request.sessionToken;
      const saved = token === undefined ? undefined : store.get(`cart:${token}`);
      if (token === undefined || saved === undefined) {
        const next = Number(store.get('next-id') ?? '1');
        store.set('next-id', String(next + 1));
        token = `cart-${next}`;
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
