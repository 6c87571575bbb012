// Web Mercator (EPSG:3857) as OpenLayers' default view and its XYZ tile grids work it out, without the rest of
// OpenLayers: the client's first chunk (boot.ts) asks for the first view's basemap image and flow tiles with it before
// OpenLayers' main part has arrived, the draw worker draws world copies with it, and movementTiles.ts finds every
// view's flow tiles with it.
import type { Extent } from 'ol/extent';
import { HALF_SIZE } from 'ol/proj/epsg3857';

/** The width of the EPSG:3857 world (m); its x and y run from -worldWidth / 2 to worldWidth / 2. */
export const worldWidth = 2 * HALF_SIZE;

/** The deepest zoom of the map's view (main.ts). */
export const maxViewZoom = 19;

/** The size (px) of an XYZ tile. */
const tileSize = 256;

/** The resolution (m per CSS px) of zoom 0: the world's width over one tile, as OpenLayers works it out. */
const zoom0Resolution = worldWidth / tileSize;

/** The zoom of a resolution in OpenLayers' default view (fractional). */
export function zoomOf(resolution: number): number {
  return Math.log2(zoom0Resolution / resolution);
}

/** The resolution of a zoom in OpenLayers' default view, as its View works it out (getResolutionForZoom). */
export function resolutionAt(zoom: number): number {
  return zoom0Resolution / Math.pow(2, zoom);
}

/**
 * The zoom of the XYZ tiles (0 to maxZoom) drawn at a resolution: the coarser of the two around it, as OpenLayers' tile
 * layers pick them (TileGrid.getZForResolution with direction 1).
 */
export function tileZoomAt(resolution: number, maxZoom: number): number {
  if (resolutionAt(0) <= resolution) return 0;
  if (resolution <= resolutionAt(maxZoom)) return maxZoom;
  for (let z = 1; z <= maxZoom; z++) if (resolutionAt(z) < resolution) return z - 1;
  return maxZoom;
}

// A tile number from a fraction of tiles, rounded to 5 decimals first as OpenLayers' grid does (so a view's edge on a
// tile's edge does not take the next tile for a rounding error).
const fixed = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * The XYZ tiles (z, x, y) at zoom z that meet an extent, as OpenLayers' TileGrid.forEachTileCoord lists them. Rows
 * beyond the world's edges hold nothing and are left out; columns beyond them are the world's again (another copy) and
 * keep their numbers out of 0..2^z - 1.
 */
export function tilesOf(extent: Extent, z: number): [number, number, number][] {
  const half = worldWidth / 2;
  const south = Math.max(extent[1]!, -half);
  const north = Math.min(extent[3]!, half);
  const tiles: [number, number, number][] = [];
  if (south >= north) return tiles;
  const span = resolutionAt(z) * tileSize;
  const minX = Math.floor(fixed((extent[0]! + half) / span));
  const maxX = Math.ceil(fixed((extent[2]! + half) / span)) - 1;
  const minY = Math.floor(fixed((half - north) / span));
  const maxY = Math.ceil(fixed((half - south) / span)) - 1;
  for (let x = minX; x <= maxX; x++) for (let y = minY; y <= maxY; y++) tiles.push([z, x, y]);
  return tiles;
}

/** The extent of an XYZ tile (x may be another world copy's). */
export function tileExtent(z: number, x: number, y: number): Extent {
  const half = worldWidth / 2;
  const span = resolutionAt(z) * tileSize;
  return [-half + x * span, half - (y + 1) * span, -half + (x + 1) * span, half - y * span];
}
