import { registeredCodeEnum } from '@regie/household';
import { worklistLabels } from '../insight/worklist';

export const WorklistKindEnum = registeredCodeEnum(
  'WorklistKind',
  (domains) => Object.keys(worklistLabels(domains)),
  'What a worklist line is about (the registered domains add their signal kinds); each value describes its line.',
  worklistLabels,
);
