import { ogCard, OG_SIZE } from '@/components/site/og-card';
import { listLessons } from '@/lib/content/lessons.server';

// One card per lesson, drawn at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const alt = 'Lesson card: the lesson title and summary';
export const size = OG_SIZE;
export const contentType = 'image/png';

export function generateStaticParams() {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lessons = listLessons();
  const lesson = lessons.find((l) => l.slug === slug);
  if (!lesson) throw new Error(`no lesson ${slug}`);
  return ogCard({ kicker: `Lesson ${lesson.order} of ${lessons.length}`, title: lesson.title, summary: lesson.summary });
}
