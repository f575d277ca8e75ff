import { ogCard, OG_SIZE } from '@/components/site/og-card';

// Drawn once at build time; every page without its own card uses this one.
export const dynamic = 'force-static';
export const alt = 'Sticky Sessions, for real: an interactive course on load-balancer session affinity';
export const size = OG_SIZE;
export const contentType = 'image/png';

export default function Image() {
  return ogCard({
    kicker: 'Interactive course',
    title: 'Sticky sessions, for real',
    summary: 'How load balancers pin users to servers, what breaks and by how much, and the stateless designs that replace it.',
  });
}
