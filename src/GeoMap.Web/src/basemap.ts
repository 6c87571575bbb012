// The basemap: offline, from registry data built by scripts/build-basemap.mjs: land, coasts, country and
// first-level region borders drawn by the draw worker into one image (switching scale with the zoom), and country,
// region and city labels as decluttered vector layers; or the server's basemap package (MBTiles/PMTiles, raster or
// vector, /api/basemap) when one is configured; or an online XYZ basemap when ?basemap=<url template> is given.
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import TileLayer from 'ol/layer/Tile';
import XYZ from 'ol/source/XYZ';
import VectorTileLayer from 'ol/layer/VectorTile';
import VectorTileSource from 'ol/source/VectorTile';
import MVT from 'ol/format/MVT';
import { createXYZ } from 'ol/tilegrid';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import { fromLonLat, get as getProjection, transformExtent } from 'ol/proj';
import { bbox as bboxStrategy } from 'ol/loadingstrategy';
import { Fill, Stroke, Style, Text, Circle } from 'ol/style';
import type BaseLayer from 'ol/layer/Base';
import type { FeatureLike } from 'ol/Feature';
import type { DrawWorker } from './drawClient';
import { WorkerImageSource, workerImageLayer } from './workerImage';
import packageStyleFile from '../../../data/style/basemap-package-style.json';
import { basemapChannel, basemapShapes } from './basemapShapes';
import { zoomOf } from './webMercator';
import { packageLabelsLayer } from './packageLabels';
import { labelLists, labelRows, type LabelRow } from './basemapLabels';

/**
 * A point layer from one of the compact [name, lon, lat, ...] lists (basemapLabels.ts), whose features are made for
 * the part of the world in view (a bbox loading strategy) rather than all at once.
 * @remarks towns.json holds 21,600 towns; making them all the first time zoom 7 was reached blocked the main thread
 * for 270 ms (bench/client). The list is fetched and parsed once; each row becomes a feature once.
 */
function pointLayer(base: string, { file, minZoom, maxZoom }: { file: string; minZoom: number; maxZoom: number }, make: (row: LabelRow) => Feature | null, style: (f: FeatureLike, resolution: number) => Style | undefined): VectorLayer {
  const url = base + file;
  let made: Uint8Array | null = null;
  const source = new VectorSource({
    strategy: bboxStrategy,
    loader: (extent, _resolution, _projection, success, failure) => {
      labelRows(url)
        .then((all) => {
          made ??= new Uint8Array(all.length);
          // OpenLayers hands the loader extents within the world (split at the antimeridian).
          const [west, south, east, north] = transformExtent(extent, 'EPSG:3857', 'EPSG:4326');
          const features: Feature[] = [];
          for (let i = 0; i < all.length; i++) {
            const [, lon, lat] = all[i]!;
            if (made[i] || lon < west! || lon > east! || lat < south! || lat > north!) continue;
            made[i] = 1;
            const f = make(all[i]!);
            if (f) features.push(f);
          }
          source.addFeatures(features);
          success?.(features);
        })
        .catch(() => failure?.());
    },
  });
  return new VectorLayer({ source, style, minZoom, maxZoom, declutter: 'labels', properties: { basemap: true, name: file.replace('.json', '') } });
}

function labelStyle(text: string, font: string, fill: string, halo = '#ffffff', dot?: Circle): Style {
  return new Style({
    image: dot,
    text: new Text({ text, font, fill: new Fill({ color: fill }), stroke: new Stroke({ color: halo, width: 3 }), offsetY: dot ? -10 : 0, overflow: false }),
  });
}

const capitalDot = new Circle({ radius: 3.5, fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: '#333333', width: 1.5 }) });
const cityDot = new Circle({ radius: 2.5, fill: new Fill({ color: '#555555' }) });

/**
 * The offline basemap layers, bottom to top.
 * @remarks Land, coasts and borders are one worker-drawn image: drawn by OpenLayers as vectors, they cost about half
 * of every frame of a pan in software rendering, and their redraw once the view settles was a late frame of its
 * own (bench/client). The worker fetches and parses the files too, so their megabytes never touch the main thread;
 * those of `initialZoom` at once, while the page starts.
 */
export function offlineBasemap(worker: DrawWorker, initialZoom: number, base = '/basemap/'): BaseLayer[] {
  const shapesAt = basemapShapes(worker, initialZoom, base);
  const shapes = new WorkerImageSource(worker, basemapChannel, (resolution) => shapesAt(zoomOf(resolution)));
  const layers: BaseLayer[] = [workerImageLayer(shapes, { basemap: true, name: 'land, coasts and borders', redraw: () => shapes.timedRedraw() })];

  const countryStyles = new Map<string, Style>();
  layers.push(pointLayer(base, labelLists.countries,
    ([name, lon, lat, area]) => new Feature({ geometry: new Point(fromLonLat([lon, lat])), name, area }),
    (f, resolution) => {
      const z = zoomOf(resolution);
      const area = f.get('area') as number;
      // Small countries get their names only when zoomed in enough for them to be more than a dot.
      if (z < 2.2 && area < 150) return undefined;
      if (z < 3.2 && area < 20) return undefined;
      if (z < 4.2 && area < 2) return undefined;
      const name = f.get('name') as string;
      let s = countryStyles.get(name);
      if (!s) countryStyles.set(name, (s = labelStyle(name.toUpperCase(), '600 11px system-ui, sans-serif', '#6d6355')));
      return s;
    }));

  const regionStyles = new Map<string, Style>();
  layers.push(pointLayer(base, labelLists.regions,
    ([name, lon, lat, minZoom]) => new Feature({ geometry: new Point(fromLonLat([lon, lat])), name, minZoom }),
    (f, resolution) => {
      if (zoomOf(resolution) < (f.get('minZoom') as number) - 1.5) return undefined;
      const name = f.get('name') as string;
      let s = regionStyles.get(name);
      if (!s) regionStyles.set(name, (s = labelStyle(name, 'italic 11px system-ui, sans-serif', '#8a7f72')));
      return s;
    }));

  const cityStyles = new Map<string, Style>();
  layers.push(pointLayer(base, labelLists.cities,
    ([name, lon, lat, population, capital]) => new Feature({ geometry: new Point(fromLonLat([lon, lat])), name, population, capital: capital === 1 }),
    (f, resolution) => {
      const z = zoomOf(resolution);
      const capital = f.get('capital') as boolean;
      const population = f.get('population') as number;
      const needed = capital ? 3 : population >= 5e6 ? 4 : population >= 1e6 ? 5 : 6;
      if (z < needed) return undefined;
      const name = f.get('name') as string;
      const key = `${name}|${capital}`;
      let s = cityStyles.get(key);
      if (!s) cityStyles.set(key, (s = labelStyle(name, capital ? '600 12px system-ui, sans-serif' : '12px system-ui, sans-serif', '#222222', '#ffffff', capital ? capitalDot : cityDot)));
      return s;
    }));

  const townStyles = new Map<string, Style>();
  layers.push(pointLayer(base, labelLists.towns,
    ([name, lon, lat, population]) => new Feature({ geometry: new Point(fromLonLat([lon, lat])), name, population }),
    (f, resolution) => {
      const z = zoomOf(resolution);
      const population = f.get('population') as number;
      if (z < (population >= 100_000 ? 7 : population >= 40_000 ? 8 : 9)) return undefined;
      const name = f.get('name') as string;
      let s = townStyles.get(name);
      if (!s) townStyles.set(name, (s = labelStyle(name, '11px system-ui, sans-serif', '#333333', '#ffffff', cityDot)));
      return s;
    }));
  return layers;
}

/** An online XYZ basemap, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png. */
export function onlineBasemap(template: string): BaseLayer[] {
  return [new TileLayer({ source: new XYZ({ url: template, crossOrigin: 'anonymous', attributions: new URL(template, location.href).host }), properties: { basemap: true } })];
}

/** What /api/basemap says about the basemap the server offers. */
export interface BasemapInfo {
  kind: 'builtin' | 'package';
  name: string | null;
  format: string | null;
  vector: boolean;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  attribution: string | null;
  tiles: string | null;
}

interface PackageRule {
  layers: string[];
  classes?: string[];
  geometry?: 'line' | 'polygon';
  minZoom?: number;
  fill?: string;
  stroke?: string;
  width?: number;
  dash?: number[];
  label?: string;
  size?: number;
}

const packageRules = packageStyleFile.rules as PackageRule[];

/**
 * The index of the first rule of data/style/basemap-package-style.json for a feature, or -1 when none draws it.
 * Mirrors PackageStyle.Match of GeoMap.Rendering, which draws the same package in briefing images.
 */
export function packageRule(layer: string, featureClass: string | null, isLine: boolean, zoom: number): number {
  return packageRules.findIndex((r) => r.layers.includes(layer)
    && (!r.classes || (featureClass !== null && r.classes.includes(featureClass)))
    && (!r.geometry || r.geometry === (isLine ? 'line' : 'polygon'))
    && (r.minZoom === undefined || zoom >= r.minZoom));
}

// One Style per rule (its zIndex the rule's place, so earlier rules are drawn under later ones), and per name for labels.
const ruleStyles = packageRules.map((r, i) => r.label ? null : new Style({
  fill: r.fill ? new Fill({ color: r.fill }) : undefined,
  stroke: r.stroke ? new Stroke({ color: r.stroke, width: r.width ?? 1, lineDash: r.dash }) : undefined,
  zIndex: i,
}));
const placeStyles = new Map<string, Style>();

/** The index of the rule of a package feature at a resolution, or -1. */
function ruleOf(feature: FeatureLike, resolution: number): number {
  const layer = String(feature.get('layer') ?? '');
  const kind = feature.get('class') ?? feature.get('kind');
  const geometry = feature.getGeometry()?.getType() ?? '';
  return packageRule(layer, kind === undefined || kind === null || kind === '' ? null : String(kind), geometry.includes('LineString'), zoomOf(resolution));
}

/**
 * The shared plain style for the layer names of the common vector schemas (OpenMapTiles and Shortbread): water, land
 * use, roads and borders; place names are drawn by the labels layer (packageLabelStyle). Layers it does not know are not drawn.
 */
function packageStyle(feature: FeatureLike, resolution: number): Style | undefined {
  const index = ruleOf(feature, resolution);
  return index < 0 || packageRules[index]!.label ? undefined : ruleStyles[index] ?? undefined;
}

/** Whether a package feature is a place name of a label rule. */
function isPackageLabel(feature: FeatureLike, resolution: number): boolean {
  const index = ruleOf(feature, resolution);
  return index >= 0 && !!packageRules[index]!.label;
}

/** The style of a package's place name (packageLabels.ts), ranked by its zIndex. */
function packageLabelStyle(feature: FeatureLike, resolution: number): Style | undefined {
  const index = ruleOf(feature, resolution);
  if (index < 0) return undefined;
  const rule = packageRules[index]!;
  if (!rule.label || !(feature.getGeometry()?.getType() ?? '').includes('Point')) return undefined;
  const name = feature.get('name:en') ?? feature.get('name_en') ?? feature.get('name');
  if (!name) return undefined;
  const order = Math.round(labelOrder(numberOf(feature.get('rank')), numberOf(feature.get('population'))));
  const key = `${index}|${order}|${String(name)}`;
  let s = placeStyles.get(key);
  if (!s) {
    s = labelStyle(String(name), `${rule.size ?? 12}px system-ui, sans-serif`, rule.label);
    // Decluttering takes the highest zIndex first: the earlier label rule, then the smaller order, wins a place. One
    // layer for the names of all tiles (packageLabels.ts), so the order holds across tile edges.
    s.setZIndex(-(index * 1000 + order));
    placeStyles.set(key, s);
  }
  return s;
}

function numberOf(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * A place name's order among its label rule's names, smaller first: OpenMapTiles' rank as it is, else Shortbread's
 * population as 100 - 10 log10(population), else 100; clamped to 0-999. The twin of PackageStyle.LabelOrder
 * (GeoMap.Rendering), which places a briefing image's names in the same order.
 */
export function labelOrder(rank: number | null, population: number | null): number {
  if (rank !== null) return Math.min(999, Math.max(0, rank));
  return population !== null && population > 0 ? Math.min(999, Math.max(0, 100 - 10 * Math.log10(population))) : 100;
}

/**
 * The server's basemap package: an XYZ tile layer for raster tiles, a vector tile layer with a plain style and a layer
 * of its place names (ranked across tiles, packageLabels.ts) for vector tiles, credited with the package's attribution. Beyond the package's deepest zoom its tiles are overzoomed (the
 * sources stop at maxZoom and OpenLayers scales their tiles up).
 */
export function packageBasemap(info: BasemapInfo): BaseLayer[] {
  const extent = transformExtent(info.bounds, 'EPSG:4326', 'EPSG:3857');
  const attributions = info.attribution ?? undefined;
  const properties = { basemap: true, name: info.name ?? 'basemap package' };
  if (info.vector) {
    const tiles = new VectorTileLayer({
      source: new VectorTileSource({ format: new MVT(), url: info.tiles!, tileGrid: createXYZ({ minZoom: info.minZoom, maxZoom: info.maxZoom }), attributions }),
      style: packageStyle,
      extent,
      background: packageStyleFile.background,
      properties,
    });
    return [tiles, packageLabelsLayer(tiles, isPackageLabel, packageLabelStyle, { ...properties, name: `${properties.name} names` })];
  }
  return [new TileLayer({
    source: new XYZ({ url: info.tiles!, minZoom: info.minZoom, maxZoom: info.maxZoom, attributions, crossOrigin: 'anonymous' }),
    extent,
    properties,
  })];
}

/**
 * Calls `damaged` once with the server's reason when a package tile fails because the package is damaged (a leaf
 * directory that cannot be read answers 500 "Damaged basemap package"); tiles the package lacks (404) are not damage.
 */
export function watchPackage(layers: readonly BaseLayer[], damaged: (detail: string) => void): void {
  let told = false;
  for (const layer of layers) {
    const source = (layer as TileLayer<XYZ> | VectorTileLayer).getSource() as XYZ | VectorTileSource | null;
    source?.on('tileloaderror', (e) => {
      if (told) return;
      const url = source.getTileUrlFunction()(e.tile.getTileCoord(), 1, getProjection('EPSG:3857')!);
      if (!url) return;
      void fetch(url).then(async (response) => {
        if (told || response.status < 500) return;
        told = true;
        const problem = (await response.json().catch(() => ({}))) as { detail?: string };
        damaged(problem.detail ?? `${response.status} ${response.statusText}`);
      }).catch(() => { /* The server is gone: nothing to tell. */ });
    });
  }
}
