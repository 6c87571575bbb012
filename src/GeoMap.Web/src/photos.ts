// Ground photos on the map: a camera marker where each was taken, pointing where the camera faced when known; the
// thumbnail on hover; the photo, its fields and the movements near it in the side panel, the screen copy in a viewer;
// photos dropped onto the map are uploaded, and those the camera did not place are placed where they were dropped.
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import OlOverlay from 'ol/Overlay';
import { Icon, Style } from 'ol/style';
import { fromLonLat, toLonLat } from 'ol/proj';
import type OlMap from 'ol/Map';
import style from '../../../data/style/map-style.json';
import * as api from './api';
import { el, formatTime } from './dom';
import type { Feature as JsonFeature, PhotoInfo } from './types';

/** The camera (a body and a lens, pointing up), and the cone of its view when the direction is known; rotated by the bearing. */
function markerSvg(withCone: boolean): string {
  const { colour, fill, cone } = style.photo;
  const view = withCone ? `<path d="M16 15 L8 1 L24 1 Z" fill="${cone}" fill-opacity="0.55"/>` : '';
  const body = `<rect x="9" y="14" width="14" height="10" rx="2" fill="${fill}" stroke="${colour}" stroke-width="2"/>`
    + `<rect x="13" y="11.5" width="6" height="3" fill="${colour}"/><circle cx="16" cy="19" r="2.6" fill="${colour}"/>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">${view}${body}</svg>`)}`;
}

const icons = { cone: markerSvg(true), plain: markerSvg(false) };

/** The camera marker as an image URL, with the cone of view or without (the legend shows both). */
export function photoMarker(facing: boolean): string {
  return facing ? icons.cone : icons.plain;
}

/** The marker of a photo: rotated to its bearing (clockwise from north, as the map's rotation is). */
function markerStyle(p: PhotoInfo): Style {
  return new Style({
    image: new Icon({ src: p.bearing === null ? icons.plain : icons.cone, anchor: [0.5, 0.59], rotation: ((p.bearing ?? 0) * Math.PI) / 180, rotateWithView: true }),
  });
}

/** What the photo layer asks of the rest of the client. */
export interface PhotoActions {
  say(message: string): void;
  /** Opens a photo in the side panel. */
  showPhoto(id: number): void;
  /** The photos shown changed (loaded, uploaded, or another time range). */
  changed?(): void;
}

/** The photo layer, its hover preview and the drop target. */
export class PhotoLayer {
  readonly source = new VectorSource<Feature<Point>>();
  readonly layer = new VectorLayer({ source: this.source, properties: { title: 'Ground photos' }, zIndex: 20 });
  /** How many markers are shown (in the range). */
  private shown = 0;
  private readonly preview = el('div', { class: 'photo-preview', id: 'photo-preview' });
  private readonly hover = new OlOverlay({ element: this.preview, offset: [12, -12], positioning: 'bottom-left', stopEvent: false });
  /** The photo to place with the next click on the map, or null. */
  placing: number | null = null;
  /** The time range shown (ms since the epoch, both ends included), or null for all. */
  private range: { from: number; to: number } | null = null;

  constructor(private readonly map: OlMap, private readonly actions: PhotoActions) {
    map.addOverlay(this.hover);
    const target = map.getTargetElement()!;
    target.addEventListener('dragover', (e) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      target.classList.add('dropping');
    });
    target.addEventListener('dragleave', () => target.classList.remove('dropping'));
    target.addEventListener('drop', (e) => {
      target.classList.remove('dropping');
      const files = [...(e.dataTransfer?.files ?? [])];
      if (!files.length) return;
      e.preventDefault();
      const [lon, lat] = toLonLat(map.getEventCoordinate(e));
      void this.upload(files, { lon: lon!, lat: lat! });
    });
    map.on('pointermove', (e) => {
      if (e.dragging) return;
      const p = this.photoAt(e.pixel);
      if (!p) { this.hover.setPosition(undefined); return; }
      this.preview.replaceChildren(el('img', { src: p.thumbnail, alt: p.fileName ?? `Photo #${p.id}` }), el('span', { text: p.takenAt ? formatTime(p.takenAt) : 'time unknown' }));
      this.hover.setPosition(e.coordinate);
    });
  }

  /** The photo whose marker is under a pixel, or null. */
  photoAt(pixel: number[]): PhotoInfo | null {
    // With no marker shown there is nothing to hit, and OpenLayers' hit detection is not asked: its first use times
    // canvas reads for 150 ms (ExecutorGroup's benchmarkCanvasReads), which made the first pointer move over a map
    // without photos a frame of 170-200 ms (bench/client --diagnose, 2026-12-04).
    if (this.shown === 0) return null;
    const hit = this.map.forEachFeatureAtPixel(pixel, (f) => (f.get('hidden') ? undefined : f), { layerFilter: (l) => l === this.layer, hitTolerance: 4 });
    return hit ? (hit.get('photo') as PhotoInfo) : null;
  }

  /** Loads every photo that has a position. */
  async load(): Promise<void> {
    const fc = await api.photos();
    const features = fc.features.filter((f) => f.geometry?.type === 'Point').map((f) => this.toFeature(f));
    this.source.clear();
    this.source.addFeatures(features);
    this.filter(this.range);
  }

  /**
   * Shows the photos taken in the time range, as the movements are (a photo whose time is unknown is always shown:
   * the range cannot rule it out).
   */
  filter(range: { from: number; to: number } | null): void {
    this.range = range;
    let shown = 0;
    for (const f of this.source.getFeatures()) {
      const p = f.get('photo') as PhotoInfo;
      const t = p.takenAt ? Date.parse(p.takenAt) : null;
      const visible = !range || t === null || (t >= range.from && t <= range.to);
      f.setStyle(visible ? markerStyle(p) : new Style());
      f.set('hidden', !visible);
      if (visible) shown++;
    }
    this.shown = shown;
    document.body.dataset.photosShown = String(shown);
    this.actions.changed?.();
  }

  /** Which camera markers are shown: without a direction, and with the cone of where the camera faced. */
  shownKinds(): { plain: boolean; facing: boolean } {
    const shown = this.source.getFeatures().filter((f) => f.get('hidden') !== true).map((f) => f.get('photo') as PhotoInfo);
    return { plain: shown.some((p) => p.bearing === null), facing: shown.some((p) => p.bearing !== null) };
  }

  private toFeature(f: JsonFeature<PhotoInfo>): Feature<Point> {
    const [lon, lat] = (f.geometry as { coordinates: number[] }).coordinates;
    const feature = new Feature({ geometry: new Point(fromLonLat([lon!, lat!])), photo: f.properties });
    feature.setId(f.properties.id);
    feature.setStyle(markerStyle(f.properties));
    return feature;
  }

  /**
   * Uploads photos; those the camera did not place are placed at <paramref name="at"/> (where they were dropped) by
   * the analyst. One refused file refuses the upload: the server names it.
   */
  async upload(files: readonly File[], at: { lon: number; lat: number } | null): Promise<void> {
    this.actions.say(`Uploading ${files.length} photo${files.length === 1 ? '' : 's'}…`);
    try {
      const fc = await api.uploadPhotos(files);
      let placed = 0;
      for (const f of fc.features) {
        if (f.geometry === null && at && !f.properties.duplicate) {
          await api.placePhoto(f.properties.id, at);
          placed++;
        }
      }
      await this.load();
      const duplicates = fc.features.filter((f) => f.properties.duplicate).length;
      const similar = fc.features.filter((f) => f.properties.nearDuplicates?.length).length;
      this.actions.say([
        `${fc.features.length - duplicates} photo${fc.features.length - duplicates === 1 ? '' : 's'} stored`,
        duplicates ? `${duplicates} already stored` : '',
        placed ? `${placed} placed where dropped (no camera position)` : '',
        similar ? `${similar} look like stored photos` : '',
      ].filter((s) => s).join(', ') + '.'
        + (fc.refused?.length ? ` Not stored: ${fc.refused.map((r) => `${r.fileName} (${r.detail})`).join('; ')}` : ''));
    } catch (e) {
      this.actions.say(`Photos not stored: ${(e as Error).message}`);
    }
  }

  /** Places a photo at a clicked coordinate (after "Place on the map"); true when a placement was pending. */
  takeClick(coordinate: number[]): boolean {
    if (this.placing === null) return false;
    const id = this.placing;
    this.placing = null;
    const [lon, lat] = toLonLat(coordinate);
    void this.place(id, { lon: lon!, lat: lat! });
    return true;
  }

  /** Places a photo at coordinates or a named place, then reloads and shows it. */
  async place(id: number, where: { lon: number; lat: number } | { place: string }): Promise<void> {
    try {
      await api.placePhoto(id, where);
      await this.load();
      this.actions.say(`Photo #${id} placed.`);
      this.actions.showPhoto(id);
    } catch (e) {
      this.actions.say(`Could not place photo #${id}: ${(e as Error).message}`);
    }
  }
}

/** The side panel's content for a photo: the screen copy (a click opens the viewer), its fields and the movements near it. */
export function photoPanel(f: JsonFeature<PhotoInfo>, actions: { showMovement(id: number): void; startPlacing(id: number): void; place(id: number, text: string): void }): Node[] {
  const p = f.properties;
  const image = el('img', { class: 'photo-screen', src: p.screen, alt: p.fileName ?? `Photo #${p.id}`, id: 'photo-screen' });
  image.addEventListener('click', () => openViewer(p));
  const row = (label: string, value: string | null | undefined) => (value ? [el('dt', { text: label }), el('dd', { text: value })] : []);
  const [lon, lat] = f.geometry ? (f.geometry as { coordinates: number[] }).coordinates : [];
  const source = { none: 'not placed yet', camera: 'camera GPS', analyst: 'placed by an analyst', report: 'given by a report' }[p.positionSource];
  const movements = el('ul', { class: 'links', id: 'photo-movements' }, ...(p.movements ?? []).map((m) => {
    const b = el('button', { type: 'button', class: 'link', text: `#${m.id} ${m.actor ?? 'Unknown'} (${m.distanceKm.toFixed(1)} km)` });
    b.addEventListener('click', () => actions.showMovement(m.id));
    return el('li', {}, b);
  }));
  if (!p.movements?.length) movements.append(el('li', { class: 'hint', text: 'None.' }));
  const where = el('input', { type: 'text', id: 'photo-place', placeholder: 'lat, lon or a place name' });
  const placeForm = el('form', { class: 'photo-place-form' }, where, el('button', { type: 'submit', text: 'Place' }));
  placeForm.addEventListener('submit', (e) => { e.preventDefault(); if (where.value.trim()) actions.place(p.id, where.value.trim()); });
  const click = el('button', { type: 'button', text: 'Click on the map' });
  click.addEventListener('click', () => actions.startPlacing(p.id));
  return [
    image,
    el('dl', {},
      ...row('Taken', p.takenAt ? `${formatTime(p.takenAt)}${p.takenAtAnchored ? '' : ' (camera clock, zone unknown)'}` : 'unknown'),
      ...row('Position', lat !== undefined ? `${lat.toFixed(5)}, ${lon!.toFixed(5)} (${source})` : source),
      ...row('Place', p.placeName),
      ...row('Placed by', p.positionSource !== 'none' ? p.placedBy : null),
      ...row('Facing', p.bearing !== null ? `${Math.round(p.bearing)}°` : null),
      ...row('Altitude', p.altitude !== null ? `${Math.round(p.altitude)} m` : null),
      ...row('Camera', [p.cameraMake, p.cameraModel].filter((s) => s).join(' ') || null),
      ...row('Uploaded by', p.uploader),
      ...row('Caption', p.caption),
      ...row('Looks like', p.nearDuplicates?.length ? p.nearDuplicates.map((n) => `#${n.id}`).join(', ') : null),
    ),
    el('h3', { text: p.positionSource === 'none' ? 'Place it' : 'Place it elsewhere' }), placeForm, el('p', {}, click),
    el('h3', { text: 'Movements near it (within 5 km and 7 days)' }), movements,
  ];
}

/** A typed "lat, lon" as coordinates, anything else as a place name. */
export function parsePlace(text: string): { lon: number; lat: number } | { place: string } {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[, ]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  return m ? { lat: Number(m[1]), lon: Number(m[2]) } : { place: text };
}

/** The viewer: the screen copy over the page; Escape or a click closes it. */
function openViewer(p: PhotoInfo): void {
  const dialog = el('dialog', { class: 'photo-viewer', id: 'photo-viewer' },
    el('img', { src: p.screen, alt: p.fileName ?? `Photo #${p.id}` }),
    el('p', { text: [p.fileName, p.takenAt ? formatTime(p.takenAt) : null].filter((s) => s).join(' · ') }));
  dialog.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
