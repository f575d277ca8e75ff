// A cart service that keeps working whichever server handles a request and
// whichever server crashes. Everything a later request needs must be in the
// store before you respond; tokens must be impossible to guess.

export function createCartService(store: SessionStore): CartService {
  return {
    handle(server, request) {
      // Start here: load the cart for request.sessionToken from the store,
      // apply request.action, save it, and answer with the token and cart.
      // For now every request gets a fresh, empty cart.
      return { sessionToken: 'new-session', cart: {} };
    },
  };
}
