import type { SafetyPlanSteps } from '../../../contracts/safety-plan.js';

export type ListStep = 'warningSigns' | 'copingAlone' | 'distractions' | 'saferSurroundings' | 'reasonsForLiving';

export interface StepWords {
  key: keyof SafetyPlanSteps;
  title: string;
  /** One line on what the step is for. */
  why: string;
  /** What one line could look like, shown as a placeholder. */
  example: string;
  /** The label of one line, numbered on screen ("Warning sign 2"). */
  itemLabel: string;
}

/** The seven steps in the order they are reached for, each in plain words. */
export const STEPS: readonly StepWords[] = [
  {
    key: 'warningSigns',
    title: 'Signs that a hard time is starting',
    why: 'The thoughts, feelings or situations that tell you things are getting heavier. Spotting them is your cue to open this plan.',
    example: 'e.g. I stop replying to anyone, or I lie awake replaying everything',
    itemLabel: 'Sign',
  },
  {
    key: 'copingAlone',
    title: 'Things I can do on my own',
    why: 'Small things that settle you or pull your attention elsewhere, and need nobody else.',
    example: 'e.g. a hot shower, the breathing tool, a loud song, a walk round the block',
    itemLabel: 'Thing I can do',
  },
  {
    key: 'distractions',
    title: 'People and places that take my mind off it',
    why: 'Being around others helps even without talking about how you feel. Where could you go, and who could you be with?',
    example: 'e.g. the café on the corner, my cousin’s kitchen, the swimming pool',
    itemLabel: 'Person or place',
  },
  {
    key: 'helpers',
    title: 'People I can ask for help',
    why: 'People you trust enough to tell that you are struggling. With a number, you can call or text them straight from here.',
    example: 'e.g. Maya',
    itemLabel: 'Person',
  },
  {
    key: 'professionals',
    title: 'Professionals and services I can contact',
    why: 'Your own therapist, doctor or a service you know. The free support lines where you live are listed with them.',
    example: 'e.g. Dr Okafor at the surgery',
    itemLabel: 'Professional or service',
  },
  {
    key: 'saferSurroundings',
    title: 'Making my surroundings safer',
    why: 'Ways to keep anything you could hurt yourself with out of easy reach in the hardest moments. Someone you trust can help.',
    example: 'e.g. ask Maya to keep the spare medicine at hers',
    itemLabel: 'Step',
  },
  {
    key: 'reasonsForLiving',
    title: 'My reasons for living',
    why: 'The people, hopes and small things that matter to you. Read them when everything else feels far away.',
    example: 'e.g. my niece, the sea in summer, the book I am halfway through',
    itemLabel: 'Reason',
  },
];

export const EMPTY_PLAN: SafetyPlanSteps = {
  warningSigns: [],
  copingAlone: [],
  distractions: [],
  helpers: [],
  professionals: [],
  saferSurroundings: [],
  reasonsForLiving: [],
};
