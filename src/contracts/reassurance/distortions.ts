/**
 * Common thinking traps for the thought record, each explained in one kind sentence written for
 * Steady. Ids are stored with records, so they are stable.
 */
export const DISTORTIONS = [
  {
    id: 'all_or_nothing',
    name: 'All-or-nothing thinking',
    explanation: 'Seeing things as total success or total failure, with nothing in between.',
  },
  { id: 'catastrophising', name: 'Catastrophising', explanation: 'Jumping to the worst possible outcome as if it were the likely one.' },
  { id: 'mind_reading', name: 'Mind reading', explanation: 'Feeling sure you know what someone else thinks without them saying it.' },
  {
    id: 'fortune_telling',
    name: 'Fortune telling',
    explanation: 'Predicting how things will turn out as though the future were already decided.',
  },
  { id: 'emotional_reasoning', name: 'Emotional reasoning', explanation: 'Taking a strong feeling as proof that something is true.' },
  {
    id: 'should_statements',
    name: 'Should statements',
    explanation: 'Holding yourself or others to rigid rules about how things must be.',
  },
  { id: 'labelling', name: 'Labelling', explanation: 'Summing up a whole person, often yourself, with one harsh word.' },
  { id: 'personalising', name: 'Personalising', explanation: 'Taking responsibility for things that were never fully in your hands.' },
  { id: 'overgeneralising', name: 'Overgeneralising', explanation: 'Treating one painful moment as a pattern that will always repeat.' },
  { id: 'mental_filter', name: 'Mental filter', explanation: 'Noticing only the worrying details and letting the rest fade from view.' },
  { id: 'discounting_positive', name: 'Discounting the positive', explanation: 'Brushing aside the good things as if they did not count.' },
  { id: 'magnifying', name: 'Magnifying and shrinking', explanation: 'Making problems loom large while making your strengths look small.' },
] as const;

export type DistortionId = (typeof DISTORTIONS)[number]['id'];
export const DISTORTION_IDS = DISTORTIONS.map((d) => d.id) as [DistortionId, ...DistortionId[]];
