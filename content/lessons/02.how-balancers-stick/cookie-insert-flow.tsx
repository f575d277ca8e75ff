/**
 * Lesson 2's sequence diagram: how a balancer-inserted cookie pins a session.
 * Three lifelines (browser, balancer, app servers); rendered on the server.
 */
const STEPS = [
  { y: 70, from: 40, to: 180, label: 'GET /cart (no cookie)' },
  { y: 110, from: 180, to: 320, label: 'pick app-2 (fewest sessions)' },
  { y: 150, from: 180, to: 40, label: 'Set-Cookie: lb=7Kq… (opaque)' },
  { y: 200, from: 40, to: 180, label: 'GET /cart, Cookie: lb=7Kq…' },
  { y: 240, from: 180, to: 320, label: 'decode → app-2, same server' },
];

export function CookieInsertFlow() {
  return (
    <svg viewBox="0 0 360 280" role="img" aria-labelledby="cookie-flow-title" className="mx-auto h-auto w-full max-w-xl">
      <title id="cookie-flow-title">
        Sequence: the first request has no cookie, so the balancer picks app-2 and answers with an opaque cookie; the next
        request carries the cookie and the balancer decodes it back to app-2.
      </title>
      <defs>
        <marker id="cookie-flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" fill="currentColor" />
        </marker>
      </defs>
      {[
        { x: 40, name: 'Browser' },
        { x: 180, name: 'Balancer' },
        { x: 320, name: 'app-2' },
      ].map((lane) => (
        <g key={lane.name}>
          <text x={lane.x} y={24} textAnchor="middle" fontSize="13" fontWeight="600" fill="currentColor">
            {lane.name}
          </text>
          <line x1={lane.x} y1={34} x2={lane.x} y2={268} stroke="currentColor" strokeOpacity="0.35" strokeDasharray="4 4" />
        </g>
      ))}
      {STEPS.map((step) => (
        <g key={step.label}>
          <line x1={step.from} y1={step.y} x2={step.to} y2={step.y} stroke="currentColor" strokeWidth="1.5" markerEnd="url(#cookie-flow-arrow)" />
          <text x={(step.from + step.to) / 2} y={step.y - 7} textAnchor="middle" fontSize="11" fill="currentColor">
            {step.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
