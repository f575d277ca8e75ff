import type { ExerciseDefinition } from '../../scenario';
import { scenarios } from './scenarios';

export const definition: ExerciseDefinition = {
  id: 'cookie-affinity',
  title: 'Cookie affinity',
  exportName: 'createBalancer',
  scenarios,
};
