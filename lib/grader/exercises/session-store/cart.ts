/**
 * Cart semantics, the grader's truth: what a cart must be after each action.
 */
export type Cart = Record<string, number>;

export type CartAction = 'view' | 'add' | 'remove' | 'checkout';

export interface CartRequestData {
  readonly sessionToken?: string;
  readonly action: CartAction;
  readonly item?: string;
  readonly quantity?: number;
}

/** The cart after `request`, starting from `cart` (which is not changed). */
export function applyAction(cart: Readonly<Cart>, request: CartRequestData): Cart {
  const next: Cart = { ...cart };
  const quantity = request.quantity ?? 1;
  const item = request.item;
  switch (request.action) {
    case 'add':
      if (item !== undefined) next[item] = (next[item] ?? 0) + quantity;
      return next;
    case 'remove':
      if (item !== undefined && next[item] !== undefined) {
        const left = next[item] - quantity;
        if (left > 0) next[item] = left;
        else delete next[item];
      }
      return next;
    case 'checkout':
      return {};
    default:
      return next;
  }
}

export function describeCart(cart: Readonly<Cart>): string {
  const items = Object.keys(cart).sort();
  return items.length === 0 ? '{} (empty)' : `{ ${items.map((i) => `${JSON.stringify(i)}: ${cart[i]}`).join(', ')} }`;
}

export function sameCart(a: Readonly<Cart>, b: Readonly<Cart>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || a[k] !== b[k]) return false;
  return true;
}

export function describeAction(request: CartRequestData): string {
  const q = request.quantity === undefined ? '' : `${request.quantity} × `;
  switch (request.action) {
    case 'add':
      return `add ${q}${JSON.stringify(request.item)}`;
    case 'remove':
      return `remove ${q}${JSON.stringify(request.item)}`;
    default:
      return request.action;
  }
}
