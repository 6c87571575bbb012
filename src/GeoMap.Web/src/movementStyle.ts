// How a movement is drawn: an arrow along origin -> via -> destination, width by strength, colour by actor,
// dashed with an open head when planned, dotted when its status is not stated (all from mapStyle.ts, the style file
// GeoMap.Rendering reads too). Two forms of the same drawing: draw batches for the worker, which draws every shown movement
// (movementBatches), and OpenLayers styles for the few drawn as vectors (the selected movement, a report under
// review), cached so they cost a few dozen style objects.
import { Circle as CircleStyle, Fill, RegularShape, Stroke, Style, Text } from 'ol/style';
import Point from 'ol/geom/Point';
import type { FeatureLike } from 'ol/Feature';
import type LineString from 'ol/geom/LineString';
import type RenderFeature from 'ol/render/Feature';
import { BatchBuilder, type Batch, type Paint } from './drawing';
import { actorColour, badgeColours, headOpen, headsOf, representativeStrength, statusStroke, widthOf } from './mapStyle';
import type { MovementSummary } from './types';

export { actorColour } from './mapStyle';

/** The number of troops a movement is drawn by (mapStyle's representative strength), or null. */
export function strengthValue(m: MovementSummary): number | null {
  return representativeStrength(m.strength);
}

/** Line width in pixels: the width class of the strength (map-style.json), shared with GeoMap.Rendering. */
export function widthFor(strength: number | null): number {
  return widthOf(strength === null ? null : { min: strength, max: strength, text: '' });
}

/** Arrowhead radius in pixels: at the destination, or (smaller) where the route leaves a via point. */
export function headSize(width: number, last: boolean): number {
  return Math.round((last ? 5 : 3.5) + width * (last ? 0.9 : 0.6));
}

/**
 * Distance in pixels from (x, y) to an arrowhead of this size pointing at (hx, hy) along the angle (EPSG:3857, map
 * angle): to its centre, size + 5 px back from the point (drawing.ts draws it there), minus its radius; 0 inside.
 */
export function headDistancePx(hx: number, hy: number, angle: number, size: number, x: number, y: number, resolution: number): number {
  const back = (size + 5) * resolution;
  return Math.max(0, Math.hypot(hx - Math.cos(angle) * back - x, hy - Math.sin(angle) * back - y) / resolution - size);
}

/**
 * How far (CSS px) behind the first arrowhead of this size a second one is drawn: a withdrawal's double head
 * (map-style.json's kinds). GeoMap.Rendering draws its second head as far back relative to its head length.
 */
export function secondHeadBack(size: number): number {
  return Math.round(size * 1.1);
}

/** Whether a movement's route is a stacked one bowed out into a curve (fan.ts), whose vertices are no places. */
export function fannedOut(feature: FeatureLike): boolean {
  return ((feature.get('stack') as number | undefined) ?? 0) > 0;
}

/** The casing and line paint of a movement (width rounded to 0.1 px, which is also how strokes are grouped). */
function casingWidth(width: number): number {
  return width + 2.5;
}

const lineCache = new Map<string, Style[]>();
const casingColour = 'rgba(255,255,255,0.85)';

/** Above this many movements drawn, lines lose their white casing: it doubles the stroking cost (bench/client). */
export const denseThreshold = 2000;
let dense = false;

/** Tells the styles how many movements are drawn (see {@link denseThreshold}). */
export function setDrawnCount(count: number): void {
  dense = count > denseThreshold;
}
const headCache = new Map<string, RegularShape>();

function lineStyles(colour: string, width: number, status: string, selected: boolean, casing: boolean): Style[] {
  const key = `${colour}|${width.toFixed(1)}|${status}|${selected}|${casing}`;
  const { dash } = statusStroke(status, width);
  let styles = lineCache.get(key);
  if (!styles) {
    styles = [];
    // A white casing keeps arrows readable over imagery and over each other.
    if (casing || selected) styles.push(new Style({ stroke: new Stroke({ color: selected ? '#ffe14d' : casingColour, width: selected ? width + 6 : casingWidth(width), lineCap: 'round' }), zIndex: selected ? 10 : 0 }));
    styles.push(new Style({ stroke: new Stroke({ color: colour, width, lineDash: dash ?? undefined, lineCap: dash && dash[0]! >= 1 ? 'butt' : 'round' }), zIndex: selected ? 11 : 1 }));
    lineCache.set(key, styles);
  }
  return styles;
}

function head(colour: string, size: number, angle: number, open = false, extraBack = 0): RegularShape {
  // Rotation buckets of 5 degrees: invisible at arrowhead size, and they bound the number of cached canvases.
  const bucket = Math.round(angle / (Math.PI / 36));
  const key = `${colour}|${size}|${bucket}|${open}|${extraBack}`;
  let shape = headCache.get(key);
  if (!shape) {
    // Drawn just short of the place it points at, so the place's marker does not hide it. OpenLayers rotates the
    // displacement with the shape, so "back along the route" is always straight down in the shape's own frame.
    shape = new RegularShape({
      // A planned movement has not happened: its head is hollow, outlined in the actor's colour.
      points: 3, radius: size, rotation: Math.PI / 2 - bucket * (Math.PI / 36), fill: new Fill({ color: open ? '#ffffff' : colour }),
      stroke: new Stroke({ color: open ? colour : '#ffffff', width: open ? openOutline(size) : 1 }),
      rotateWithView: true, displacement: [0, -(size + 5 + extraBack)],
    });
    headCache.set(key, shape);
  }
  return shape;
}

/** The outline width of an open (planned) arrowhead of this size. */
function openOutline(size: number): number {
  return Math.max(2, Math.round(size / 4));
}

/** The styles of one movement: its lines (casing, line) and its arrowheads. */
interface MovementStyles {
  lines: Style[];
  heads: Style[];
}

/** Styles of one movement feature, lines and arrowheads apart (cached on the feature: its geometry never changes while it is shown). */
export function movementStyles(feature: FeatureLike, selected = false): MovementStyles {
  const cacheKey = `_style${selected ? 'Selected' : ''}${dense ? 'Dense' : ''}`;
  const cached = feature.get(cacheKey) as MovementStyles | undefined;
  if (cached) return cached;
  const m = feature.get('movement') as MovementSummary;
  const colour = actorColour(m.actor);
  const width = widthOf(m.strength);
  const open = headOpen(m.status);
  const lines = lineStyles(colour, width, m.status, selected, !dense);
  const heads: Style[] = [];
  // A route through one known place is a Point; through several, a LineString.
  const geometry = feature.getGeometry();
  const type = geometry?.getType();
  const coords = type === 'LineString' ? (geometry as LineString).getCoordinates() : type === 'Point' ? [(geometry as Point).getCoordinates()] : [];
  // An arrowhead at the destination, and a smaller one where the route leaves each via point (a fanned route's
  // vertices are its curve's, not places: its head only).
  const curve = fannedOut(feature);
  for (let i = curve ? Math.max(1, coords.length - 1) : 1; i < coords.length; i++) {
    const [x0, y0] = coords[i - 1]!;
    const [x1, y1] = coords[i]!;
    if (x0 === x1 && y0 === y1) continue;
    const last = i === coords.length - 1;
    const size = headSize(width, last);
    const angle = Math.atan2(y1! - y0!, x1! - x0!);
    heads.push(new Style({ geometry: new Point([x1!, y1!]), image: head(colour, size, angle, open && last), zIndex: selected ? 12 : 2 }));
    // A withdrawal: a second head behind the first.
    if (last && headsOf(m.kind) > 1) heads.push(new Style({ geometry: new Point([x1!, y1!]), image: head(colour, size, angle, open, secondHeadBack(size)), zIndex: selected ? 12 : 2 }));
  }
  if (coords.length === 1) {
    // Only a destination is known: a downward arrowhead on it, pointing at the place.
    heads.push(new Style({ geometry: new Point(coords[0]!), image: head(colour, headSize(width, true), -Math.PI / 2, open), zIndex: 2 }));
  }
  const styles = { lines, heads };
  (feature as { set?: (k: string, v: unknown, silent: boolean) => void }).set?.(cacheKey, styles, true);
  return styles;
}

/** All styles of a movement in one array (for layers that draw few movements, like the ingest review). */
export function movementStyle(feature: FeatureLike, selected = false): Style[] {
  const { lines, heads } = movementStyles(feature, selected);
  return [...lines, ...heads];
}

/**
 * Every shown movement as draw batches for the worker (drawing.ts): white casings (unless dense), then lines, then
 * arrowheads, each in the movements' order, so that no actor's colour ends up on top of all the others. The same
 * geometry and sizes as {@link movementStyles}.
 */
export function movementBatches(features: readonly FeatureLike[]): Batch[] {
  const paints = new BatchPaints();
  for (const feature of features) {
    const m = feature.get('movement') as MovementSummary;
    const colour = actorColour(m.actor);
    const width = Math.round(widthOf(m.strength) * 10) / 10;
    const { dash, open } = statusStroke(m.status, width);
    // A withdrawal's second head, behind the first.
    const double = headsOf(m.kind) > 1;
    const geometry = feature.getGeometry();
    const type = geometry?.getType();
    if (type === 'Point') {
      const [x, y] = (geometry as Point).getCoordinates();
      paints.addHead(x!, y!, -Math.PI / 2, colour, width, true, open, false);
      continue;
    }
    if (type !== 'LineString') continue;
    const flat = (geometry as LineString).getFlatCoordinates();
    paints.addLine(flat, colour, width, m.status, dash, !dense);
    for (let i = fannedOut(feature) ? Math.max(2, flat.length - 2) : 2; i < flat.length; i += 2) {
      const x0 = flat[i - 2]!, y0 = flat[i - 1]!, x1 = flat[i]!, y1 = flat[i + 1]!;
      if (x0 === x1 && y0 === y1) continue;
      const last = i === flat.length - 2;
      paints.addHead(x1, y1, Math.atan2(y1 - y0, x1 - x0), colour, width, last, open && last, last && double);
    }
  }
  return paints.batches();
}

/**
 * The flows of flow tiles (movementTiles.ts: lines in layer `flows`, arrowheads in `heads` with their angle and
 * whether they are a destination's) as draw batches for the worker, painted as movements are: colour by actor, width
 * by the flow's summed strength, dash and open head by status; no casing (flows are drawn only when many movements
 * are). Lines first, then heads, in the tiles' order.
 */
export function flowBatches(features: Iterable<FeatureLike>): Batch[] {
  const paints = new BatchPaints();
  for (const f of features) {
    const actor = (f.get('actor') as string | undefined) ?? null;
    const status = (f.get('status') as string | undefined) ?? 'unknown';
    const width = widthFor(numberOf(f.get('strength')));
    const colour = actorColour(actor);
    const layer = f.get('layer') as string;
    if (layer === 'heads') {
      const [x, y] = (f as RenderFeature).getFlatCoordinates();
      const last = f.get('last') !== false;
      paints.addHead(x!, y!, numberOf(f.get('angle')) ?? -Math.PI / 2, colour, width, last, headOpen(status), false);
    } else if (layer === 'flows') {
      paints.addLine((f as RenderFeature).getFlatCoordinates(), colour, width, status, statusStroke(status, width).dash, false);
    }
  }
  return paints.batches();
}

/**
 * A number property of a tile feature, or null: PostGIS writes a numeric (a flow's sum of strengths) as a string.
 * @remarks Read as 0 before, flows had no count label and every flow the width of an unknown strength.
 */
export function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
}

/** The batches of arrows being built (casings, lines, heads) and their paints, each paint made once. */
class BatchPaints {
  private readonly casings = new BatchBuilder();
  private readonly lines = new BatchBuilder();
  private readonly heads = new BatchBuilder();
  private readonly paints = new Map<string, Paint>();

  private paint(key: string, make: () => Paint): Paint {
    let p = this.paints.get(key);
    if (!p) this.paints.set(key, (p = make()));
    return p;
  }

  /** A route's line (flat EPSG:3857 x,y), with its white casing under it when `casing`. */
  addLine(flat: ArrayLike<number>, colour: string, width: number, status: string, dash: number[] | null, casing: boolean): void {
    if (casing) this.casings.addPart(flat, this.paint(`casing|${width}`, () => ({ kind: 'stroke', colour: casingColour, width: casingWidth(width), cap: 'round' })));
    this.lines.addPart(flat, this.paint(`line|${colour}|${width}|${status}`, () => ({ kind: 'stroke', colour, width, cap: dash && dash[0]! >= 1 ? 'butt' : 'round', ...(dash ? { dash } : {}) })));
  }

  /** An arrowhead pointing at (x, y): hollow when `open` (planned), and a withdrawal's second one behind it when `double`. */
  addHead(x: number, y: number, angle: number, colour: string, width: number, last: boolean, open: boolean, double: boolean): void {
    const size = headSize(width, last);
    const head = this.paint(`head|${colour}`, () => ({ kind: 'arrows', colour, outline: '#ffffff' }));
    const openHead = this.paint(`open|${colour}|${size}`, () => ({ kind: 'arrows', colour: '#ffffff', outline: colour, outlineWidth: openOutline(size) }));
    this.heads.addArrow(x, y, angle, size, open ? openHead : head);
    if (double) this.heads.addArrow(x, y, angle, size, this.paint(`second|${colour}|${size}|${open}`, () => ({ ...(open ? openHead : head), back: secondHeadBack(size) })));
  }

  batches(): Batch[] {
    return [this.casings, this.lines, this.heads].filter((b) => !b.empty).map((b) => b.build());
  }
}

const badgeStyles = new Map<string, Style>();

/**
 * The badge of a movement reported more than once: its number of independent sources, in a circle beside the
 * arrowhead; red-rimmed while its claims contradict each other.
 */
export function sourceBadgeStyle(feature: FeatureLike): Style {
  const sources = feature.get('sources') as number;
  const contradicted = feature.get('contradicted') as boolean;
  const key = `${sources}|${contradicted}`;
  let style = badgeStyles.get(key);
  if (!style) {
    style = new Style({
      image: new CircleStyle({ radius: 8, displacement: [11, 11], fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: contradicted ? badgeColours.contradicted : badgeColours.ring, width: 2 }) }),
      text: new Text({ text: String(sources), offsetX: 11, offsetY: -11, font: 'bold 11px sans-serif', fill: new Fill({ color: badgeColours.text }) }),
    });
    badgeStyles.set(key, style);
  }
  return style;
}
