import type { ExerciseDefinition } from '../../scenario';
import { scenarios } from './scenarios';

export const definition: ExerciseDefinition = {
  id: 'round-robin',
  title: 'Round robin',
  exportName: 'createBalancer',
  scenarios,
};
