import type { BlockType } from '@haven/course';

/**
 * Block modules are loaded when a page first needs them, so the start-up bundle carries only the
 * player and the blocks of the first page. Each loader is a literal import() so the bundler splits
 * per block; registration is guarded like the blocks' own index, so loading both is harmless.
 */
const define = (tag: string, element: CustomElementConstructor): void => {
  if (!customElements.get(tag)) customElements.define(tag, element);
};

const loaders: Readonly<Record<BlockType, () => Promise<void>>> = {
  text: () => import('../blocks/text/text.js').then((m) => define('haven-text', m.HavenText)),
  media: () => import('../blocks/media/media.js').then((m) => define('haven-media', m.HavenMedia)),
  accordion: () => import('../blocks/accordion/accordion.js').then((m) => define('haven-accordion', m.HavenAccordion)),
  callout: () => import('../blocks/callout/callout.js').then((m) => define('haven-callout', m.HavenCallout)),
  question: () => import('../blocks/question/question.js').then((m) => define('haven-question', m.HavenQuestion)),
  sort: () => import('../blocks/sort/sort.js').then((m) => define('haven-sort', m.HavenSort)),
  scenario: () => import('../blocks/scenario/scenario.js').then((m) => define('haven-scenario', m.HavenScenario)),
  reflection: () => import('../blocks/reflection/reflection.js').then((m) => define('haven-reflection', m.HavenReflection)),
  likert: () => import('../blocks/likert/likert.js').then((m) => define('haven-likert', m.HavenLikert)),
  resource: () => import('../blocks/resource/resource.js').then((m) => define('haven-resource', m.HavenResource)),
  certificate: () => import('../blocks/certificate/certificate.js').then((m) => define('haven-certificate', m.HavenCertificate)),
};

const loaded = new Map<BlockType, Promise<boolean>>();

/** Loads the block modules for these types; resolves false for any that failed. */
export function loadBlocks(types: Iterable<BlockType>): Promise<boolean[]> {
  return Promise.all(
    [...new Set(types)].map((type) => {
      let p = loaded.get(type);
      if (!p) {
        p = loaders[type]().then(
          () => true,
          () => false,
        );
        loaded.set(type, p);
      }
      return p;
    }),
  );
}
