/** The top of every quiz page: the way back to the list of quizzes, then the title. */
import Link from '@/components/ui/link';

export function QuizPageHeader({ title, className = 'mt-2' }: { title: string; className?: string }) {
  return (
    <>
      <p className="text-sm">
        <Link href="/quiz" className="text-blue-700 underline dark:text-blue-300">
          All quizzes
        </Link>
      </p>
      <h1 className={`${className} text-3xl font-bold tracking-tight`}>{title}</h1>
    </>
  );
}
