// The flow tiles (the movements' tiles below the detail zoom, movementTiles.ts) as the draw worker draws them: read
// from their vector tiles, made into the worker's batches with the counts of the large flows; and the first view's
// flows drawn ahead (boot.ts), while the rest of the client loads.
import MVT from 'ol/format/MVT';
import type RenderFeature from 'ol/render/Feature';
import { get as getProjection } from 'ol/proj';
import type { Extent } from 'ol/extent';
import { BatchBuilder, type Batch, type Paint } from './drawing';
import type { DrawWorker } from './drawClient';
import { flowBatches, headSize, numberOf, widthFor } from './movementStyle';
import { setMapActors } from './mapStyle';
import { tileExtent } from './webMercator';

/** The flow tiles' reader (their grid is the XYZ grid up to the zoom below the detail zoom, webMercator.ts). */
const mvt = new MVT();

/** A flow tile's features, placed in the copy of the world its column x is in (x not wrapped). */
export function readFlowTile(bytes: ArrayBuffer, z: number, x: number, y: number): RenderFeature[] {
  return mvt.readFeatures(bytes, { extent: tileExtent(z, x, y), featureProjection: getProjection('EPSG:3857')! }) as RenderFeature[];
}

/** The worker's dataset of flow tiles' features: lines, heads and the counts of the large flows. */
export function flowDrawing(features: RenderFeature[]): Batch[] {
  const counts = countLabels(features);
  return counts ? [...flowBatches(features), counts] : flowBatches(features);
}

/** The paint of a flow's count beside its head (drawn by the worker, as OpenLayers' text styles write labels here). */
const countPaints = new Map<string, Paint>();
function countPaint(text: string): Paint {
  let paint = countPaints.get(text);
  if (!paint) countPaints.set(text, (paint = { kind: 'text', text, font: '600 11px system-ui, sans-serif', colour: '#1a202c', halo: '#ffffff', haloWidth: 3, offsetX: 12, offsetY: -10 }));
  return paint;
}

/**
 * The counts of the large flows among features, the largest first (a label overlapping one drawn before it is left
 * out), beside their heads' centres: a batch for the worker, or null.
 */
export function countLabels(features: readonly RenderFeature[]): Batch | null {
  const heads = features.filter(countedHead).sort((a, b) => (numberOf(b.get('count')) ?? 1) - (numberOf(a.get('count')) ?? 1));
  if (heads.length === 0) return null;
  const labels = new BatchBuilder();
  for (const f of heads) {
    const [x, y] = f.getFlatCoordinates() as unknown as [number, number];
    const back = headSize(widthFor(numberOf(f.get('strength'))), f.get('last') !== false) + 5;
    labels.addLabel(x, y, numberOf(f.get('angle')) ?? -Math.PI / 2, back, countPaint(String(numberOf(f.get('count')) ?? 1)));
  }
  return labels.build();
}

/** Flows below this many movements carry no count label (labels are drawn every frame; most flows are small). */
const labelFrom = 5;
/**
 * Count labels of one tile: its largest flows only (a tile ranks its flows, 1 the largest, in the heads' flow).
 * @remarks Labels are drawn again at every frame (hybrid rendering keeps text as vectors) and decluttered; with every
 * flow of 5 or more labelled, drawing them was 410 ms of a first render of 10,000 movements and most were hidden by
 * the declutter anyway (bench/client --diagnose-load).
 */
const labelledPerTile = 25;

/** Whether a flow tile's feature is a head whose flow's count is written beside it (a large flow, among its tile's largest). */
export function countedHead(f: RenderFeature): boolean {
  return f.get('layer') === 'heads' && (numberOf(f.get('count')) ?? 1) >= labelFrom && (numberOf(f.get('flow')) ?? Infinity) <= labelledPerTile;
}

/** A flow tile asked for ahead: its address (x as in the view, not wrapped), URL and bytes on their way. */
export interface TileAhead {
  z: number;
  x: number;
  y: number;
  url: string;
  bytes: Promise<ArrayBuffer>;
}

/**
 * Reads the first view's flow tiles as they come and, once all are in, has the worker draw them (its `flows` dataset
 * and an image asked for ahead on the flows' channel: drawClient.ts Ahead), colours as the map will give the actors.
 * Resolves with each tile's features or why it failed, in order, after the worker was sent them; when one failed
 * nothing is sent (the map's flows layer asks as it does for any view).
 * @remarks The page read the tiles and sent them to the worker from the map's first frame on (main.ts evaluated, the
 * map made): the flows' image, the last one the first render waited for, was posted 100-170 ms after the worker had
 * drawn the basemap and stood idle (bench/client, 2026-12-05). Called as the worker starts drawing the basemap
 * (boot.ts), this has the worker draw the flows as soon as it has drawn the basemap.
 */
export async function drawFlowsAhead(worker: DrawWorker, tiles: TileAhead[], view: { extent: Extent; resolution: number; pixelRatio: number }, actors: (string | null)[]): Promise<PromiseSettledResult<RenderFeature[]>[]> {
  const read = await Promise.allSettled(tiles.map(({ z, x, y, bytes }) => bytes.then((b) => readFlowTile(b, z, x, y))));
  if (read.every((r) => r.status === 'fulfilled')) {
    setMapActors(actors);
    worker.setData('flows', flowDrawing(read.flatMap((r) => (r as PromiseFulfilledResult<RenderFeature[]>).value)));
    worker.drawAhead({ channel: 'flows', names: ['flows'], ...view });
  }
  return read;
}
