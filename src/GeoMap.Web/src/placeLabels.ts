// Place markers and their labels. Markers are always drawn. Each label goes right of its marker, or else left, above
// or below it, wherever it overlaps no other marker or label; only when none of the four fits is it left out, until
// a closer zoom makes room. Places touched by more movements choose first. OpenLayers' decluttering alone hid the
// whole place (marker and label) whenever two labels touched.
import type VectorSource from 'ol/source/Vector';
import type { FeatureLike } from 'ol/Feature';
import type Point from 'ol/geom/Point';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style';

const font = '600 12px system-ui, sans-serif';
const marker = new Circle({ radius: 5, fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: '#1a202c', width: 2 }), declutterMode: 'obstacle' });
const markerOnly = new Style({ image: marker, zIndex: 20 });

/** Where a label sits: its offset from the marker and its alignment. */
interface Side {
  name: 'right' | 'left' | 'above' | 'below';
  offsetX: number;
  offsetY: number;
  align: CanvasTextAlign;
  /** The label's box relative to the marker, for a text of width w (CSS pixels, y down). */
  box(w: number): [number, number, number, number];
}

const half = 8; // half the label's height, halo included
const sides: Side[] = [
  { name: 'right', offsetX: 8, offsetY: 0, align: 'left', box: (w) => [8, -half, 8 + w, half] },
  { name: 'left', offsetX: -8, offsetY: 0, align: 'right', box: (w) => [-8 - w, -half, -8, half] },
  { name: 'above', offsetX: 0, offsetY: -15, align: 'center', box: (w) => [-w / 2, -15 - half, w / 2, -15 + half] },
  { name: 'below', offsetX: 0, offsetY: 15, align: 'center', box: (w) => [-w / 2, 15 - half, w / 2, 15 + half] },
];

type Box = [number, number, number, number];

/** A coarse grid of boxes for overlap tests. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  constructor(private readonly size = 64) {}

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(b);
      else this.cells.set(key, [b]);
    }
  }

  hits(b: Box): boolean {
    for (const key of this.keys(b)) {
      for (const o of this.cells.get(key) ?? []) if (b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]) return true;
    }
    return false;
  }

  private *keys(b: Box): Generator<string> {
    for (let x = Math.floor(b[0] / this.size); x <= Math.floor(b[2] / this.size); x++) {
      for (let y = Math.floor(b[1] / this.size); y <= Math.floor(b[3] / this.size); y++) yield `${x},${y}`;
    }
  }
}

/** Styles for a source of place points (properties: name, weight = movements touching it). */
export class PlaceLabels {
  private resolution = NaN;
  private revision = -1;
  private placed = new Map<FeatureLike, Side | null>();
  private readonly widths = new Map<string, number>();
  private readonly styles = new Map<string, Style>();
  private measure: OffscreenCanvasRenderingContext2D | null = null;

  constructor(private readonly source: VectorSource) {}

  /**
   * The style of a place at a resolution: marker, and label on the side chosen for this resolution, if any. A country
   * or region (property `area`) has no marker: its name is written on its point, as GeoMap.Rendering does.
   */
  readonly style = (f: FeatureLike, resolution: number): Style | undefined => {
    if (resolution !== this.resolution || this.source.getRevision() !== this.revision) this.layout(resolution);
    if (f.get('area') === true) return this.areaStyle(f.get('name') as string);
    const side = this.placed.get(f);
    if (!side) return markerOnly;
    const name = f.get('name') as string;
    const key = `${name}|${side.name}`;
    let s = this.styles.get(key);
    if (!s) {
      s = new Style({
        image: marker,
        text: new Text({ text: name, font, offsetX: side.offsetX, offsetY: side.offsetY, textAlign: side.align, fill: new Fill({ color: '#1a202c' }), stroke: new Stroke({ color: '#ffffff', width: 3.5 }), declutterMode: 'obstacle' }),
        zIndex: 20,
      });
      this.styles.set(key, s);
    }
    return s;
  };

  private areaStyle(name: string): Style {
    const key = `${name}|area`;
    let s = this.styles.get(key);
    if (!s) {
      s = new Style({ text: new Text({ text: name, font: `italic ${font}`, fill: new Fill({ color: '#1a202c' }), stroke: new Stroke({ color: '#ffffff', width: 3.5 }) }), zIndex: 20 });
      this.styles.set(key, s);
    }
    return s;
  }

  /** The side each place's label takes at a resolution (null: left out), by place name; for tests. */
  sides(resolution: number): Record<string, string | null> {
    if (resolution !== this.resolution || this.source.getRevision() !== this.revision) this.layout(resolution);
    const out: Record<string, string | null> = {};
    for (const [f, side] of this.placed) out[f.get('name') as string] = side?.name ?? null;
    return out;
  }

  /** Chooses every label's side for a resolution, greedily, the most used places first. */
  private layout(resolution: number): void {
    this.resolution = resolution;
    this.revision = this.source.getRevision();
    this.placed = new Map();
    const places = this.source.getFeatures().filter((f) => f.get('area') !== true).map((f) => {
      const [x, y] = (f.getGeometry() as Point).getCoordinates();
      return { f, px: x! / resolution, py: -y! / resolution, name: f.get('name') as string, weight: (f.get('weight') as number | undefined) ?? 0 };
    });
    const grid = new BoxGrid();
    for (const p of places) grid.add([p.px - 7, p.py - 7, p.px + 7, p.py + 7]);
    places.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
    for (const p of places) {
      const w = this.width(p.name);
      let chosen: Side | null = null;
      for (const side of sides) {
        const [x0, y0, x1, y1] = side.box(w);
        const b: Box = [p.px + x0, p.py + y0, p.px + x1, p.py + y1];
        if (!grid.hits(b)) {
          grid.add(b);
          chosen = side;
          break;
        }
      }
      this.placed.set(p.f, chosen);
    }
  }

  private width(text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      this.measure ??= new OffscreenCanvas(1, 1).getContext('2d')!;
      this.measure.font = font;
      // The halo (3.5 px) on both sides.
      w = this.measure.measureText(text).width + 4;
      this.widths.set(text, w);
    }
    return w;
  }
}
