/**
 * The quiz topics, one per lesson, in the lessons' order: the source of truth that questions,
 * scores by topic and "lessons to review" links are checked against.
 */
export const TOPICS = [
  { id: 'fundamentals', title: 'Fundamentals', lesson: 'what-are-sticky-sessions' },
  { id: 'mechanisms', title: 'How balancers stick', lesson: 'how-balancers-stick' },
  { id: 'trade-offs', title: 'Trade-offs', lesson: 'trade-offs' },
  { id: 'pitfalls', title: 'Pitfalls', lesson: 'pitfalls' },
  { id: 'hashing', title: 'Hashing', lesson: 'hashing' },
  { id: 'stack', title: 'Across the stack', lesson: 'affinity-across-the-stack' },
  { id: 'alternatives', title: 'Stateless alternatives', lesson: 'stateless-alternatives' },
  { id: 'decisions', title: 'Decisions', lesson: 'decision-guide' },
  { id: 'operations', title: 'Affinity in operation', lesson: 'affinity-in-operation' },
  { id: 'interview', title: 'Interview craft', lesson: 'interview-playbook' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

export const TOPIC_IDS = TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]];

export function topicTitle(id: string): string {
  return TOPICS.find((topic) => topic.id === id)?.title ?? id;
}
