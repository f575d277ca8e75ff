// A second design: sessions and carts are separate records. The session
// record says the token is ours; the cart record holds only non-empty carts
// (checkout deletes it), as item lines "name\tquantity".

type Cart = Record<string, number>;

function encode(cart: Cart): string {
  return Object.keys(cart)
    .map((item) => `${encodeURIComponent(item)}\t${cart[item]}`)
    .join('\n');
}

function decode(text: string | undefined): Cart {
  const cart: Cart = {};
  if (!text) return cart;
  for (const line of text.split('\n')) {
    const [item, quantity] = line.split('\t');
    cart[decodeURIComponent(item)] = Number(quantity);
  }
  return cart;
}

export function createCartService(store: SessionStore): CartService {
  return {
    handle(server, request) {
      let token = request.sessionToken;
      if (token === undefined || store.get(`session:${token}`) === undefined) {
        token = crypto.randomUUID();
        store.set(`session:${token}`, String(server.time));
      }
      const cart = decode(store.get(`items:${token}`));
      const quantity = request.quantity ?? 1;
      const item = request.item ?? '';
      switch (request.action) {
        case 'add':
          cart[item] = (cart[item] ?? 0) + quantity;
          break;
        case 'remove':
          if (cart[item] !== undefined) {
            cart[item] -= quantity;
            if (cart[item] <= 0) delete cart[item];
          }
          break;
        case 'checkout':
          store.delete(`items:${token}`);
          return { sessionToken: token, cart: {} };
        case 'view':
          return { sessionToken: token, cart };
      }
      if (Object.keys(cart).length === 0) store.delete(`items:${token}`);
      else store.set(`items:${token}`, encode(cart));
      return { sessionToken: token, cart };
    },
  };
}
