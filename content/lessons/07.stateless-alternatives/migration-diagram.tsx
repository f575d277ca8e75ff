/**
 * Lesson 7's migration path from sticky in-memory sessions to a shared store,
 * drawn as five stacked steps so it reads top to bottom on a 360px phone.
 * Each step says what the balancer does, where reads and writes go, and what
 * a server crash costs at that point. Rendered on the server: no state.
 */
const WIDTH = 360;
const BOX_HEIGHT = 70;
const GAP = 22;

const STEPS = [
  { title: '1. Today: sticky, memory only', detail: 'sticky · reads memory · writes memory', crash: 'a crash loses every session on that server' },
  { title: '2. Dual-write', detail: 'sticky · reads memory · writes memory + store', crash: 'a crash still loses sessions (nobody reads the store)' },
  { title: '3. Read-through', detail: 'sticky · reads memory, else store · writes both', crash: 'a crash loses nothing written since step 2' },
  { title: '4. Flip the source of truth', detail: 'sticky · reads store (memory caches) · writes store', crash: 'a crash loses nothing' },
  { title: '5. Remove affinity', detail: 'round-robin · reads and writes the store', crash: 'any server serves any request' },
];

export function MigrationDiagram() {
  const height = STEPS.length * BOX_HEIGHT + (STEPS.length - 1) * GAP + 4;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: 560 }} role="img" aria-labelledby="migration-title" className="mx-auto block">
      <title id="migration-title">
        Five steps from sticky in-memory sessions to a shared store: dual-write, read-through, flip the source of truth,
        then remove affinity. Sessions survive a crash from step 3 on.
      </title>
      <defs>
        <marker id="migration-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M 1 1 L 9 5 L 1 9" fill="none" stroke="currentColor" strokeWidth={1.5} />
        </marker>
      </defs>
      {STEPS.map((step, i) => {
        const y = 2 + i * (BOX_HEIGHT + GAP);
        // From step 3 on a crash no longer loses sessions: those boxes get a solid border, the earlier ones a dashed one.
        const safe = i >= 2;
        return (
          <g key={step.title}>
            <rect
              x={2}
              y={y}
              width={WIDTH - 4}
              height={BOX_HEIGHT}
              rx={8}
              fill="none"
              stroke="currentColor"
              strokeWidth={safe ? 2 : 1.5}
              strokeDasharray={safe ? undefined : '5 4'}
            />
            <text x={12} y={y + 22} fontSize={14} fontWeight={700} fill="currentColor">
              {step.title}
            </text>
            <text x={12} y={y + 41} fontSize={11} fill="currentColor">
              {step.detail}
            </text>
            <text x={12} y={y + 59} fontSize={11} fontStyle="italic" fill="currentColor" fillOpacity={0.8}>
              {step.crash}
            </text>
            {i < STEPS.length - 1 && (
              <line
                x1={WIDTH / 2}
                y1={y + BOX_HEIGHT + 2}
                x2={WIDTH / 2}
                y2={y + BOX_HEIGHT + GAP - 3}
                stroke="currentColor"
                strokeWidth={1.5}
                markerEnd="url(#migration-arrow)"
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}
