/** The content note's strings in en-GB, loaded with the note, only for a course that has one (Welsh: strings.cy.ts). */
export const contentNoteStringsEnGB = {
  'note.title': 'Before you continue',
  'note.coming': 'What is coming',
  'note.continue': 'Continue',
  'note.skip': 'Skip for now',
  'note.support': 'Get support',
  'note.skipHelp': 'You can come back to this part later.',
};

export type ContentNoteStrings = Record<keyof typeof contentNoteStringsEnGB, string>;
