'use client';
/**
 * A checkpoint's questions, answered in place: pick, check, and every
 * option's explanation shows at once. Each checked question is recorded in
 * progress as a one-question quiz attempt under the quiz id
 * `checkpoint-<lesson>`, so a miss becomes a review item exactly like a miss
 * in the lesson's quiz, while the lesson quiz's best score stays its own.
 * Loaded on demand by checkpoint-shell.tsx.
 */
import { useId, useState } from 'react';
import { recordQuizAttempt } from '@/lib/progress';
import { hasAnswer, initialOrder } from '@/lib/quiz/answer-helpers';
import { attemptRecord } from '@/lib/quiz/attempt-record';
import type { Question } from '@/lib/quiz/schema';
import { scoreAnswer, totalScore, type Answer } from '@/lib/quiz/scoring';
import { spokenVerdict } from '@/lib/quiz/verdict';
import { QuestionCard } from '@/components/quiz/question-card';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/quiz/styles';
import { useAnnouncer } from '@/components/quiz/use-announcer';

export interface CheckpointRunnerProps {
  /** The lesson the questions come from (all of them share it). */
  lesson: string;
  questions: Question[];
}

export function checkpointQuizId(lesson: string): string {
  return `checkpoint-${lesson}`;
}

export function CheckpointRunner({ lesson, questions }: CheckpointRunnerProps) {
  const [message, announce] = useAnnouncer();
  return (
    <div>
      <p role="status" className="sr-only">
        {message}
      </p>
      {questions.map((question, i) => (
        <CheckpointQuestion key={question.id} lesson={lesson} question={question} position={i + 1} total={questions.length} announce={announce} />
      ))}
    </div>
  );
}

interface CheckpointQuestionProps {
  lesson: string;
  question: Question;
  position: number;
  total: number;
  announce: (text: string) => void;
}

function CheckpointQuestion({ lesson, question, position, total, announce }: CheckpointQuestionProps) {
  const idPrefix = useId().replace(/:/g, '');
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<Answer | undefined>(question.kind === 'ordering' ? { kind: 'order', order: initialOrder(question, 0) } : undefined);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);

  const onAnswer = (next: Answer) => {
    if (checked) return;
    setStartedAt((t) => t ?? Date.now());
    setAnswer(next);
  };

  const check = () => {
    if (!answer || !hasAnswer(answer) || checked) return;
    setChecked(true);
    announce(spokenVerdict(question, scoreAnswer(question, answer)));
    const totals = totalScore([question], { [question.id]: answer });
    const now = Date.now();
    recordQuizAttempt(attemptRecord(checkpointQuizId(lesson), 'lesson', startedAt ?? now, now, totals));
  };

  const again = () => {
    const nextRound = round + 1;
    setRound(nextRound);
    setChecked(false);
    setStartedAt(null);
    setAnswer(question.kind === 'ordering' ? { kind: 'order', order: initialOrder(question, nextRound) } : undefined);
  };

  return (
    <div className={position > 1 ? 'mt-6 border-t border-blue-200 pt-4 dark:border-blue-900' : 'mt-2'}>
      <QuestionCard
        key={round}
        question={question}
        position={position}
        total={total}
        answer={answer}
        onAnswer={onAnswer}
        score={checked ? scoreAnswer(question, answer) : undefined}
        headingLevel={3}
        idPrefix={`${idPrefix}-${question.id}`}
        announce={announce}
        orderSeed={round}
        keys={false}
      />
      <p className="mt-4 flex flex-wrap items-center gap-3">
        {checked ? (
          <button type="button" className={SECONDARY_BUTTON} onClick={again}>
            Try this one again
          </button>
        ) : (
          <button type="button" className={PRIMARY_BUTTON} onClick={check} disabled={!answer || !hasAnswer(answer)}>
            Check answer
          </button>
        )}
        {checked && <span className="text-sm text-zinc-700 dark:text-zinc-300">Saved to your progress. Each option above says why.</span>}
      </p>
    </div>
  );
}
