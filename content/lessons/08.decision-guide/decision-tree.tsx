/**
 * Lesson 8's decision tree, laid out as a spine of questions down the left
 * with an answer branching off to the right of each, so it stays readable on
 * a 360px phone. Text is wrapped by hand (SVG has no automatic wrapping).
 * Rendered on the server: no state.
 */
const WIDTH = 360;
const ROW = 118;
const Q_WIDTH = 196;
const LEAF_X = 226;
const LEAF_WIDTH = WIDTH - LEAF_X - 2;
const BOX_HEIGHT = 84;

interface Row {
  question: string[];
  branch: 'yes' | 'no';
  leaf: string[];
}

const ROWS: Row[] = [
  {
    question: ['Does the next request need', 'state that only one server', 'holds in memory?'],
    branch: 'no',
    leaf: ['No affinity:', 'round-robin or', 'least-connections'],
  },
  {
    question: ['Can that state move to a', 'shared store or a token at', 'an acceptable cost?'],
    branch: 'yes',
    leaf: ['Move it (lesson 7).', 'Soft affinity only', 'to keep caches warm'],
  },
  {
    question: ['Is it a live connection or', 'process: WebSocket, game', 'match, upload in progress?'],
    branch: 'yes',
    leaf: ['Pin the connection;', 'plan reconnect,', 'resume and drain'],
  },
  {
    question: ['Would losing it in a crash', 'be acceptable (a cache,', 'a draft, a prototype)?'],
    branch: 'yes',
    leaf: ['Sticky as an', 'optimisation: cookie,', 'bounded load, drain'],
  },
];
const FINAL = ['Correctness depends on one server: replicate the', 'state, or use sticky only as a bridge while you migrate'];

function Lines({ x, y, lines, bold = false, size = 11.5 }: { x: number; y: number; lines: string[]; bold?: boolean; size?: number }) {
  return (
    <text x={x} y={y} fontSize={size} fontWeight={bold ? 700 : 400} fill="currentColor">
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : size * 1.3}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function DecisionTree() {
  const finalY = 2 + ROWS.length * ROW;
  const height = finalY + 62;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: 560 }} role="img" aria-labelledby="tree-title" className="mx-auto block">
      <title id="tree-title">
        Decision tree. If no request needs state held by one server, use no affinity. If the state can move to a store or
        token, move it and keep at most a soft affinity. If the state is a live connection or process, pin the connection
        and plan reconnects. If losing the state in a crash is acceptable, use sticky sessions as an optimisation.
        Otherwise replicate the state, or use sticky sessions only as a bridge while migrating.
      </title>
      <defs>
        <marker id="tree-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M 1 1 L 9 5 L 1 9" fill="none" stroke="currentColor" strokeWidth={1.5} />
        </marker>
      </defs>
      {ROWS.map((row, i) => {
        const y = 2 + i * ROW;
        const mid = y + BOX_HEIGHT / 2;
        // The answer that continues down the spine is the opposite of the one that branches off.
        const down = row.branch === 'yes' ? 'no' : 'yes';
        return (
          <g key={row.question[0]}>
            <rect x={2} y={y} width={Q_WIDTH} height={BOX_HEIGHT} rx={8} fill="none" stroke="currentColor" strokeWidth={2} />
            <Lines x={12} y={y + 24} lines={row.question} />
            <line x1={Q_WIDTH + 2} y1={mid} x2={LEAF_X - 2} y2={mid} stroke="currentColor" strokeWidth={1.5} markerEnd="url(#tree-arrow)" />
            <text x={(Q_WIDTH + LEAF_X) / 2} y={mid - 6} fontSize={11} fontWeight={700} textAnchor="middle" fill="currentColor">
              {row.branch}
            </text>
            <rect x={LEAF_X} y={y + 6} width={LEAF_WIDTH} height={BOX_HEIGHT - 12} rx={4} fill="none" stroke="currentColor" strokeWidth={1.2} strokeDasharray="4 3" />
            <Lines x={LEAF_X + 7} y={y + 28} lines={row.leaf} size={10.5} />
            <line x1={Q_WIDTH / 2 + 2} y1={y + BOX_HEIGHT} x2={Q_WIDTH / 2 + 2} y2={y + ROW - 3} stroke="currentColor" strokeWidth={1.5} markerEnd="url(#tree-arrow)" />
            <text x={Q_WIDTH / 2 + 10} y={y + BOX_HEIGHT + 20} fontSize={11} fontWeight={700} fill="currentColor">
              {down}
            </text>
          </g>
        );
      })}
      <rect x={2} y={finalY} width={WIDTH - 4} height={56} rx={4} fill="none" stroke="currentColor" strokeWidth={1.2} strokeDasharray="4 3" />
      <Lines x={12} y={finalY + 23} lines={FINAL} size={11} />
    </svg>
  );
}
