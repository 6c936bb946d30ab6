/** The intranet widgets' strings in en-GB, loaded with their views, only on pages that have a widget (Welsh: strings.cy.ts). */
export const widgetStringsEnGB = {
  'catalogue.title': 'Courses',
  'catalogue.start': 'Start {title}',
  'catalogue.resume': 'Continue {title}',
  'catalogue.review': 'Review {title}',
  'catalogue.notStarted': 'Not started',
  'catalogue.progress': '{percent}% done',
  'catalogue.completed': 'Completed',
  'catalogue.loadFailed': 'The list of courses could not be loaded.',
  'catalogue.empty': 'There are no courses to show.',
  'progress.label': 'Progress in {title}',
};

export type WidgetStrings = Record<keyof typeof widgetStringsEnGB, string>;

/** The widgets' tables: English here, Welsh loaded when a widget's `lang` asks for it. */
export const widgetStrings = {
  en: widgetStringsEnGB,
  others: { cy: () => import('./strings.cy.js').then((m) => m.widgetStringsCy) },
};
