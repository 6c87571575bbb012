// Adding a movement by hand: its fields as in the editor, its origin and destination clicked on the map (a place
// marker is that place; anywhere else is a new place there, for what the gazetteer lacks) or searched in the gazetteer,
// and an optional reason kept in its history.
import Feature from 'ol/Feature';
import type OlMap from 'ol/Map';
import { LineString, Point } from 'ol/geom';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style';
import { fromLonLat, toLonLat } from 'ol/proj';
import * as api from './api';
import { el, field } from './dom';
import { endAfter, select } from './movementEditor';
import { placePicker } from './placePicker';
import type { PlaceSummary } from './types';

type End = 'origin' | 'destination';

/** A chosen end: a known place (by key) or a new one clicked on the map, named by the analyst. */
type Chosen = { known: PlaceSummary } | { lon: number; lat: number };

/** One end of the new movement: what is chosen, and the controls to choose it. */
class EndField {
  chosen: Chosen | null = null;
  readonly element: HTMLElement;
  private readonly shown = el('span', { class: 'place-value' });
  private readonly slot = el('div', {});
  readonly name: HTMLInputElement;
  readonly country: HTMLInputElement;

  constructor(readonly end: End, label: string, pick: (end: End) => void, private readonly changed: () => void) {
    const id = `add-${end}`;
    this.name = el('input', { id: `${id}-name`, type: 'text', autocomplete: 'off', placeholder: 'Name of the new place' });
    this.country = el('input', { id: `${id}-country`, type: 'text', maxlength: 2, autocomplete: 'off', placeholder: 'e.g. UA', class: 'country-code' });
    this.shown.id = `${id}-value`;
    const onMap = el('button', { type: 'button', id: `${id}-map`, text: 'On the map', 'aria-label': `Click the ${label.toLowerCase()} on the map` });
    const search = el('button', { type: 'button', class: 'link', id: `${id}-search-open`, text: 'search', 'aria-label': `Search the ${label.toLowerCase()} by name` });
    const clear = el('button', { type: 'button', class: 'link', id: `${id}-clear`, text: 'clear', 'aria-label': `Clear the ${label.toLowerCase()}` });
    onMap.addEventListener('click', () => pick(end));
    search.addEventListener('click', () => {
      this.slot.replaceChildren(placePicker(`${id}-search`, `Search ${label.toLowerCase()}`, '', (p) => this.set({ known: p })));
      this.slot.querySelector('input')?.focus();
    });
    clear.addEventListener('click', () => this.set(null));
    this.element = el('div', { class: 'field', id }, el('span', { class: 'label', text: label }),
      el('div', { class: 'row' }, this.shown, onMap, search, clear), this.slot);
    this.render();
  }

  set(chosen: Chosen | null): void {
    this.chosen = chosen;
    this.slot.replaceChildren();
    if (chosen && !('known' in chosen)) {
      // A new place: the gazetteer has nothing there (or not what the analyst means); it needs a name.
      this.name.value = '';
      this.country.value = '';
      this.slot.append(el('div', { class: 'row' }, field('Name of the new place', this.name), field('Country (ISO code)', this.country)));
      this.name.focus();
    }
    this.render();
    this.changed();
  }

  /** Where the end is, in lon/lat, or null. */
  position(): [number, number] | null {
    if (!this.chosen) return null;
    return 'known' in this.chosen ? [this.chosen.known.lon, this.chosen.known.lat] : [this.chosen.lon, this.chosen.lat];
  }

  /** The end as POST /api/movements takes it; a string is what is missing. */
  json(): unknown {
    if (!this.chosen) return null;
    if ('known' in this.chosen) return { key: this.chosen.known.key };
    const name = this.name.value.trim();
    if (!name) return `Name the new place of the ${this.end} (it is not in the gazetteer).`;
    const body: Record<string, unknown> = { name, lon: round(this.chosen.lon), lat: round(this.chosen.lat) };
    if (this.country.value.trim()) body.countryCode = this.country.value.trim().toUpperCase();
    return body;
  }

  private render(): void {
    const c = this.chosen;
    this.shown.textContent = !c ? 'none'
      : 'known' in c ? `${c.known.name}${c.known.countryCode ? ` (${c.known.countryCode})` : ''}`
        : `new place at ${c.lat.toFixed(4)}, ${c.lon.toFixed(4)}`;
    this.shown.dataset.key = c && 'known' in c ? c.known.key : '';
  }
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** The "Add a movement" form and its preview on the map. */
export class ManualMovement {
  /** The end the next map click chooses, or null when clicks open details as usual. */
  picking: End | null = null;
  private readonly source = new VectorSource();
  private readonly origin: EndField;
  private readonly destination: EndField;
  private readonly hint = el('p', { class: 'hint', id: 'add-hint', 'aria-live': 'polite' });

  /**
   * @param map the map (the preview is drawn on it; its cursor shows when a click picks a place)
   * @param container the sidebar section
   * @param actors the actors of the loaded movements, offered as the actor's suggestions
   * @param added called with the new movement's id
   */
  constructor(private readonly map: OlMap, container: HTMLElement, actors: () => string[], added: (id: number) => void) {
    map.addLayer(new VectorLayer({ source: this.source, zIndex: 7, style: (f) => previewStyle(f.get('label') as string | undefined), properties: { title: 'New movement' } }));
    const preview = () => this.preview();
    this.origin = new EndField('origin', 'From', (end) => this.startPicking(end), preview);
    this.destination = new EndField('destination', 'To', (end) => this.startPicking(end), preview);
    const actor = el('input', { id: 'add-actor', type: 'text', list: 'add-actors', autocomplete: 'off', placeholder: 'e.g. Russia' });
    const actorList = el('datalist', { id: 'add-actors' });
    actor.addEventListener('focus', () => actorList.replaceChildren(...actors().map((a) => el('option', { value: a }))));
    const unit = el('input', { id: 'add-unit', type: 'text' });
    const min = el('input', { id: 'add-strength-min', type: 'number', min: 0, step: 1 });
    const max = el('input', { id: 'add-strength-max', type: 'number', min: 0, step: 1 });
    const kind = select('add-kind', 'unknown', ['unknown', 'deployment', 'withdrawal', 'advance', 'transit']);
    const status = select('add-status', 'completed', ['unknown', 'planned', 'under_way', 'completed']);
    const mode = select('add-mode', 'unknown', ['unknown', 'road', 'rail', 'sea', 'air', 'foot']);
    const start = el('input', { id: 'add-start', type: 'date' });
    const end = el('input', { id: 'add-end', type: 'date' });
    const reason = el('textarea', { id: 'add-reason', rows: 2, placeholder: 'Why (optional): kept in the history' });
    const message = el('p', { id: 'add-message', 'aria-live': 'polite' });
    const save = el('button', { type: 'submit', id: 'add-save', text: 'Add movement' });
    const clear = el('button', { type: 'button', id: 'add-clear', text: 'Clear' });

    const form = el('form', { id: 'add-movement', class: 'editor', 'aria-label': 'Add a movement by hand' },
      el('p', { class: 'hint', text: 'With an analyst key. "On the map", then click: a place marker is that place; anywhere else is a new place there, which you name.' }),
      field('Actor', actor), actorList, field('Unit', unit),
      el('div', { class: 'row' }, field('Strength from', min), field('to', max)),
      el('div', { class: 'row' }, field('Kind', kind), field('Status', status), field('Mode', mode)),
      this.origin.element, this.destination.element, this.hint,
      el('div', { class: 'row' }, field('First day', start), field('Last day', end)),
      field('Reason', reason),
      el('div', { class: 'row' }, save, clear),
      message);
    container.append(form);

    const fail = (text: string, focus?: HTMLElement) => { message.textContent = text; message.setAttribute('role', 'alert'); focus?.focus(); };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      message.removeAttribute('role');
      const from = this.origin.json();
      const to = this.destination.json();
      if (typeof from === 'string') { fail(from, this.origin.name); return; }
      if (typeof to === 'string') { fail(to, this.destination.name); return; }
      if (!from && !to) { fail('Choose at least the destination: "On the map" and click it, or search it by name.'); return; }
      const lo = min.value === '' ? null : Number(min.value);
      const hi = max.value === '' ? null : Number(max.value);
      // Checked here too, so the analyst reads the problem before a round trip; the server checks the same.
      if (lo !== null && hi !== null && hi < lo) { fail('The strength range ends below its start: swap the two numbers.', min); return; }
      if (start.value && end.value && end.value < start.value) { fail('The last day is before the first day: swap them.', end); return; }
      const body: Record<string, unknown> = { status: status.value, mode: mode.value, kind: kind.value, origin: from, destination: to };
      if (actor.value.trim()) body.actor = actor.value.trim();
      if (unit.value.trim()) body.unit = unit.value.trim();
      if (lo !== null || hi !== null) body.strength = { min: lo ?? hi, max: hi ?? lo };
      if (start.value) body.start = start.value;
      if (end.value) body.end = endAfter(end.value);
      if (reason.value.trim()) body.reason = reason.value.trim();
      save.disabled = true;
      message.textContent = 'Saving…';
      api.addMovement(body)
        .then((f) => {
          form.reset();
          this.origin.set(null);
          this.destination.set(null);
          message.textContent = `Movement #${f.properties.id} added.`;
          added(f.properties.id);
        })
        .catch((err: Error) => fail(err.message))
        .finally(() => { save.disabled = false; });
    });
    clear.addEventListener('click', () => { form.reset(); this.origin.set(null); this.destination.set(null); this.stopPicking(); message.textContent = ''; });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && this.picking) this.stopPicking(); });
  }

  /** Takes a map click while picking: the place marker under it, else a new place at the coordinate (EPSG:3857). */
  take(coordinate: number[], place: PlaceSummary | null): void {
    const end = this.picking === 'origin' ? this.origin : this.destination;
    this.stopPicking();
    if (place) end.set({ known: place });
    else {
      const [lon, lat] = toLonLat(coordinate);
      end.set({ lon: ((((lon! + 180) % 360) + 360) % 360) - 180, lat: lat! });
    }
  }

  private startPicking(end: End): void {
    this.picking = end;
    this.hint.textContent = `Click the ${end} on the map (Esc cancels).`;
    this.map.getTargetElement()!.classList.add('picking');
  }

  private stopPicking(): void {
    this.picking = null;
    this.hint.textContent = '';
    this.map.getTargetElement()!.classList.remove('picking');
  }

  /** The chosen ends and the line between them, on the map. */
  private preview(): void {
    this.source.clear();
    const a = this.origin.position();
    const b = this.destination.position();
    if (a && b) this.source.addFeature(new Feature({ geometry: new LineString([fromLonLat(a), fromLonLat(b)]) }));
    if (a) this.source.addFeature(new Feature({ geometry: new Point(fromLonLat(a)), label: 'from' }));
    if (b) this.source.addFeature(new Feature({ geometry: new Point(fromLonLat(b)), label: 'to' }));
  }
}

/** The preview: orange, unlike any movement, so it is not read as one before it is saved. */
function previewStyle(label: string | undefined): Style {
  const orange = '#f59f00';
  if (!label) return new Style({ stroke: new Stroke({ color: orange, width: 3, lineDash: [8, 6] }) });
  return new Style({
    image: new Circle({ radius: 7, fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: orange, width: 3 }) }),
    text: new Text({ text: label, offsetY: -16, font: '600 12px system-ui, sans-serif', fill: new Fill({ color: '#1a202c' }), stroke: new Stroke({ color: '#ffffff', width: 3 }) }),
  });
}
