// Adding a movement by hand: its fields as in the editor, its origin, via places and destination clicked on the map (a
// place marker is that place; anywhere else is a new place there, for what the gazetteer lacks) or searched in the
// gazetteer (placeField.ts, as the editor does), whose claim it is, and an optional reason kept in its history.
import type OlMap from 'ol/Map';
import * as api from './api';
import { el, field } from './dom';
import { endAfter, select, SourceFields } from './movementEditor';
import { type MapPick, PlaceField, ViaList } from './placeField';
import { RoutePreview } from './routePreview';

/** The "Add a movement" form and its preview on the map. */
export class ManualMovement {
  private readonly route: RoutePreview;
  private readonly origin: PlaceField;
  private readonly via: ViaList;
  private readonly destination: PlaceField;
  private readonly hint = el('p', { class: 'hint', id: 'add-hint', 'aria-live': 'polite' });

  /**
   * @param map the map (the preview is drawn on it)
   * @param pick sends a map click to the place field that asked for it
   * @param container the sidebar section
   * @param actors the actors of the loaded movements, offered as the actor's suggestions
   * @param added called with the new movement's id
   */
  constructor(map: OlMap, private readonly pick: MapPick, container: HTMLElement, actors: () => string[], added: (id: number) => void) {
    this.route = new RoutePreview(map, 'New movement');
    const changed = () => this.preview();
    const hint = this.hint;
    this.origin = new PlaceField({ id: 'add-origin', label: 'From', what: 'origin', pick, hint, changed });
    this.via = new ViaList({ id: 'add-via', pick, hint, initial: [], changed });
    this.destination = new PlaceField({ id: 'add-destination', label: 'To', what: 'destination', pick, hint, changed });
    const claim = new SourceFields('add');
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
      this.origin.element, this.via.element, this.destination.element, this.hint,
      el('div', { class: 'row' }, field('First day', start), field('Last day', end)),
      claim.element,
      field('Reason', reason),
      el('div', { class: 'row' }, save, clear),
      message);
    container.append(form);

    const fail = (text: string, focus?: HTMLElement) => { message.textContent = text; message.setAttribute('role', 'alert'); focus?.focus(); };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      message.removeAttribute('role');
      const from = this.origin.json();
      const via = this.via.json();
      const to = this.destination.json();
      if (typeof from === 'string') { fail(from, this.origin.name); return; }
      if (typeof via === 'string') { fail(via, this.via.unnamed()); return; }
      if (typeof to === 'string') { fail(to, this.destination.name); return; }
      if (!from && !to) { fail('Choose at least the destination: "On the map" and click it, or search it by name.'); return; }
      const lo = min.value === '' ? null : Number(min.value);
      const hi = max.value === '' ? null : Number(max.value);
      // Checked here too, so the analyst reads the problem before a round trip; the server checks the same.
      if (lo !== null && hi !== null && hi < lo) { fail('The strength range ends below its start: swap the two numbers.', min); return; }
      if (start.value && end.value && end.value < start.value) { fail('The last day is before the first day: swap them.', end); return; }
      const source = claim.changes();
      if (typeof source === 'string') { fail(source, claim.invalid); return; }
      const body: Record<string, unknown> = { status: status.value, mode: mode.value, kind: kind.value, origin: from, destination: to, ...source };
      if (via.length) body.via = via;
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
          this.reset(form);
          message.textContent = `Movement #${f.properties.id} added.`;
          added(f.properties.id);
        })
        .catch((err: Error) => fail(err.message))
        .finally(() => { save.disabled = false; });
    });
    clear.addEventListener('click', () => { this.reset(form); message.textContent = ''; });
  }

  /** Empties the form and its preview (and ends a pick on the map it asked for). */
  private reset(form: HTMLFormElement): void {
    form.reset();
    this.origin.set(null);
    this.via.clear();
    this.destination.set(null);
    this.pick.cancel(this.hint);
  }

  /** The chosen places and the route through them, on the map. */
  private preview(): void {
    this.route.show(this.origin.position(), this.via.positions(), this.destination.position());
  }
}
