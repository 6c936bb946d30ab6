/**
 * The course format's single source of truth.
 *
 * TypeBox builds plain JSON Schema objects, so one definition yields:
 * - the TypeScript types (`Static<...>`, exported from `types.ts`),
 * - `schema/course.schema.json` for editors (written by `scripts/write-schema.ts`),
 * - `src/model/schema.generated.ts`, the same schema as data for the run-time validator,
 * - the course JSON reference in docs/.
 *
 * TypeBox is a build-time dependency only: the run-time imports the generated data, never this file.
 * Every object is closed (`additionalProperties: false`) so a misspelt key is an error with a hint.
 */
import { Type, type TSchema, type TProperties } from '@sinclair/typebox';

import { FORMAT_VERSION } from './format-version.js';
import { COURSE_FILE_PATTERN, LINK_URL_PATTERN, PHONE_PATTERN, RESOURCE_HREF_PATTERN } from './patterns.js';

export { FORMAT_VERSION };

const closed = <T extends TProperties>(props: T, description: string, examples?: unknown[]) =>
  Type.Object(props, { additionalProperties: false, description, ...(examples ? { examples } : {}) });

const Slug = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
  description: 'An identifier chosen by the author: lower-case letters, digits and hyphens, unique in the course.',
  examples: ['trauma-basics'],
});
const Text = (description: string, maxLength = 2000) => Type.String({ minLength: 1, maxLength, description });
/** Safe markup: paragraphs, *emphasis*, **strong**, lists and [links](https://...). Raw HTML is not allowed. */
const Markup = (description: string) =>
  Type.String({
    minLength: 1,
    maxLength: 20000,
    description: `${description} Safe markup only: blank lines between paragraphs, *emphasis*, **strong**, lines starting "- " or "1. " for lists, and [links](https://example.org). No HTML.`,
    format: 'haven-markup',
  });
const Audiences = Type.Array(Slug, {
  minItems: 1,
  uniqueItems: true,
  description:
    'Show this only to learners who chose one of these audiences (ids from the course "audiences"). Omit to show it to everyone.',
});
const RelativePath = (description: string) =>
  Type.String({
    minLength: 1,
    pattern: COURSE_FILE_PATTERN,
    description: `${description} A path inside the course folder (e.g. "media/river.jpg"): Haven never loads files from other sites.`,
  });
const LinkUrl = Type.String({
  pattern: LINK_URL_PATTERN,
  description: 'A link the learner may follow: https://, mailto: or tel:.',
});

export const ContentNote = closed(
  {
    summary: Text('What the content covers, specifically and without graphic detail.', 600),
    coming: Type.Optional(
      Type.Array(Text('One thing the learner will meet.', 300), { minItems: 1, description: 'What is coming, item by item.' }),
    ),
    canSkip: Type.Optional(
      Type.Boolean({ description: 'Whether the learner may skip this for now and come back later. Default: true.', default: true }),
    ),
  },
  'A short, specific, non-graphic note shown before the module or page, with the choice to continue, skip for now (when allowed) or get support.',
);

export const Reference = closed(
  {
    text: Text('The full citation.', 1000),
    url: Type.Optional(LinkUrl),
  },
  'A source cited by the course.',
);

const blockBase = {
  id: Slug,
  audiences: Type.Optional(Audiences),
};

export const TextBlock = closed({ type: Type.Literal('text'), ...blockBase, body: Markup('The text.') }, 'Paragraphs of text.', [
  { type: 'text', id: 'welcome', body: 'Welcome. This module takes about **45 minutes**.' },
]);

const mediaBase = { type: Type.Literal('media'), ...blockBase, caption: Type.Optional(Text('A visible caption.', 500)) };
export const ImageMedia = closed(
  {
    ...mediaBase,
    kind: Type.Literal('image'),
    src: RelativePath('The image file.'),
    alt: Type.String({ maxLength: 500, description: 'Alternative text for screen readers. Use "" only for a purely decorative image.' }),
  },
  'An image.',
);
export const TimedMedia = closed(
  {
    ...mediaBase,
    kind: Type.Union([Type.Literal('video'), Type.Literal('audio')]),
    src: RelativePath('The video or audio file.'),
    captions: RelativePath('A WebVTT captions file (required).'),
    transcript: Markup('The full transcript (required).'),
    poster: Type.Optional(RelativePath('A still image shown before a video plays.')),
  },
  'A video or audio clip. Captions and a transcript are required; it never plays by itself.',
);
export const MediaBlock = Type.Union([ImageMedia, TimedMedia], { description: 'An image, video or audio clip.' });

export const AccordionBlock = closed(
  {
    type: Type.Literal('accordion'),
    ...blockBase,
    items: Type.Array(closed({ title: Text('The heading the learner opens.', 200), body: Markup('What it reveals.') }, 'One panel.'), {
      minItems: 1,
    }),
  },
  'Panels the learner opens one at a time.',
);

export const CalloutBlock = closed(
  {
    type: Type.Literal('callout'),
    ...blockBase,
    tone: Type.Optional(
      Type.Union([Type.Literal('info'), Type.Literal('tip'), Type.Literal('important'), Type.Literal('support')], {
        description: 'How it is presented: info, tip, important or support.',
        default: 'info',
      }),
    ),
    title: Type.Optional(Text('A short heading.', 200)),
    body: Markup('The callout text.'),
  },
  'A highlighted note.',
);

export const ChoiceOption = closed(
  {
    id: Slug,
    text: Text('The option as the learner reads it.', 1000),
    feedback: Text('Kind, specific feedback for a learner who chose this option: say why it is or is not the best answer.', 2000),
  },
  'One option of a question.',
);

export const QuestionItem = closed(
  {
    id: Slug,
    prompt: Markup('The question.'),
    mode: Type.Union([Type.Literal('single'), Type.Literal('multiple')], { description: 'single: one answer; multiple: all that apply.' }),
    options: Type.Array(ChoiceOption, { minItems: 2, maxItems: 10 }),
    correct: Type.Array(Slug, { minItems: 1, uniqueItems: true, description: 'The ids of the correct options.' }),
    attempts: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 10,
        description:
          'Tries allowed before the answer is shown; 0 = as many as the learner wants. Default: 1 when the question counts towards an assessment, otherwise 0.',
      }),
    ),
  },
  'A single or multiple choice question.',
);

const questionBase = { type: Type.Literal('question'), ...blockBase };
export const SingleQuestionBlock = closed(
  {
    ...questionBase,
    prompt: QuestionItem.properties.prompt,
    mode: QuestionItem.properties.mode,
    options: QuestionItem.properties.options,
    correct: QuestionItem.properties.correct,
    attempts: QuestionItem.properties.attempts,
  },
  'A single or multiple choice question with feedback on every option.',
  [
    {
      type: 'question',
      id: 'who-is-victim',
      prompt: 'Who is a victim of domestic abuse in their own right?',
      mode: 'single',
      options: [
        { id: 'a', text: 'A child who hears the abuse', feedback: 'Yes: hearing abuse or living with its effects is enough.' },
        {
          id: 'b',
          text: 'Only a child who is hit',
          feedback: 'Not quite: the law also covers seeing, hearing and living with the effects.',
        },
      ],
      correct: ['a'],
    },
  ],
);
export const BankQuestionBlock = closed(
  {
    ...questionBase,
    bank: closed(
      {
        draw: Type.Integer({ minimum: 1, description: 'How many questions each learner gets, drawn once and kept across resume.' }),
        questions: Type.Array(QuestionItem, { minItems: 1, description: 'The questions to draw from; ids unique in the bank.' }),
      },
      'A bank of questions to draw from.',
    ),
  },
  'A draw of questions from a bank: each learner gets "draw" of them, kept fixed across resume.',
);
/** Told apart by their required keys: "bank" makes a bank, otherwise a single question. */
export const QuestionBlock = Type.Union([SingleQuestionBlock, BankQuestionBlock], {
  description: 'A question with feedback on every option, or a draw from a bank of such questions.',
});

export const SortBlock = closed(
  {
    type: Type.Literal('sort'),
    ...blockBase,
    prompt: Markup('What the learner is asked to do.'),
    categories: Type.Array(
      closed({ id: Slug, title: Text('The category name.', 200), description: Type.Optional(Text('More about it.', 500)) }, 'A category.'),
      {
        minItems: 2,
        maxItems: 6,
      },
    ),
    items: Type.Array(
      closed(
        {
          id: Slug,
          text: Text('The item to place.', 1000),
          category: Slug,
          feedback: Text('Why the item belongs in its category.', 2000),
        },
        'An item to sort.',
      ),
      { minItems: 2, maxItems: 30 },
    ),
  },
  'Sort items into named categories (for example blaming and non-blaming wording), by dragging or with the keyboard.',
);

export const ScenarioChoice = closed(
  {
    id: Slug,
    text: Text('What the learner chooses to do or say.', 1000),
    next: Slug,
    feedback: Text('What happens and why: kind and specific.', 2000),
    quality: Type.Union([Type.Literal('best'), Type.Literal('okay'), Type.Literal('poor')], {
      description: 'How good the choice is; used in the end-of-scenario summary.',
    }),
  },
  'A choice in a scenario.',
);
export const ScenarioNode = closed(
  {
    id: Slug,
    text: Markup('What is happening at this point.'),
    choices: Type.Optional(Type.Array(ScenarioChoice, { minItems: 1, maxItems: 6 })),
    end: Type.Optional(
      closed(
        {
          outcome: Type.Union([Type.Literal('good'), Type.Literal('mixed'), Type.Literal('poor')]),
          summary: Markup('What this ending means.'),
        },
        'Makes this node an ending.',
      ),
    ),
  },
  'A point in the scenario: it has either choices or an end.',
);
export const ScenarioBlock = closed(
  {
    type: Type.Literal('scenario'),
    ...blockBase,
    title: Text('The scenario title.', 200),
    start: Slug,
    nodes: Type.Array(ScenarioNode, { minItems: 2 }),
  },
  'A branching scenario: nodes with choices, feedback and end states; the learner sees a summary of their path.',
);

export const ReflectionBlock = closed(
  {
    type: Type.Literal('reflection'),
    ...blockBase,
    prompt: Markup('The question to reflect on.'),
    guidance: Type.Optional(Markup('Optional prompts or a structure to help.')),
    maxLength: Type.Optional(
      Type.Integer({ minimum: 100, maximum: 20000, description: 'Longest answer allowed, in characters.', default: 5000 }),
    ),
  },
  'Private free text. It stays on this device unless the course sets privacy.reflectionsLeaveDevice.',
);

export const LikertBlock = closed(
  {
    type: Type.Literal('likert'),
    ...blockBase,
    phase: Type.Union([Type.Literal('pre'), Type.Literal('post')], { description: 'pre: before the learning; post: after it.' }),
    pairWith: Type.Optional(Type.String({ description: 'For a post block: the id of the pre block it pairs with (same item ids).' })),
    prompt: Markup('What the learner rates.'),
    scale: Type.Optional(
      closed(
        {
          min: Type.Integer({ minimum: 0, maximum: 1 }),
          max: Type.Integer({ minimum: 3, maximum: 7 }),
          minLabel: Text('Label for the lowest point.', 100),
          maxLabel: Text('Label for the highest point.', 100),
        },
        'The rating scale. Default: 1 (not at all confident) to 5 (very confident).',
      ),
    ),
    items: Type.Array(closed({ id: Slug, text: Text('A statement to rate.', 500) }, 'One item.'), { minItems: 1, maxItems: 12 }),
    summary: Type.Optional(
      Type.Literal('priorities', {
        description:
          'priorities: once saved, show the learner the statements they rated lowest as where to start (for a self-assessment of an organisation or a practice).',
      }),
    ),
  },
  'Confidence ratings, paired before and after; the learner sees their own change at the end.',
);

export const ResourceBlock = closed(
  {
    type: Type.Literal('resource'),
    ...blockBase,
    title: Text('The resource name.', 200),
    description: Type.Optional(Markup('What it is and when to use it.')),
    href: Type.Optional(
      Type.String({
        pattern: RESOURCE_HREF_PATTERN,
        description: 'A file in the course folder or an https:// link.',
      }),
    ),
    body: Type.Optional(Markup('The resource itself, written inline (for example a checklist).')),
  },
  'A file, a link, or a resource written inline (a checklist, a guide).',
);

export const CertificateBlock = closed(
  {
    type: Type.Literal('certificate'),
    ...blockBase,
    title: Text('The certificate heading.', 200),
    body: Type.Optional(Markup('Text on the certificate.')),
  },
  'A certificate with the learner name, course and date, once the course is complete; prints to PDF.',
);

export const Block = Type.Union(
  [
    TextBlock,
    MediaBlock,
    AccordionBlock,
    CalloutBlock,
    QuestionBlock,
    SortBlock,
    ScenarioBlock,
    ReflectionBlock,
    LikertBlock,
    ResourceBlock,
    CertificateBlock,
  ],
  { description: 'A block of content or activity; "type" says which.' },
);

export { BLOCK_TYPES } from './block-types.js';

export const Page = closed(
  {
    id: Slug,
    title: Text('The page heading.', 200),
    audiences: Type.Optional(Audiences),
    optional: Type.Optional(Type.Boolean({ description: 'An optional page does not count towards completion.', default: false })),
    contentNote: Type.Optional(ContentNote),
    blocks: Type.Array(Block, { minItems: 1 }),
  },
  'A page of blocks.',
);

export const Assessment = closed(
  {
    passMark: Type.Number({ minimum: 0, maximum: 100, description: 'The percentage needed to pass.' }),
    attempts: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 10,
        description: 'How many times the learner may take it; 0 = no limit. Default: 0.',
        default: 0,
      }),
    ),
    questions: Type.Optional(
      Type.Union([Type.Literal('all'), Type.Array(Slug, { minItems: 1, uniqueItems: true })], {
        description: '"all" (every question in scope) or the ids of the question blocks that count.',
        default: 'all',
      }),
    ),
  },
  'How an assessment is scored.',
);

export const Module = closed(
  {
    id: Slug,
    title: Text('The module title.', 200),
    description: Type.Optional(Markup('A short description.')),
    estimatedMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
    outcomes: Type.Optional(Type.Array(Text('One learning outcome.', 500), { minItems: 1 })),
    gate: Type.Optional(
      Type.Union([Type.Literal('open'), Type.Literal('sequential')], {
        description:
          'sequential: the module opens once the previous one is complete, and its pages are taken in order. open: any time, any order.',
        default: 'open',
      }),
    ),
    contentNote: Type.Optional(ContentNote),
    assessment: Type.Optional(Assessment),
    references: Type.Optional(Type.Array(Reference)),
    pages: Type.Array(Page, { minItems: 1 }),
  },
  'A module: a group of pages.',
);

export const SupportContact = closed(
  {
    name: Text('The service.', 200),
    phone: Type.Optional(Type.String({ pattern: PHONE_PATTERN, description: 'The phone number as people dial it.' })),
    url: Type.Optional(LinkUrl),
    hours: Type.Optional(Text('When it is open.', 200)),
    description: Type.Optional(Text('Who it is for.', 500)),
    region: Type.Optional(Text('Where it applies, e.g. "Wales".', 100)),
  },
  'A contact or helpline.',
);

export const Course = closed(
  {
    $schema: Type.Optional(Type.String({ description: 'The JSON Schema for editor support.' })),
    formatVersion: Type.Literal(FORMAT_VERSION, { description: 'The version of this file format.' }),
    id: Slug,
    version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$', description: 'The course version, e.g. "1.0.0".' }),
    title: Text('The course title.', 200),
    description: Type.Optional(Markup('What the course is about and who it is for.')),
    lang: Type.String({
      pattern: '^[a-z]{2,3}(-[A-Z]{2})?$',
      description: 'The course language, e.g. "en-GB" or "cy". Chooses the player language.',
    }),
    audiences: Type.Optional(
      Type.Array(closed({ id: Slug, title: Text('How the learner sees the choice.', 200) }, 'An audience.'), {
        minItems: 2,
        description:
          'Audience variants the learner chooses between (e.g. primary and secondary). Pages and blocks name the audiences they are for.',
      }),
    ),
    estimatedMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 6000 })),
    completion: closed(
      {
        rule: Type.Union([Type.Literal('viewed'), Type.Literal('passed'), Type.Literal('viewed-and-passed')], {
          description: 'viewed: every required page viewed; passed: the course assessment passed; viewed-and-passed: both.',
        }),
      },
      'When the course counts as complete.',
    ),
    assessment: Type.Optional(Assessment),
    support: closed(
      {
        intro: Type.Optional(Markup('A sentence or two shown above the contacts.')),
        contacts: Type.Array(SupportContact, { minItems: 1 }),
      },
      'Support contacts and helplines, one click away on every page.',
    ),
    privacy: Type.Optional(
      closed(
        {
          reflectionsLeaveDevice: Type.Optional(
            Type.Boolean({
              description: 'Send reflection text to the LMS. Off by default: reflections stay on the device.',
              default: false,
            }),
          ),
        },
        'What may leave the device.',
      ),
    ),
    quickExit: Type.Optional(
      closed({ url: LinkUrl }, 'Offer a quick exit button that hides the course at once and opens this neutral page.'),
    ),
    references: Type.Optional(Type.Array(Reference)),
    modules: Type.Array(Module, { minItems: 1 }),
  },
  'A Haven course.',
);

export const schemas: Record<string, TSchema> = { Course };
