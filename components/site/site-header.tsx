import Link from '@/components/ui/link';
import { SearchButton } from '@/components/search/search-button';
import { ThemeToggle } from '@/components/ui/theme-toggle';

const NAV = [
  { href: '/lessons', label: 'Lessons' },
  { href: '/exercises', label: 'Exercises' },
  { href: '/lab', label: 'Lab' },
  { href: '/quiz', label: 'Quizzes' },
  { href: '/progress', label: 'Progress' },
] as const;

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/95 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <Link href="/" className="mr-auto py-1 font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          Sticky Sessions<span className="sr-only">, course home</span>
        </Link>
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="block rounded-md px-2 py-2 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchButton />
        <ThemeToggle />
      </div>
    </header>
  );
}
