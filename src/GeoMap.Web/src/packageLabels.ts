// The place names of a vector basemap package as one layer of their own, ranked across tile edges.
// OpenLayers declutters a VectorTile layer tile by tile: every label of the first tile drawn takes its place before any
// label of the next, whatever their zIndex, so a village near a tile's edge could hide a capital just across it. Here
// the names of every loaded tile of the rendered zoom are gathered into one vector layer, which OpenLayers declutters
// as one list ordered by zIndex (the style's rank: basemap.ts packageLabelStyle), as geomap render's PackageLabels does.
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import type VectorTileLayer from 'ol/layer/VectorTile';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import type { FeatureLike } from 'ol/Feature';
import type { Style } from 'ol/style';

/** Whether a feature of the package is a name the labels layer draws, at a resolution. */
export type IsLabel = (feature: FeatureLike, resolution: number) => boolean;

/**
 * The labels layer of a vector package tile layer: its names, taken from the tiles the tile layer has loaded at the zoom
 * it draws, each once (a point in the buffers of two tiles arrives twice), as point features with the tile feature's
 * attributes. Refreshed after the tile layer draws, when a tile has loaded or the view has moved since.
 */
export function packageLabelsLayer(tiles: VectorTileLayer, isLabel: IsLabel, style: (feature: FeatureLike, resolution: number) => Style | undefined,
  properties: Record<string, unknown>): VectorLayer {
  const source = new VectorSource<Feature<Point>>();
  let made = new Map<string, Feature<Point>>();
  let shownZoom = NaN;
  let stale = true;
  const layer = new VectorLayer({ source, style, declutter: 'labels', properties });
  tiles.getSource()?.on('tileloadend', () => { stale = true; });
  tiles.on('postrender', (e) => {
    const frame = e.frameState;
    const grid = tiles.getSource()?.getTileGrid();
    if (!frame || !grid) return;
    // The names change only when a tile arrives or the zoom of the tiles drawn changes: not every frame of a pan.
    const resolution = frame.viewState.resolution;
    const zoom = grid.getZForResolution(resolution);
    if (!stale && zoom === shownZoom) return;
    stale = false;
    shownZoom = zoom;
    const wanted = new Map<string, Feature<Point>>();
    // Every cached tile of that zoom, not only those in view: a pan over tiles loaded before finds their names here.
    for (const f of tiles.getFeaturesInExtent(frame.viewState.projection.getExtent())) {
      if (f.getGeometry()?.getType() !== 'Point' || !isLabel(f, resolution)) continue;
      const [x, y] = (f.getGeometry() as unknown as { getFlatCoordinates(): number[] }).getFlatCoordinates() as [number, number];
      const id = `${String(f.get('layer'))}|${String(f.get('name'))}|${Math.round(x)}|${Math.round(y)}`;
      if (wanted.has(id)) continue;
      let feature = made.get(id);
      if (!feature) {
        const { geometry: _, ...attributes } = f.getProperties() as Record<string, unknown>;
        feature = new Feature<Point>({ ...attributes, geometry: new Point([x, y]) });
      }
      wanted.set(id, feature);
    }
    if (wanted.size === made.size && [...wanted.keys()].every((id) => made.has(id))) return;
    made = wanted;
    source.clear(true);
    source.addFeatures([...wanted.values()]);
  });
  return layer;
}
