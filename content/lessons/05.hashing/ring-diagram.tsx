/**
 * The worked example of lesson 5 drawn as a ring: positions 0-99 clockwise
 * from the top, servers A, B, C, and D joining at 60. A key belongs to the
 * first server at or after it, clockwise. The keys between B (45) and D (60)
 * are the only ones that change owner. Rendered on the server: no state.
 */
const SIZE = 360;
const CENTER = SIZE / 2;
const RADIUS = 120;

function point(position: number, radius = RADIUS) {
  const angle = (position / 100) * 2 * Math.PI;
  return { x: CENTER + radius * Math.sin(angle), y: CENTER - radius * Math.cos(angle) };
}

/** An SVG arc along the ring from one position to another, clockwise. */
function arcPath(from: number, to: number, radius: number) {
  const start = point(from, radius);
  const end = point(to, radius);
  const largeArc = (to - from + 100) % 100 > 50 ? 1 : 0;
  return `M ${start.x.toFixed(1)} ${start.y.toFixed(1)} A ${radius} ${radius} 0 ${largeArc} 1 ${end.x.toFixed(1)} ${end.y.toFixed(1)}`;
}

const SERVERS = [
  { name: 'A', at: 10 },
  { name: 'B', at: 45 },
  { name: 'C', at: 80 },
];
const NEW_SERVER = { name: 'D', at: 60 };
const KEYS = [5, 30, 50, 55, 70, 90];
/** Where each key goes; the two keys that move share one label so the labels never overlap. */
const KEY_LABELS = [
  { at: 5, text: '5 → A' },
  { at: 30, text: '30 → B' },
  { at: 52.5, text: '50, 55: C → D' },
  { at: 70, text: '70 → C' },
  { at: 90, text: '90 → A' },
];

export function RingDiagram() {
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: SIZE }}
      role="img"
      aria-labelledby="ring-title ring-desc"
      className="mx-auto block"
    >
      <title id="ring-title">A hash ring with servers A at 10, B at 45, C at 80, and D joining at 60</title>
      <desc id="ring-desc">
        Keys at 5 and 90 belong to A, the key at 30 to B, the key at 70 to C. The keys at 50 and 55 belonged to C and
        move to D when D joins, because D is now the first server clockwise from them. No other key moves.
      </desc>
      <circle cx={CENTER} cy={CENTER} r={RADIUS} fill="none" stroke="currentColor" strokeOpacity={0.45} strokeWidth={2} />
      {/* The arc D takes over: (45, 60]. Drawn thick and dashed so it reads without colour. */}
      <path d={arcPath(45, 60, RADIUS)} fill="none" stroke="currentColor" strokeWidth={7} strokeDasharray="6 4" />
      {[0, 25, 50, 75].map((tick) => {
        const inner = point(tick, RADIUS - 6);
        const label = point(tick, RADIUS - 22);
        const outer = point(tick, RADIUS + 6);
        return (
          <g key={tick}>
            <line x1={inner.x} y1={inner.y} x2={outer.x} y2={outer.y} stroke="currentColor" strokeOpacity={0.45} />
            <text x={label.x} y={label.y + 4} textAnchor="middle" fontSize={11} fill="currentColor" fillOpacity={0.7}>
              {tick}
            </text>
          </g>
        );
      })}
      {KEYS.map((key) => {
        const dot = point(key);
        return <circle key={key} cx={dot.x} cy={dot.y} r={4.5} fill="currentColor" />;
      })}
      {KEY_LABELS.map((label) => {
        const at = point(label.at, RADIUS - 42);
        return (
          <text key={label.at} x={at.x} y={at.y + 4} textAnchor="middle" fontSize={12} fill="currentColor">
            {label.text}
          </text>
        );
      })}
      {SERVERS.map((server) => {
        const box = point(server.at, RADIUS + 26);
        const mark = point(server.at);
        return (
          <g key={server.name}>
            <rect x={mark.x - 7} y={mark.y - 7} width={14} height={14} fill="currentColor" />
            <text x={box.x} y={box.y + 5} textAnchor="middle" fontSize={15} fontWeight={700} fill="currentColor">
              {`${server.name} (${server.at})`}
            </text>
          </g>
        );
      })}
      {(() => {
        const mark = point(NEW_SERVER.at);
        const label = point(NEW_SERVER.at, RADIUS + 30);
        return (
          <g>
            <rect x={mark.x - 8} y={mark.y - 8} width={16} height={16} fill="none" stroke="currentColor" strokeWidth={2.5} />
            <text x={label.x} y={label.y + 5} textAnchor="middle" fontSize={15} fontWeight={700} fill="currentColor">
              {`D (${NEW_SERVER.at}), new`}
            </text>
          </g>
        );
      })()}
    </svg>
  );
}
