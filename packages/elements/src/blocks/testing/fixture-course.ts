import type { Block, Course } from '@haven/course';

/**
 * A small normalised course with one block of every type, as `parse` returns it (keys assigned).
 * Used where a test needs exact control of the content; the example course covers the rest.
 */
const blocks = {
  text: {
    type: 'text',
    id: 'welcome',
    body: 'Welcome. This module takes about **45 minutes**.\n\nYou can stop at any time. See [NSPCC](https://www.nspcc.org.uk) for more.\n\n- Go at your own pace\n- Take breaks',
  },
  image: { type: 'media', id: 'river', kind: 'image', src: 'media/river.jpg', alt: 'A calm river at dawn', caption: 'A place to pause.' },
  video: {
    type: 'media',
    id: 'talk',
    kind: 'video',
    src: 'media/teacher-voice.wav',
    captions: 'media/teacher-voice.vtt',
    transcript: 'Hello. In this short film a practitioner describes *listening first*.',
    caption: 'A practitioner talks about listening.',
  },
  accordion: {
    type: 'accordion',
    id: 'signs',
    items: [
      { title: 'Changes in behaviour', body: 'A child may become withdrawn, or very watchful.' },
      { title: 'Changes at school', body: 'Attendance or concentration may change.' },
    ],
  },
  callout: { type: 'callout', id: 'remember', tone: 'important', title: 'Remember', body: 'It is never the child’s fault.' },
  question: {
    type: 'question',
    id: 'who-is-victim',
    key: 10,
    single: true,
    draw: 1,
    questions: [
      {
        id: 'who-is-victim',
        key: 11,
        prompt: 'Who is a victim of domestic abuse in their own right?',
        mode: 'single',
        attempts: 2,
        correct: ['a'],
        options: [
          { id: 'a', key: 1, text: 'A child who sees, hears or lives with the abuse', feedback: 'Yes: the law recognises this.' },
          {
            id: 'b',
            key: 2,
            text: 'Only a child who is hit',
            feedback: 'The law covers more than that: seeing, hearing and living with the effects.',
          },
          { id: 'c', key: 3, text: 'No child', feedback: 'Children are recognised as victims in their own right.' },
        ],
      },
    ],
  },
  sort: {
    type: 'sort',
    id: 'wording',
    key: 20,
    prompt: 'Sort each phrase: does it blame, or not?',
    categories: [
      { id: 'blaming', key: 1, title: 'Blaming' },
      { id: 'non-blaming', key: 2, title: 'Not blaming' },
    ],
    items: [
      { id: 'failed', key: 3, text: 'Mum failed to protect', category: 'blaming', feedback: 'This puts the responsibility on the victim.' },
      { id: 'used', key: 4, text: 'Dad used violence', category: 'non-blaming', feedback: 'This names who is responsible.' },
    ],
  },
  scenario: {
    type: 'scenario',
    id: 'disclosure',
    key: 30,
    title: 'A child tells you something',
    start: 'start',
    nodes: [
      {
        id: 'start',
        key: 1,
        text: 'Sam, 8, says: "Dad shouts at Mum at night."',
        choices: [
          {
            id: 'listen',
            key: 2,
            text: 'Listen and thank Sam for telling you',
            next: 'good-end',
            feedback: 'Sam feels heard.',
            quality: 'best',
          },
          {
            id: 'ask',
            key: 3,
            text: 'Ask lots of questions',
            next: 'mixed-end',
            feedback: 'Too many questions can feel like pressure.',
            quality: 'okay',
          },
        ],
      },
      {
        id: 'good-end',
        key: 4,
        text: 'Sam relaxes a little.',
        choices: [],
        end: { outcome: 'good', summary: 'You listened and followed procedure.' },
      },
      {
        id: 'mixed-end',
        key: 5,
        text: 'Sam goes quiet.',
        choices: [],
        end: { outcome: 'mixed', summary: 'Listening first helps a child keep talking.' },
      },
    ],
  },
  reflection: {
    type: 'reflection',
    id: 'my-practice',
    key: 40,
    prompt: 'What will you do differently?',
    guidance: 'Think about one child you work with.',
    maxLength: 500,
  },
  likertPre: {
    type: 'likert',
    id: 'confidence-before',
    key: 50,
    phase: 'pre',
    prompt: 'How confident do you feel?',
    scale: { min: 1, max: 5, minLabel: 'Not at all confident', maxLabel: 'Very confident' },
    items: [
      { id: 'spot', key: 1, text: 'Spotting signs' },
      { id: 'respond', key: 2, text: 'Responding to a disclosure' },
    ],
  },
  likertPost: {
    type: 'likert',
    id: 'confidence-after',
    key: 51,
    phase: 'post',
    pairWith: 'confidence-before',
    prompt: 'How confident do you feel now?',
    scale: { min: 1, max: 5, minLabel: 'Not at all confident', maxLabel: 'Very confident' },
    items: [
      { id: 'spot', key: 1, text: 'Spotting signs' },
      { id: 'respond', key: 2, text: 'Responding to a disclosure' },
    ],
  },
  resourceFile: {
    type: 'resource',
    id: 'leaflet',
    title: 'Safety planning leaflet',
    description: 'A two-page leaflet.',
    href: 'media/leaflet.pdf',
  },
  resourceBody: { type: 'resource', id: 'checklist', title: 'Checklist', body: '- Listen\n- Reassure\n- Record\n- Report' },
  certificate: { type: 'certificate', id: 'cert', title: 'Certificate of completion', body: 'Well done.' },
} satisfies Record<string, Block>;

export const fixtureBlocks = blocks;

export const fixtureCourse: Course = {
  formatVersion: 1,
  id: 'fixture',
  version: '1.0.0',
  title: 'Children and domestic abuse: the basics',
  lang: 'en-GB',
  audiences: [],
  completion: { rule: 'viewed' },
  support: { contacts: [{ name: 'NSPCC helpline', phone: '0808 800 5000' }] },
  privacy: { reflectionsLeaveDevice: false },
  references: [],
  modules: [
    {
      id: 'm1',
      key: 1,
      title: 'Basics',
      outcomes: [],
      gate: 'open',
      references: [],
      pages: [{ id: 'p1', key: 2, title: 'All blocks', optional: false, blocks: Object.values(blocks) }],
    },
  ],
};
