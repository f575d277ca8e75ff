/**
 * Lesson 4's bar chart: sessions per server when 30% of users share one
 * address and the balancer hashes addresses, over 10 servers. Computed from
 * nat-skew.ts so the picture and the stated figure cannot disagree.
 */
import { linearScale, slots } from '@/lib/chart/geometry';
import { natShares } from './nat-skew';

const W = 360;
const H = 200;
const BASE = 160;
const TOP = 20;

export function NatBars() {
  const shares = natShares(0.3, 10);
  // Bar heights: 0 to the largest share fills BASE - TOP.
  const height = linearScale([0, Math.max(...shares)], [0, BASE - TOP]);
  const slot = slots(shares.length, 40, W - 60);
  const barWidth = slot.width;
  const meanY = BASE - height(0.1);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="nat-bars-title" className="mx-auto h-auto w-full max-w-xl">
      <title id="nat-bars-title">
        Sessions per server with address hashing, 10 servers, 30% of users behind one address: the server that gets the
        shared address holds 37% of all sessions, each of the other nine about 7%; the mean is 10%.
      </title>
      {shares.map((share, i) => {
        const h = height(share);
        const x = slot.at(i);
        return (
          <g key={i}>
            <rect x={x + 3} y={BASE - h} width={barWidth - 6} height={h} fill="currentColor" fillOpacity={i === 0 ? 0.85 : 0.4} />
            <text x={x + barWidth / 2} y={BASE + 14} textAnchor="middle" fontSize="10" fill="currentColor">
              {i + 1}
            </text>
            {i === 0 && (
              <text x={x + barWidth / 2} y={BASE - h - 5} textAnchor="middle" fontSize="10" fill="currentColor">
                37%
              </text>
            )}
          </g>
        );
      })}
      <line x1={36} x2={W - 16} y1={meanY} y2={meanY} stroke="currentColor" strokeDasharray="4 3" />
      <text x={W - 18} y={meanY - 4} textAnchor="end" fontSize="10" fill="currentColor">mean 10%</text>
      <text x={W / 2} y={H - 6} textAnchor="middle" fontSize="10" fill="currentColor">server (share of all sessions)</text>
    </svg>
  );
}
