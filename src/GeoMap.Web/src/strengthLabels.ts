// Strength labels on the arrows: the number of troops beside the middle of each route, in the actor's colour, where
// it fits. A route shorter on screen than the label's room has none, and labels that would overlap each other or a
// place's label are left out (OpenLayers' decluttering in the labels' group, below the places, so a place's label
// wins; above the basemap's, which give way).
import Feature from 'ol/Feature';
import type LineString from 'ol/geom/LineString';
import Point from 'ol/geom/Point';
import type { Geometry } from 'ol/geom';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Fill, Stroke, Style, Text } from 'ol/style';
import type { FeatureLike } from 'ol/Feature';
import { formatNumber } from './dom';
import { actorColour } from './mapStyle';
import type { MovementSummary, Strength } from './types';

/** A route must be this long on screen (px) to carry its label. */
export const minRoutePx = 70;

/** The label of a strength: one number, or a range ("2,000–3,000"). */
export function strengthLabel(s: Strength | null | undefined): string | null {
  if (!s || (s.min === null && s.max === null)) return null;
  if (s.min !== null && s.max !== null && s.min !== s.max) return `${formatNumber(s.min)}–${formatNumber(s.max)}`;
  return formatNumber((s.max ?? s.min)!);
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
    s = new Style({ text: new Text({ text, font: '700 12px system-ui, sans-serif', offsetX, offsetY, textAlign: align, fill: new Fill({ color: colour }), stroke: halo }) });
    styles.set(key, s);
  }
  return s;
}

/** The strength labels of the shown movements (list mode). */
export class StrengthLabels {
  private readonly source = new VectorSource<Feature<Geometry>>();
  readonly layer = new VectorLayer({
    source: this.source, declutter: 'labels', zIndex: 10.5, properties: { title: 'Strengths' },
    style: (f, resolution) => (StrengthLabels.fits(f, resolution)
      ? strengthLabelStyle(f.get('label') as string, f.get('colour') as string, f.get('nx') as number, f.get('ny') as number)
      : undefined),
  });

  /** Whether a label's route is long enough on screen at this resolution. */
  static fits(f: FeatureLike, resolution: number): boolean {
    return (f.get('length') as number) / resolution >= minRoutePx;
  }

  /** One label per shown route with a strength, at the route's middle. */
  show(routes: readonly Feature<Geometry>[]): void {
    const labels: Feature<Geometry>[] = [];
    for (const f of routes) {
      const geometry = f.getGeometry();
      if (geometry?.getType() !== 'LineString') continue;
      const m = f.get('movement') as MovementSummary;
      const label = strengthLabel(m.strength);
      if (!label) continue;
      const line = geometry as LineString;
      // The unit normal of the route at its middle, pointing north (east when the route runs north-south).
      const [ax, ay] = line.getCoordinateAt(0.45) as [number, number];
      const [bx, by] = line.getCoordinateAt(0.55) as [number, number];
      const [nx, ny] = labelNormal(Math.atan2(by - ay, bx - ax));
      const feature = new Feature<Geometry>({ geometry: new Point(line.getCoordinateAt(0.5)) });
      feature.setProperties({ label, colour: actorColour(m.actor), length: line.getLength(), movementId: m.id, nx, ny }, true);
      labels.push(feature);
    }
    this.source.clear(true);
    this.source.addFeatures(labels);
  }

  /** The labels long enough to be drawn at this resolution, by movement id (decluttering may still leave some out). */
  shownAt(resolution: number): Record<number, string> {
    const out: Record<number, string> = {};
    for (const f of this.source.getFeatures()) if (StrengthLabels.fits(f, resolution)) out[f.get('movementId') as number] = f.get('label') as string;
    return out;
  }
}
