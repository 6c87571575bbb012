// Upload an overlay (image + bounds, corners or world file) and follow its tiling until it is ready.
import * as api from './api';
import { el, field } from './dom';

/** The upload form. */
export class OverlayUpload {
  private readonly file = el('input', { id: 'upload-file', type: 'file', accept: '.tif,.tiff,.png,.jpg,.jpeg,.webp', required: true });
  private readonly world = el('input', { id: 'upload-world', type: 'file', accept: '.pgw,.jgw,.tfw,.wld,.wpw,.tifw' });
  private readonly crs = el('input', { id: 'upload-crs', type: 'text', placeholder: 'EPSG:4326 (for a world file)' });
  private readonly title = el('input', { id: 'upload-title', type: 'text', required: true });
  private readonly source = el('input', { id: 'upload-source', type: 'text' });
  private readonly acquired = el('input', { id: 'upload-acquired', type: 'date' });
  private readonly bounds = el('input', { id: 'upload-bounds', type: 'text', placeholder: 'west,south,east,north', pattern: '^\\s*-?[\\d.]+\\s*,\\s*-?[\\d.]+\\s*,\\s*-?[\\d.]+\\s*,\\s*-?[\\d.]+\\s*$' });
  private readonly progress = el('progress', { id: 'upload-progress', max: '100', value: '0', hidden: true });
  private readonly message = el('p', { id: 'upload-message', 'aria-live': 'polite' });

  constructor(container: HTMLElement, private readonly ready: (id: string) => void) {
    const form = el('form', { id: 'upload-form' },
      field('Image (GeoTIFF, PNG, JPEG, WebP)', this.file), field('Title', this.title), field('Source', this.source),
      field('Acquired', this.acquired), field('Bounds (if not a GeoTIFF)', this.bounds),
      field('World file (instead of bounds)', this.world), field('CRS of the world file', this.crs),
      el('button', { type: 'submit', text: 'Upload' }), this.progress, this.message);
    form.addEventListener('submit', (e) => { e.preventDefault(); void this.upload(); });
    container.append(form);
  }

  private async upload(): Promise<void> {
    const image = this.file.files?.[0];
    if (!image || !this.title.value.trim()) { this.message.textContent = 'Choose an image and give it a title.'; return; }
    const form = new FormData();
    form.append('title', this.title.value.trim());
    if (this.source.value.trim()) form.append('source', this.source.value.trim());
    if (this.acquired.value) form.append('acquiredAt', `${this.acquired.value}T00:00:00Z`);
    if (this.bounds.value.trim()) form.append('bounds', this.bounds.value.replace(/\s/g, ''));
    const world = this.world.files?.[0];
    if (world) form.append('world', world, world.name);
    if (this.crs.value.trim()) form.append('crs', this.crs.value.trim());
    form.append('file', image, image.name);
    this.message.textContent = 'Uploading…';
    this.progress.hidden = false;
    this.progress.value = 0;
    try {
      const overlay = await api.uploadOverlay(form);
      await this.follow(overlay.id);
    } catch (e) {
      this.message.textContent = (e as Error).message;
      this.progress.hidden = true;
    }
  }

  private async follow(id: string): Promise<void> {
    for (;;) {
      const { properties: o } = await api.overlay(id);
      this.progress.value = Math.round(o.progress * 100);
      if (o.status === 'ready') {
        this.message.textContent = `“${o.title}” is ready.`;
        this.progress.hidden = true;
        this.ready(id);
        return;
      }
      if (o.status === 'failed') {
        this.message.textContent = `Tiling failed: ${o.failureReason ?? 'unknown reason'}`;
        this.progress.hidden = true;
        return;
      }
      this.message.textContent = `Tiling… ${Math.round(o.progress * 100)} %`;
      await new Promise((r) => setTimeout(r, 700));
    }
  }
}
