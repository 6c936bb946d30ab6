import type { ErrorPanelStrings } from './strings.js';

/** The error panel's strings in Welsh (see strings.ts). */
export const errorPanelStringsCy: ErrorPanelStrings = {
  'error.title': 'Nid oes modd dangos y cwrs hwn',
  'error.intro': 'Mae problemau yn ffeil y cwrs. Nid oes dim o’i le ar eich ochr chi: rhowch wybod i’r sawl sy’n gofalu am y cwrs hwn.',
  'error.problems': 'Problemau a ganfuwyd ({count})',
  'error.hint': 'Awgrym: {hint}',
};
