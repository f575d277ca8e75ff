import Link from '@/components/ui/link';

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">This page does not exist</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        The link may be old, or the address mistyped. Your progress and drafts are safe: they live in this browser.
      </p>
      <p className="mt-6">
        <Link href="/lessons" className="text-blue-700 underline dark:text-blue-300">See all lessons</Link>
        {' · '}
        <Link href="/" className="text-blue-700 underline dark:text-blue-300">Course home</Link>
      </p>
    </div>
  );
}
