// The movements on the map: every loaded movement, the subset whose period overlaps the time range, and the
// places they connect as labelled markers. The arrows are drawn by the draw worker into one image layer; the
// selected movement is drawn on top by a small vector layer, and hits are found from the geometries.
import VectorLayer from 'ol/layer/Vector';
import type ImageLayer from 'ol/layer/Image';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import { fromLonLat } from 'ol/proj';
import type { Geometry } from 'ol/geom';
import type LineString from 'ol/geom/LineString';
import type { Coordinate } from 'ol/coordinate';
import { AreaOutlines, destinationArea, drawnEnd, type AreaOutline } from './areas';
import { fanned, stacks } from './fan';
import type { DrawWorker } from './drawClient';
import { WorkerImageSource, workerImageLayer } from './workerImage';
import { PlaceLabels } from './placeLabels';
import { StrengthLabels } from './strengthLabels';
import { fannedOut, headDistancePx, headSize, movementBatches, movementStyle, setDrawnCount, sourceBadgeStyle, strengthValue, widthFor } from './movementStyle';
import type { Feature as JsonFeature, MovementSummary, PlaceSummary } from './types';
import type { TimeRange } from './timeRange';

const format = new GeoJSON({ featureProjection: 'EPSG:3857' });

/** Converts API features to OpenLayers features carrying the movement (summary or full) as property `movement`. */
export function toFeatures(features: JsonFeature<MovementSummary>[], keepIds = true): Feature<Geometry>[] {
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
export function overlaps(m: MovementSummary, range: TimeRange): boolean {
  return overlapsMs(time(m.start, -Infinity), time(m.end, Infinity), range);
}

/** {@link overlaps} for a period in epoch milliseconds (open ends infinite), as movement tiles carry it. */
export function overlapsMs(start: number, end: number, range: TimeRange): boolean {
  return start <= range.to && (end > range.from || (end === start && end >= range.from));
}

/** Whether a place is a country or region: the map view says `area`, a full place its `kind`. */
export function isArea(place: PlaceSummary): boolean {
  const kind = (place as { kind?: string }).kind?.toLowerCase();
  return place.area === true || kind === 'country' || kind === 'region';
}

/** The places of a movement, origin first. */
export function placesOf<P extends PlaceSummary>(m: { origin: P | null; via: P[]; destination: P | null }): P[] {
  return [m.origin, ...m.via, m.destination].filter((p): p is P => p !== null);
}

/** The movement and place layers and the time filter between the loaded movements and what is drawn. */
export class MovementLayers {
  /** The shown movements (not drawn by OpenLayers: it indexes them for hits, extents and lists). */
  readonly movementSource = new VectorSource<Feature<Geometry>>();
  readonly placeSource = new VectorSource<Feature<Geometry>>();
  /** Every shown movement, drawn by the worker. */
  readonly movementLayer: ImageLayer<WorkerImageSource>;
  /** The selected movement, highlighted above the others. */
  readonly selectionLayer: VectorLayer;
  readonly placeLayer: VectorLayer;
  /** Where place labels go (see placeLabels.ts). */
  readonly placeLabels = new PlaceLabels(this.placeSource);
  /** The number of troops beside each route, where it fits. */
  readonly strengthLabels = new StrengthLabels();
  /** A badge at the head of each movement reported more than once: its number of independent sources. */
  readonly sourceLayer: VectorLayer;
  private readonly sourceBadges = new VectorSource<Feature<Geometry>>();
  /** The outlines of the countries and regions the shown movements go to, under the arrows. */
  readonly areaOutlines = new AreaOutlines();
  private readonly image: WorkerImageSource;
  private all: Feature<Geometry>[] = [];
  private outlines: ReadonlyMap<string, AreaOutline> = new Map();

  constructor(private readonly worker: DrawWorker) {
    this.image = new WorkerImageSource(worker, 'movements', () => ['movements']);
    this.movementLayer = workerImageLayer(this.image, { title: 'Movements', redraw: () => this.image.timedRedraw() }, 10);
    this.selectionLayer = new VectorLayer({ source: new VectorSource(), style: (f) => movementStyle(f, true), zIndex: 10, properties: { title: 'Selected movement' } });
    // In the basemap labels' declutter group, on top of them: basemap labels give way to places, not the reverse.
    this.placeLayer = new VectorLayer({ source: this.placeSource, style: this.placeLabels.style, declutter: 'labels', zIndex: 11, properties: { title: 'Places' } });
    this.sourceLayer = new VectorLayer({ source: this.sourceBadges, style: sourceBadgeStyle, zIndex: 12, properties: { title: 'Sources per movement' } });
  }

  /**
   * Replaces the loaded movements, with the outlines of the areas some go to: such a movement is drawn to the area's
   * edge, or (starting inside it, or known by it only) by the outline alone (areas.ts).
   */
  load(features: Feature<Geometry>[], outlines: ReadonlyMap<string, AreaOutline> = new Map()): void {
    this.all = features;
    this.setOutlines(outlines);
  }

  /**
   * Takes the outlines again (simplified for another zoom): the arrows to those areas end on the new edges. The caller
   * filters again to draw them.
   */
  setOutlines(outlines: ReadonlyMap<string, AreaOutline>): void {
    this.outlines = outlines;
    for (const f of this.all) {
      const m = f.get('movement') as MovementSummary;
      const area = destinationArea(m, outlines);
      // From the route as listed (a fanned copy is made again by filter), without cached arrowheads.
      const route = (f.get('route') as Geometry | undefined) ?? f.getGeometry();
      if (route && route !== f.getGeometry()) f.setGeometry(route);
      f.set('areaOnly', undefined, true);
      f.set('stack', undefined, true);
      for (const key of ['_style', '_styleSelected', '_styleDense', '_styleSelectedDense']) f.set(key, undefined, true);
      if (area) {
        const end = drawnEnd(m, area);
        const geometry = f.getGeometry();
        if (!end || geometry?.getType() !== 'LineString') f.set('areaOnly', true, true);
        else {
          const flat = (geometry as LineString).getCoordinates();
          flat[flat.length - 1] = fromLonLat(end);
          (geometry as LineString).setCoordinates(flat);
        }
      }
      f.set('route', f.getGeometry(), true);
    }
  }

  /** The keys of the areas outlined now. */
  outlinedAreas(): string[] {
    return this.areaOutlines.keys();
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
      const m = f.get('movement') as MovementSummary;
      if (m.start) from = Math.min(from, Date.parse(m.start));
      if (m.end ?? m.start) to = Math.max(to, Date.parse((m.end ?? m.start)!));
    }
    return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null;
  }

  /** Shows only the movements overlapping the range, and their places. */
  filter(range: TimeRange): number {
    const visible = this.all.filter((f) => overlaps(f.get('movement') as MovementSummary, range));
    // Shown by an area's outline alone: listed, not drawn as an arrow.
    const arrows = visible.filter((f) => f.get('areaOnly') !== true);
    this.fan(arrows);
    setDrawnCount(arrows.length);
    this.movementSource.clear(true);
    this.movementSource.addFeatures(visible);
    this.worker.setData('movements', movementBatches(arrows));
    this.strengthLabels.show(arrows);
    this.areaOutlines.show(visible.map((f) => f.get('movement') as MovementSummary), this.outlines);
    this.image.redraw();
    this.sourceBadges.clear(true);
    this.sourceBadges.addFeatures(arrows.filter((f) => (f.get('movement') as MovementSummary).claimCount > 1).map((f) => {
      const geometry = f.getGeometry()!;
      const head = geometry.getType() === 'Point' ? (geometry as Point).getCoordinates() : (geometry as LineString).getLastCoordinate();
      const m = f.get('movement') as MovementSummary;
      const badge = new Feature<Geometry>({ geometry: new Point(head) });
      badge.set('sources', m.sourceCount, true);
      badge.set('contradicted', m.flags.some((x) => x.state === 'open'), true);
      badge.set('movementId', m.id, true);
      return badge;
    }));
    const places = new Map<string, { place: PlaceSummary; weight: number }>();
    for (const f of visible) {
      for (const p of placesOf(f.get('movement') as MovementSummary)) {
        const entry = places.get(p.key);
        if (entry) entry.weight++;
        else places.set(p.key, { place: p, weight: 1 });
      }
    }
    this.placeSource.clear(true);
    this.placeSource.addFeatures([...places.values()].map(({ place, weight }) => {
      const f = new Feature<Geometry>({ geometry: new Point(fromLonLat([place.lon, place.lat])), name: place.name, weight, area: isArea(place) });
      f.set('place', place, true);
      return f;
    }));
    return visible.length;
  }

  /**
   * Bows out each movement stacked on an earlier one between the same places (fan.ts), numbered among every loaded
   * movement drawn as an arrow, whatever its dates; the others keep their route.
   */
  private fan(arrows: readonly Feature<Geometry>[]): void {
    const places = stacks(this.all.filter((f) => f.get('areaOnly') !== true).map((f) => f.get('movement') as MovementSummary));
    for (const f of arrows) {
      const stack = places.get((f.get('movement') as MovementSummary).id) ?? 0;
      if (((f.get('stack') as number | undefined) ?? 0) === stack) continue;
      const route = f.get('route') as Geometry;
      f.set('stack', stack, true);
      // The cached styles hold the old arrowheads.
      for (const key of ['_style', '_styleSelected', '_styleDense', '_styleSelectedDense']) f.set(key, undefined, true);
      f.setGeometry(stack > 0 && route.getType() === 'LineString' ? fanned(route as LineString, stack) : route);
    }
  }

  /** Highlights one movement (or none). */
  select(feature: Feature<Geometry> | null): void {
    const source = this.selectionLayer.getSource()!;
    source.clear(true);
    if (feature) source.addFeature(feature);
    source.changed();
  }

  /** The place whose marker (a 5 px circle) is within the tolerance of a coordinate (EPSG:3857); the nearest. */
  placeAt(coordinate: Coordinate, resolution: number, tolerancePx = 5): PlaceSummary | null {
    const [x, y] = coordinate as [number, number];
    const reach = (tolerancePx + 5) * resolution;
    let best: PlaceSummary | null = null;
    let bestDistance = Infinity;
    this.placeSource.forEachFeatureInExtent([x - reach, y - reach, x + reach, y + reach], (f) => {
      const [px, py] = (f.getGeometry() as Point).getCoordinates() as [number, number];
      const d = Math.hypot(px - x, py - y);
      if (d <= reach && d < bestDistance) {
        best = f.get('place') as PlaceSummary;
        bestDistance = d;
      }
    });
    return best;
  }

  /**
   * The shown movement drawn at a coordinate (EPSG:3857), within a tolerance in pixels of its line or arrowhead; the
   * nearest when several are. Found from the geometries through the source's spatial index, not from pixels.
   */
  movementAt(coordinate: Coordinate, resolution: number, tolerancePx = 5): Feature<Geometry> | null {
    const [x, y] = coordinate as [number, number];
    // The widest line is 9 px and the largest arrowhead sits up to 2 x 13 + 5 px back from its tip.
    const reach = (tolerancePx + 31) * resolution;
    let best: Feature<Geometry> | null = null;
    let bestDistance = Infinity;
    this.movementSource.forEachFeatureInExtent([x - reach, y - reach, x + reach, y + reach], (f) => {
      if (f.get('areaOnly') === true) return;
      const d = distancePx(f, x, y, resolution);
      if (d <= tolerancePx && d < bestDistance) {
        best = f;
        bestDistance = d;
      }
    });
    return best;
  }
}

// Distance in pixels from a point to what is drawn for a movement: its line (minus half its width) or one of its
// arrowheads (minus the arrowhead's radius, around its centre).
function distancePx(f: Feature<Geometry>, x: number, y: number, resolution: number): number {
  const m = f.get('movement') as MovementSummary;
  const width = widthFor(strengthValue(m));
  const geometry = f.getGeometry();
  if (!geometry) return Infinity;
  const heads: [number, number, number, number][] = [];
  let line = Infinity;
  if (geometry.getType() === 'Point') {
    const [px, py] = (geometry as Point).getCoordinates() as [number, number];
    heads.push([px, py, -Math.PI / 2, headSize(width, true)]);
  } else {
    const closest = geometry.getClosestPoint([x, y]);
    line = Math.max(0, Math.hypot(closest[0]! - x, closest[1]! - y) / resolution - width / 2);
    const flat = (geometry as LineString).getFlatCoordinates();
    for (let i = fannedOut(f) ? Math.max(2, flat.length - 2) : 2; i < flat.length; i += 2) {
      const x0 = flat[i - 2]!, y0 = flat[i - 1]!, x1 = flat[i]!, y1 = flat[i + 1]!;
      if (x0 !== x1 || y0 !== y1) heads.push([x1, y1, Math.atan2(y1 - y0, x1 - x0), headSize(width, i === flat.length - 2)]);
    }
  }
  let head = Infinity;
  for (const [hx, hy, angle, size] of heads) head = Math.min(head, headDistancePx(hx, hy, angle, size, x, y, resolution));
  return Math.min(line, head);
}
