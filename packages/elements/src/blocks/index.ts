/**
 * Registers every block element under its agreed tag. The player imports this module once.
 */
import { HavenText } from './text/text.js';
import { HavenMedia } from './media/media.js';
import { HavenAccordion } from './accordion/accordion.js';
import { HavenCallout } from './callout/callout.js';
import { HavenQuestion } from './question/question.js';
import { HavenSort } from './sort/sort.js';
import { HavenScenario } from './scenario/scenario.js';
import { HavenReflection } from './reflection/reflection.js';
import { HavenLikert } from './likert/likert.js';
import { HavenResource } from './resource/resource.js';
import { HavenCertificate } from './certificate/certificate.js';

/** Block type -> tag name, for the player's page renderer. */
export const BLOCK_TAGS = {
  text: 'haven-text',
  media: 'haven-media',
  accordion: 'haven-accordion',
  callout: 'haven-callout',
  question: 'haven-question',
  sort: 'haven-sort',
  scenario: 'haven-scenario',
  reflection: 'haven-reflection',
  likert: 'haven-likert',
  resource: 'haven-resource',
  certificate: 'haven-certificate',
} as const;

const elements: Record<(typeof BLOCK_TAGS)[keyof typeof BLOCK_TAGS], CustomElementConstructor> = {
  'haven-text': HavenText,
  'haven-media': HavenMedia,
  'haven-accordion': HavenAccordion,
  'haven-callout': HavenCallout,
  'haven-question': HavenQuestion,
  'haven-sort': HavenSort,
  'haven-scenario': HavenScenario,
  'haven-reflection': HavenReflection,
  'haven-likert': HavenLikert,
  'haven-resource': HavenResource,
  'haven-certificate': HavenCertificate,
};

// Guarded, so a host page that loads Haven twice does not throw.
for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

export {
  HavenText,
  HavenMedia,
  HavenAccordion,
  HavenCallout,
  HavenQuestion,
  HavenSort,
  HavenScenario,
  HavenReflection,
  HavenLikert,
  HavenResource,
  HavenCertificate,
};
