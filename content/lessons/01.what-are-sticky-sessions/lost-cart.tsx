/**
 * Lesson 1's diagram: the same three requests with and without affinity.
 * Without it, the second request lands on a server that never saw the cart.
 * Requests sit in a row above the servers so every routing arrow is visible.
 */
const SERVERS = ['app-1', 'app-2', 'app-3'];
const REQUEST_X = [70, 180, 290];
const SERVER_X = [70, 180, 290];

function Row({ top, label, targets, lost }: { top: number; label: string; targets: number[]; lost: number | null }) {
  const requestY = top + 30;
  const serverTop = top + 86;
  return (
    <g>
      <text x={8} y={top + 6} fontSize="12" fontWeight="600" fill="currentColor">
        {label}
      </text>
      {targets.map((server, request) => (
        <g key={request}>
          <circle
            cx={REQUEST_X[request]}
            cy={requestY}
            r={13}
            fill="none"
            stroke="currentColor"
            strokeWidth={lost === request ? 2.5 : 1.2}
            strokeDasharray={lost === request ? '3 2' : undefined}
          />
          <text x={REQUEST_X[request]} y={requestY + 4} textAnchor="middle" fontSize="11" fill="currentColor">
            {request + 1}
          </text>
          <line
            x1={REQUEST_X[request]}
            y1={requestY + 14}
            x2={SERVER_X[server]}
            y2={serverTop - 3}
            stroke="currentColor"
            strokeWidth={1.3}
            strokeDasharray={lost === request ? '4 3' : undefined}
            markerEnd="url(#lost-cart-arrow)"
          />
        </g>
      ))}
      {SERVERS.map((name, i) => (
        <g key={name}>
          <rect x={SERVER_X[i] - 32} y={serverTop} width={64} height={28} rx={5} fill="none" stroke="currentColor" strokeOpacity="0.7" />
          <text x={SERVER_X[i]} y={serverTop + 18} textAnchor="middle" fontSize="11" fill="currentColor">
            {name}
          </text>
        </g>
      ))}
      <text x={8} y={serverTop + 48} fontSize="11" fill="currentColor">
        {lost !== null
          ? `Request ${lost + 1} lands on ${SERVERS[targets[lost]]}: no cart there.`
          : 'Every request reaches app-1, where the cart lives.'}
      </text>
    </g>
  );
}

export function LostCart() {
  return (
    <svg viewBox="0 0 360 322" role="img" aria-labelledby="lost-cart-title" className="mx-auto h-auto w-full max-w-xl">
      <title id="lost-cart-title">
        Three requests of one shopper. Without affinity they go to app-1, app-2 and app-3; the cart was created on
        app-1, so request 2 finds no cart on app-2. With affinity all three go to app-1, where the cart lives.
      </title>
      <defs>
        <marker id="lost-cart-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" fill="currentColor" />
        </marker>
      </defs>
      <Row top={14} label="Round-robin, no affinity" targets={[0, 1, 2]} lost={1} />
      <Row top={178} label="With affinity" targets={[0, 0, 0]} lost={null} />
    </svg>
  );
}
