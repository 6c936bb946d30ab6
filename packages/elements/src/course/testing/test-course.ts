/** A small authored course with every shell feature: notes (skippable and not), support, quick exit. */
export function testCourse(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    formatVersion: 1,
    id: 'shell-test',
    version: '1.0.0',
    title: 'Understanding children’s experiences',
    lang: 'en-GB',
    completion: { rule: 'viewed' },
    support: {
      intro: 'You can talk to someone at any time.',
      contacts: [
        {
          name: 'National Domestic Abuse Helpline',
          phone: '0808 2000 247',
          hours: '24 hours',
          url: 'https://www.nationaldahelpline.org.uk',
        },
        { name: 'Samaritans', phone: '116 123', hours: '24 hours' },
      ],
    },
    quickExit: { url: 'https://www.bbc.co.uk/weather' },
    modules: [
      {
        id: 'basics',
        title: 'The basics',
        gate: 'open',
        pages: [
          { id: 'welcome', title: 'Welcome', blocks: [{ type: 'text', id: 'welcome-text', body: 'Welcome to the course.' }] },
          {
            id: 'pacing',
            title: 'Going at your own pace',
            blocks: [{ type: 'text', id: 'pacing-text', body: 'Take breaks whenever you like.' }],
          },
        ],
      },
      {
        id: 'harder',
        title: 'Harder topics',
        gate: 'open',
        contentNote: {
          summary: 'This module talks about how children experience abuse at home.',
          coming: ['Descriptions of arguments a child overhears'],
          canSkip: true,
        },
        pages: [
          {
            id: 'hearing',
            title: 'What children hear',
            blocks: [{ type: 'text', id: 'hearing-text', body: 'Children notice more than adults think.' }],
          },
          {
            id: 'disclosure',
            title: 'When a child tells you',
            contentNote: { summary: 'This page describes a child telling an adult about abuse.', canSkip: false },
            blocks: [{ type: 'text', id: 'disclosure-text', body: 'Listen, stay calm and take it seriously.' }],
          },
        ],
      },
      {
        id: 'closing',
        title: 'Closing',
        gate: 'open',
        pages: [
          { id: 'end', title: 'Looking after yourself', blocks: [{ type: 'text', id: 'end-text', body: 'Thank you for your care.' }] },
        ],
      },
    ],
    ...overrides,
  };
}
