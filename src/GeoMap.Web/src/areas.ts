// Movements to a country or region, as GeoMap.Rendering's AreaDestinations draws them: the arrow ends where its route
// first meets the area's edge, and the area is outlined in the movement's colour (dashed as its status) over a light
// fill; a movement inside its destination area, or known by the area only, is shown by the outline alone. Outlines come
// from /api/places/outlines; an area without one keeps its name at its point (placeLabels.ts). A click on an outline
// opens its place, with the movements touching it, as a click on a place marker does (main.ts openPlace). Tile mode
// draws them with the same layer, edge and hit (tileAreas.ts).
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import type Feature from 'ol/Feature';
import type { Geometry } from 'ol/geom';
import { Fill, Stroke, Style } from 'ol/style';
import { toLonLat } from 'ol/proj';
import type { Coordinate } from 'ol/coordinate';
import { actorColour, statusStroke, unattributedColour } from './mapStyle';
import type { Feature as JsonFeature, MovementSummary, PlaceSummary } from './types';

/** A ring of [lon, lat] corners. */
type Ring = number[][];

/** An area's outline as its rings in lon/lat (even-odd: holes and islands alike), and the feature that draws it. */
export interface AreaOutline {
  key: string;
  rings: Ring[];
  /** The rings' box: west, south, east, north. */
  box: [number, number, number, number];
  feature: Feature<Geometry>;
}

const format = new GeoJSON({ featureProjection: 'EPSG:3857' });

/** The outlines of /api/places/outlines, by place key. */
export function toOutlines(features: readonly JsonFeature<Record<string, never>>[]): Map<string, AreaOutline> {
  const out = new Map<string, AreaOutline>();
  for (const f of features) {
    if (!f.geometry || f.id === undefined) continue;
    const g = f.geometry as { type: string; coordinates: unknown };
    const polygons = g.type === 'Polygon' ? [g.coordinates as Ring[]] : g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : [];
    const feature = format.readFeature(f) as Feature<Geometry>;
    const rings = polygons.flat();
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings) {
      for (const [lon, lat] of ring as [number, number][]) {
        box[0] = Math.min(box[0], lon); box[1] = Math.min(box[1], lat);
        box[2] = Math.max(box[2], lon); box[3] = Math.max(box[3], lat);
      }
    }
    out.set(String(f.id), { key: String(f.id), rings, box, feature });
  }
  return out;
}

/** Whether a point (lon, lat) lies inside the outline (even-odd over every ring). */
export function inside(rings: readonly Ring[], lon: number, lat: number): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/**
 * Where the line from `from` towards the area's point first meets the outline, else the outline's point nearest to
 * `from` (as GeoMap.Rendering's AreaDestinations.EdgeOf; lon/lat as planar coordinates there too).
 */
export function edgeOf(rings: readonly Ring[], from: [number, number], to: [number, number]): [number, number] {
  return routeToEdge(rings, [from, to]).at(-1) as [number, number];
}

/**
 * A route (planar points, first to last) up to where it first meets the outline, that point last; a route that never
 * meets it runs from its first point to the outline's point nearest to it instead ({@link edgeOf} for a line of two
 * points). Tile mode ends its straight and bowed routes with it, in EPSG:3857 (tileAreas.ts).
 */
export function routeToEdge(rings: readonly Ring[], points: readonly (readonly number[])[]): [number, number][] {
  const route: [number, number][] = [];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1] as [number, number];
    const [bx, by] = points[i] as [number, number];
    route.push([ax, ay]);
    const t = firstCrossing(rings, [ax, ay], [bx, by]);
    if (t !== null) {
      route.push([ax + t * (bx - ax), ay + t * (by - ay)]);
      return route;
    }
  }
  const [x, y] = points[0] as [number, number];
  return [[x, y], nearestOnEdge(rings, x, y)?.point ?? [x, y]];
}

/** Where along the segment from `a` to `b` (0 to 1) it first meets the outline's edges, or null when it does not. */
function firstCrossing(rings: readonly Ring[], a: [number, number], b: [number, number]): number | null {
  const [ax, ay] = a;
  const dx = b[0] - ax, dy = b[1] - ay;
  let bestT = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [px, py] = ring[i - 1] as [number, number];
      const [qx, qy] = ring[i] as [number, number];
      const ex = qx - px, ey = qy - py;
      const denominator = dx * ey - dy * ex;
      if (denominator === 0) continue;
      const t = ((px - ax) * ey - (py - ay) * ex) / denominator;
      const u = ((px - ax) * dy - (py - ay) * dx) / denominator;
      if (t >= 0 && t <= 1 && u >= 0 && u <= 1 && t < bestT) bestT = t;
    }
  }
  return Number.isFinite(bestT) ? bestT : null;
}

/** The outline's point nearest to a point (planar), and its distance; null for an outline without edges. */
function nearestOnEdge(rings: readonly Ring[], x: number, y: number): { point: [number, number]; distance: number } | null {
  let nearest: [number, number] | null = null;
  let nearestD = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [px, py] = ring[i - 1] as [number, number];
      const [qx, qy] = ring[i] as [number, number];
      const ex = qx - px, ey = qy - py;
      const length2 = ex * ex + ey * ey;
      const s = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - px) * ex + (y - py) * ey) / length2));
      const cx = px + s * ex, cy = py + s * ey;
      const d = (cx - x) ** 2 + (cy - y) ** 2;
      if (d < nearestD) { nearestD = d; nearest = [cx, cy]; }
    }
  }
  return nearest ? { point: nearest, distance: Math.sqrt(nearestD) } : null;
}

/** The smallest distance from a point to the outline's edges, in the rings' planar lon/lat. */
export function distanceToEdge(rings: readonly Ring[], lon: number, lat: number): number {
  return nearestOnEdge(rings, lon, lat)?.distance ?? Infinity;
}

/** The area of the rings (even-odd: a hole's area is taken away), in square degrees. */
function ringsArea(rings: readonly Ring[]): number {
  let sum = 0;
  for (const ring of rings) {
    let twice = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) twice += (ring[j]![0]! * ring[i]![1]!) - (ring[i]![0]! * ring[j]![1]!);
    sum += Math.abs(twice) / 2;
  }
  return sum;
}

/** What the outline layer needs of a movement to an area: the listed movement, or what a detail tile says of it. */
export type AreaMovement = Pick<MovementSummary, 'id' | 'actor' | 'status' | 'destination'>;

/** The whole zoom outlines are asked at for a view's zoom: rounded up (the server simplifies for it, OutlineSimplifier). */
export function outlineZoom(viewZoom: number): number {
  return Math.max(0, Math.min(22, Math.ceil(viewZoom - 1e-6)));
}

/** The area a movement goes to, when it is a country or region with an outline. */
export function destinationArea(m: AreaMovement, outlines: ReadonlyMap<string, AreaOutline>): AreaOutline | null {
  const d = m.destination;
  return d?.area ? outlines.get(d.key) ?? null : null;
}

/**
 * Where a movement to an outlined area is drawn to: the point (lon, lat) where its route enters the area, or null when
 * the outline alone shows it (it starts inside the area, or the area is all that is known of it).
 */
export function drawnEnd(m: MovementSummary, area: AreaOutline): [number, number] | null {
  const before = m.via.length ? m.via[m.via.length - 1]! : m.origin;
  if (!before || !m.destination || inside(area.rings, before.lon, before.lat)) return null;
  return edgeOf(area.rings, [before.lon, before.lat], [m.destination.lon, m.destination.lat]);
}

/** The outline layer: the destination areas of the shown movements, under the arrows. */
export class AreaOutlines {
  readonly source = new VectorSource<Feature<Geometry>>();
  readonly layer = new VectorLayer({ source: this.source, zIndex: 9, properties: { title: 'Destination areas' } });
  private readonly styles = new Map<string, Style>();
  /** The areas outlined now, each with the place it is (as its movements name it), smallest first. */
  private shownAreas: { area: AreaOutline; place: PlaceSummary; size: number }[] = [];

  /** Outlines the areas the movements go to, each in its movements' colour (grey when their actors differ). */
  show(movements: readonly AreaMovement[], outlines: ReadonlyMap<string, AreaOutline>): string[] {
    const byArea = new Map<string, AreaMovement[]>();
    for (const m of movements) {
      const area = destinationArea(m, outlines);
      if (!area) continue;
      const list = byArea.get(area.key);
      if (list) list.push(m);
      else byArea.set(area.key, [m]);
    }
    this.source.clear(true);
    this.shownAreas = [];
    const shown: string[] = [];
    for (const [key, toArea] of [...byArea].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const area = outlines.get(key)!;
      toArea.sort((a, b) => a.id - b.id);
      const actors = new Set(toArea.map((m) => m.actor ?? ''));
      const colour = actors.size === 1 && toArea[0]!.actor ? actorColour(toArea[0]!.actor) : unattributedColour;
      area.feature.setStyle(this.style(colour, toArea[0]!.status));
      this.source.addFeature(area.feature);
      this.shownAreas.push({ area, place: toArea[0]!.destination!, size: ringsArea(area.rings) });
      shown.push(key);
    }
    this.shownAreas.sort((a, b) => a.size - b.size);
    this.source.changed();
    return shown;
  }

  /**
   * The outlined area at a point (lon, lat), as the place its movements go to: the smallest of those it lies in, or
   * whose edge is within `tolerance` (degrees, for the stroke and the pointer); null when none is.
   */
  areaAt(lon: number, lat: number, tolerance: number): PlaceSummary | null {
    for (const { area, place } of this.shownAreas) {
      const [west, south, east, north] = area.box;
      if (lon < west - tolerance || lon > east + tolerance || lat < south - tolerance || lat > north + tolerance) continue;
      if (inside(area.rings, lon, lat) || distanceToEdge(area.rings, lon, lat) <= tolerance) return place;
    }
    return null;
  }

  /**
   * The outlined area under a map coordinate (EPSG:3857) at a resolution: {@link areaAt} with 5 pixels for the stroke
   * and the pointer, as both map modes hit it.
   */
  areaUnder(coordinate: Coordinate, resolution: number): PlaceSummary | null {
    const [lon, lat] = toLonLat(coordinate) as [number, number];
    return this.areaAt(lon, lat, (5 * resolution * Math.cos((lat * Math.PI) / 180)) / 111_319.49);
  }

  /** The keys of the areas outlined now. */
  keys(): string[] {
    return this.source.getFeatures().map((f) => String(f.getId()));
  }

  private style(colour: string, status: string): Style {
    const key = `${colour}|${status}`;
    let style = this.styles.get(key);
    if (!style) {
      const width = 2.2;
      const { dash } = statusStroke(status, width);
      style = new Style({
        fill: new Fill({ color: withAlpha(colour, 0x1c / 255) }),
        stroke: new Stroke({ color: colour, width, lineJoin: 'round', ...(dash ? { lineDash: dash } : {}) }),
      });
      this.styles.set(key, style);
    }
    return style;
  }
}

/** A #rrggbb colour with an alpha. */
function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha.toFixed(3)})`;
}
