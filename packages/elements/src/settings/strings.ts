/**
 * UI strings of the settings dialog in en-GB. They load with the dialog, not with the player's first
 * screen (Welsh: strings.cy.ts, loaded only for Welsh courses). A test checks both have the same keys.
 */
export const settingsStringsEnGB = {
  'settings.title': 'Settings',
  'settings.display': 'Display',
  'settings.lowStimulus': 'Low-stimulus mode (no motion, muted colours)',
  'settings.close': 'Close',

  'data.title': 'Your data',
  'data.stored':
    'So that you can pick up where you left off, this device keeps what you do in this course: the pages you have seen and where you are, your answers to activities, your ratings and your private reflections. It also keeps your display setting. Your name is never kept on this device.',
  'data.tabOnly': 'At the moment nothing can be saved on this device, so what you do is kept only while this page is open.',
  'data.lms':
    'Your organisation’s learning system (LMS) keeps its own record of your progress, completion and score. Nothing here changes that record.',
  'data.download': 'Download my data for this course',
  'data.downloadHelp': 'A file (JSON) with everything this device keeps for this course.',
  'data.downloaded': 'Your data was downloaded as {file}.',
  'data.downloadFailed': 'Your data could not be downloaded ({detail}).',
  'data.clearCourse': 'Clear my data for this course',
  'data.clearDevice': 'Clear all Haven data on this device',
  'data.clearHelp': 'You will be asked to confirm first.',

  'data.confirmCourseTitle': 'Clear your data for this course?',
  'data.confirmDeviceTitle': 'Clear all Haven data on this device?',
  'data.confirmCourse': 'This deletes what this device keeps for “{course}”: your progress, your answers and your private reflections.',
  'data.confirmDevice':
    'This deletes everything Haven keeps on this device, for every course: progress, answers, private reflections and settings.',
  'data.confirmPermanent': 'It cannot be undone. If you would like a copy, download your data first.',
  'data.confirmLms':
    'It does not delete anything your organisation’s learning system (LMS) already holds, such as your completion or score.',
  'data.confirmRestart': 'The course will then start again from the beginning.',
  'data.confirmStay': 'You will stay where you are in the course, because your organisation’s learning system still holds your progress.',
  'data.cancel': 'Cancel',
  'data.confirmClearCourse': 'Clear my data',
  'data.confirmClearDevice': 'Clear all data',
  'data.clearing': 'Clearing…',
  'data.clearedCourse': 'Your data for this course was cleared from this device. The course starts again from the beginning.',
  'data.clearedDevice': 'All Haven data was cleared from this device. The course starts again from the beginning.',
  'data.clearedStay':
    'Your data was cleared from this device. Your organisation’s learning system still holds your progress, so you stay where you are.',
  'data.clearFailed': 'Your data could not be cleared ({detail}). Please try again.',
} as const;

export type SettingsKey = keyof typeof settingsStringsEnGB;
export type SettingsStrings = Record<SettingsKey, string>;
