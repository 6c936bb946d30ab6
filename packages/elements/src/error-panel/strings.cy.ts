import type { ErrorPanelStrings } from './strings.js';

/** The error panel's strings in Welsh (see strings.ts). */
export const errorPanelStringsCy: ErrorPanelStrings = {
  'error.title': 'Nid oes modd dangos y cwrs hwn',
  'error.intro': 'Mae problemau yn ffeil y cwrs. Nid oes dim o’i le ar eich ochr chi: rhowch wybod i’r sawl sy’n gofalu am y cwrs hwn.',
  'error.problems': 'Problemau a ganfuwyd ({count})',
  'error.hint': 'Awgrym: {hint}',
  'error.unreachable':
    'Nid oedd modd llwytho’r cwrs. Nid oes dim o’r hyn rydych wedi’i wneud hyd yma wedi’i golli. Gwiriwch eich cysylltiad a rhowch gynnig arall arni; os yw’n dal i ddigwydd, rhowch wybod i’r sawl sy’n gofalu am y cwrs hwn.',
  'error.retry': 'Rhowch gynnig arall arni',
  'error.detail': 'Manylion: {detail}',
};
