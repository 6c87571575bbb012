// Drawing of static vector data (the basemap's land, coasts and borders; the movements' lines and arrowheads)
// onto a 2D canvas, as the draw worker does it. No OpenLayers here: a batch is flat EPSG:3857 coordinates and the
// paints of its lines, rings or arrowheads, drawn in order, and the drawing can stop between steps.
import { worldWidth } from './webMercator';

/** How a batch is painted. Arrowhead sizes are in CSS pixels. */
export type Paint =
  | { kind: 'fill'; colour: string }
  | { kind: 'stroke'; colour: string; width: number; dash?: number[]; cap?: CanvasLineCap }
  | { kind: 'arrows'; colour: string; outline: string; outlineWidth?: number; back?: number }
  /**
   * A label: `text` in `font`, filled with `colour` over a `halo` of `haloWidth`, centred `offsetX`, `offsetY` CSS px
   * from its anchor. Labels of a batch are drawn in order, each only where it overlaps none drawn before it.
   */
  | { kind: 'text'; text: string; font: string; colour: string; halo: string; haloWidth: number; offsetX: number; offsetY: number };

/**
 * Geometries of one kind (all fills, all strokes or all arrows) drawn in order. For fills and strokes, `coords` holds
 * x,y pairs and `ends` the end (exclusive, in coordinate values) of each ring or line. For arrows, `coords` holds x,
 * y, angle, size per arrowhead (angle in radians, counter-clockwise from east in map coordinates) and `ends` is empty;
 * for labels, x, y, angle, back per label: anchored `back` CSS px behind (x, y) along the angle, as an arrowhead's
 * centre is (pass the head's size + 5 to put a label beside a head).
 * `paintOf` gives each part's (or arrowhead's) index in `paints`; when it is empty, every part has `paints[0]`.
 * A fill batch has one paint (its rings are one path, so that holes stay holes).
 */
export interface Batch {
  paints: Paint[];
  paintOf: Uint16Array;
  coords: Float64Array;
  ends: Uint32Array;
}

/** What to draw: the image's extent (EPSG:3857), resolution (map units per CSS pixel) and pixel ratio. */
export interface Frame {
  extent: [number, number, number, number];
  resolution: number;
  pixelRatio: number;
}

/**
 * A shapes file of scripts/build-basemap.mjs (EPSG:3857 rings or lines, little-endian: 'GMS2', part count, coordinate
 * count, each part's end, float32 x,y pairs, rings oriented for filling, one byte per part: 1 outer ring, 0 hole, 2
 * line) as one batch: rings for a fill, lines and rings for a stroke. Throws on a file that is not one.
 * @remarks Replaces GeoJSON for the basemap's land, coasts and borders: reading the 2.2 MB of 1:50m GeoJSON of the
 * first view (JSON.parse, then nested arrays to flat ones) was most of the draw worker's work before its first image.
 * The file is projected and oriented when it is built, so reading it is copying (the worker's projecting of 134k
 * vertices was 42 ms of its CPU before the first image, bench/client --diagnose-load).
 */
export function readShapes(buffer: ArrayBuffer, paint: Paint): Batch | null {
  const view = new DataView(buffer);
  if (buffer.byteLength < 12 || view.getUint32(0, false) !== 0x474d5332) throw new Error('not a GeoMap shapes file (no GMS2 header)');
  const parts = view.getUint32(4, true);
  const values = view.getUint32(8, true);
  if (values % 2 !== 0 || buffer.byteLength !== 12 + parts * 4 + values * 4 + parts) {
    throw new Error(`a damaged shapes file: ${buffer.byteLength} bytes for ${parts} parts and ${values} coordinates`);
  }
  const ends = new Uint32Array(buffer.slice(12, 12 + parts * 4));
  const xy = new Float32Array(buffer, 12 + parts * 4, values);
  const flags = new Uint8Array(buffer, 12 + parts * 4 + values * 4, parts);
  const fill = paint.kind === 'fill';
  // A fill draws rings only, a stroke lines and rings alike (a ring's outline).
  const keep: number[] = [];
  let kept = 0;
  for (let p = 0, start = 0; p < parts; start = ends[p]!, p++) {
    if (ends[p]! < start || ends[p]! > values || (ends[p]! - start) % 2 !== 0) throw new Error(`a damaged shapes file: part ${p} ends at ${ends[p]}`);
    if (fill && flags[p] === 2) continue;
    keep.push(p);
    kept += ends[p]! - start;
  }
  if (kept === 0) return null;
  if (keep.length === parts) return { paints: [paint], paintOf: new Uint16Array(0), coords: new Float64Array(xy), ends };
  const coords = new Float64Array(kept);
  const keptEnds = new Uint32Array(keep.length);
  let n = 0;
  keep.forEach((p, i) => {
    const start = p === 0 ? 0 : ends[p - 1]!;
    coords.set(xy.subarray(start, ends[p]!), n);
    n += ends[p]! - start;
    keptEnds[i] = n;
  });
  return { paints: [paint], paintOf: new Uint16Array(0), coords, ends: keptEnds };
}

/** Collects rings, lines or arrowheads and their paints, growing its arrays as needed. */
export class BatchBuilder {
  private coords = new Float64Array(1024);
  private ends: number[] = [];
  private readonly paintOf: number[] = [];
  private readonly paints: Paint[] = [];
  private readonly paintIndex = new Map<string, number>();
  private readonly byIdentity = new Map<Paint, number>();
  private n = 0;

  /** A builder whose parts all have one paint unless addPart/addArrow give another. */
  constructor(private readonly paint?: Paint) {}

  /** Adds one ring or line from a flat x,y array (or part of one). */
  addPart(flat: ArrayLike<number>, paint?: Paint, start = 0, end = flat.length): void {
    this.reserve(end - start);
    for (let i = start; i < end; i++) this.coords[this.n++] = flat[i]!;
    this.ends.push(this.n);
    this.paintOf.push(this.index(paint));
  }

  /** Adds one arrowhead (a point, the direction it points in and its size in pixels). */
  addArrow(x: number, y: number, angle: number, size: number, paint?: Paint): void {
    this.reserve(4);
    this.coords[this.n++] = x;
    this.coords[this.n++] = y;
    this.coords[this.n++] = angle;
    this.coords[this.n++] = size;
    this.paintOf.push(this.index(paint));
  }

  /** Adds one label anchored `back` pixels behind (x, y) along the angle (see {@link Batch}). */
  addLabel(x: number, y: number, angle: number, back: number, paint: Paint): void {
    this.addArrow(x, y, angle, back, paint);
  }

  /** True when nothing was added. */
  get empty(): boolean {
    return this.n === 0;
  }

  /** The batch, with arrays trimmed to what was added. */
  build(): Batch {
    return {
      paints: this.paints,
      paintOf: this.paints.length > 1 ? Uint16Array.from(this.paintOf) : new Uint16Array(0),
      coords: this.coords.slice(0, this.n),
      ends: Uint32Array.from(this.ends),
    };
  }

  private index(paint: Paint | undefined): number {
    const p = paint ?? this.paint;
    if (!p) throw new Error('BatchBuilder: no paint for this part');
    // The same Paint object again (callers that cache their paints) is found without serializing it.
    let i = this.byIdentity.get(p);
    if (i !== undefined) return i;
    const key = JSON.stringify(p);
    i = this.paintIndex.get(key);
    if (i === undefined) {
      i = this.paints.length;
      if (i > 0xffff) throw new Error('BatchBuilder: more than 65,536 paints in one batch');
      this.paints.push(p);
      this.paintIndex.set(key, i);
    }
    this.byIdentity.set(p, i);
    return i;
  }

  private reserve(extra: number): void {
    if (this.n + extra <= this.coords.length) return;
    const grown = new Float64Array(Math.max(this.coords.length * 2, this.n + extra));
    grown.set(this.coords.subarray(0, this.n));
    this.coords = grown;
  }
}

/** The x,y extent of each part of a batch (for culling), computed once when a batch is stored. */
export function partExtents(batch: Batch): Float64Array {
  const { coords, ends } = batch;
  if (batch.paints[0]?.kind === 'arrows' || batch.paints[0]?.kind === 'text') {
    const out = new Float64Array((coords.length / 4) * 4);
    for (let i = 0, j = 0; i < coords.length; i += 4, j += 4) {
      out[j] = out[j + 2] = coords[i]!;
      out[j + 1] = out[j + 3] = coords[i + 1]!;
    }
    return out;
  }
  const out = new Float64Array(ends.length * 4);
  let start = 0;
  for (let p = 0; p < ends.length; p++) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = start; i < ends[p]!; i += 2) {
      const x = coords[i]!, y = coords[i + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    out.set([minX, minY, maxX, maxY], p * 4);
    start = ends[p]!;
  }
  return out;
}

/** A batch with its part extents and overall extent, ready to draw. */
export interface StoredBatch extends Batch {
  extents: Float64Array;
  bounds: [number, number, number, number];
}

/** Adds the extents drawing needs. */
export function store(batch: Batch): StoredBatch {
  const extents = partExtents(batch);
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < extents.length; i += 4) {
    bounds[0] = Math.min(bounds[0], extents[i]!);
    bounds[1] = Math.min(bounds[1], extents[i + 1]!);
    bounds[2] = Math.max(bounds[2], extents[i + 2]!);
    bounds[3] = Math.max(bounds[3], extents[i + 3]!);
  }
  return { ...batch, extents, bounds };
}

// How far beyond the frame a part may lie and still be drawn: the widest stroke or arrowhead, in CSS pixels.
const marginPx = 40;

type Context = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * Draws the batches, in order, onto a context whose canvas is the frame's size in device pixels, yielding after
 * every few hundred lines or arrowheads so that the caller can pause or give up between steps.
 * @remarks Lines and arrowheads are stroked and filled one by one: in software rendering, one canvas path per style
 * measured slower (Skia scan-converts the whole overlapping outline at once), and drawing is bound by the pixels
 * covered anyway. Fills (land) are one path per batch so holes stay holes. Vertices closer than half a device pixel
 * to the previous one are skipped (never the last of a part): at small scales the 1:10m coastlines have dozens of
 * vertices per pixel.
 */
export function* drawSteps(ctx: Context, batches: readonly StoredBatch[], frame: Frame, partsPerStep = 250): Generator<void, void, void> {
  const [minX, minY, maxX, maxY] = frame.extent;
  const scale = frame.pixelRatio / frame.resolution;
  const margin = marginPx * frame.resolution;
  ctx.lineJoin = 'round';
  let parts = 0;
  for (const batch of batches) {
    // World copies: draw the batch shifted by k worlds for every k whose shifted bounds meet the frame.
    const kMin = Math.ceil((minX - margin - batch.bounds[2]) / worldWidth);
    const kMax = Math.floor((maxX + margin - batch.bounds[0]) / worldWidth);
    if (kMin > kMax || batch.bounds[1] > maxY + margin || batch.bounds[3] < minY - margin) continue;
    const first = batch.paints[0];
    if (!first) continue;
    setPaint(ctx, first, frame.pixelRatio);
    let current = 0;
    const paintOf = batch.paintOf;
    const repaint = (part: number) => {
      const want = paintOf.length ? paintOf[part]! : 0;
      if (want !== current) {
        current = want;
        setPaint(ctx, batch.paints[want]!, frame.pixelRatio);
      }
    };
    const fill = first.kind === 'fill';
    if (fill) ctx.beginPath();
    for (let k = kMin; k <= kMax; k++) {
      const shift = k * worldWidth;
      const cull = [minX - margin - shift, minY - margin, maxX + margin - shift, maxY + margin] as const;
      const ox = (minX - shift) * scale;
      const oy = maxY * scale;
      const { coords, ends, extents } = batch;
      if (first.kind === 'text') {
        const placed: number[] = [];
        for (let i = 0; i < coords.length; i += 4) {
          const x = coords[i]!, y = coords[i + 1]!;
          if (x < cull[0] || x > cull[2] || y < cull[1] || y > cull[3]) continue;
          repaint(i / 4);
          label(ctx, batch.paints[current] as Extract<Paint, { kind: 'text' }>, x * scale - ox, oy - y * scale, coords[i + 2]!, coords[i + 3]!, frame.pixelRatio, placed);
          if (++parts % partsPerStep === 0) yield;
        }
        continue;
      }
      if (first.kind === 'arrows') {
        for (let i = 0; i < coords.length; i += 4) {
          const x = coords[i]!, y = coords[i + 1]!;
          if (x < cull[0] || x > cull[2] || y < cull[1] || y > cull[3]) continue;
          repaint(i / 4);
          ctx.beginPath();
          const back = (batch.paints[current] as { back?: number }).back ?? 0;
          arrow(ctx, x * scale - ox, oy - y * scale, coords[i + 2]!, coords[i + 3]! * frame.pixelRatio, frame.pixelRatio, back);
          ctx.fill();
          ctx.stroke();
          if (++parts % partsPerStep === 0) yield;
        }
        continue;
      }
      let start = 0;
      for (let p = 0; p < ends.length; p++) {
        const end = ends[p]!;
        const e = p * 4;
        if (extents[e]! <= cull[2] && extents[e + 2]! >= cull[0] && extents[e + 1]! <= cull[3] && extents[e + 3]! >= cull[1]) {
          if (!fill) {
            repaint(p);
            ctx.beginPath();
          }
          part(ctx, coords, start, end, scale, ox, oy, fill);
          if (!fill) {
            ctx.stroke();
            if (++parts % partsPerStep === 0) yield;
          }
        }
        start = end;
      }
    }
    // Non-zero: rings are oriented (outer counter-clockwise, holes clockwise) when they are loaded, so holes stay
    // holes and polygons that overlap (world copies, unwrapped antimeridian rings) do not cancel each other.
    if (fill) {
      ctx.fill();
      yield;
    }
  }
}

function part(ctx: Context, coords: Float64Array, start: number, end: number, scale: number, ox: number, oy: number, closed: boolean): void {
  let lx = coords[start]! * scale - ox;
  let ly = oy - coords[start + 1]! * scale;
  ctx.moveTo(lx, ly);
  for (let i = start + 2; i < end; i += 2) {
    const x = coords[i]! * scale - ox;
    const y = oy - coords[i + 1]! * scale;
    if (i + 2 < end && Math.abs(x - lx) < 0.5 && Math.abs(y - ly) < 0.5) continue;
    ctx.lineTo(x, y);
    lx = x;
    ly = y;
  }
  if (closed) ctx.closePath();
}

const cos120 = -0.5, sin120 = Math.sqrt(3) / 2;

// An arrowhead at pixel (px, py): a triangle of the given radius whose tip points along the angle (map angle,
// counter-clockwise from east), drawn just short of the point (by its radius plus 5 px) so the place marker there
// does not hide it; `extra` CSS pixels further back for a second head behind the first (a withdrawal's). The same
// shape as movementStyle.ts's RegularShape.
function arrow(ctx: Context, px: number, py: number, angle: number, size: number, pixelRatio: number, extra = 0): void {
  // Screen y grows downwards: the map angle's sine flips.
  const dx = Math.cos(angle), dy = -Math.sin(angle);
  const back = size + (5 + extra) * pixelRatio;
  const cx = px - dx * back;
  const cy = py - dy * back;
  ctx.moveTo(cx + dx * size, cy + dy * size);
  ctx.lineTo(cx + (dx * cos120 - dy * sin120) * size, cy + (dx * sin120 + dy * cos120) * size);
  ctx.lineTo(cx + (dx * cos120 + dy * sin120) * size, cy + (-dx * sin120 + dy * cos120) * size);
  ctx.closePath();
}

/**
 * Where a label of a text batch is centred (screen pixels, y down) for its anchor's pixel (px, py): `back` CSS px
 * behind it along the map angle, then moved by the paint's offsets.
 */
export function labelCentre(px: number, py: number, angle: number, back: number, p: { offsetX: number; offsetY: number }, pixelRatio = 1): [number, number] {
  return [px - Math.cos(angle) * back * pixelRatio + p.offsetX * pixelRatio, py + Math.sin(angle) * back * pixelRatio + p.offsetY * pixelRatio];
}

// A label at pixel (px, py) moved `back` CSS px behind it along the angle and by its offsets, unless its box meets one
// of the boxes already placed (x0, y0, x1, y1 in device pixels, appended to when it is drawn).
function label(ctx: Context, p: Extract<Paint, { kind: 'text' }>, px: number, py: number, angle: number, back: number, pixelRatio: number, placed: number[]): void {
  const [cx, cy] = labelCentre(px, py, angle, back, p, pixelRatio);
  const metrics = ctx.measureText(p.text);
  const halfW = metrics.width / 2 + p.haloWidth * pixelRatio;
  const halfH = (metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent) / 2 + p.haloWidth * pixelRatio;
  const box = [cx - halfW, cy - halfH, cx + halfW, cy + halfH];
  for (let i = 0; i < placed.length; i += 4) {
    if (box[0]! < placed[i + 2]! && box[2]! > placed[i]! && box[1]! < placed[i + 3]! && box[3]! > placed[i + 1]!) return;
  }
  placed.push(...box);
  ctx.strokeText(p.text, cx, cy);
  ctx.fillText(p.text, cx, cy);
}

function setPaint(ctx: Context, p: Paint, pixelRatio: number): void {
  switch (p.kind) {
    case 'fill':
      ctx.fillStyle = p.colour;
      break;
    case 'stroke':
      ctx.strokeStyle = p.colour;
      ctx.lineWidth = p.width * pixelRatio;
      ctx.lineCap = p.cap ?? 'round';
      ctx.setLineDash(p.dash ? p.dash.map((d) => d * pixelRatio) : []);
      break;
    case 'arrows':
      ctx.fillStyle = p.colour;
      ctx.strokeStyle = p.outline;
      ctx.lineWidth = (p.outlineWidth ?? 1) * pixelRatio;
      ctx.lineCap = 'round';
      ctx.setLineDash([]);
      break;
    case 'text': {
      // The font's size in CSS px, scaled to device pixels.
      ctx.font = p.font.replace(/(\d+(?:\.\d+)?)px/, (_, px: string) => `${Number(px) * pixelRatio}px`);
      ctx.fillStyle = p.colour;
      ctx.strokeStyle = p.halo;
      ctx.lineWidth = p.haloWidth * pixelRatio;
      ctx.lineJoin = 'round';
      ctx.setLineDash([]);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      break;
    }
  }
}
