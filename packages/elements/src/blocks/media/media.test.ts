import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHarness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { fixtureBlocks, fixtureCourse } from '../testing/fixture-course.js';
import { renderBlock, settle, shadow } from '../testing/render.js';
import type { HavenMedia } from './media.js';

describe('haven-media', () => {
  it('shows an image with its alternative text and caption', async () => {
    const block = exampleBlock('calm-path', 'media');
    const el = await renderBlock<HavenMedia>(createHarness(exampleCourse), block);
    const img = shadow(el).querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal(block.kind === 'image' ? block.alt : '');
    expect(img.src).to.equal(new URL(`/courses/example/${block.src}`, location.href).href);
    await expect(el).to.be.accessible();
  });

  it('never plays by itself: controls on, metadata only, captions track on by default', async () => {
    const el = await renderBlock<HavenMedia>(createHarness(fixtureCourse), fixtureBlocks.video);
    const video = shadow(el).querySelector('video')!;
    expect(video.hasAttribute('autoplay')).to.equal(false);
    expect(video.autoplay).to.equal(false);
    expect(video.controls).to.equal(true);
    expect(video.getAttribute('preload')).to.equal('metadata');
    expect(video.paused).to.equal(true);
    const track = video.querySelector('track')!;
    expect(track.kind).to.equal('captions');
    expect(track.default).to.equal(true);
    expect(track.src).to.equal(new URL(`/courses/example/${fixtureBlocks.video.captions}`, location.href).href);
    expect(track.srclang).to.equal('en-GB');
    // The default captions track is switched on without the learner doing anything.
    await waitUntil(() => video.textTracks[0]?.mode === 'showing', 'captions are not showing', { timeout: 3000 });
    expect(video.paused).to.equal(true);
  });

  it('says in words when an image cannot be loaded, with what it shows', async () => {
    const block = exampleBlock('calm-path', 'media');
    const el = await renderBlock<HavenMedia>(createHarness(exampleCourse), { ...block, src: 'media/not-there.svg' });
    await waitUntil(() => shadow(el).querySelector('.note'), 'no note about the missing image', { timeout: 5000 });
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('.note')!.textContent).to.equal(
      `This image could not be loaded. It shows: ${block.kind === 'image' ? block.alt : ''}`,
    );
    await expect(el).to.be.accessible();
  });

  it('points to the transcript when a video cannot be loaded', async () => {
    const el = await renderBlock<HavenMedia>(createHarness(fixtureCourse), { ...fixtureBlocks.video, src: 'media/not-there.mp4' });
    await waitUntil(() => shadow(el).querySelector('.note'), 'no note about the missing video', { timeout: 5000 });
    expect(shadow(el).querySelector('video')).to.equal(null);
    expect(shadow(el).querySelector('.note')!.textContent).to.equal(
      'This video could not be loaded. The transcript below has everything it says.',
    );
    expect(shadow(el).querySelector('button[aria-controls="transcript"]')).to.be.instanceOf(HTMLButtonElement);
  });

  it('opens and closes the transcript from the keyboard', async () => {
    const block = exampleBlock('teacher-voice', 'media');
    const el = await renderBlock<HavenMedia>(createHarness(exampleCourse), block);
    const root = shadow(el);
    const button = root.querySelector<HTMLButtonElement>('button[aria-controls="transcript"]')!;
    const region = root.querySelector<HTMLElement>('#transcript')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hidden).to.equal(false);
    expect(region.textContent).to.contain('Transcript');
    expect(button.textContent?.trim()).to.equal('Hide transcript');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
  });

  it('plays audio only when asked, and records that the clip was viewed', async () => {
    const harness = createHarness(exampleCourse);
    const block = exampleBlock('teacher-voice', 'media');
    const el = await renderBlock<HavenMedia>(harness, block);
    const audio = shadow(el).querySelector<HTMLMediaElement>('audio, video')!;
    expect(audio.autoplay).to.equal(false);
    audio.dispatchEvent(new Event('play'));
    expect(harness.sent).to.deep.include({ type: 'block.viewed', blockId: block.id });
  });
});
