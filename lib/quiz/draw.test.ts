import { describe, expect, it } from 'vitest';
import { loadQuizBank } from './bank.server';
import { drawMock, shuffledSteps } from './draw';
import { TOPIC_IDS } from './topics';

const { questions, prompts } = loadQuizBank();
const byId = new Map(questions.map((q) => [q.id, q]));

describe('mock interview draws', () => {
  it('are reproducible from their seed', () => {
    expect(drawMock(questions, prompts, 7, { questionCount: 12, promptCount: 2 })).toEqual(drawMock(questions, prompts, 7, { questionCount: 12, promptCount: 2 }));
  });

  it('cover every topic with 12 distinct questions and 2 open prompts', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const draw = drawMock(questions, prompts, seed, { questionCount: 12, promptCount: 2 });
      expect(new Set(draw.questionIds).size).toBe(12);
      expect(new Set(draw.questionIds.map((id) => byId.get(id)!.topic))).toEqual(new Set(TOPIC_IDS));
      expect(draw.promptIds).toHaveLength(2);
    }
  });

  it('give a retake different questions from the attempt before it', () => {
    const first = drawMock(questions, prompts, 1, { questionCount: 12, promptCount: 2 });
    const retake = drawMock(questions, prompts, 2, { questionCount: 12, promptCount: 2, avoid: [...first.questionIds, ...first.promptIds] });
    expect(retake.questionIds.filter((id) => first.questionIds.includes(id))).toEqual([]);
    expect(retake.promptIds.filter((id) => first.promptIds.includes(id))).toEqual([]);
  });

  it('never show an ordering question already solved', () => {
    for (let seed = 0; seed < 100; seed++) expect(shuffledSteps(['a', 'b', 'c'], seed)).not.toEqual(['a', 'b', 'c']);
  });
});
