// Overlays: each ready overlay as an XYZ tile layer (limited to its footprint and zoom range so no tile outside
// the pyramid is ever requested), with visibility, opacity and stacking order per layer (the list's order, top
// first), footprints with acquisition dates, and a before/after swipe between two overlays.
import TileLayer from 'ol/layer/Tile';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import XYZ from 'ol/source/XYZ';
import GeoJSON from 'ol/format/GeoJSON';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import { Stroke, Style, Text, Fill } from 'ol/style';
import { getRenderPixel } from 'ol/render';
import type OlMap from 'ol/Map';
import type RenderEvent from 'ol/render/Event';
import type { Extent } from 'ol/extent';
import * as api from './api';
import { el, field, formatTime } from './dom';
import type { Feature as JsonFeature, OverlayInfo } from './types';

const format = new GeoJSON({ featureProjection: 'EPSG:3857' });

const footprintOutline = new Style({ stroke: new Stroke({ color: '#0b7285', width: 1.5, lineDash: [6, 4] }) });
const labelStyles = new Map<string, Style>();
function footprintLabel(text: string): Style {
  let s = labelStyles.get(text);
  if (!s) {
    s = new Style({ text: new Text({ text, font: '11px system-ui, sans-serif', textAlign: 'left', textBaseline: 'top', offsetX: 5, offsetY: 5, fill: new Fill({ color: '#0b7285' }), stroke: new Stroke({ color: '#fff', width: 3 }) }) });
    labelStyles.set(text, s);
  }
  return s;
}

interface Entry {
  info: OverlayInfo;
  layer: TileLayer<XYZ>;
  extent: Extent;
  visible: HTMLInputElement;
}

/** The overlay layers and their controls. */
export class Overlays {
  /**
   * Footprints as dashed outlines, and one label per footprint outline inside its north-west corner. Overlays with the
   * same footprint (before and after of one place) share one label, a line each, oldest first; labels of different
   * footprints that would overlap are decluttered among themselves (the list in the sidebar has them all).
   */
  readonly footprints = new VectorLayer({
    source: new VectorSource(),
    style: (f) => (f.getGeometry()?.getType() === 'Point' ? footprintLabel(f.get('label') as string) : footprintOutline),
    declutter: 'footprints',
    properties: { title: 'Overlay footprints' },
    zIndex: 5,
  });
  private readonly entries = new Map<string, Entry>();
  private readonly list = el('ul', { class: 'overlay-list', id: 'overlay-list' });
  private readonly before = el('select', { id: 'swipe-before' });
  private readonly after = el('select', { id: 'swipe-after' });
  private readonly swipe = el('input', { id: 'swipe', type: 'range', min: '0', max: '100', step: '0.1', value: '50', disabled: true });
  private readonly swipeOn = el('input', { id: 'swipe-on', type: 'checkbox' });
  /** The swipe line on the map: drag it, or focus it and use the arrow keys (Shift or Page Up/Down: 10 %). */
  private readonly divider = el('div', {
    id: 'swipe-divider', class: 'swipe-divider', role: 'slider', tabindex: '0', hidden: true,
    'aria-label': 'Before/after divider: the before overlay shows to its left, the after overlay to its right',
    'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '50', 'aria-valuetext': '50 %', 'aria-orientation': 'horizontal',
  }, el('span', { class: 'swipe-handle', 'aria-hidden': 'true' }));
  private swiped: TileLayer<XYZ> | null = null;
  /** Overlay ids in stacking order, the topmost first: the list's order. */
  private order: string[] = [];

  constructor(private readonly map: OlMap, container: HTMLElement, private readonly changed: () => void) {
    map.addLayer(this.footprints);
    const swipeToggle = el('div', { class: 'check' }, this.swipeOn, el('label', { for: 'swipe-on', text: 'Before/after swipe' }));
    container.append(
      el('h3', { text: 'Overlays' }), this.list,
      el('h3', { text: 'Compare' }),
      el('div', { class: 'row' }, field('Before (left)', this.before), field('After (right)', this.after)),
      swipeToggle, field('Swipe position', this.swipe),
    );
    for (const c of [this.before, this.after, this.swipeOn]) c.addEventListener('change', () => this.applySwipe());
    this.swipe.addEventListener('input', () => this.setSwipe(Number(this.swipe.value)));
    map.getTargetElement()!.parentElement!.append(this.divider);
    this.divider.addEventListener('keydown', (e) => {
      const step = e.shiftKey || e.key === 'PageUp' || e.key === 'PageDown' ? 10 : 1;
      const now = Number(this.swipe.value);
      const to = { ArrowLeft: now - step, ArrowDown: now - step, PageDown: now - step, ArrowRight: now + step, ArrowUp: now + step, PageUp: now + step, Home: 0, End: 100 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      this.setSwipe(to);
    });
    this.divider.addEventListener('pointerdown', (e) => {
      this.divider.setPointerCapture(e.pointerId);
      this.divider.focus({ preventScroll: true });
      e.preventDefault();
    });
    this.divider.addEventListener('pointermove', (e) => {
      if (!this.divider.hasPointerCapture(e.pointerId)) return;
      const box = map.getTargetElement()!.getBoundingClientRect();
      this.setSwipe(((e.clientX - box.left) / box.width) * 100);
    });
    this.divider.addEventListener('pointerup', (e) => this.divider.releasePointerCapture(e.pointerId));
  }

  /** Moves the swipe line to a percentage of the map's width (the range input and the divider agree). */
  private setSwipe(percent: number): void {
    const value = Math.round(Math.max(0, Math.min(100, percent)) * 10) / 10;
    this.swipe.value = String(value);
    this.divider.style.left = `${value}%`;
    this.divider.setAttribute('aria-valuenow', String(value));
    this.divider.setAttribute('aria-valuetext', `${value} %`);
    this.map.render();
  }

  /** Ids of the visible overlays (for the URL). */
  visibleIds(): string[] {
    return [...this.entries.values()].filter((e) => e.layer.getVisible()).map((e) => e.info.id);
  }

  /** Loads the overlay list; the ids given become visible. */
  async load(visible: string[]): Promise<void> {
    const fc = await api.overlays();
    const wanted = new Set([...visible, ...this.visibleIds()]);
    for (const e of this.entries.values()) this.map.removeLayer(e.layer);
    this.entries.clear();
    this.footprints.getSource()!.clear();
    this.list.replaceChildren();
    this.order = [];
    for (const f of fc.features) this.add(f, wanted.has(f.properties.id));
    this.restack();
    this.labelFootprints();
    if (fc.features.length === 0) this.list.append(el('li', { class: 'hint', text: 'No overlays yet.' }));
    this.proposeNear(this.near);
  }

  /** The overlays near the selected movement (the server's rule, in space at any time), or null. */
  private near: ReadonlySet<string> | null = null;

  /**
   * Fills the swipe's choices, proposing the overlays near the selected movement first (the ids the server chose:
   * /api/movements/{id}/overlays?time=any), in a group of their own, oldest first; with none chosen yet and two or more
   * near, the oldest and the newest of them become before and after. Null lists every overlay alike.
   */
  proposeNear(ids: ReadonlySet<string> | null): void {
    this.near = ids;
    const option = (e: Entry) => el('option', { value: e.info.id, text: `${e.info.title} (${formatTime(e.info.acquiredAt)})` });
    const all = [...this.entries.values()];
    const near = ids ? all.filter((e) => ids.has(e.info.id)).sort((a, b) => (a.info.acquiredAt ?? '').localeCompare(b.info.acquiredAt ?? '')) : [];
    const others = all.filter((e) => !near.includes(e));
    for (const select of [this.before, this.after]) {
      const chosen = select.value;
      select.replaceChildren(el('option', { value: '', text: '—' }),
        ...(near.length
          ? [el('optgroup', { label: 'Near the selected movement' }, ...near.map(option)), ...(others.length ? [el('optgroup', { label: 'Other overlays' }, ...others.map(option))] : [])]
          : all.map(option)));
      select.value = chosen;
    }
    if (near.length >= 2 && !this.before.value && !this.after.value) {
      this.before.value = near[0]!.info.id;
      this.after.value = near[near.length - 1]!.info.id;
    }
  }

  /** Makes an overlay visible and zooms to it. */
  show(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    e.layer.setVisible(true);
    e.visible.checked = true;
    this.map.getView().fit(e.extent, { padding: [60, 60, 60, 60], maxZoom: e.info.maxZoom, duration: 300 });
    this.changed();
  }

  // One label per distinct footprint (extents equal to ~1 m), at its north-west corner.
  private labelFootprints(): void {
    const source = this.footprints.getSource()!;
    const groups = new Map<string, { extent: Extent; lines: { acquired: string; text: string }[] }>();
    for (const f of source.getFeatures()) {
      const extent = f.getGeometry()!.getExtent();
      const key = extent.map((v) => Math.round(v)).join(',');
      const g = groups.get(key) ?? { extent, lines: [] };
      const acquired = (f.get('acquiredAt') as string | null) ?? '';
      g.lines.push({ acquired, text: `${f.get('title') as string} (${formatTime(acquired || null)})` });
      groups.set(key, g);
    }
    source.addFeatures([...groups.values()].map((g) => new Feature({
      geometry: new Point([g.extent[0]!, g.extent[3]!]),
      label: g.lines.sort((a, b) => a.acquired.localeCompare(b.acquired)).map((l) => l.text).join('\n'),
    })));
  }

  private add(f: JsonFeature<OverlayInfo>, visible: boolean): void {
    const info = f.properties;
    const footprint = f.geometry ? format.readFeature({ ...f, id: undefined }) : null;
    if (footprint && !Array.isArray(footprint)) {
      footprint.set('title', info.title);
      footprint.set('acquiredAt', info.acquiredAt);
      this.footprints.getSource()!.addFeature(footprint);
    }
    const extent = footprint && !Array.isArray(footprint) ? footprint.getGeometry()!.getExtent() : undefined;
    const id = `overlay-${info.id}`;
    const check = el('input', { type: 'checkbox', id, disabled: info.status !== 'ready' || !extent });
    const opacity = el('input', { type: 'range', id: `${id}-opacity`, min: '0', max: '100', value: '100', 'aria-label': `Opacity of ${info.title}` });
    const zoom = el('button', { type: 'button', class: 'link', text: 'zoom to', 'aria-label': `Zoom to ${info.title}`, disabled: !extent });
    const up = el('button', { type: 'button', id: `${id}-up`, text: '▲', title: 'Move up (drawn over the overlays below)', 'aria-label': `Move ${info.title} up` });
    const down = el('button', { type: 'button', id: `${id}-down`, text: '▼', title: 'Move down (drawn under the overlays above)', 'aria-label': `Move ${info.title} down` });
    up.addEventListener('click', () => this.move(info.id, -1));
    down.addEventListener('click', () => this.move(info.id, 1));
    const state = info.status === 'ready' ? '' : info.status === 'failed' ? ` — failed: ${info.failureReason ?? ''}` : ` — ${info.status} ${Math.round(info.progress * 100)} %`;
    this.list.append(el('li', { 'data-overlay': info.id },
      el('div', { class: 'check' }, check, el('label', { for: id }, info.title, el('span', { class: 'hint', text: ` acquired ${formatTime(info.acquiredAt)}${state}` }))),
      info.quicklook ? el('img', { class: 'quicklook', src: info.quicklook, alt: `Preview of ${info.title}`, loading: 'lazy' }) : null,
      el('div', { class: 'row' }, opacity, up, down, zoom)));
    // The API lists the newest acquisition first: by default the newest is drawn on top.
    this.order.push(info.id);
    if (info.status !== 'ready' || !info.tiles || !extent) return;
    const layer = new TileLayer({
      source: new XYZ({ url: info.tiles, minZoom: info.minZoom, maxZoom: info.maxZoom, attributions: info.source ?? undefined, transition: 0 }),
      extent,
      minZoom: Math.max(0, info.minZoom - 2),
      visible,
      zIndex: 1,
      properties: { title: info.title, overlayId: info.id },
    });
    this.map.addLayer(layer);
    check.checked = visible;
    check.addEventListener('change', () => { layer.setVisible(check.checked); this.changed(); });
    opacity.addEventListener('input', () => layer.setOpacity(Number(opacity.value) / 100));
    zoom.addEventListener('click', () => this.show(info.id));
    this.entries.set(info.id, { info, layer, extent, visible: check });
  }

  /** Moves an overlay one place up (-1) or down (+1) in the stacking order. */
  private move(id: string, by: -1 | 1): void {
    const i = this.order.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= this.order.length) return;
    [this.order[i], this.order[j]] = [this.order[j]!, this.order[i]!];
    this.restack();
    this.list.querySelector<HTMLButtonElement>(`#overlay-${CSS.escape(id)}-${by < 0 ? 'up' : 'down'}`)?.focus();
  }

  /**
   * Stacks the overlay layers in the list's order (z 1 to 2, under the footprints and the movements; the swiped
   * "after" overlay stays on top at 2) and puts the list in that order, its first and last arrows disabled.
   */
  private restack(): void {
    const n = this.order.length;
    this.order.forEach((id, i) => {
      const e = this.entries.get(id);
      if (e && e.layer !== this.swiped) e.layer.setZIndex(1 + (n - i) / (n + 1));
      const item = this.list.querySelector<HTMLElement>(`li[data-overlay="${CSS.escape(id)}"]`);
      if (item) {
        this.list.append(item);
        item.querySelector<HTMLButtonElement>('button[id$="-up"]')!.disabled = i === 0;
        item.querySelector<HTMLButtonElement>('button[id$="-down"]')!.disabled = i === n - 1;
      }
    });
  }

  private applySwipe(): void {
    if (this.swiped) {
      this.swiped.un('prerender', this.clip);
      this.swiped.un('postrender', this.restore);
      this.swiped = null;
      this.restack();
    }
    const before = this.entries.get(this.before.value);
    const after = this.entries.get(this.after.value);
    const on = this.swipeOn.checked && before !== undefined && after !== undefined && before !== after;
    this.swipe.disabled = !on;
    this.divider.hidden = !on;
    this.setSwipe(Number(this.swipe.value));
    if (on) {
      for (const e of [before, after]) { e.layer.setVisible(true); e.visible.checked = true; }
      after.layer.setZIndex(2);
      after.layer.on('prerender', this.clip);
      after.layer.on('postrender', this.restore);
      this.swiped = after.layer;
      this.changed();
    }
    this.map.render();
  }

  private readonly clip = (event: RenderEvent): void => {
    const ctx = event.context as CanvasRenderingContext2D;
    const size = this.map.getSize();
    if (!size) return;
    const x = (size[0]! * Number(this.swipe.value)) / 100;
    // Clip in CSS pixels mapped to the layer canvas (handles device pixel ratio).
    const tl = getRenderPixel(event, [x, 0]);
    const tr = getRenderPixel(event, [size[0]!, 0]);
    const bl = getRenderPixel(event, [x, size[1]!]);
    const br = getRenderPixel(event, [size[0]!, size[1]!]);
    ctx.save();
    ctx.beginPath();
    ctx.moveTo(tl[0]!, tl[1]!);
    ctx.lineTo(bl[0]!, bl[1]!);
    ctx.lineTo(br[0]!, br[1]!);
    ctx.lineTo(tr[0]!, tr[1]!);
    ctx.closePath();
    ctx.clip();
  };

  private readonly restore = (event: RenderEvent): void => {
    (event.context as CanvasRenderingContext2D).restore();
  };
}
