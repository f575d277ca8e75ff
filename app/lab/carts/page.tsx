import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CartLab } from '@/components/cart-lab/cart-lab';
import { getExercise } from '@/lib/content/exercises.server';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Cart lab',
  description: 'Run your session-store CartService beside a sticky in-memory design while servers crash, and count the lost and stale carts.',
  path: '/lab/carts',
});

export default async function CartLabPage() {
  const exercise = await getExercise('session-store');
  if (!exercise) notFound();
  return (
    <div className="mx-auto max-w-4xl" data-pagefind-body>
      <h1 className="text-3xl font-bold tracking-tight">Cart lab</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Thirty simulated shoppers fill carts on three app servers. Every request goes to two shops at once: one runs your{' '}
        <code>CartService</code> from the{' '}
        <Link className="text-blue-700 underline dark:text-blue-300" href="/exercises/session-store">
          session-store exercise
        </Link>{' '}
        over a shared store, with requests spread over the servers in turn; the other keeps carts in each server’s memory behind a
        sticky balancer. Press Play, crash a server, and count the carts each shop loses or serves stale. Your code runs isolated in
        a worker, exactly as when it is graded.
      </p>
      <CartLab starter={exercise.starter} />
      <section aria-labelledby="cart-lab-model" className="prose prose-zinc mt-10 max-w-none dark:prose-invert">
        <h2 id="cart-lab-model">What the lab counts</h2>
        <p>
          A cart is <strong>lost</strong> when a shopper who had items gets an empty cart back; it is <strong>stale</strong> when the
          answer is built on an older version of the cart than the shopper’s last change. A crash wipes the server’s memory and
          takes it down until you restart it (with empty memory and a fresh copy of your code). Both shops see exactly the same
          requests, from the same seed, every run.
        </p>
      </section>
    </div>
  );
}
