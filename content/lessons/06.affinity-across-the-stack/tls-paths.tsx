/**
 * Lesson 6's diagram: the three ways TLS can cross a balancer, and what the
 * balancer can read on each (which decides whether cookie affinity is possible).
 */
const ROWS = [
  { label: 'Passthrough (L4)', lb: 'sees bytes only', link1: 'TLS', link2: 'same TLS', can: 'source address, connection' },
  { label: 'Termination (L7)', lb: 'decrypts, reads HTTP', link1: 'TLS', link2: 'plain HTTP', can: 'cookie, header, path' },
  { label: 'Re-encryption (L7)', lb: 'decrypts, reads HTTP', link1: 'TLS', link2: 'new TLS', can: 'cookie, header, path' },
] as const;

const TITLE =
  'Three ways TLS crosses a load balancer. Passthrough: the client’s TLS session runs through to the server, so the balancer sees only bytes and can stick by source address or connection. Termination: the balancer decrypts and forwards plain HTTP, so it can read cookies. Re-encryption: the balancer decrypts, reads the request, and opens a new TLS connection to the server, so it can read cookies and the backend link stays encrypted.';

export function TlsPaths() {
  return (
    <svg viewBox="0 0 640 250" role="img" aria-labelledby="tls-paths-title" className="mx-auto h-auto w-full max-w-2xl">
      <title id="tls-paths-title">{TITLE}</title>
      {ROWS.map((row, i) => {
        const y = 30 + i * 75;
        return (
          <g key={row.label} fontSize="11" fill="currentColor">
            <text x={8} y={y - 8} fontWeight="bold">{row.label}</text>
            <rect x={8} y={y} width={80} height={30} rx={4} fill="none" stroke="currentColor" />
            <text x={48} y={y + 19} textAnchor="middle">client</text>
            <line x1={88} x2={228} y1={y + 15} y2={y + 15} stroke="currentColor" strokeWidth={2} />
            <text x={158} y={y + 10} textAnchor="middle">{row.link1}</text>
            <rect x={228} y={y} width={150} height={30} rx={4} fill="none" stroke="currentColor" />
            <text x={303} y={y + 19} textAnchor="middle">{row.lb}</text>
            <line x1={378} x2={508} y1={y + 15} y2={y + 15} stroke="currentColor" strokeWidth={2} strokeDasharray={row.link2 === 'plain HTTP' ? '5 4' : undefined} />
            <text x={443} y={y + 10} textAnchor="middle">{row.link2}</text>
            <rect x={508} y={y} width={80} height={30} rx={4} fill="none" stroke="currentColor" />
            <text x={548} y={y + 19} textAnchor="middle">server</text>
            <text x={228} y={y + 46}>can stick by: {row.can}</text>
          </g>
        );
      })}
    </svg>
  );
}
