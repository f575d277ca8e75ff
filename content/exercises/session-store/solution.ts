// Reference: every cart lives in the shared store under its token, written
// before the response goes out; tokens are 128 random bits. Server memory is
// never trusted with anything a later request needs.

function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

type Cart = Record<string, number>;

function apply(cart: Cart, request: CartRequest): void {
  const quantity = request.quantity ?? 1;
  const item = request.item;
  if (request.action === 'add' && item !== undefined) {
    cart[item] = (cart[item] ?? 0) + quantity;
  } else if (request.action === 'remove' && item !== undefined && cart[item] !== undefined) {
    const left = cart[item] - quantity;
    if (left > 0) cart[item] = left;
    else delete cart[item];
  } else if (request.action === 'checkout') {
    for (const name of Object.keys(cart)) delete cart[name];
  }
}

export function createCartService(store: SessionStore): CartService {
  const keyOf = (token: string) => `cart:${token}`;
  return {
    handle(_server, request) {
      const saved = request.sessionToken === undefined ? undefined : store.get(keyOf(request.sessionToken));
      // No token, or one we never issued: a new session under a token of our own.
      const token = saved === undefined ? newToken() : (request.sessionToken as string);
      const cart: Cart = saved === undefined ? {} : JSON.parse(saved);
      apply(cart, request);
      // A view of an existing cart changes nothing: skip the write.
      if (saved === undefined || request.action !== 'view') store.set(keyOf(token), JSON.stringify(cart));
      return { sessionToken: token, cart };
    },
  };
}
