import type { WidgetStrings } from './strings.js';

/** The intranet widgets' strings in Welsh (see strings.ts). */
export const widgetStringsCy: WidgetStrings = {
  'catalogue.title': 'Cyrsiau',
  'catalogue.start': 'Dechrau {title}',
  'catalogue.resume': 'Parhau â {title}',
  'catalogue.review': 'Adolygu {title}',
  'catalogue.notStarted': 'Heb ddechrau',
  'catalogue.progress': '{percent}% wedi’i wneud',
  'catalogue.completed': 'Wedi’i gwblhau',
  'catalogue.loadFailed': 'Nid oedd modd llwytho’r rhestr o gyrsiau.',
  'catalogue.empty': 'Nid oes cyrsiau i’w dangos.',
  'progress.label': 'Cynnydd yn {title}',
};
