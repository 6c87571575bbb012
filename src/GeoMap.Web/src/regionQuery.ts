// Region query: draw a box or a polygon, or pick a country or first-level region by name (any language);
// the movements there, in the current time range, as a list and as CSV/GeoJSON downloads.
import Draw, { createBox } from 'ol/interaction/Draw';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import { Fill, Stroke, Style } from 'ol/style';
import type OlMap from 'ol/Map';
import type MapBrowserEvent from 'ol/MapBrowserEvent';
import { unByKey } from 'ol/Observable';
import type { EventsKey } from 'ol/events';
import type { Geometry } from 'ol/geom';
import type OlFeature from 'ol/Feature';
import * as api from './api';
import { el, field, formatTime } from './dom';
import { isoDate, type TimeRange } from './timeRange';
import type { Feature as JsonFeature, MovementSummary } from './types';

const format = new GeoJSON({ featureProjection: 'EPSG:3857' });

/** The region query control. */
export class RegionQuery {
  readonly layer = new VectorLayer({
    source: new VectorSource(),
    style: new Style({ stroke: new Stroke({ color: '#d9480f', width: 2 }), fill: new Fill({ color: 'rgba(217,72,15,0.08)' }) }),
    zIndex: 6,
    properties: { title: 'Query area' },
  });
  private draw: Draw | null = null;
  /** When (performance.now()) the last drawing ended: a single click of an event no later is the drawing's. */
  private finishedAt = -Infinity;
  private readonly regionInput = el('input', { id: 'region-name', type: 'search', placeholder: 'e.g. Primorsky, Приморский, Corée', autocomplete: 'off' });
  private readonly regionResults = el('ul', { class: 'links', id: 'region-results', 'aria-label': 'Matching regions' });
  private readonly summary = el('p', { id: 'query-summary', 'aria-live': 'polite' });
  private readonly downloads = el('p', { class: 'downloads' });
  private readonly results = el('ol', { class: 'links', id: 'query-results' });
  private lastQuery: api.MovementQuery | null = null;
  private searchTimer: number | undefined;
  private searchTicket = 0;
  private queryTicket = 0;

  /**
   * @param changed called when the queried area changes (run or cleared), so the URL can keep it
   */
  constructor(private readonly map: OlMap, container: HTMLElement, private readonly range: () => TimeRange, private readonly open: (id: number) => void,
    private readonly changed: () => void = () => undefined) {
    map.addLayer(this.layer);
    const box = el('button', { type: 'button', id: 'draw-box', text: 'Draw a box' });
    const polygon = el('button', { type: 'button', id: 'draw-polygon', text: 'Draw a polygon' });
    const clear = el('button', { type: 'button', id: 'query-clear', text: 'Clear' });
    box.addEventListener('click', () => this.startDrawing('box'));
    polygon.addEventListener('click', () => this.startDrawing('polygon'));
    clear.addEventListener('click', () => this.clear());
    this.regionInput.addEventListener('input', () => {
      window.clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => void this.searchRegions(), 250);
    });
    this.regionInput.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); void this.searchRegions(); } });
    container.append(
      el('div', { class: 'row' }, box, polygon, clear),
      el('p', { class: 'hint', text: 'Box: click two opposite corners. Polygon: click the corners, double-click to finish. Esc cancels.' }),
      field('Country or region (any language)', this.regionInput), this.regionResults,
      this.summary, this.downloads, this.results);
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && this.draw) this.stopDrawing(); });
  }

  /** The area queried now, as the URL keeps it: a region's code, or a drawn polygon's outer ring (lon, lat). */
  area(): { region?: string; polygon?: [number, number][] } | null {
    if (!this.lastQuery) return null;
    if (this.lastQuery.region) return { region: this.lastQuery.region };
    if (this.lastQuery.geometry) {
      const ring = (JSON.parse(this.lastQuery.geometry) as { coordinates: [number, number][][] }).coordinates[0]!;
      return { polygon: ring.slice(0, -1) };
    }
    return null;
  }

  /** The area queried now as query parameters (a region's code or a drawn polygon) and its name in words, or null. */
  queried(): { area: Pick<api.MovementQuery, 'region' | 'geometry'>; label: string } | null {
    if (!this.lastQuery) return null;
    const { region, geometry } = this.lastQuery;
    return { area: region ? { region } : { geometry }, label: this.lastLabel };
  }

  /** Queries an area a shared link names (see {@link area}): a region by its code, or a polygon drawn on the map again. */
  async restore(area: { region?: string; polygon?: [number, number][] }): Promise<void> {
    if (area.region) {
      const code = area.region;
      // The region's name for the summary, when the search finds the code; else the code itself.
      const name = (await api.searchRegions(code).catch(() => [])).find((r) => r.code === code)?.name ?? code;
      await this.run({ region: code }, name);
    } else if (area.polygon) {
      const ring = [...area.polygon, area.polygon[0]!];
      const json = JSON.stringify({ type: 'Polygon', coordinates: [ring] });
      const source = this.layer.getSource()!;
      source.clear();
      source.addFeature(format.readFeature({ type: 'Feature', geometry: JSON.parse(json) as object, properties: {} }) as OlFeature<Geometry>);
      await this.run({ geometry: json }, 'the shared area');
    }
  }

  /** Runs the last query again (after the time range changed). */
  refresh(): void {
    if (this.lastQuery) void this.run(this.lastQuery, this.lastLabel);
  }

  private lastLabel = '';

  private startDrawing(kind: 'box' | 'polygon'): void {
    this.stopDrawing();
    const source = this.layer.getSource()!;
    this.draw = kind === 'box'
      ? new Draw({ source, type: 'Circle', geometryFunction: createBox() })
      : new Draw({ source, type: 'Polygon' });
    this.draw.on('drawstart', () => source.clear());
    this.draw.on('drawend', (e) => {
      const geometry = e.feature.getGeometry() as Geometry;
      const json = format.writeGeometry(geometry, { decimals: 5 });
      this.stopDrawingSoon();
      void this.run({ geometry: json }, kind === 'box' ? 'the box' : 'the polygon');
    });
    this.map.addInteraction(this.draw);
    this.map.getTargetElement()?.focus();
  }

  /**
   * Removes the drawing once its drawend event is over (removing the interaction inside its own handler would cut the
   * event short). The double click the finishing click may still be part of is kept from zooming the map.
   * @remarks OpenLayers makes a double click of two clicks 250 ms apart at most, the second one's. When the drawing
   * ended on the first (a click on the last vertex placed, then a double click there), the interaction, which swallows
   * double clicks, could be gone by the second, and the map zoomed in: a test did so when the browser was slow.
   */
  private stopDrawingSoon(): void {
    window.setTimeout(() => this.stopDrawing(), 0);
    // Ended by a click's pointerup: OpenLayers tells that click a single click 250 ms later, with that event.
    this.finishedAt = performance.now();
    // Until OpenLayers says the click was single (no second one came), a double click is the finishing click's.
    const keys: EventsKey[] = [];
    const forget = (): void => unByKey(keys);
    keys.push(
      this.map.once('dblclick', (e: MapBrowserEvent) => { e.stopPropagation(); forget(); }),
      this.map.once('singleclick', forget),
    );
  }

  /**
   * True when a single click on the map is the drawing's (a corner or vertex placed, or the click that ended it, told
   * after the drawing is gone), which the map's own click (opening what is under it) must then leave alone. Asked first
   * by the map's single-click handler.
   */
  takeClick(click: MapBrowserEvent): boolean {
    return this.draw !== null || click.originalEvent.timeStamp <= this.finishedAt;
  }

  private stopDrawing(): void {
    if (this.draw) this.map.removeInteraction(this.draw);
    this.draw = null;
  }

  private clear(): void {
    // A query still on its way is dropped: its answer would list its movements again under a cleared query.
    ++this.queryTicket;
    this.stopDrawing();
    this.layer.getSource()!.clear();
    this.lastQuery = null;
    this.changed();
    this.summary.textContent = '';
    this.downloads.replaceChildren();
    this.results.replaceChildren();
  }

  private async searchRegions(): Promise<void> {
    const q = this.regionInput.value.trim();
    const ticket = ++this.searchTicket;
    if (q.length < 2) { this.regionResults.replaceChildren(); return; }
    try {
      const regions = await api.searchRegions(q);
      // A slower answer to an earlier keystroke must not replace the answer to the latest one.
      if (ticket !== this.searchTicket) return;
      this.regionResults.replaceChildren(...regions.map((r) => {
        const b = el('button', { type: 'button', class: 'link', text: `${r.name} (${r.code}${r.kind === 'admin1' ? ', region' : ''})${r.matchedName !== r.name ? ` — “${r.matchedName}”` : ''}` });
        b.addEventListener('click', () => {
          this.layer.getSource()!.clear();
          this.regionResults.replaceChildren();
          void this.run({ region: r.code }, r.name);
        });
        return el('li', {}, b);
      }));
      if (regions.length === 0) this.regionResults.append(el('li', { class: 'hint', text: 'No country or region matches.' }));
    } catch (e) {
      this.regionResults.replaceChildren(el('li', { role: 'alert', text: (e as Error).message }));
    }
  }

  private async run(area: api.MovementQuery, label: string): Promise<void> {
    const range = this.range();
    const query: api.MovementQuery = { ...area, from: isoDate(range.from), to: isoDate(range.to) };
    this.lastQuery = area;
    this.lastLabel = label;
    this.changed();
    this.summary.textContent = `Querying ${label}…`;
    const ticket = ++this.queryTicket;
    try {
      const features = await api.allMovements(query);
      if (ticket !== this.queryTicket) return;
      this.show(features, label, query);
    } catch (e) {
      if (ticket !== this.queryTicket) return;
      this.summary.textContent = (e as Error).message;
      this.summary.setAttribute('role', 'alert');
    }
  }

  private show(features: JsonFeature<MovementSummary>[], label: string, query: api.MovementQuery): void {
    this.summary.removeAttribute('role');
    this.summary.textContent = `${features.length} movement${features.length === 1 ? '' : 's'} in ${label}, ${query.from} to ${query.to}.`;
    this.downloads.replaceChildren(
      el('a', { href: api.movementsUrl(query, 'csv'), download: 'movements.csv', id: 'download-csv', text: 'Download CSV' }), ' · ',
      el('a', { href: api.movementsUrl(query, 'geojson'), download: 'movements.geojson', id: 'download-geojson', text: 'Download GeoJSON' }));
    this.results.replaceChildren(...features.slice(0, 500).map((f) => {
      const m = f.properties;
      const b = el('button', { type: 'button', class: 'link', 'data-movement': m.id,
        text: `${m.actor ?? 'Unknown'}: ${m.origin?.name ?? '?'} → ${m.destination?.name ?? '?'}, ${m.strength?.text ?? 'strength unknown'}, ${formatTime(m.start)}` });
      b.addEventListener('click', () => this.open(m.id));
      return el('li', {}, b);
    }));
  }
}
