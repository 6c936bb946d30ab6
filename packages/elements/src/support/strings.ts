/** The support dialog's strings in en-GB, loaded with the dialog (Welsh: strings.cy.ts). */
export const supportStringsEnGB = {
  'support.title': 'Support',
  'support.intro': 'If anything in this course has brought up difficult feelings, you do not have to manage them alone.',
  'support.emergency': 'If someone is in immediate danger, call 999.',
  'support.phone': 'Call {name} on {phone}',
  'support.website': 'Visit the {name} website',
  'support.hours': 'Open: {hours}',
  'support.close': 'Close',
} as const;

export type SupportStrings = Record<keyof typeof supportStringsEnGB, string>;
