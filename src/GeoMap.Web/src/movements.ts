// The movements on the map: every loaded movement, the subset whose period overlaps the time range, and the
// places they connect as labelled markers.
import VectorLayer from 'ol/layer/Vector';
import VectorImageLayer from 'ol/layer/VectorImage';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import { fromLonLat } from 'ol/proj';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style';
import type { Geometry } from 'ol/geom';
import type { FeatureLike } from 'ol/Feature';
import { movementStyles, setDrawnCount } from './movementStyle';
import type { Feature as JsonFeature, MovementInfo, PlaceInfo } from './types';
import type { TimeRange } from './timeRange';

const format = new GeoJSON({ featureProjection: 'EPSG:3857' });

/** Converts API features to OpenLayers features carrying the movement as property `movement`. */
export function toFeatures(features: JsonFeature<MovementInfo>[], keepIds = true): Feature<Geometry>[] {
  const out: Feature<Geometry>[] = [];
  for (const f of features) {
    if (!f.geometry) continue;
    const feature = new Feature<Geometry>({ geometry: format.readGeometry(f.geometry) ?? undefined });
    feature.set('movement', f.properties, true);
    if (keepIds && f.id !== undefined) feature.setId(f.id);
    out.push(feature);
  }
  return out;
}

/** Epoch milliseconds of an ISO time, or a sentinel for an open end. */
export function time(iso: string | null, open: number): number {
  return iso ? Date.parse(iso) : open;
}

/**
 * True when the movement's period overlaps [from, to], as the server decides it: periods are [start, end) with
 * open ends unbounded, and an instant (start = end) is [t, t].
 */
export function overlaps(m: MovementInfo, range: TimeRange): boolean {
  const start = time(m.start, -Infinity);
  const end = time(m.end, Infinity);
  return start <= range.to && (end > range.from || (end === start && end >= range.from));
}

/** The places of a movement, origin first. */
export function placesOf(m: MovementInfo): PlaceInfo[] {
  return [m.origin, ...m.via, m.destination].filter((p): p is PlaceInfo => p !== null);
}

const placeStyles = new Map<string, Style>();
function placeStyle(f: FeatureLike): Style {
  const name = f.get('name') as string;
  let s = placeStyles.get(name);
  if (!s) {
    s = new Style({
      image: new Circle({ radius: 5, fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: '#1a202c', width: 2 }) }),
      text: new Text({ text: name, font: '600 12px system-ui, sans-serif', offsetX: 8, textAlign: 'left', fill: new Fill({ color: '#1a202c' }), stroke: new Stroke({ color: '#ffffff', width: 3.5 }) }),
      zIndex: 20,
    });
    placeStyles.set(name, s);
  }
  return s;
}

/** The movement and place layers and the time filter between the loaded movements and what is drawn. */
export class MovementLayers {
  readonly movementSource = new VectorSource<Feature<Geometry>>();
  readonly placeSource = new VectorSource<Feature<Geometry>>();
  readonly movementLayer: VectorImageLayer;
  readonly arrowLayer: VectorImageLayer;
  readonly placeLayer: VectorLayer;
  private all: Feature<Geometry>[] = [];
  private selected: FeatureLike | null = null;

  constructor() {
    // Image layers: redrawn once the view settles, transformed (not redrawn) while panning and zooming, which keeps
    // frames short with thousands of arrows in view.
    this.movementLayer = new VectorImageLayer({
      source: this.movementSource,
      style: (f) => movementStyles(f, f === this.selected).lines,
      imageRatio: 1.5,
      properties: { title: 'Movements' },
    });
    this.arrowLayer = new VectorImageLayer({
      source: this.movementSource,
      style: (f) => movementStyles(f, f === this.selected).heads,
      imageRatio: 1.5,
      properties: { title: 'Movement arrowheads' },
    });
    this.placeLayer = new VectorLayer({ source: this.placeSource, style: placeStyle, declutter: 'labels', properties: { title: 'Places' } });
  }

  /** Replaces the loaded movements. */
  load(features: Feature<Geometry>[]): void {
    this.all = features;
  }

  /** Every loaded movement. */
  loaded(): readonly Feature<Geometry>[] {
    return this.all;
  }

  /** The movements drawn now. */
  shown(): Feature<Geometry>[] {
    return this.movementSource.getFeatures();
  }

  /** Earliest start and latest end among loaded movements (ms), or null when there are none with dates. */
  span(): { from: number; to: number } | null {
    let from = Infinity, to = -Infinity;
    for (const f of this.all) {
      const m = f.get('movement') as MovementInfo;
      if (m.start) from = Math.min(from, Date.parse(m.start));
      if (m.end ?? m.start) to = Math.max(to, Date.parse((m.end ?? m.start)!));
    }
    return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null;
  }

  /** Shows only the movements overlapping the range, and their places. */
  filter(range: TimeRange): number {
    const visible = this.all.filter((f) => overlaps(f.get('movement') as MovementInfo, range));
    setDrawnCount(visible.length);
    this.movementSource.clear(true);
    this.movementSource.addFeatures(visible);
    const places = new Map<string, PlaceInfo>();
    for (const f of visible) for (const p of placesOf(f.get('movement') as MovementInfo)) places.set(p.key, p);
    this.placeSource.clear(true);
    this.placeSource.addFeatures([...places.values()].map((p) => {
      const f = new Feature<Geometry>({ geometry: new Point(fromLonLat([p.lon, p.lat])), name: p.name });
      f.set('place', p, true);
      return f;
    }));
    return visible.length;
  }

  /** Highlights one movement (or none). */
  select(feature: FeatureLike | null): void {
    this.selected = feature;
    this.movementLayer.changed();
    this.arrowLayer.changed();
  }
}
