/**
 * UI strings in British English: the complete reference table. Every other locale has exactly these keys
 * (a test checks). Flat dotted keys; `{name}` placeholders are filled by `translate`.
 * The words of the player's first screen only: block elements and lazily loaded parts keep their own
 * tables beside them (see base/part-element.ts), so they travel with their code.
 */
export const enGB = {
  'player.loading': 'Loading the course…',
  'player.outline': 'Course outline',
  'player.outlineToggle': 'Contents',
  'player.previous': 'Previous',
  'player.next': 'Next',
  'player.pageOf': 'Page {current} of {total}',
  'player.courseProgress': 'Course progress: {percent}%',
  'player.moduleProgress': '{percent}% done',
  'player.pageViewed': 'Viewed',
  'player.moduleLocked': 'Opens when the previous module is complete',
  'player.moduleCompleted': 'Complete',
  'player.navigated': 'Now on page: {title}',
  'player.complete': 'You have completed this course. Well done for taking the time.',
  'player.toolbar': 'Course tools',
  'player.end': 'This is the last page.',

  'break.start': 'Take a break',

  'support.open': 'Support',

  'exit.quick': 'Quick exit',
  'exit.label': 'Quick exit: leave this page now',

  'settings.title': 'Settings',

  'saving.nowhere':
    'Your progress cannot be saved at the moment. You can keep going; please do not close this page until you have finished.',
  'saving.lmsOnly': 'Progress is saved to your organisation only, not on this device.',
  'saving.tabOnly': 'Progress is kept only while this page is open.',

  'audience.title': 'Which fits your role best?',
  'audience.intro': 'We will show the version of the course that fits your work. You can change this later.',
  'audience.choose': 'Continue',
} as const;

export type MessageKey = keyof typeof enGB;
export type Messages = Record<MessageKey, string>;
