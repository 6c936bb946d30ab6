/**
 * UI strings in British English: the complete reference table. Every other locale has exactly these keys
 * (a test checks). Flat dotted keys; `{name}` placeholders are filled by `translate`.
 * Block elements keep their keys in src/blocks/strings.ts, one section per block. They join this table
 * when the first block module loads (blocks/shared/block-element.ts), so the first screen of a course,
 * which may have no block at all, does not carry them.
 */
import type { blockStringsEnGB } from '../blocks/strings.js';

const shellEnGB = {
  'player.loading': 'Loading the course…',
  'player.outline': 'Course outline',
  'player.outlineToggle': 'Contents',
  'player.previous': 'Previous',
  'player.next': 'Next',
  'player.pageOf': 'Page {current} of {total}',
  'player.courseProgress': 'Course progress: {percent}%',
  'player.moduleProgress': '{percent}% done',
  'player.pageViewed': 'Viewed',
  'player.pageCurrent': 'Current page',
  'player.moduleLocked': 'Opens when the previous module is complete',
  'player.moduleCompleted': 'Complete',
  'player.navigated': 'Now on page: {title}',
  'player.complete': 'You have completed this course. Well done for taking the time.',
  'player.toolbar': 'Course tools',
  'player.end': 'This is the last page.',

  'error.title': 'This course cannot be shown',
  'error.intro': 'The course file has problems. Nothing is wrong on your side: please tell the person who looks after this course.',
  'error.loadFailed': 'The course could not be loaded ({detail}).',
  'error.problems': 'Problems found ({count})',
  'error.hint': 'Hint: {hint}',
  'error.noSource': 'No course was given to the player.',

  'note.title': 'Before you continue',
  'note.coming': 'What is coming',
  'note.continue': 'Continue',
  'note.skip': 'Skip for now',
  'note.support': 'Get support',
  'note.skipHelp': 'You can come back to this part later.',

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
} as const;

export type MessageKey = keyof typeof shellEnGB | keyof typeof blockStringsEnGB;
export type Messages = Record<MessageKey, string>;
/** The reference table; its block section is filled in when the first block module loads. */
export const enGB = shellEnGB as Messages;
