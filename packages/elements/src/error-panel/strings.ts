/** The error panel's strings in en-GB, loaded with the panel, only when a course cannot be shown (Welsh: strings.cy.ts). */
export const errorPanelStringsEnGB = {
  'error.title': 'This course cannot be shown',
  'error.intro': 'The course file has problems. Nothing is wrong on your side: please tell the person who looks after this course.',
  'error.problems': 'Problems found ({count})',
  'error.hint': 'Hint: {hint}',
  'error.unreachable':
    'The course could not be loaded. Nothing you have done so far is lost. Check your connection and try again; if it keeps happening, please tell the person who looks after this course.',
  'error.retry': 'Try again',
  'error.detail': 'Details: {detail}',
};

export type ErrorPanelStrings = Record<keyof typeof errorPanelStringsEnGB, string>;
