/** The pause screen's strings in en-GB, loaded with the pause screen (Welsh: strings.cy.ts). */
export const pauseStringsEnGB = {
  'break.title': 'Take a break',
  'break.saved': 'Your progress is saved. Take as long as you need.',
  'break.groundingTitle': 'A moment to ground yourself',
  'break.groundingIntro': 'If it helps, try this. There is no rush.',
  'break.step5': 'Notice five things you can see around you.',
  'break.step4': 'Notice four things you can feel, such as your feet on the floor.',
  'break.step3': 'Notice three things you can hear.',
  'break.step2': 'Notice two things you can smell.',
  'break.step1': 'Notice one thing you can taste, or take one slow breath.',
  'break.breathing': 'Breathe in slowly while the circle grows, and out while it shrinks.',
  'break.resume': 'Return to the course',
} as const;

export type PauseStrings = Record<keyof typeof pauseStringsEnGB, string>;
