/**
 * `haven new <dir>`: scaffolds a course folder that validates as written: course.json with one
 * example of every block type, a content note and UK support contacts; its JSON Schema (for editor
 * help); the tracking-key lock file; and the one image the example refers to.
 */
import { copyFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatError, formatLock, parse, type CourseFile } from '@haven/course';
import { processIo } from '../io.js';
import { painter, shownPath, type Io } from './build.js';

export const NEW_HELP = `Usage: haven new <dir> [options]

Creates a new course folder with an example of every block type, ready to edit.

Options:
  --id <id>        the course id (default: from the folder name)
  --title <text>   the course title (default: "My course")
  -h, --help       show this help

The folder must be new or empty: haven new never overwrites files.
Exit codes: 0 created, 1 the folder is not empty, 2 wrong usage.
`;

const SCHEMA = fileURLToPath(new URL('../../../course/schema/course.schema.json', import.meta.url));
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const paint = painter(io);
  const usage = (message: string) => {
    io.stderr.write(`${paint.red('haven new:')} ${message}\nRun "haven new --help" for usage.\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { id: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    return usage((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(NEW_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    return usage(positionals.length ? 'give one folder' : 'where? Give a folder for the new course, e.g. haven new courses/my-course');
  const dir = resolve(io.cwd, positionals[0] ?? '');
  const id = values.id ?? slugFrom(basename(dir));
  if (!SLUG.test(id))
    return usage(`"${id}" cannot be a course id: use lower-case letters, digits and hyphens, starting with a letter or digit`);
  const title = (values.title ?? 'My course').trim();
  if (!title || title.length > 200) return usage('the title must be 1 to 200 characters');

  const shown = shownPath(io.cwd, dir);
  const state = await folderState(dir);
  if (state !== 'absent' && state !== 'empty') {
    io.stderr.write(
      `${paint.red('haven new:')} ${state === 'file' ? `${shown} is a file` : `${shown} is not empty`}: haven new only writes into a new or empty folder, so nothing of yours is overwritten. Choose another folder.\n`,
    );
    return 1;
  }

  const text = `${JSON.stringify(exampleCourse(id, title), null, 2)}\n`;
  const checked = parse(text, join(shown, 'course.json'));
  if (!checked.ok) {
    // Only reachable if the template and the schema drift apart; the tests keep them together.
    for (const e of checked.errors) io.stderr.write(`${formatError(e)}\n`);
    return 1;
  }
  await mkdir(join(dir, 'media'), { recursive: true });
  await writeFile(join(dir, 'course.json'), text);
  await writeFile(join(dir, 'course.lock.json'), formatLock(checked.lock));
  await copyFile(SCHEMA, join(dir, 'course.schema.json'));
  await writeFile(join(dir, 'media', 'welcome.svg'), WELCOME_SVG);

  io.stdout.write(
    `${paint.green('Created')} ${shown}: course.json, course.lock.json, course.schema.json and media/welcome.svg.\n` +
      `Next: edit course.json, then\n  haven validate ${shown}\n  haven preview ${shown}\n  haven build ${shown}\n` +
      'Keep course.lock.json with the course: it keeps learners\u2019 progress when you edit.\n',
  );
  return 0;
}

type FolderState = 'absent' | 'empty' | 'not-empty' | 'file';

async function folderState(dir: string): Promise<FolderState> {
  try {
    if (!(await stat(dir)).isDirectory()) return 'file';
  } catch {
    return 'absent';
  }
  return (await readdir(dir)).length ? 'not-empty' : 'empty';
}

/** "My Course (2025)" -> "my-course-2025". */
export function slugFrom(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return slug || 'my-course';
}

const WELCOME_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320" role="img" aria-labelledby="t">
  <title id="t">A calm sky over gentle hills</title>
  <rect width="640" height="320" fill="#e8f1f5"/>
  <circle cx="500" cy="90" r="42" fill="#f6d98b"/>
  <path d="M0 250 C140 180 260 220 360 240 S560 200 640 230 V320 H0 Z" fill="#9cc5a1"/>
  <path d="M0 280 C160 240 320 300 460 270 S600 260 640 270 V320 H0 Z" fill="#6fa883"/>
</svg>
`;

/** One example of every block type, written to be read by the trainer who edits it. */
export function exampleCourse(id: string, title: string): CourseFile {
  return {
    $schema: './course.schema.json',
    formatVersion: 1,
    id,
    version: '0.1.0',
    title,
    description: 'Replace this with what the course is about and who it is for.',
    lang: 'en-GB',
    estimatedMinutes: 20,
    completion: { rule: 'viewed-and-passed' },
    assessment: { passMark: 80, attempts: 0, questions: ['check-understanding'] },
    support: {
      intro:
        'Some of this course may bring up difficult feelings. You can pause at any time. If you need to talk to someone, these services can help.',
      contacts: [
        {
          name: 'Emergency services',
          phone: '999',
          description: 'If anyone is in immediate danger. If you cannot speak, call 999 from a mobile and press 55 when asked.',
        },
        {
          name: 'National Domestic Abuse Helpline',
          phone: '0808 2000 247',
          url: 'https://www.nationaldahelpline.org.uk/',
          hours: '24 hours a day, every day',
          description: 'Free, confidential support for anyone experiencing domestic abuse, and for people worried about someone.',
          region: 'England',
        },
        {
          name: 'Samaritans',
          phone: '116 123',
          url: 'https://www.samaritans.org/',
          hours: '24 hours a day, every day',
          description: 'Someone to talk to about anything that is troubling you.',
        },
        {
          name: 'NSPCC Helpline',
          phone: '0808 800 5000',
          url: 'https://www.nspcc.org.uk/',
          description: 'For adults who are worried about a child.',
        },
        {
          name: 'Childline',
          phone: '0800 1111',
          url: 'https://www.childline.org.uk/',
          description: 'For children and young people up to the age of 19.',
        },
      ],
    },
    quickExit: { url: 'https://www.bbc.co.uk/weather' },
    modules: [
      {
        id: 'getting-started',
        title: 'Getting started',
        description: 'An example module: one page of each kind of activity. Rename, rewrite or remove anything.',
        estimatedMinutes: 20,
        outcomes: ['Know what each kind of block looks like to a learner.'],
        gate: 'open',
        contentNote: {
          summary: 'This module mentions domestic abuse and its effect on children, without describing any abuse.',
          coming: ['A short scenario about a child who seems withdrawn at school', 'A private reflection on your own practice'],
          canSkip: true,
        },
        pages: [
          {
            id: 'welcome',
            title: 'Welcome',
            blocks: [
              {
                type: 'text',
                id: 'welcome-text',
                body: 'Welcome. This course takes about **20 minutes**. You can stop at any point and carry on later: your progress is saved.\n\nUse the support button at any time to see who you can talk to.',
              },
              { type: 'media', id: 'welcome-image', kind: 'image', src: 'media/welcome.svg', alt: 'A calm sky over gentle hills.' },
              {
                type: 'callout',
                id: 'look-after-yourself',
                tone: 'support',
                title: 'Look after yourself',
                body: 'If anything here brings up difficult feelings, take a break. You can come back whenever you are ready.',
              },
              {
                type: 'likert',
                id: 'confidence-before',
                phase: 'pre',
                prompt: 'Before you start, how confident do you feel?',
                items: [
                  { id: 'noticing', text: 'Noticing when a child may be affected by domestic abuse' },
                  { id: 'responding', text: 'Responding to a child in a way that helps them feel safe' },
                ],
              },
            ],
          },
          {
            id: 'learn',
            title: 'Learn',
            blocks: [
              {
                type: 'accordion',
                id: 'principles',
                items: [
                  { title: 'Safety', body: 'Help people feel physically and emotionally safe.' },
                  { title: 'Choice', body: 'Offer real choices, and respect the choices people make.' },
                  { title: 'Trust', body: 'Be clear about what will happen, and do what you say you will do.' },
                ],
              },
              {
                type: 'sort',
                id: 'wording',
                prompt: 'Sort each phrase: does it place responsibility on the person causing harm, or blame the victim?',
                categories: [
                  { id: 'responsible', title: 'Names who is responsible' },
                  { id: 'blaming', title: 'Blames the victim' },
                ],
                items: [
                  {
                    id: 'stopped-her',
                    text: 'He stopped her from seeing her friends.',
                    category: 'responsible',
                    feedback: 'This names what he did and who is responsible for it.',
                  },
                  {
                    id: 'let-it-happen',
                    text: 'She let it happen in front of the children.',
                    category: 'blaming',
                    feedback: 'This suggests the victim is responsible for the abuse she experienced.',
                  },
                ],
              },
            ],
          },
          {
            id: 'practise',
            title: 'Practise',
            blocks: [
              {
                type: 'scenario',
                id: 'quiet-morning',
                title: 'A quiet morning',
                start: 'arrive',
                nodes: [
                  {
                    id: 'arrive',
                    text: 'Sam, aged 7, arrives at school quieter than usual and keeps their coat on.',
                    choices: [
                      {
                        id: 'check-in',
                        text: 'Quietly ask Sam if they would like to help you set up the classroom.',
                        next: 'helped',
                        feedback: 'A calm, low-pressure offer gives Sam a choice and a chance to feel safe with you.',
                        quality: 'best',
                      },
                      {
                        id: 'coat-off',
                        text: 'Tell Sam to take their coat off like everyone else.',
                        next: 'withdrawn',
                        feedback: 'Sam may be keeping their coat on to feel safe. A demand can make them feel less safe.',
                        quality: 'poor',
                      },
                    ],
                  },
                  {
                    id: 'helped',
                    text: 'Sam nods and helps you. After a while they start to talk about their weekend.',
                    end: { outcome: 'good', summary: 'Offering choice and calm company helped Sam settle and feel able to talk.' },
                  },
                  {
                    id: 'withdrawn',
                    text: 'Sam takes their coat off but stays silent for the rest of the morning.',
                    end: {
                      outcome: 'poor',
                      summary:
                        'Sam complied but withdrew. Noticing what a behaviour might be telling you often helps more than correcting it.',
                    },
                  },
                ],
              },
              {
                type: 'question',
                id: 'check-understanding',
                prompt: 'A child has heard abuse at home but has not been hurt. Are they a victim of domestic abuse?',
                mode: 'single',
                options: [
                  {
                    id: 'yes',
                    text: 'Yes, in their own right',
                    feedback:
                      'Yes. In England and Wales, the Domestic Abuse Act 2021 recognises a child who sees, hears or experiences the effects of abuse as a victim in their own right.',
                  },
                  {
                    id: 'no',
                    text: 'No, because they were not hurt',
                    feedback:
                      'Not quite. Seeing, hearing or living with the effects of abuse is enough: the child is a victim in their own right.',
                  },
                ],
                correct: ['yes'],
              },
              {
                type: 'reflection',
                id: 'own-practice',
                prompt: 'Think of a child you have worked with. What helped them feel safe with you?',
                guidance: 'Your answer stays on this device. Nobody else will read it.',
              },
            ],
          },
          {
            id: 'finish',
            title: 'Finish',
            blocks: [
              {
                type: 'likert',
                id: 'confidence-after',
                phase: 'post',
                pairWith: 'confidence-before',
                prompt: 'Now that you have finished, how confident do you feel?',
                items: [
                  { id: 'noticing', text: 'Noticing when a child may be affected by domestic abuse' },
                  { id: 'responding', text: 'Responding to a child in a way that helps them feel safe' },
                ],
              },
              {
                type: 'resource',
                id: 'checklist',
                title: 'A checklist to keep',
                description: 'A short list to use in your day-to-day work.',
                body: '- Offer choices wherever you can.\n- Tell children what will happen next.\n- Follow your safeguarding procedures if you are worried about a child.',
              },
              {
                type: 'certificate',
                id: 'certificate',
                title: 'Certificate of completion',
                body: 'Completed the example course.',
              },
            ],
          },
        ],
      },
    ],
  };
}
