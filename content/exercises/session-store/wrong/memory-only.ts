// expect-fail: carts-across-servers
// Mistake: carts kept in the memory of the server that handled the request,
// as a sticky-session design would. The next request reaches another server,
// which has never heard of the token.

export function createCartService(store: SessionStore): CartService {
  return {
    handle(server, request) {
      let token = request.sessionToken;
      let cart = token === undefined ? undefined : (server.memory.get(token) as Record<string, number> | undefined);
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
      server.memory.set(token, cart);
      return { sessionToken: token, cart: { ...cart } };
    },
  };
}
