import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { ImageMedia, MediaBlock, TimedMedia } from '@haven/course';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { renderMarkup } from '../../markup/render-markup.js';
import { mediaStyles } from './media.styles.js';

/**
 * @tagname haven-media
 * @summary An image, or a video or audio clip with captions and a transcript. It never plays by itself.
 * @csspart media - The img, video or audio element.
 * @csspart caption - The visible caption.
 * @csspart transcript - The transcript region.
 */
export class HavenMedia extends BlockElement<MediaBlock> {
  static override styles = [HavenMedia.baseStyles, blockStyles, mediaStyles];

  @state() private transcriptOpen = false;
  /** The file could not be loaded (offline, or missing beside an authored course): say so in words. */
  @state() private failed = false;

  private handleError() {
    this.failed = true;
  }

  private handleTranscriptToggle() {
    this.transcriptOpen = !this.transcriptOpen;
  }

  private handlePlay() {
    if (this.block) this.handle?.send({ type: 'block.viewed', blockId: this.block.id });
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    return block.kind === 'image' ? this.renderImage(block) : this.renderTimed(block);
  }

  private renderImage(block: ImageMedia) {
    // A decorative image (empty alt) that fails leaves nothing to say.
    const image = this.failed
      ? block.alt
        ? html`<p class="note" role="status">${this.t('media.imageFailed', { alt: block.alt })}</p>`
        : nothing
      : html`<img part="media" src=${this.url(block.src)} alt=${block.alt} loading="lazy" @error=${this.handleError} />`;
    return html`<figure>${image} ${block.caption ? html`<figcaption part="caption">${block.caption}</figcaption>` : nothing}</figure>`;
  }

  private renderTimed(block: TimedMedia) {
    const lang = this.course?.lang ?? 'en-GB';
    const track = html`<track kind="captions" default src=${this.url(block.captions)} srclang=${lang} label=${this.t('media.captions')} />`;
    // Controls always on, metadata only, and no autoplay attribute: the learner starts it.
    const player = this.failed
      ? html`<p class="note" role="status">${this.t(block.kind === 'video' ? 'media.videoFailed' : 'media.audioFailed')}</p>`
      : block.kind === 'video'
        ? html`<video
            part="media"
            controls
            preload="metadata"
            playsinline
            poster=${block.poster ? this.url(block.poster) : nothing}
            src=${this.url(block.src)}
            @play=${this.handlePlay}
            @error=${this.handleError}
          >
            ${track}${this.t('media.noVideo')}
          </video>`
        : html`<audio
            part="media"
            controls
            preload="metadata"
            src=${this.url(block.src)}
            @play=${this.handlePlay}
            @error=${this.handleError}
          >
            ${track}${this.t('media.noAudio')}
          </audio>`;
    return html`<figure>${player} ${block.caption ? html`<figcaption part="caption">${block.caption}</figcaption>` : nothing}</figure>
      <div class="actions">
        <button
          class="secondary"
          aria-expanded=${this.transcriptOpen ? 'true' : 'false'}
          aria-controls="transcript"
          @click=${this.handleTranscriptToggle}
        >
          ${this.t(this.transcriptOpen ? 'media.transcriptHide' : 'media.transcriptShow')}
        </button>
      </div>
      <section
        id="transcript"
        part="transcript"
        class="transcript panel"
        aria-labelledby="transcript-heading"
        ?hidden=${!this.transcriptOpen}
      >
        <h3 id="transcript-heading">${this.t('media.transcript')}</h3>
        <div>${renderMarkup(block.transcript)}</div>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-media': HavenMedia;
  }
}
