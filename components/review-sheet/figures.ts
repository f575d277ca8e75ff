/**
 * Every number the review sheet prints, read from the lessons' own figure
 * modules: the sheet cannot say anything the lessons (and their tests) do not.
 */
import { figures as scale, percent } from '@/content/lessons/03.trade-offs/scale-out';
import { figures as nat } from '@/content/lessons/04.pitfalls/nat-skew';
import { figures as conn } from '@/content/lessons/06.affinity-across-the-stack/connection-age';
import { figures as ops } from '@/content/lessons/09.affinity-in-operation/canary-skew';

export { percent };

export const sheetFigures = {
  natSkew30of10: nat.natSkew30of10.toFixed(2),
  natSkew5of10: nat.natSkew5of10.toFixed(2),
  mobileMoved: percent(nat.movedOf5),
  roundRobinTo90: Math.round(scale.roundRobinTo90),
  leastSessionsTo90: Math.round(scale.leastSessionsTo90),
  roundRobinAt30: percent(scale.roundRobinAt30),
  drainCut5: percent(scale.stillRunningAt5),
  drainCut60: percent(scale.stillRunningAt60),
  meanSession: scale.meanSessionMinutes,
  grpcOldLoad: conn.oldLoad4to5.toFixed(2),
  grpcCatchUp: conn.leastConnCatchUp4to5of30,
  grpcRandomTo90: conn.randomTo90of30,
  reconnects5min: conn.reconnectsPerSecond10kAt5.toFixed(0),
  idleOf5: conn.idleOf5With3Clients,
  canaryAt5: (ops.canary10At5 * 100).toFixed(1),
  canaryAt30: (ops.canary10At30 * 100).toFixed(1),
  canaryHeavy: (ops.canaryWithHeavy * 100).toFixed(1),
  pinnedAfter10: percent(ops.pinnedAfter10),
  idleAt125: percent(ops.idleAt125),
  crossZone3: percent(ops.crossZone3),
} as const;
