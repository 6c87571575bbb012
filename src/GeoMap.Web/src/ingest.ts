// Ingest from the client: paste or drop a report, extract it without storing (dry run), review the places and
// movements on the map, replace a wrongly resolved place by any place of the gazetteer (/api/places), then save.
// Corrections are applied to the stored movements with PATCH, so the edit history records them.
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import { fromLonLat } from 'ol/proj';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style';
import type OlMap from 'ol/Map';
import type { Geometry } from 'ol/geom';
import * as api from './api';
import { el, field, formatTime } from './dom';
import { movementStyle } from './movementStyle';
import { placePicker } from './placePicker';
import { toFeatures, placesOf } from './movements';
import type { MentionInfo, MovementInfo, PlaceInfo, ReportDetails } from './types';

/** The languages the server reads movements from (GeoMap.Geoparsing's LanguageCatalog), by ISO 639-1 code. */
export const LANGUAGES: Readonly<Record<string, string>> = {
  ar: 'Arabic', de: 'German', en: 'English', es: 'Spanish', fr: 'French', it: 'Italian', ko: 'Korean', pl: 'Polish', ru: 'Russian', uk: 'Ukrainian',
};

/** Why a report gave places but no movements: its language was not recognised, or it names no movement. */
export function languageNote(language: string | null, places: number, movements: number): string {
  if (places === 0 || movements > 0) return '';
  if (!language) {
    return ` The report's language was not recognised or is not one GeoMap reads (${Object.values(LANGUAGES).join(', ')}): places are found, movements are not read. Pick the language above if it is one of these.`;
  }
  return ` No movement was read from this ${LANGUAGES[language] ?? language} report: only its places.`;
}

/** The ingest control. */
export class Ingest {
  readonly layer = new VectorLayer({ source: new VectorSource<Feature<Geometry>>(), style: (f) => f.get('movement') ? movementStyle(f) : reviewPlace(f), zIndex: 8, properties: { title: 'Report under review' } });
  private readonly text = el('textarea', { id: 'report-text', rows: 8, placeholder: 'Paste a report here, or drop a .txt file.' });
  private readonly published = el('input', { id: 'report-published', type: 'datetime-local', required: true });
  private readonly url = el('input', { id: 'report-url', type: 'url' });
  private readonly source = el('input', { id: 'report-source', type: 'text' });
  private readonly language = el('select', { id: 'report-language' },
    el('option', { value: '', text: 'detect' }), ...Object.entries(LANGUAGES).map(([code, name]) => el('option', { value: code, text: name })));
  private readonly analyze = el('button', { type: 'button', id: 'report-analyze', text: 'Extract (dry run)' });
  private readonly save = el('button', { type: 'button', id: 'report-save', text: 'Save', disabled: true });
  private readonly message = el('p', { id: 'ingest-message', 'aria-live': 'polite' });
  private readonly review = el('div', { id: 'ingest-review' });
  private result: ReportDetails | null = null;
  /** Place key as extracted -> the stored place chosen instead. */
  private readonly replacements = new Map<string, PlaceInfo>();

  constructor(private readonly map: OlMap, container: HTMLElement, private readonly saved: (reportId: number) => void) {
    map.addLayer(this.layer);
    this.published.value = new Date().toISOString().slice(0, 16);
    const drop = el('div', { class: 'drop' }, field('Report text', this.text));
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      const file = e.dataTransfer?.files[0];
      if (file) void file.text().then((t) => { this.text.value = t; this.message.textContent = `Read ${file.name}.`; });
    });
    container.append(drop,
      el('div', { class: 'row' }, field('Published (UTC)', this.published), field('Language', this.language)),
      el('div', { class: 'row' }, field('URL', this.url), field('Source', this.source)),
      el('div', { class: 'row' }, this.analyze, this.save), this.message, this.review);
    this.analyze.addEventListener('click', () => void this.dryRun());
    this.save.addEventListener('click', () => void this.store());
  }

  private submission(): api.ReportSubmission {
    return {
      text: this.text.value,
      // datetime-local gives yyyy-mm-ddThh:mm, or with :ss when seconds were entered; both are UTC here.
      publishedAt: `${this.published.value}${this.published.value.length === 16 ? ':00' : ''}Z`,
      url: this.url.value.trim() || undefined,
      source: this.source.value.trim() || undefined,
      language: this.language.value || undefined,
    };
  }

  private async dryRun(): Promise<void> {
    this.message.textContent = 'Extracting…';
    this.save.disabled = true;
    try {
      this.result = await api.submitReport(this.submission(), true);
      this.replacements.clear();
      this.render();
      this.save.disabled = false;
      const n = this.result.movements.features.length;
      this.message.textContent = `${this.result.mentions.length} place mention(s) and ${n} movement(s) found. Check them on the map, then save.`
        + languageNote(this.result.report.language, this.result.mentions.length, n);
    } catch (e) {
      this.message.textContent = (e as Error).message;
    }
  }

  private place(p: PlaceInfo | null): PlaceInfo | null {
    return p ? this.replacements.get(p.key) ?? p : null;
  }

  private movements(): MovementInfo[] {
    return (this.result?.movements.features ?? []).map((f) => ({ ...f.properties, origin: this.place(f.properties.origin), destination: this.place(f.properties.destination), via: f.properties.via.map((v) => this.place(v)!) }));
  }

  private render(): void {
    if (!this.result) return;
    const source = this.layer.getSource()!;
    source.clear();
    const movements = this.movements();
    // Redraw each movement through its (possibly replaced) places.
    const features = toFeatures(movements.map((m) => ({ type: 'Feature' as const, properties: m,
      geometry: placesOf(m).length ? { type: 'LineString', coordinates: placesOf(m).map((p) => [p.lon, p.lat]) } : null })), false);
    const places = new Map<string, PlaceInfo>();
    for (const m of this.result.mentions) if (m.place) { const p = this.place(m.place)!; places.set(p.key, p); }
    source.addFeatures([...features, ...[...places.values()].map((p) => new Feature<Geometry>({ geometry: new Point(fromLonLat([p.lon, p.lat])), name: p.name }))]);
    const extent = source.getExtent();
    if (extent && source.getFeatures().length && Number.isFinite(extent[0])) this.map.getView().fit(extent, { padding: [80, 80, 80, 80], maxZoom: 8, duration: 300 });

    this.review.replaceChildren(
      el('h3', { text: 'Places' }),
      el('ul', { class: 'review-places' }, ...this.uniqueMentions(this.result.mentions).map((m) => this.mentionRow(m))),
      el('h3', { text: 'Movements' }),
      el('ol', { class: 'review-movements' }, ...movements.map((m) => el('li', {
        text: `${m.actor ?? 'Unknown'}: ${m.origin?.name ?? '?'}${m.via.length ? ` via ${m.via.map((v) => v.name).join(', ')}` : ''} → ${m.destination?.name ?? '?'}; ${m.strength?.text ?? 'strength unknown'}; ${m.status.replace(/_/g, ' ')}; ${formatTime(m.start)} – ${formatTime(m.end, m.start !== m.end)}`,
      }))));
  }

  private uniqueMentions(mentions: MentionInfo[]): MentionInfo[] {
    const seen = new Set<string>();
    return mentions.filter((m) => { const k = `${m.surface}|${m.place?.key ?? ''}`; if (seen.has(k)) return false; seen.add(k); return true; });
  }

  private mentionRow(m: MentionInfo): HTMLElement {
    const current = this.place(m.place);
    const id = `fix-${m.start}`;
    const fix = el('button', { type: 'button', class: 'link', id, text: 'change', 'aria-label': `Choose another place for ${m.surface}` });
    const li = el('li', { 'data-surface': m.surface },
      el('span', { text: `${m.surface} → ${current ? `${current.name} (${current.countryCode ?? '?'}, ${current.lat.toFixed(2)}, ${current.lon.toFixed(2)})` : 'unresolved'} ` }), fix);
    fix.addEventListener('click', () => this.candidates(m, li));
    return li;
  }

  private candidates(m: MentionInfo, li: HTMLElement): void {
    li.querySelector('.place-picker')?.remove();
    const picker = placePicker(`candidates-${m.start}`, `Search a place for ${m.surface}`, m.surface, (p) => {
      if (m.place) this.replacements.set(m.place.key, p);
      this.render();
    });
    li.append(picker);
    picker.querySelector('input')?.focus();
  }

  private async store(): Promise<void> {
    if (!this.result) return;
    this.message.textContent = 'Saving…';
    try {
      const stored = await api.submitReport(this.submission(), false);
      let patched = 0;
      for (const f of stored.movements.features) {
        const m = f.properties;
        const body: Record<string, unknown> = {};
        // By key: the place may come from the gazetteer and never have been stored.
        const ref = (p: PlaceInfo | null) => (p && this.replacements.has(p.key) ? { key: this.replacements.get(p.key)!.key } : undefined);
        if (ref(m.origin)) body.origin = ref(m.origin);
        if (ref(m.destination)) body.destination = ref(m.destination);
        if (m.via.some((v) => this.replacements.has(v.key))) body.via = m.via.map((v) => ref(v) ?? { key: v.key });
        // A stored report's movements are its claims: the correction is to what this report says.
        if (Object.keys(body).length) { await api.patchClaim(m.id, (m as typeof m & { claimId: number }).claimId, body); patched++; }
      }
      this.message.textContent = `${stored.created === false ? 'Already stored as' : 'Saved as'} report #${stored.report.id} with ${stored.movements.features.length} movement(s)${patched ? `, ${patched} corrected` : ''}.`;
      this.save.disabled = true;
      this.layer.getSource()!.clear();
      this.saved(stored.report.id);
    } catch (e) {
      this.message.textContent = (e as Error).message;
    }
  }
}

const reviewStyles = new Map<string, Style>();
function reviewPlace(f: { get(k: string): unknown }): Style {
  const name = f.get('name') as string;
  let s = reviewStyles.get(name);
  if (!s) {
    s = new Style({
      image: new Circle({ radius: 6, fill: new Fill({ color: '#fff3bf' }), stroke: new Stroke({ color: '#e67700', width: 2.5 }) }),
      text: new Text({ text: name, font: '600 12px system-ui, sans-serif', offsetY: -14, fill: new Fill({ color: '#7c2d12' }), stroke: new Stroke({ color: '#fff', width: 3.5 }) }),
      zIndex: 30,
    });
    reviewStyles.set(name, s);
  }
  return s;
}
