/**
 * Lesson 1's diagram: the same three requests with and without affinity.
 * Without it, the second request lands on a server that never saw the cart.
 */
const SERVERS = ['app-1', 'app-2', 'app-3'];

function Row({ y, label, targets, lost }: { y: number; label: string; targets: number[]; lost: number | null }) {
  return (
    <g>
      <text x={8} y={y - 34} fontSize="12" fontWeight="600" fill="currentColor">
        {label}
      </text>
      {SERVERS.map((name, i) => (
        <g key={name}>
          <rect x={150 + i * 70} y={y - 24} width={58} height={30} rx={5} fill="none" stroke="currentColor" strokeOpacity="0.6" />
          <text x={179 + i * 70} y={y - 5} textAnchor="middle" fontSize="11" fill="currentColor">
            {name}
          </text>
        </g>
      ))}
      {targets.map((server, request) => (
        <g key={request}>
          <circle cx={24 + request * 40} cy={y - 9} r={13} fill="none" stroke="currentColor" strokeWidth={lost === request ? 2.5 : 1.2} strokeDasharray={lost === request ? '3 2' : undefined} />
          <text x={24 + request * 40} y={y - 5} textAnchor="middle" fontSize="11" fill="currentColor">
            {request + 1}
          </text>
          <line x1={24 + request * 40} y1={y + 4} x2={179 + server * 70} y2={y + 8} stroke="currentColor" strokeOpacity="0.45" />
        </g>
      ))}
      {lost !== null && (
        <text x={8} y={y + 32} fontSize="11" fill="currentColor">
          Request {lost + 1} lands on {SERVERS[targets[lost]]}: no cart there.
        </text>
      )}
    </g>
  );
}

export function LostCart() {
  return (
    <svg viewBox="0 0 360 230" role="img" aria-labelledby="lost-cart-title" className="mx-auto h-auto w-full max-w-xl">
      <title id="lost-cart-title">
        Three requests of one shopper. Without affinity they go to app-1, app-2 and app-3, and request 2 finds no cart
        on app-2. With affinity all three go to app-1, where the cart lives.
      </title>
      <Row y={80} label="Round-robin, no affinity" targets={[0, 1, 2]} lost={1} />
      <Row y={190} label="With affinity" targets={[0, 0, 0]} lost={null} />
    </svg>
  );
}
