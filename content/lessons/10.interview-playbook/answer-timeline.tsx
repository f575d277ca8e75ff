/**
 * Lesson 10's 60-second answer as a vertical timeline: each beat with its
 * time window and the question it answers. The bar lengths are proportional
 * to the seconds each beat gets. Rendered on the server: no state.
 */
const WIDTH = 360;
const ROW = 64;
const BAR_X = 70;
const BAR_MAX = WIDTH - BAR_X - 4;
const TOTAL_SECONDS = 60;

const BEATS = [
  { from: 0, to: 10, name: 'Define', prompt: 'one user, one server, and why' },
  { from: 10, to: 20, name: 'Mechanism', prompt: 'balancer cookie, IP hash, or a ring' },
  { from: 20, to: 35, name: 'Trade-off', prompt: 'simple and local vs balance, failure, scale' },
  { from: 35, to: 50, name: 'Alternative', prompt: 'shared store, tokens, and their costs' },
  { from: 50, to: 60, name: 'Decision', prompt: 'what you would do here, and why' },
];

export function AnswerTimeline() {
  const height = BEATS.length * ROW + 6;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: 560 }} role="img" aria-labelledby="timeline-title" className="mx-auto block">
      <title id="timeline-title">
        A 60-second answer in five beats: define (0 to 10 seconds), mechanism (10 to 20), trade-off (20 to 35),
        alternative (35 to 50), decision (50 to 60).
      </title>
      {BEATS.map((beat, i) => {
        const y = 4 + i * ROW;
        const start = BAR_X + (beat.from / TOTAL_SECONDS) * BAR_MAX;
        const width = ((beat.to - beat.from) / TOTAL_SECONDS) * BAR_MAX;
        return (
          <g key={beat.name}>
            <text x={4} y={y + 17} fontSize={11} fill="currentColor" fillOpacity={0.8}>
              {`${beat.from}–${beat.to} s`}
            </text>
            {/* A faint full-length track, then the beat's own window on it. */}
            <rect x={BAR_X} y={y + 5} width={BAR_MAX} height={16} rx={3} fill="currentColor" fillOpacity={0.08} />
            <rect x={start} y={y + 5} width={width} height={16} rx={3} fill="currentColor" fillOpacity={0.75} />
            <text x={BAR_X} y={y + 40} fontSize={13} fontWeight={700} fill="currentColor">
              {beat.name}
            </text>
            <text x={BAR_X} y={y + 56} fontSize={11.5} fill="currentColor">
              {beat.prompt}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
