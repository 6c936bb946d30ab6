import type { ContentNoteStrings } from './strings.js';

/** The content note's strings in Welsh (see strings.ts). */
export const contentNoteStringsCy: ContentNoteStrings = {
  'note.title': 'Cyn i chi barhau',
  'note.coming': 'Beth sydd i ddod',
  'note.continue': 'Parhau',
  'note.skip': 'Hepgor am y tro',
  'note.support': 'Cael cymorth',
  'note.skipHelp': 'Gallwch ddod yn ôl i’r rhan hon yn nes ymlaen.',
};
