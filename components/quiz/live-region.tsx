/** The polite live region every quiz screen speaks through (choices, verdicts, timer warnings). */
export function LiveRegion({ message }: { message: string }) {
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="quiz-announcer">
      {message}
    </p>
  );
}
