// Labels on the arrows: the number of troops and the dates of each movement ("1,500 · 8–13 Oct") beside the middle of
// its route, in the actor's colour, where it fits. A route shorter on screen than the label's room has none, and labels
// that would overlap each other or a place's label are left out (OpenLayers' decluttering in the labels' group, below
// the places, so a place's label wins; above the basemap's, which give way). The text follows the rule of
// map-style.json's 'labels', as GeoMap.Rendering's Styling/MovementLabels.cs writes it; both are tested on
// tests/cases/movement-labels.json.
import Feature from 'ol/Feature';
import type LineString from 'ol/geom/LineString';
import Point from 'ol/geom/Point';
import type { Geometry } from 'ol/geom';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Fill, Stroke, Style, Text } from 'ol/style';
import type { FeatureLike } from 'ol/Feature';
import { formatNumber } from './dom';
import { actorColour, labelSeparator, monthNames } from './mapStyle';
import type { MovementSummary, Strength } from './types';

/** A route must be this long on screen (px) to carry its label. */
export const minRoutePx = 70;

/** The label of a strength: one number, a range ("2,000–3,000"), a lower bound ("1,500+") or an upper one ("up to 3,000"). */
export function strengthLabel(s: Strength | null | undefined): string | null {
  if (!s) return null;
  if (s.min !== null && s.max !== null) return s.min === s.max ? formatNumber(s.min) : `${formatNumber(s.min)}–${formatNumber(s.max)}`;
  if (s.min !== null) return `${formatNumber(s.min)}+`;
  if (s.max !== null) return `up to ${formatNumber(s.max)}`;
  return null;
}

const dayMs = 86_400_000;

/** A UTC day as [year, month 0-11, day of month]. */
function utcDay(ms: number): [number, number, number] {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

type Unit = 'day' | 'month' | 'year';
type Day = [number, number, number];

function one(d: Day, unit: Unit, withYear: boolean): string {
  if (unit === 'year') return `${d[0]}`;
  if (unit === 'month') return `${monthNames[d[1]]} ${d[0]}`;
  return withYear ? `${d[2]} ${monthNames[d[1]]} ${d[0]}` : `${d[2]} ${monthNames[d[1]]}`;
}

function range(a: Day, b: Day, unit: Unit, withYear: boolean): string {
  const sameYear = a[0] === b[0];
  const sameMonth = sameYear && a[1] === b[1];
  if (unit === 'year') return sameYear ? `${a[0]}` : `${a[0]}–${b[0]}`;
  if (unit === 'month') {
    if (sameMonth) return `${monthNames[a[1]]} ${a[0]}`;
    return sameYear ? `${monthNames[a[1]]}–${monthNames[b[1]]} ${b[0]}` : `${monthNames[a[1]]} ${a[0]} – ${monthNames[b[1]]} ${b[0]}`;
  }
  const year = withYear ? ` ${b[0]}` : '';
  if (sameMonth && a[2] === b[2]) return `${a[2]} ${monthNames[a[1]]}${year}`;
  if (sameMonth) return `${a[2]}–${b[2]} ${monthNames[b[1]]}${year}`;
  if (sameYear) return `${a[2]} ${monthNames[a[1]]} – ${b[2]} ${monthNames[b[1]]}${year}`;
  return `${a[2]} ${monthNames[a[1]]} ${a[0]} – ${b[2]} ${monthNames[b[1]]} ${b[0]}`;
}

/**
 * The label of a period (epoch ms, its end exclusive; null when open) stated to a precision: "12 Oct", "8–13 Oct",
 * "28 Sep – 3 Oct", "Oct 2024", "2024", "from 8 Oct"; null when its time was not stated (precision unknown) or it has no
 * bound. `withYear`: whether a day label carries the year ({@link labelsWithYear}); month and year labels always do.
 */
export function periodLabel(start: number | null, end: number | null, precision: string, withYear: boolean): string | null {
  if (precision === 'unknown' || (start === null && end === null)) return null;
  const first = start === null ? null : utcDay(start);
  // The end is exclusive: the last day is the one its last instant falls on (an instant's own day).
  const last = end === null ? null : utcDay(start !== null && end <= start ? start : end - 1);
  const whole = (starts: (d: Day) => boolean): boolean =>
    (first === null || starts(first)) && (last === null || starts(utcDay(Date.UTC(last[0], last[1], last[2]) + dayMs)));
  const unit: Unit = precision === 'year' && whole((d) => d[1] === 0 && d[2] === 1) ? 'year'
    : precision === 'month' && whole((d) => d[2] === 1) ? 'month' : 'day';
  if (first && last) return range(first, last, unit, withYear);
  if (first) return `from ${one(first, unit, withYear)}`;
  return `until ${one(last!, unit, withYear)}`;
}

/**
 * The labels a movement may carry, longest first: its strength and period joined, then its strength alone when it has
 * both (a short route's number matters most); empty when it has neither.
 */
export function labelTexts(strength: Strength | null | undefined, start: number | null, end: number | null, precision: string, withYear: boolean): string[] {
  const whole = movementLabel(strength, start, end, precision, withYear);
  const alone = strengthLabel(strength);
  return whole === null ? [] : alone === null || alone === whole ? [whole] : [whole, alone];
}

/** The font of the labels. */
const labelFont = '700 12px system-ui, sans-serif';
let measurer: CanvasRenderingContext2D | null = null;
const textWidths = new Map<string, number>();

/** How wide a label is drawn (CSS px). */
function textWidth(text: string): number {
  let w = textWidths.get(text);
  if (w === undefined) {
    measurer ??= document.createElement('canvas').getContext('2d');
    if (measurer) measurer.font = labelFont;
    w = measurer ? measurer.measureText(text).width : text.length * 7;
    textWidths.set(text, w);
  }
  return w;
}

/**
 * The first of a movement's labels that fits its route at this length on screen (px): the route at least
 * {@link minRoutePx} and as long as the label, as GeoMap.Rendering lets a label no longer than its arrow; or null.
 */
export function fittingLabel(texts: readonly string[], routePx: number): string | null {
  if (routePx < minRoutePx) return null;
  return texts.find((t) => textWidth(t) <= routePx) ?? null;
}

/** The label of a movement: its strength and its period, joined ("1,500 · 8–13 Oct"), or either alone; null for neither. */
export function movementLabel(strength: Strength | null | undefined, start: number | null, end: number | null, precision: string, withYear: boolean): string | null {
  const parts = [strengthLabel(strength), periodLabel(start, end, precision, withYear)].filter((p): p is string => p !== null);
  return parts.length ? parts.join(labelSeparator) : null;
}

/**
 * Whether day labels carry the year on a map whose movements run from `from` (their earliest start) to `to` (their
 * latest end, exclusive, or start when open), epoch ms: when these fall in different calendar years.
 */
export function labelsWithYear(from: number | null, to: number | null): boolean {
  if (from === null || to === null) return false;
  return utcDay(from)[0] !== utcDay(to > from ? to - 1 : from)[0];
}

let withYear = false;
let year: number | null = null;

/** Tells the labels the span of the map's movements (all loaded, or all the tiles hold), which decides {@link labelsWithYear}. */
export function setLabelSpan(from: number | null, to: number | null): void {
  withYear = labelsWithYear(from, to);
  year = from !== null ? utcDay(from)[0] : to !== null ? utcDay(to - 1)[0] : null;
}

/** Whether day labels carry the year on this map now. */
export function labelYears(): boolean {
  return withYear;
}

/** The legend's explanation of the labels: a sample and what it says, with the year day labels leave out. */
export function labelLegend(): { sample: string; text: string } {
  return {
    sample: movementLabel({ min: 1500, max: 1500, text: '' }, Date.UTC(2024, 9, 8), Date.UTC(2024, 9, 14), 'day', false)!,
    text: `troops · dates${!withYear && year !== null ? ` (${year})` : ''}`,
  };
}

/** The labels a listed movement may carry on this map, longest first ({@link labelTexts}). */
export function labelsOf(m: MovementSummary): string[] {
  return labelTexts(m.strength, m.start ? Date.parse(m.start) : null, m.end ? Date.parse(m.end) : null, m.timePrecision ?? 'unknown', withYear);
}

const halo = new Stroke({ color: 'rgba(255,255,255,0.95)', width: 3.5 });
const styles = new Map<string, Style>();

/** The unit normal of a route's direction (radians counter-clockwise from east), pointing north (east when it runs north-south). */
export function labelNormal(angle: number): [number, number] {
  let nx = -Math.sin(angle), ny = Math.cos(angle);
  if (ny < -0.05 || (Math.abs(ny) <= 0.05 && nx < 0)) { nx = -nx; ny = -ny; }
  return [nx, ny];
}

/** The label's style: beside the line, on the side its normal points to (north, or east for a route running north-south). */
export function strengthLabelStyle(text: string, colour: string, nx: number, ny: number): Style {
  const align = nx > 0.5 ? 'left' : nx < -0.5 ? 'right' : 'center';
  const offsetX = Math.round(nx * 7);
  const offsetY = Math.round(-ny * 12);
  const key = `${text}|${colour}|${offsetX}|${offsetY}|${align}`;
  let s = styles.get(key);
  if (!s) {
    s = new Style({ text: new Text({ text, font: labelFont, offsetX, offsetY, textAlign: align, fill: new Fill({ color: colour }), stroke: halo }) });
    styles.set(key, s);
  }
  return s;
}

/** The strength labels of the shown movements (list mode). */
export class StrengthLabels {
  private readonly source = new VectorSource<Feature<Geometry>>();
  readonly layer = new VectorLayer({
    source: this.source, declutter: 'labels', zIndex: 10.5, properties: { title: 'Strengths' },
    style: (f, resolution) => {
      const text = StrengthLabels.textAt(f, resolution);
      return text ? strengthLabelStyle(text, f.get('colour') as string, f.get('nx') as number, f.get('ny') as number) : undefined;
    },
  });

  /** The label that fits a route at this resolution ({@link fittingLabel}), or null. */
  static textAt(f: FeatureLike, resolution: number): string | null {
    return fittingLabel(f.get('labels') as string[], (f.get('length') as number) / resolution);
  }

  /** One label per shown route with a strength or stated dates, at the route's middle. */
  show(routes: readonly Feature<Geometry>[]): void {
    const labels: Feature<Geometry>[] = [];
    for (const f of routes) {
      const geometry = f.getGeometry();
      if (geometry?.getType() !== 'LineString') continue;
      const m = f.get('movement') as MovementSummary;
      const texts = labelsOf(m);
      if (!texts.length) continue;
      const line = geometry as LineString;
      // The unit normal of the route at its middle, pointing north (east when the route runs north-south).
      const [ax, ay] = line.getCoordinateAt(0.45) as [number, number];
      const [bx, by] = line.getCoordinateAt(0.55) as [number, number];
      const [nx, ny] = labelNormal(Math.atan2(by - ay, bx - ax));
      const feature = new Feature<Geometry>({ geometry: new Point(line.getCoordinateAt(0.5)) });
      feature.setProperties({ labels: texts, colour: actorColour(m.actor), length: line.getLength(), movementId: m.id, nx, ny }, true);
      labels.push(feature);
    }
    this.source.clear(true);
    this.source.addFeatures(labels);
  }

  /** The labels long enough to be drawn at this resolution, by movement id (decluttering may still leave some out). */
  shownAt(resolution: number): Record<number, string> {
    const out: Record<number, string> = {};
    for (const f of this.source.getFeatures()) {
      const text = StrengthLabels.textAt(f, resolution);
      if (text) out[f.get('movementId') as number] = text;
    }
    return out;
  }
}
