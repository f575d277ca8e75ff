/**
 * Lesson 1's sequence diagram: one shopper's session under cookie affinity,
 * from the first request to the crash of the pinned server. The last rows are
 * there on purpose: the cost of affinity should be visible in the same picture
 * as its benefit. Rendered on the server (no hooks).
 */
// Each lifeline is drawn as segments, leaving gaps where a note box sits on it
// (a fill would hide the line, but no fill colour works in both themes).
const LANES = [
  { x: 30, name: 'Browser', segments: [[34, 388]] },
  { x: 130, name: 'Balancer', segments: [[34, 388]] },
  { x: 232, name: 'app-1', segments: [[34, 112], [136, 292]] },
  { x: 322, name: 'app-2', segments: [[34, 360]] },
];

type Arrow = { y: number; from: number; to: number; label: string; dashed?: boolean };

const ARROWS: Arrow[] = [
  { y: 72, from: 30, to: 130, label: 'POST /cart/add' },
  { y: 102, from: 130, to: 232, label: 'new: fewest → app-1' },
  { y: 152, from: 232, to: 130, label: 'ok', dashed: true },
  { y: 178, from: 130, to: 30, label: 'ok + Set-Cookie', dashed: true },
  { y: 214, from: 30, to: 130, label: 'GET /cart + cookie' },
  { y: 240, from: 130, to: 232, label: 'cookie → app-1' },
  { y: 262, from: 232, to: 130, label: 'cart: 1 book', dashed: true },
  { y: 322, from: 30, to: 130, label: 'GET /cart + cookie' },
  { y: 350, from: 130, to: 322, label: 'app-1 is down → app-2' },
];

export function SessionSequence() {
  return (
    <svg viewBox="0 0 360 396" role="img" aria-labelledby="session-seq-title" className="mx-auto h-auto w-full max-w-xl">
      <title id="session-seq-title">
        Sequence diagram. The browser adds to its cart; the balancer places the new session on app-1, the server with
        the fewest sessions, which creates the cart in its memory, and the response carries a balancer cookie. The next
        request carries the cookie, so the balancer sends it to app-1 and the cart shows one book. Later app-1 crashes;
        the next request is sent to app-2, which has no cart, so the shopper sees an empty cart.
      </title>
      <defs>
        <marker id="session-seq-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" fill="currentColor" />
        </marker>
      </defs>
      {LANES.map((lane) => (
        <g key={lane.name}>
          <text x={lane.x} y={24} textAnchor="middle" fontSize="12" fontWeight="600" fill="currentColor">
            {lane.name}
          </text>
          {lane.segments.map(([from, to]) => (
            <line key={from} x1={lane.x} y1={from} x2={lane.x} y2={to} stroke="currentColor" strokeOpacity="0.35" strokeDasharray="4 4" />
          ))}
        </g>
      ))}
      {/* The cart exists only in app-1's memory: drawn as a box on its lifeline. */}
      <rect x={196} y={112} width={72} height={24} rx={4} fill="none" stroke="currentColor" />
      <text x={232} y={128} textAnchor="middle" fontSize="10" fill="currentColor">
        cart in memory
      </text>
      {ARROWS.map((arrow) => (
        <g key={`${arrow.y}-${arrow.label}`}>
          <line
            x1={arrow.from}
            y1={arrow.y}
            x2={arrow.to}
            y2={arrow.y}
            stroke="currentColor"
            strokeWidth="1.4"
            strokeDasharray={arrow.dashed ? '5 3' : undefined}
            markerEnd="url(#session-seq-arrow)"
          />
          <text x={(arrow.from + arrow.to) / 2} y={arrow.y - 6} textAnchor="middle" fontSize="10" fill="currentColor">
            {arrow.label}
          </text>
        </g>
      ))}
      {/* The crash: app-1's lifeline ends in a cross, and its cart with it. */}
      <line x1={222} y1={284} x2={242} y2={300} stroke="currentColor" strokeWidth="2.5" />
      <line x1={242} y1={284} x2={222} y2={300} stroke="currentColor" strokeWidth="2.5" />
      <text x={252} y={297} fontSize="10" fill="currentColor">
        app-1 crashes
      </text>
      <rect x={284} y={362} width={72} height={24} rx={4} fill="none" stroke="currentColor" strokeDasharray="3 2" />
      <text x={320} y={378} textAnchor="middle" fontSize="10" fill="currentColor">
        no cart: empty
      </text>
    </svg>
  );
}
