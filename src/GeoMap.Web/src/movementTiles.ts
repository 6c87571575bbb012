// Movements as vector tiles (/tiles/movements/{z}/{x}/{y}.mvt), for when there are too many to list: below the
// server's detail zoom, flows between grid cells for the time range (fetched again when the range changes); from it
// on, every movement of all time, filtered to the range here, so that playback and range changes fetch nothing.
// Detail tiles render in OpenLayers' hybrid mode: lines and arrowheads (polygons) go into tile images, so a pan
// moves images instead of replaying thousands of lines per frame. Flows are drawn by the draw worker into one image
// of the view (as list mode's movements are), from the view's flow tiles, fetched and read here (prepareFlows says
// why not by a tile layer): drawn by OpenLayers into tile images, the first view's six flow tiles cost the main thread
// ~400 ms (instructions, tile images, and their replay and rasterization in the frame), most of a first render
// (bench/client --diagnose-load, 2026-12-04).
import VectorTileLayer from 'ol/layer/VectorTile';
import VectorTileSource from 'ol/source/VectorTile';
import MVT from 'ol/format/MVT';
import type VectorTile from 'ol/VectorTile';
import { createXYZ } from 'ol/tilegrid';
import LineString from 'ol/geom/LineString';
import Point from 'ol/geom/Point';
import Polygon from 'ol/geom/Polygon';
import type Map from 'ol/Map';
import type { FeatureLike } from 'ol/Feature';
import type RenderFeature from 'ol/render/Feature';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style';
import { toLonLat } from 'ol/proj';
import { actorColour, headDistancePx, headSize, numberOf, secondHeadBack, sourceBadgeStyle, widthFor } from './movementStyle';
import type ImageLayer from 'ol/layer/Image';
import { intersects, type Extent } from 'ol/extent';
import { firstLoadMark, imageRatio, type DrawWorker } from './drawClient';
import { labelCentre, type Paint } from './drawing';
import { tileExtent } from './webMercator';
import { countLabels, countedHead, flowDrawing, readFlowTile } from './flowTiles';
import { WorkerImageSource, viewMovesIn, workerImageLayer } from './workerImage';
import { headOpen, headsOf, statusStroke } from './mapStyle';
import type { LegendEntry } from './legend';
import { overlapsMs } from './movements';
import type { TimeRange } from './timeRange';
import { fittingLabel, labelTexts, labelYears, strengthLabelStyle, labelNormal } from './strengthLabels';
import type { PlaceSummary } from './types';
import type { AreaOutlines } from './areas';
import { TileAreas, type AreaDrawing } from './tileAreas';
import { fetchTile, flowTileUrl, flowTilesOf, flowZoomAt, flowsUpTo, rangeQuery } from './movementTileRequests';

/** The number of a feature's property, or null. */
function num(f: FeatureLike, name: string): number | null {
  return numberOf(f.get(name));
}

const lineStyles = new globalThis.Map<string, Style>();

/** A line as movementStyle.ts strokes it: colour by actor, width by strength, dash by status (map-style.json). */
function lineStyle(actor: string | null, strength: number | null, status: string): Style {
  const colour = actorColour(actor);
  const width = widthFor(strength);
  const key = `${colour}|${width}|${status}`;
  let style = lineStyles.get(key);
  if (!style) {
    const { dash } = statusStroke(status, width);
    style = new Style({ stroke: new Stroke({ color: colour, width, lineCap: dash && dash[0]! >= 1 ? 'butt' : 'round', ...(dash ? { lineDash: dash } : {}) }) });
    lineStyles.set(key, style);
  }
  return style;
}

const headFills = new globalThis.Map<string, { fill: Fill; stroke: Stroke }>();

/**
 * An arrowhead as a triangle in map units for the resolution it is drawn at: the same shape and place as
 * movementStyle.ts's (centred size + 5 px back from the point, so the place's marker does not hide it), but a
 * polygon, which hybrid rendering puts into the tile image instead of replaying it every frame.
 */
function headStyle(f: RenderFeature, resolution: number, actor: string | null, strength: number | null, status: string, extraBack = 0, at?: [number, number, number]): Style {
  // `at`: where (x, y) and in which direction the head is drawn instead of the feature's point (a route to an area's edge).
  const [x, y] = at ?? (f.getFlatCoordinates() as unknown as [number, number]);
  const angle = at?.[2] ?? num(f, 'angle') ?? -Math.PI / 2;
  const size = headSize(widthFor(strength), at !== undefined || f.get('last') !== false);
  const back = (size + 5 + extraBack) * resolution;
  const cx = x - Math.cos(angle) * back, cy = y - Math.sin(angle) * back;
  const r = size * resolution;
  const corner = (a: number): [number, number] => [cx + Math.cos(a) * r, cy + Math.sin(a) * r];
  const tip = corner(angle);
  const ring = [tip, corner(angle + (2 * Math.PI) / 3), corner(angle - (2 * Math.PI) / 3), tip];
  const colour = actorColour(actor);
  // A planned movement has not happened: its head is hollow, outlined in the actor's colour (as movementStyle.ts).
  const open = headOpen(status);
  let paint = headFills.get(`${colour}|${open}`);
  if (!paint) {
    paint = open
      ? { fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: colour, width: 2 }) }
      : { fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#ffffff', width: 1 }) };
    headFills.set(`${colour}|${open}`, paint);
  }
  return new Style({
    geometry: new Polygon([ring]),
    fill: paint.fill,
    stroke: paint.stroke,
  });
}

const placeMarker = new Circle({ radius: 5, fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: '#1a202c', width: 2 }), declutterMode: 'none' });
const placeStyles = new globalThis.Map<string, Style>();
/** A town's marker and name; a country or region (property `area`) only its name on its point, in italics, as in list mode. */
function placeStyle(name: string, area: boolean): Style {
  const key = `${name}|${area}`;
  let style = placeStyles.get(key);
  if (!style) {
    style = area
      ? new Style({ text: new Text({ text: name, font: 'italic 600 12px system-ui, sans-serif', fill: new Fill({ color: '#1a202c' }), stroke: new Stroke({ color: '#ffffff', width: 3.5 }) }) })
      : new Style({
        image: placeMarker,
        text: new Text({ text: name, font: '600 12px system-ui, sans-serif', offsetX: 9, textAlign: 'left', fill: new Fill({ color: '#1a202c' }), stroke: new Stroke({ color: '#ffffff', width: 3.5 }) }),
      });
    placeStyles.set(key, style);
  }
  return style;
}

/**
 * The label of a `labels` feature (at its route's middle) at this resolution: strength and dates as list mode writes
 * them, or the strength alone where only it fits ({@link fittingLabel}), or null.
 */
function tileStrengthLabel(f: FeatureLike, resolution: number): string | null {
  const smin = num(f, 'smin'), smax = num(f, 'smax');
  const strength = smin === null && smax === null ? null : { min: smin, max: smax, text: '' };
  const texts = labelTexts(strength, num(f, 'start'), num(f, 'end'), (f.get('precision') as string | undefined) ?? 'unknown', labelYears());
  return fittingLabel(texts, (num(f, 'length') ?? 0) / resolution);
}

/** Strength labels drawn per detail tile: its strongest routes' (the tile ranks them), as flow counts are limited. */
const strengthLabelsPerTile = 40;

const tiled: AreaDrawing = { kind: 'tiled' };

/** The movement a feature of a detail tile belongs to: a route's id, or a head's, label's or stretch's `movement`. */
function movementIdOf(f: FeatureLike): number {
  const layer = f.get('layer') as string;
  return (layer === 'heads' || layer === 'labels' || layer === 'toareas' ? num(f, 'movement') : Number(f.getId() ?? f.get('id'))) ?? Number.NaN;
}

/** A flow tile loaded: its zoom, extent, the range it was asked for (its query) and its features. */
interface FlowTile {
  z: number;
  extent: Extent;
  range: string;
  /** The movements' version it was fetched for ({@link MovementTiles.refresh} begins a new one). */
  generation: number;
  features: RenderFeature[];
  /** Which load this is (a refresh loads a tile again with the same address). */
  serial: number;
  /** Whether it was read ahead (boot.ts). */
  ahead: boolean;
}

/**
 * How long (ms) the map waits at most for a movement tile: the flows' image is then drawn without it, and a detail tile
 * counts as failed (the map's render completes without it). A request that never ended held the first render (and
 * with it the timeline and legend) and every later drawing. A late answer is still drawn when it comes.
 */
const tileTimeoutMs = 15_000;
/** A flow tile that failed, every try of it (movementTileRequests.ts fetchTile), is asked for again after this long. */
const flowRetryLaterMs = 30_000;

/** Flow tiles kept for drawing and hits (by z/x/y, the latest loaded of each); the oldest go beyond this. */
const flowTilesKept = 512;

/** A flow tile of the view still to load: its address, its request and the load on its way, if any. */
type FlowTileToLoad = { z: number; x: number; y: number; request: string; load?: Promise<void> };

/** The movement tile layers and the time range they show. */
export class MovementTiles {
  /** The flows' lines and arrowheads below the detail zoom, drawn by the draw worker from the flow tiles of the view. */
  readonly flowImageLayer: ImageLayer<WorkerImageSource>;
  /** Every movement and its places, from the detail zoom on; the range is applied by the style. */
  readonly detailLayer: VectorTileLayer;
  private readonly flowImage: WorkerImageSource;
  /**
   * The flow tiles loaded, by z/x/y, the latest of each (Map order: least recently loaded first). A tile of the range
   * or version before stays (unused for drawing if of another range) until its successor arrives.
   */
  private readonly flowTiles = new globalThis.Map<string, FlowTile>();
  /** Flow tiles on their way, by request. */
  private readonly flowLoads = new globalThis.Map<string, Promise<void>>();
  /** Flow tiles that failed (after fetchTile's tries), by request: when they may be asked for again (performance.now()). */
  private readonly flowFailures = new globalThis.Map<string, number>();
  /**
   * Flow tiles read before this was made (boot.ts: the first view's), by address: taken by the first load of each
   * instead of asking again, until the movements change.
   */
  private readonly readAhead: globalThis.Map<string, Promise<RenderFeature[]>>;
  /**
   * How many tiles the worker was sent ahead as its flows (all of {@link readAhead}, flowTiles.ts drawFlowsAhead), until
   * the first dataset is sent: when that is made of these tiles, it is not sent again.
   */
  private sentAhead: number | null;
  /** The movements' version the flow tiles are asked for: a refresh begins a new one. */
  private generation = 0;
  /** The tiles the worker's dataset was last made of (keys), to send it again only when they changed. */
  private flowsSent = '';
  private flowSerial = 0;
  /** The movements to a country or region, drawn to its outline (tileAreas.ts). */
  private readonly areas: TileAreas;
  private readonly say: (message: string) => void;

  /**
   * @param detailZoom The first zoom whose tiles hold every movement.
   * @param range The time range shown.
   * @param worker The draw worker, which draws the flows.
   * @param options The outline layer the destination areas are drawn in, the view's zoom, where to say what failed, and
   * the flow tiles read ahead (boot.ts; the worker was sent them once all were read).
   */
  constructor(readonly detailZoom: number, private range: TimeRange, private readonly worker: DrawWorker, options: { outlines: AreaOutlines; viewZoom: () => number; say: (message: string) => void; readAhead?: globalThis.Map<string, Promise<RenderFeature[]>> }) {
    this.say = options.say;
    this.readAhead = options.readAhead ?? new globalThis.Map();
    this.sentAhead = this.readAhead.size || null;
    // Switch where the view's zoom rounds to the detail zoom, as the tile grid picks its level.
    const edge = flowsUpTo(detailZoom);
    this.flowImage = new WorkerImageSource(worker, 'flows', () => ['flows'], imageRatio, (padded, resolution, view) => this.prepareFlows(padded, resolution, view));
    this.flowImageLayer = workerImageLayer(this.flowImage, { title: 'Movement flows (drawn)', redraw: () => this.flowImage.timedRedraw() }, 10);
    this.flowImageLayer.setMaxZoom(edge);
    // A view its image already covers (a pan within the image's margin) may show tiles not loaded yet: once the view
    // rests, the image is drawn again, after them.
    this.flowImageLayer.on('prerender', (e) => {
      const frame = e.frameState;
      if (frame && !viewMovesIn(frame) && this.flowTilesMissing(frame.extent!, frame.viewState.resolution)) this.flowImage.redraw();
    });
    const detailSource = new VectorTileSource({
      format: new MVT(), tileGrid: createXYZ({ minZoom: detailZoom, maxZoom: 22 }), url: '/tiles/movements/{z}/{x}/{y}.mvt',
      tileLoadFunction: (tile, url) => this.loadDetailTile(tile as VectorTile<RenderFeature>, url),
    });
    this.areas = new TileAreas(options.outlines, options.viewZoom, () => this.detailLayer.changed(), options.say);
    detailSource.on('tileloadend', (e) => this.areas.note((e.tile as unknown as { getFeatures(): FeatureLike[] }).getFeatures()));
    this.detailLayer = new VectorTileLayer({
      source: detailSource,
      renderMode: 'hybrid', minZoom: edge, zIndex: 10, declutter: true,
      style: (f, resolution) => this.detailStyle(f as RenderFeature, resolution),
      properties: { title: 'Movements' },
    });
  }

  /**
   * Loads a detail tile as OpenLayers does, but stops waiting for it after {@link tileTimeoutMs}: the tile counts as
   * failed, so the map's render completes without it. A late answer is still drawn (OpenLayers makes a tile that failed
   * and then loaded a loaded one) and its movements to areas noted.
   */
  private loadDetailTile(tile: VectorTile<RenderFeature>, url: string): void {
    tile.setLoader((extent, _resolution, projection) => {
      let waiting = true;
      // Ends the wait once, whichever comes first: the answer, a failure or the timeout.
      const settle = (): boolean => {
        if (!waiting) return false;
        waiting = false;
        clearTimeout(timer);
        return true;
      };
      const timer = setTimeout(() => { if (settle()) tile.onError(); }, tileTimeoutMs);
      fetchTile(url).then((bytes) => {
        const format = tile.getFormat();
        const features = format.readFeatures(bytes, { extent, featureProjection: projection }) as RenderFeature[];
        const inTime = settle();
        tile.onLoad(features, format.readProjection(bytes)!);
        if (!inTime) {
          // The source announces no load of a tile it counted failed: noted and drawn here.
          this.areas.note(features);
          this.detailLayer.changed();
        }
      }).catch((error: unknown) => {
        if (!settle()) return;
        tile.onError();
        const [z, x, y] = tile.getTileCoord();
        this.say(`Could not load the movements of part of the map (tile ${z}/${x}/${y}): ${(error as Error).message}`);
      });
    });
  }

  /** Fetches every tile again (the movements changed): the movements to areas are then noted anew. */
  refresh(): void {
    this.areas.forget();
    this.readAhead.clear();
    this.sentAhead = null;
    // The flows drawn stay until the view's tiles of the new version are in (the image waits for them).
    this.generation++;
    this.flowImage.redraw();
    this.detailLayer.getSource()!.refresh();
  }

  /** Shows another range: flows are fetched again for the tiles in view, detail tiles are only drawn again. */
  setRange(range: TimeRange): void {
    this.range = range;
    this.flowImage.redraw();
    this.detailLayer.changed();
  }

  /** What names a flow tile's request: its address, range and the movements' version. */
  private flowRequest(key: string): string {
    return `${key}?${rangeQuery(this.range)}#${this.generation}`;
  }

  /** Whether a flow tile is held for the range and version shown. */
  private flowTileHeld(key: string): boolean {
    const tile = this.flowTiles.get(key);
    return !!tile && tile.range === rangeQuery(this.range) && tile.generation === this.generation;
  }

  /**
   * The flow tiles of a view still to load for the range and version shown (neither held nor failed lately), each with its
   * request and the load on its way, if any.
   */
  private flowTilesToLoad(extent: Extent, resolution: number): FlowTileToLoad[] {
    const tiles: FlowTileToLoad[] = [];
    for (const [z, x, y] of flowTilesOf(extent, resolution, this.detailZoom)) {
      const key = `${z}/${x}/${y}`;
      const request = this.flowRequest(key);
      if (this.flowTileHeld(key) || (this.flowFailures.get(request) ?? 0) > performance.now()) continue;
      tiles.push({ z, x, y, request, load: this.flowLoads.get(request) });
    }
    return tiles;
  }

  /** Whether a view lacks flow tiles that are neither held, on their way nor failed lately. */
  private flowTilesMissing(extent: Extent, resolution: number): boolean {
    return this.flowTilesToLoad(extent, resolution).some((t) => !t.load);
  }

  /**
   * Before the worker draws an image of the flows: the view's flow tiles (`view`, at the image's zoom) fetched where
   * they are not held, waited for (at most {@link tileTimeoutMs}), then the worker's dataset made of the tiles that
   * meet the padded image. Undefined when nothing is to be waited for.
   * @remarks The page fetches and reads these tiles itself rather than through an OpenLayers tile layer: the layer
   * asked for them only after the first frame (from a timer after it, 180 ms after the view was set in a trace of a
   * cold load) and every tile's arrival drew a frame of the whole map (basemap labels decluttered again, 45-70 ms each
   * under tracing), which delayed the reading of the tiles still to come (bench/client --diagnose-load, 2026-12-05).
   */
  private prepareFlows(padded: Extent, resolution: number, view: Extent): Promise<void> | undefined {
    const waits = this.flowTilesToLoad(view, resolution).map(({ z, x, y, request, load }) => {
      if (load) return load;
      const started = this.loadFlowTile(z, x, y, request);
      this.flowLoads.set(request, started);
      return started;
    });
    if (waits.length === 0) {
      this.sendFlows(padded, resolution);
      return undefined;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => { timer = setTimeout(resolve, tileTimeoutMs); });
    return Promise.race([Promise.all(waits), timeout]).then(() => {
      clearTimeout(timer);
      this.sendFlows(padded, resolution);
    });
  }

  /**
   * Fetches and reads a flow tile (x wrapped into the world: its features are placed in the copy of the world asked
   * for). It resolves once the tile is kept or has failed (said in the status line); an answer that comes after the
   * image stopped waiting for it has the flows drawn again.
   */
  private async loadFlowTile(z: number, x: number, y: number, request: string): Promise<void> {
    const range = rangeQuery(this.range);
    const generation = this.generation;
    const url = flowTileUrl(z, x, y, range);
    const started = performance.now();
    const ahead = this.readAhead.get(url);
    this.readAhead.delete(url);
    try {
      // One read ahead that failed (its answer, or the first chunk's reading) is asked for again.
      let taken = ahead !== undefined;
      const read = () => { taken = false; return fetchTile(url).then((bytes) => readFlowTile(bytes, z, x, y)); };
      const features = await (ahead?.catch(read) ?? read());
      const extent = tileExtent(z, x, y);
      // Asked for before the range changed: its successor is on its way.
      if (range !== rangeQuery(this.range)) return;
      firstLoadMark('flow tile');
      const key = `${z}/${x}/${y}`;
      this.flowTiles.delete(key);
      this.flowTiles.set(key, { z, extent, range, generation, features, serial: ++this.flowSerial, ahead: taken });
      for (const old of this.flowTiles.keys()) {
        if (this.flowTiles.size <= flowTilesKept) break;
        this.flowTiles.delete(old);
      }
      if (performance.now() - started >= tileTimeoutMs && generation === this.generation) this.flowImage.redraw();
      this.flowFailures.delete(request);
    } catch (error) {
      // Asked for again once the view rests on it after a while (the flows' layer's prerender check), not at every frame.
      this.flowFailures.set(request, performance.now() + flowRetryLaterMs);
      setTimeout(() => this.flowImageLayer.changed(), flowRetryLaterMs);
      if (range === rangeQuery(this.range)) this.say(`Could not load the movement flows of part of the map (tile ${z}/${x}/${y}): ${(error as Error).message}`);
    } finally {
      this.flowLoads.delete(request);
    }
  }

  /** The flow tiles kept for the range shown, at the zoom of a resolution, that meet an extent. */
  private flowTilesAt(extent: Extent, resolution: number): [string, FlowTile][] {
    const z = flowZoomAt(resolution, this.detailZoom);
    const range = rangeQuery(this.range);
    return [...this.flowTiles].filter(([, t]) => t.z === z && t.range === range && intersects(t.extent, extent));
  }

  /**
   * Before the worker draws an image of the flows: its dataset made of the tiles at the image's zoom that meet the
   * image, unless those are the tiles it has. Where none is held (a zoom to another level whose tiles failed), the
   * worker keeps the flows it has.
   */
  private sendFlows(extent: Extent, resolution: number): void {
    const tiles = this.flowTilesAt(extent, resolution);
    if (tiles.length === 0) return;
    const sent = tiles.map(([key, t]) => `${key}#${t.serial}`).sort().join(' ');
    if (sent === this.flowsSent) return;
    this.flowsSent = sent;
    // The first dataset: the worker has it if it is the tiles it was sent ahead.
    const ahead = this.sentAhead;
    this.sentAhead = null;
    if (ahead === tiles.length && tiles.every(([, t]) => t.ahead)) return;
    firstLoadMark('flows sent');
    this.worker.setData('flows', flowDrawing(tiles.flatMap(([, t]) => t.features)));
  }

  /**
   * The flow drawn at a coordinate within a tolerance in pixels of its line or arrowhead, the nearest; from the
   * geometries of the tiles drawn (the worker's image has no features to hit).
   */
  private flowAt(coordinate: number[], resolution: number, tolerancePx = 5): FeatureLike | null {
    const [x, y] = coordinate as [number, number];
    let best: FeatureLike | null = null;
    let bestDistance = Infinity;
    for (const [, tile] of this.flowTilesAt([x, y, x, y], resolution)) {
      for (const f of tile.features) {
        const layer = f.get('layer') as string;
        if (layer !== 'flows' && layer !== 'heads') continue;
        const width = widthFor(num(f, 'strength'));
        const flat = f.getFlatCoordinates();
        let d: number;
        if (layer === 'heads') {
          d = headDistancePx(flat[0]!, flat[1]!, num(f, 'angle') ?? -Math.PI / 2, headSize(width, f.get('last') !== false), x, y, resolution);
        } else {
          d = Infinity;
          for (let i = 2; i < flat.length; i += 2) d = Math.min(d, segmentDistance(x, y, flat[i - 2]!, flat[i - 1]!, flat[i]!, flat[i + 1]!));
          d = Math.max(0, d / resolution - width / 2);
        }
        if (d <= tolerancePx && d < bestDistance) {
          best = f;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  private inRange(f: FeatureLike): boolean {
    return overlapsMs(num(f, 'start') ?? -Infinity, num(f, 'end') ?? Infinity, this.range);
  }

  private detailStyle(f: RenderFeature, resolution: number): Style | Style[] | undefined {
    const layer = f.get('layer') as string;
    if (layer === 'places') return placeStyle(f.get('name') as string, f.get('area') === true);
    if (!this.inRange(f)) return undefined;
    const area = this.areaDrawing(f);
    if (area.kind === 'waiting' || area.kind === 'outline') return undefined;
    if (layer === 'toareas') {
      // The last stretch, drawn whole by every tile holding it, ends on the outline with the movement's head there; an
      // area without an outline keeps the stretch to its point (its head is in heads, as a lone movement's is).
      if (area.kind === 'edge') return this.edgeStyles(f, resolution, area.route, area.angle);
      return (f as RenderFeature).getType() === 'Point' ? undefined : lineStyle((f.get('actor') as string | undefined) ?? null, num(f, 'strength'), (f.get('status') as string | undefined) ?? 'unknown');
    }
    if (area.kind === 'edge' && layer === 'heads' && f.get('last') !== false) return undefined;
    if (layer === 'labels') {
      // As in list mode (strengthLabels.ts): beside the route's middle, only where the route is long enough on screen;
      // and only the strongest of each tile, since labels are drawn again every frame (see labelledPerTile).
      const text = (num(f, 'rank') ?? Infinity) <= strengthLabelsPerTile ? tileStrengthLabel(f, resolution) : null;
      if (!text) return undefined;
      const [nx, ny] = labelNormal(num(f, 'angle') ?? 0);
      return strengthLabelStyle(text, actorColour((f.get('actor') as string | undefined) ?? null), nx, ny);
    }
    const actor = (f.get('actor') as string | undefined) ?? null;
    const strength = num(f, 'strength');
    const status = (f.get('status') as string | undefined) ?? 'unknown';
    if (layer === 'heads') {
      const styles = this.headStyles(f, resolution, f.get('last') !== false);
      return styles.length === 1 ? styles[0] : styles;
    }
    return lineStyle(actor, strength, status);
  }

  /** A head, and at a movement's last one its withdrawal's second head and its badge of sources; `at` as headStyle's. */
  private headStyles(f: RenderFeature, resolution: number, last: boolean, at?: [number, number, number]): Style[] {
    const actor = (f.get('actor') as string | undefined) ?? null;
    const strength = num(f, 'strength');
    const status = (f.get('status') as string | undefined) ?? 'unknown';
    const styles = [headStyle(f, resolution, actor, strength, status, 0, at)];
    // A withdrawal (map-style.json's kinds): a second head behind the first, as in list mode; not on a lone head.
    if (last && f.get('lone') !== true && headsOf(f.get('kind') as string | undefined) > 1) {
      styles.push(headStyle(f, resolution, actor, strength, status, secondHeadBack(headSize(widthFor(strength), true)), at));
    }
    // As in list mode: a movement reported more than once gets its number of sources at its last head.
    if (last && (num(f, 'claims') ?? 1) > 1) {
      const badge = sourceBadgeStyle(f);
      if (!at) styles.push(badge);
      else {
        const moved = badge.clone();
        moved.setGeometry(new Point([at[0], at[1]]));
        styles.push(moved);
      }
    }
    return styles;
  }

  /** A route's last stretch up to an area's edge (EPSG:3857), with its last head there. */
  private edgeStyles(f: RenderFeature, resolution: number, route: [number, number][], angle: number): Style[] {
    const line = lineStyle((f.get('actor') as string | undefined) ?? null, num(f, 'strength'), (f.get('status') as string | undefined) ?? 'unknown');
    const [x, y] = route[route.length - 1]!;
    return [new Style({ geometry: new LineString(route), stroke: line.getStroke() ?? undefined }), ...this.headStyles(f, resolution, true, [x, y, angle])];
  }

  /** How a detail tile's feature is drawn as part of a movement to a country or region (tileAreas.ts). */
  private areaDrawing(f: FeatureLike): AreaDrawing {
    return this.areas.any() ? this.areas.drawing(movementIdOf(f), f.get('layer') === 'toareas' ? f : undefined) : tiled;
  }

  /** After a zoom: the destination areas' outlines for the new zoom (the arrows to them are cut again when they come). */
  zoomed(): void {
    this.areas.zoomed();
  }

  /** Outlines the areas the movements in view (detail zooms, in the range) go to; none at flow zooms. */
  outlineAreasInView(map: Map): void {
    const detailed = this.detailed(map);
    const toAreas: { id: number; f: FeatureLike }[] = [];
    if (detailed) {
      for (const f of this.featuresInView(map)) {
        if (f.get('layer') === 'toareas' && this.inRange(f)) toAreas.push({ id: movementIdOf(f), f });
      }
    }
    this.areas.show(toAreas);
  }

  /** Whether the detail tiles are the ones shown at this zoom. */
  detailed(map: Map): boolean {
    return (map.getView().getZoom() ?? 0) > flowsUpTo(this.detailZoom);
  }

  /** What is drawn under a pixel (5 px tolerance): a place, a movement (by id) or a flow (its head or line). */
  hitAt(map: Map, pixel: number[]): { place: PlaceSummary } | { movementId: number } | { flow: FeatureLike } | null {
    if (!this.detailed(map)) {
      const coordinate = map.getCoordinateFromPixel(pixel);
      const flow = coordinate ? this.flowAt(coordinate, map.getView().getResolution()!) : null;
      return flow ? { flow } : null;
    }
    let hit: { place: PlaceSummary } | { movementId: number } | { flow: FeatureLike } | null = null;
    map.forEachFeatureAtPixel(pixel, (f) => {
      const layer = f.get('layer') as string;
      if (layer === 'places') {
        const [x, y] = (f as RenderFeature).getFlatCoordinates();
        const [lon, lat] = toLonLat([x!, y!]) as [number, number];
        hit = { place: { key: f.get('key') as string, name: f.get('name') as string, countryCode: (f.get('country') as string | undefined) ?? null, lon, lat } };
        return true;
      }
      if (!this.inRange(f)) return false;
      const id = movementIdOf(f);
      if (!Number.isNaN(id)) { hit = { movementId: id }; return true; }
      return false;
    }, { layerFilter: (l) => l === this.detailLayer, hitTolerance: 5 });
    return hit;
  }

  /** The movements drawn in the view (detail zooms only: flows are not movements). */
  shownIds(map: Map): number[] {
    if (!this.detailed(map)) return [];
    const ids = new Set<number>();
    for (const f of this.featuresInView(map)) {
      if (f.get('layer') === 'movements' && this.inRange(f)) ids.add(Number(f.getId() ?? f.get('id')));
      else if ((f.get('layer') === 'heads' || f.get('layer') === 'toareas') && this.inRange(f)) ids.add(num(f, 'movement')!);
    }
    return [...ids].sort((a, b) => a - b);
  }

  /** What the legend needs of the movements or flows drawn in the view, and whether a town-like place is marked in it. */
  legendInView(map: Map): { entries: LegendEntry[]; places: boolean } {
    const entries = new globalThis.Map<string, LegendEntry>();
    const detailed = this.detailed(map);
    let places = false;
    for (const f of this.featuresInView(map)) {
      const layer = f.get('layer') as string;
      // Detail tiles mark every place of the tile (a country or region by its name alone), whatever the range.
      if (layer === 'places') { places ||= f.get('area') !== true; continue; }
      if (layer === 'labels' || (detailed && !this.inRange(f))) continue;
      // A movement to an outlined area: its arrow ends on the outline, or the outline alone shows it (no badge then).
      const drawing = detailed ? this.areaDrawing(f) : tiled;
      if (drawing.kind === 'waiting' || (layer === 'toareas' && (f as RenderFeature).getType() === 'Point')) continue;
      const outlined = drawing.kind === 'edge' || drawing.kind === 'outline';
      const head = layer === 'heads';
      const entry: LegendEntry = {
        actor: (f.get('actor') as string | undefined) ?? null,
        status: (f.get('status') as string | undefined) ?? 'unknown',
        // The width class drawn (map-style.json), as list mode's entries have it.
        width: widthFor(num(f, 'strength')),
        // Detail tiles mark a movement known by one place only (a head pointing down); a flow's downward head is
        // movements that start and end in one cell at this zoom, which is not that symbol.
        pointOnly: detailed && f.get('lone') === true && !outlined,
        area: outlined,
        kind: detailed && f.get('lone') !== true ? ((f.get('kind') as string | undefined) ?? null) : null,
        // As detailStyle and the worker draw them: a badge at a movement's last head, a count at a large flow's head.
        badge: detailed && head && drawing.kind !== 'outline' && f.get('last') !== false && (num(f, 'claims') ?? 1) > 1 ? (f.get('contradicted') === true ? 'contradicted' : 'sources') : null,
        flowCount: !detailed && countedHead(f as RenderFeature),
      };
      entries.set(`${entry.actor}|${entry.status}|${entry.width}|${entry.pointOnly}|${entry.kind}|${entry.badge}|${entry.flowCount}|${outlined}`, entry);
    }
    return { entries: [...entries.values()], places };
  }

  /** The strength labels of the movements in view whose routes are long enough to carry one, by movement id (detail zooms). */
  strengthLabelsInView(map: Map): Record<number, string> {
    const out: Record<number, string> = {};
    if (!this.detailed(map)) return out;
    const resolution = map.getView().getResolution()!;
    for (const f of this.featuresInView(map)) {
      if (f.get('layer') !== 'labels' || !this.inRange(f) || (num(f, 'rank') ?? Infinity) > strengthLabelsPerTile) continue;
      const text = tileStrengthLabel(f, resolution);
      if (text) out[num(f, 'movement')!] = text;
    }
    return out;
  }

  /**
   * Every vertex (EPSG:3857) of a movement's route as the detail tiles in view draw it, piece by piece (a route crossing
   * several tiles is cut at their edges), or null when none is in view; a stacked route's are those of its curve. A
   * route to an outlined area ends with its last stretch to the edge, once; one the outline alone shows has none.
   */
  routeInView(map: Map, id: number): number[][] | null {
    if (!this.detailed(map)) return null;
    const points: number[][] = [];
    let edge: number[][] | null = null;
    for (const f of this.featuresInView(map)) {
      const layer = f.get('layer') as string;
      if ((layer !== 'movements' && layer !== 'toareas') || movementIdOf(f) !== id) continue;
      const area = this.areaDrawing(f);
      if (area.kind === 'waiting' || area.kind === 'outline' || (f as RenderFeature).getType() === 'Point') continue;
      if (area.kind === 'edge' && layer === 'toareas') { edge = area.route; continue; }
      const flat = (f as RenderFeature).getFlatCoordinates();
      for (let i = 0; i + 1 < flat.length; i += 2) points.push([flat[i]!, flat[i + 1]!]);
    }
    if (edge) points.push(...edge);
    return points.length ? points : null;
  }

  /** The flow lines drawn in view (flow zooms): each piece's actor, count and middle vertex's pixel. */
  flowLinesInView(map: Map): { actor: string | null; count: number; pixel: [number, number] }[] {
    if (this.detailed(map)) return [];
    const extent = map.getView().calculateExtent(map.getSize());
    const out: { actor: string | null; count: number; pixel: [number, number] }[] = [];
    for (const [, tile] of this.flowTilesAt(extent, map.getView().getResolution()!)) {
      for (const f of tile.features) {
        if (f.get('layer') !== 'flows') continue;
        const flat = f.getFlatCoordinates();
        // The middle of the piece's first segment: on the line whether it is straight or not.
        const [x, y] = map.getPixelFromCoordinate([(flat[0]! + flat[2]!) / 2, (flat[1]! + flat[3]!) / 2]) as [number, number];
        out.push({ actor: (f.get('actor') as string | undefined) ?? null, count: num(f, 'count') ?? 1, pixel: [x, y] });
      }
    }
    return out;
  }

  /**
   * The counts written at large flows' heads in view (flow zooms), the largest first, each with where its label is
   * centred (pixel), as the worker draws them (it leaves out a label that would overlap one drawn before it).
   */
  flowCountsInView(map: Map): { count: number; pixel: [number, number] }[] {
    if (this.detailed(map)) return [];
    const labels = countLabels(this.featuresInView(map) as RenderFeature[]);
    if (!labels) return [];
    const out: { count: number; pixel: [number, number] }[] = [];
    for (let i = 0; i < labels.coords.length; i += 4) {
      const paint = labels.paints[labels.paintOf.length ? labels.paintOf[i / 4]! : 0] as Extract<Paint, { kind: 'text' }>;
      const [px, py] = map.getPixelFromCoordinate([labels.coords[i]!, labels.coords[i + 1]!]) as [number, number];
      out.push({ count: Number(paint.text), pixel: labelCentre(px, py, labels.coords[i + 2]!, labels.coords[i + 3]!, paint) });
    }
    return out;
  }

  /** The places in view (detail zooms), by name: whether each is an area (written as its name, no town marker). */
  placesInView(map: Map): Record<string, boolean> {
    const out: Record<string, boolean> = {};
    if (!this.detailed(map)) return out;
    for (const f of this.featuresInView(map)) if (f.get('layer') === 'places') out[f.get('name') as string] = f.get('area') === true;
    return out;
  }

  private featuresInView(map: Map): FeatureLike[] {
    const extent = map.getView().calculateExtent(map.getSize());
    if (this.detailed(map)) return this.detailLayer.getFeaturesInExtent(extent) as FeatureLike[];
    // At flow zooms, the features are those of the flow tiles kept here.
    return this.flowTilesAt(extent, map.getView().getResolution()!).flatMap(([, t]) => t.features.filter((f) => intersects(f.getExtent(), extent)));
  }
}

/** Distance from (x, y) to the segment (x0, y0)-(x1, y1), in map units. */
function segmentDistance(x: number, y: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0, dy = y1 - y0;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length2));
  return Math.hypot(x0 + t * dx - x, y0 + t * dy - y);
}
