// The offline basemap's place-name lists (scripts/build-basemap.mjs: [name, lon, lat, ...] rows) and the zooms their
// layers show, each list fetched once. No OpenLayers here: the client's first chunk (boot.ts) asks for the first view's
// lists with it; basemap.ts's label layers read them.

/** A row of a label list: name, longitude, latitude and the list's own columns. */
export type LabelRow = [string, number, number, ...number[]];

/** The lists, and the zooms their layers show (as OpenLayers' layer bounds: above minZoom, up to maxZoom). */
export const labelLists = {
  countries: { file: 'country-labels.json', minZoom: 1.5, maxZoom: 7 },
  regions: { file: 'region-labels.json', minZoom: 5, maxZoom: 24 },
  cities: { file: 'cities.json', minZoom: 3, maxZoom: 24 },
  towns: { file: 'towns.json', minZoom: 7, maxZoom: 24 },
} as const;

const fetched = new Map<string, Promise<LabelRow[]>>();

/** A list's rows, fetched once (and again after a failure). */
export function labelRows(url: string): Promise<LabelRow[]> {
  let rows = fetched.get(url);
  if (!rows) {
    rows = fetch(url).then((r) => (r.ok ? (r.json() as Promise<LabelRow[]>) : Promise.reject(new Error(`${r.status} ${r.statusText}`))));
    rows.catch(() => fetched.delete(url));
    fetched.set(url, rows);
  }
  return rows;
}

/**
 * Asks for the lists a view at this zoom shows (boot.ts: the first view's, before OpenLayers has arrived).
 * @remarks Asked for by the label layers at the map's first frame, they were among the last things its first render
 * waited for: they came 40-100 ms later and were drawn in frames of their own (bench/client, 2026-12-05).
 */
export function fetchLabelsAt(zoom: number, base = '/basemap/'): void {
  for (const list of Object.values(labelLists)) {
    // A failure is the layer's to meet: it asks again when it loads.
    if (zoom > list.minZoom && zoom <= list.maxZoom) labelRows(base + list.file).catch(() => undefined);
  }
}
