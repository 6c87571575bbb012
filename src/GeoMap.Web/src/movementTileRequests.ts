// What the client asks the server's movement tiles (/tiles/movements) for, without OpenLayers: the client's first chunk
// (boot.ts) asks for the summary and the first view's flow tiles with it before OpenLayers has arrived, and
// movementTiles.ts and main.ts for everything after.
import type { Extent } from 'ol/extent';
import { isoDate, type TimeRange } from './timeRange';
import { tileZoomAt, tilesOf } from './webMercator';

/**
 * Up to this many movements the map lists them all and draws them in the worker; above it, it draws vector tiles
 * (movementTiles.ts), which fetch only what the view needs: 10,000 movements listed took 2 s to arrive (issue 19).
 */
export const listUpTo = 2000;

/** What /tiles/movements/tilejson.json says of the movements a filter matches. */
export interface TileSummary {
  /** How many movements match. */
  movements: number;
  /** Earliest start and latest end (ISO), or null. */
  from: string | null;
  to: string | null;
  /** [west, south, east, north] of their geometries. */
  bounds: [number, number, number, number];
  /** The first zoom whose tiles hold every movement rather than flows. */
  detailzoom: number;
  /**
   * Their actors, each spelling once, null for movements whose actor is not stated: what the map assigns its colours
   * over (mapStyle's setMapActors), once, so that no two share one and none changes as tiles load.
   */
  actors: (string | null)[];
}

/** The zoom up to which the flows are drawn, given the detail zoom (the view's zoom rounds to the detail zoom beyond). */
export function flowsUpTo(detailZoom: number): number {
  return detailZoom - 0.5;
}

/**
 * The zoom of the flow tiles drawn at a resolution, given the detail zoom: the coarser of the two around it, as
 * OpenLayers' tile layers pick them, up to the zoom below the detail zoom.
 */
export function flowZoomAt(resolution: number, detailZoom: number): number {
  return tileZoomAt(resolution, detailZoom - 1);
}

/** The flow tiles (z, x, y) drawn at a resolution that meet an extent, given the detail zoom. */
export function flowTilesOf(extent: Extent, resolution: number, detailZoom: number): [number, number, number][] {
  return tilesOf(extent, flowZoomAt(resolution, detailZoom));
}

/** The date filter of a range as the server reads it (UTC days, both included). */
export function rangeQuery(range: TimeRange | null): string {
  return range ? `from=${isoDate(range.from)}&to=${isoDate(range.to)}` : '';
}

/** How many movements there are (in a range), and where and when. */
export async function tileSummary(range: TimeRange | null = null, signal?: AbortSignal): Promise<TileSummary> {
  // No headers of its own: the first one (no range) is then the request index.html preloads, answered from it.
  const response = await fetch(`/tiles/movements/tilejson.json?${rangeQuery(range)}`, { signal: signal ?? null });
  if (!response.ok) throw new Error(`movement tiles: ${response.status} ${response.statusText}`);
  return (await response.json()) as TileSummary;
}

/** The address of a flow tile for a range's query (x wrapped into the world: another copy's column is the world's). */
export function flowTileUrl(z: number, x: number, y: number, range: string): string {
  const n = 2 ** z;
  return `/tiles/movements/${z}/${((x % n) + n) % n}/${y}.mvt?${range}`;
}

/**
 * How long to wait before asking again for a tile whose answer failed for a reason that passes (the network, a server
 * error or busy, a timeout): one wait per try after the first.
 */
export const tileRetryMs: readonly number[] = [1000, 3000];

/** The longest Retry-After honoured between two tries of a tile; a longer one fails the tile. */
const longestRetryAfterMs = 10_000;

/**
 * A tile's bytes; rejects with the status of an answer that is not one. A network failure, a 5xx, a 408 or a 429
 * is tried again after each wait of `retries` (a Retry-After in seconds is waited instead, up to 10 s); any other
 * answer fails at once.
 */
export async function fetchTile(url: string, retries: readonly number[] = tileRetryMs): Promise<ArrayBuffer> {
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= retries.length;
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      if (last) throw error;
      await sleep(retries[attempt]!);
      continue;
    }
    if (response.ok) return response.arrayBuffer();
    const passing = response.status >= 500 || response.status === 408 || response.status === 429;
    const after = Number(response.headers.get('Retry-After')) * 1000;
    const wait = Number.isFinite(after) && after > 0 ? after : retries[attempt];
    if (!passing || last || wait === undefined || wait > longestRetryAfterMs) throw new Error(`${response.status} ${response.statusText}`);
    await sleep(wait);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => { setTimeout(resolve, ms); });
}
