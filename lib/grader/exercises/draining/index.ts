import type { ExerciseDefinition } from '../../scenario';
import { scenarios } from './scenarios';

export const definition: ExerciseDefinition = {
  id: 'draining',
  title: 'Draining',
  exportName: 'createBalancer',
  scenarios,
};
