// The places of a movement in the editing forms: one place (origin, destination) or an ordered list of via places,
// each chosen the same three ways: searched in the whole gazetteer and the stored places (placePicker), clicked on the
// map (a place marker is that place; anywhere else is a new place there, which the analyst names, for what the
// gazetteer lacks), or cleared. The editor of a saved movement and the form that adds one by hand both use these, and
// one MapPick sends the next map click to whichever field asked for it.
import type OlMap from 'ol/Map';
import { toLonLat } from 'ol/proj';
import { el, field } from './dom';
import { describePlace, placePicker } from './placePicker';
import type { PlaceHit, PlaceSummary } from './types';

/** A chosen place: a known one (gazetteer or stored, by key) or a new one clicked on the map. */
export type Chosen = { known: PlaceSummary } | { lon: number; lat: number };

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** Sends the next map click to the place field that asked for it ("On the map"); Esc cancels. */
export class MapPick {
  private target: PlaceField | null = null;

  constructor(private readonly map: OlMap) {
    // In the capture phase, so that Esc while picking from the details panel's editor does not also close the panel.
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.active()) { e.stopPropagation(); this.stop(); }
    }, true);
  }

  /** Whether the next map click chooses a place (false once the form that asked is gone, closed or replaced). */
  active(): boolean {
    if (this.target && !this.target.element.isConnected) this.stop();
    return this.target !== null;
  }

  /** The next map click chooses {@link target}'s place. */
  start(target: PlaceField): void {
    this.stop();
    this.target = target;
    target.hint.textContent = `Click the ${target.what} on the map (Esc cancels).`;
    this.map.getTargetElement()!.classList.add('picking');
  }

  /** Takes a map click while picking: the place marker under it, else a new place at the coordinate (EPSG:3857). */
  take(coordinate: number[], place: PlaceSummary | null): void {
    const target = this.target;
    this.stop();
    if (!target) return;
    if (place) target.set({ known: place });
    else {
      const [lon, lat] = toLonLat(coordinate);
      target.set({ lon: ((((lon! + 180) % 360) + 360) % 360) - 180, lat: lat! });
    }
  }

  /** Ends picking, if a field of the form showing {@link hint} asked for it (any field when not given). */
  cancel(hint?: HTMLElement): void {
    if (!hint || this.target?.hint === hint) this.stop();
  }

  private stop(): void {
    if (this.target) this.target.hint.textContent = '';
    this.target = null;
    this.map.getTargetElement()!.classList.remove('picking');
  }
}

/** How a place field is made. */
export interface PlaceFieldOptions {
  /** The id of the field; its controls' ids add -value, -map, -search-open, -search, -clear, -name, -country. */
  id: string;
  /** The label shown ("From"); empty for none (a via stop, numbered by its list). */
  label: string;
  /** What the place is, in hints and messages ("origin", "via place"). */
  what: string;
  /** The place the field starts with. */
  initial?: PlaceSummary | null;
  pick: MapPick;
  /** Where the form shows "Click the … on the map". */
  hint: HTMLElement;
  /** Called whenever the place changes (the add form's preview). */
  changed?: () => void;
  /** Whether a "clear" button is offered (a via stop is removed instead). */
  clearable?: boolean;
  /** More controls on the field's row (a via stop's move and remove buttons). */
  controls?: HTMLElement[];
}

/** One place of a movement: what is chosen, and the controls to choose it. */
export class PlaceField {
  chosen: Chosen | null;
  /** Whether the analyst chose or cleared the place since the form opened. */
  changed = false;
  readonly element: HTMLElement;
  readonly what: string;
  readonly hint: HTMLElement;
  /** The name and country of a new place (shown only for one). */
  readonly name: HTMLInputElement;
  readonly country: HTMLInputElement;
  private readonly shown = el('span', { class: 'place-value' });
  private readonly slot = el('div', {});

  constructor(private readonly o: PlaceFieldOptions) {
    const { id, label, what } = o;
    this.what = what;
    this.hint = o.hint;
    this.chosen = o.initial ? { known: o.initial } : null;
    this.name = el('input', { id: `${id}-name`, type: 'text', autocomplete: 'off', placeholder: 'Name of the new place' });
    this.country = el('input', { id: `${id}-country`, type: 'text', maxlength: 2, autocomplete: 'off', placeholder: 'e.g. UA', class: 'country-code' });
    this.shown.id = `${id}-value`;
    const onMap = el('button', { type: 'button', id: `${id}-map`, text: 'On the map', 'aria-label': `Click the ${what} on the map` });
    const search = el('button', { type: 'button', class: 'link', id: `${id}-search-open`, text: 'search', 'aria-label': `Search the ${what} by name` });
    onMap.addEventListener('click', () => o.pick.start(this));
    search.addEventListener('click', () => this.search());
    let clear: HTMLElement | null = null;
    if (o.clearable !== false) {
      clear = el('button', { type: 'button', class: 'link', id: `${id}-clear`, text: 'clear', 'aria-label': `Clear the ${what}` });
      clear.addEventListener('click', () => this.set(null));
    }
    this.element = el('div', { class: 'field place-field', id }, label ? el('span', { class: 'label', text: label }) : null,
      el('div', { class: 'row' }, this.shown, onMap, search, clear, ...(o.controls ?? [])), this.slot);
    this.render();
  }

  /** Opens the search box (the gazetteer and the stored places) under the field. */
  search(): void {
    this.slot.replaceChildren(placePicker(`${this.o.id}-search`, `Search the ${this.what}`, '', (p: PlaceHit) => {
      this.set({ known: p });
      this.shown.title = describePlace(p);
    }));
    this.slot.querySelector('input')?.focus();
  }

  /** Chooses a place (null: none). A new place asks for its name and country. */
  set(chosen: Chosen | null): void {
    this.chosen = chosen;
    this.changed = true;
    this.shown.title = '';
    this.slot.replaceChildren();
    if (chosen && !('known' in chosen)) {
      // A new place: the gazetteer has nothing there (or not what the analyst means); it needs a name.
      this.name.value = '';
      this.country.value = '';
      this.slot.append(el('div', { class: 'row' }, field('Name of the new place', this.name), field('Country (ISO code)', this.country)));
      this.name.focus();
    }
    this.render();
    this.o.changed?.();
  }

  /** Where the place is, in lon/lat, or null. */
  position(): [number, number] | null {
    const c = this.chosen;
    if (!c) return null;
    return 'known' in c ? [c.known.lon, c.known.lat] : [c.lon, c.lat];
  }

  /** The known place's key, or null (none, or a new place). */
  key(): string | null {
    return this.chosen && 'known' in this.chosen ? this.chosen.known.key : null;
  }

  /** The place as POST and PATCH /api/movements take it (null for none); a string says what is missing. */
  json(): unknown {
    const c = this.chosen;
    if (!c) return null;
    if ('known' in c) return { key: c.known.key };
    const name = this.name.value.trim();
    if (!name) return `Name the new place of the ${this.what} (it is not in the gazetteer).`;
    const body: Record<string, unknown> = { name, lon: round(c.lon), lat: round(c.lat) };
    if (this.country.value.trim()) body.countryCode = this.country.value.trim().toUpperCase();
    return body;
  }

  private render(): void {
    const c = this.chosen;
    this.shown.textContent = !c ? 'none'
      : 'known' in c ? `${c.known.name}${c.known.countryCode ? ` (${c.known.countryCode})` : ''}`
        : `new place at ${c.lat.toFixed(4)}, ${c.lon.toFixed(4)}`;
    this.shown.dataset.key = c && 'known' in c ? c.known.key : '';
    // The whole name where a narrow row cuts it (a via place), unless a search gave a fuller description.
    if (!this.shown.title) this.shown.title = this.shown.textContent;
  }
}

/** The via places of a route, in order: each chosen as a {@link PlaceField}, added, removed and moved up or down. */
export class ViaList {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private stops: { field: PlaceField; row: HTMLLIElement; up: HTMLButtonElement; down: HTMLButtonElement }[] = [];
  private serial = 0;
  private readonly initialKeys: string;
  // The form's preview is told of changes once the list is built, not for the stops it starts with.
  private built = false;

  /**
   * @param o the list's id (its stops are `${id}-${n}`, numbered as added, and its add button `${id}-add`), the map
   * picker and hint of the form, the via places the movement has, and what to call when the route changes
   */
  constructor(private readonly o: { id: string; pick: MapPick; hint: HTMLElement; initial: PlaceSummary[]; changed?: () => void }) {
    this.list = el('ol', { class: 'via-list', id: `${o.id}-list`, 'aria-label': 'Via places, in order' });
    const add = el('button', { type: 'button', class: 'link', id: `${o.id}-add`, text: 'add a via place' });
    add.addEventListener('click', () => this.append(null).search());
    for (const p of o.initial) this.append(p);
    this.initialKeys = JSON.stringify(o.initial.map((p) => p.key));
    this.element = el('div', { class: 'field', id: o.id }, el('span', { class: 'label', text: 'Via' }), this.list, add);
    this.built = true;
  }

  /** Whether the route's stops differ from those the movement had (a stop with nothing chosen does not count). */
  get changed(): boolean {
    const chosen = this.stops.filter((s) => s.field.chosen);
    return chosen.some((s) => s.field.key() === null) || JSON.stringify(chosen.map((s) => s.field.key())) !== this.initialKeys;
  }

  /** The via places as the API takes them, in order, stops with nothing chosen left out; a string says what is missing. */
  json(): unknown[] | string {
    const out: unknown[] = [];
    for (const s of this.stops) {
      const j = s.field.json();
      if (typeof j === 'string') return j;
      if (j !== null) out.push(j);
    }
    return out;
  }

  /** The new place field whose name is missing, to focus with {@link json}'s message. */
  unnamed(): HTMLInputElement | undefined {
    return this.stops.find((s) => typeof s.field.json() === 'string')?.field.name;
  }

  /** Where the chosen stops are, in order. */
  positions(): [number, number][] {
    return this.stops.map((s) => s.field.position()).filter((p): p is [number, number] => p !== null);
  }

  /** Removes every stop. */
  clear(): void {
    this.stops = [];
    this.render();
  }

  private append(initial: PlaceSummary | null): PlaceField {
    const id = `${this.o.id}-${this.serial++}`;
    const up = el('button', { type: 'button', class: 'link', id: `${id}-up`, text: '▲', 'aria-label': 'Move this via place earlier' });
    const down = el('button', { type: 'button', class: 'link', id: `${id}-down`, text: '▼', 'aria-label': 'Move this via place later' });
    const remove = el('button', { type: 'button', class: 'link', id: `${id}-remove`, text: '✕', title: 'Remove this via place', 'aria-label': 'Remove this via place' });
    const f = new PlaceField({ id, label: '', what: 'via place', initial, pick: this.o.pick, hint: this.o.hint, changed: this.o.changed, clearable: false, controls: [up, down, remove] });
    const stop = { field: f, row: el('li', { class: 'via-stop' }, f.element), up, down };
    up.addEventListener('click', () => this.move(stop.field, -1));
    down.addEventListener('click', () => this.move(stop.field, 1));
    remove.addEventListener('click', () => { this.stops = this.stops.filter((s) => s.field !== f); this.render(); });
    this.stops.push(stop);
    this.render();
    return f;
  }

  private move(f: PlaceField, by: -1 | 1): void {
    const i = this.stops.findIndex((s) => s.field === f);
    const j = i + by;
    if (i < 0 || j < 0 || j >= this.stops.length) return;
    [this.stops[i], this.stops[j]] = [this.stops[j]!, this.stops[i]!];
    this.render();
  }

  private render(): void {
    this.list.replaceChildren(...this.stops.map((s) => s.row));
    this.stops.forEach((s, i) => { s.up.disabled = i === 0; s.down.disabled = i === this.stops.length - 1; });
    if (this.built) this.o.changed?.();
  }
}
