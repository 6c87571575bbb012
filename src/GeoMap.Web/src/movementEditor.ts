// Correcting a saved movement: every field an analyst reads in the details panel, its places (origin, the ordered via
// places, destination) searched in the whole gazetteer or clicked on the map (placeField.ts), its source, an optional
// reason kept in the history; and deleting a movement (a false report, a duplicate). Only the fields changed are sent,
// with the version the form was opened on, so an edit never undoes someone else's newer one.
import * as api from './api';
import { el, field } from './dom';
import { MapPick, PlaceField, ViaList } from './placeField';
import type { MovementInfo } from './types';

/** What the editor tells the panel. */
export interface EditorActions {
  saved(movement: MovementInfo): void;
  deleted(id: number): void;
  cancelled(): void;
  /** The route as it will be saved changed (a place chosen, cleared, added, removed or moved): lon/lat, null for none. */
  routeChanged(origin: [number, number] | null, via: [number, number][], destination: [number, number] | null): void;
}

const day = 86_400_000;

/** The inclusive last day of a stored end (periods are [start, end), so an end at midnight is the day before). */
export function lastDay(end: string | null): string {
  if (!end) return '';
  const t = Date.parse(end);
  return new Date(end.endsWith('T00:00:00Z') ? t - day : t).toISOString().slice(0, 10);
}

/** The stored end of a period whose last day is given: the next midnight. */
export function endAfter(lastDayText: string): string {
  return new Date(Date.parse(`${lastDayText}T00:00:00Z`) + day).toISOString().slice(0, 10);
}

/** A select of vocabulary words (status, mode, kind), underscores shown as spaces. */
export function select(id: string, value: string, options: string[]): HTMLSelectElement {
  return el('select', { id }, ...options.map((o) => el('option', { value: o, text: o.replace(/_/g, ' '), selected: o === value })));
}

/** A text field's value, null when empty. */
const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** Whose claim a movement is: "According to" (claimedBy), that source's country, and the report it comes from. */
export class SourceFields {
  readonly claimedBy: HTMLInputElement;
  readonly country: HTMLInputElement;
  readonly report: HTMLInputElement;
  readonly element: HTMLElement;
  /** The input that {@link changes} found wrong. */
  invalid: HTMLInputElement | undefined;

  /** @param prefix the ids' prefix ("edit", "add"); @param initial the movement's source, when it has one */
  constructor(prefix: string, private readonly initial: Pick<MovementInfo, 'claimedBy' | 'claimedByCountry' | 'reportId'> = { claimedBy: null, claimedByCountry: null, reportId: null }) {
    this.claimedBy = el('input', { id: `${prefix}-claimed-by`, type: 'text', value: initial.claimedBy ?? '', placeholder: 'e.g. HUR, the NIS' });
    this.country = el('input', { id: `${prefix}-claimed-by-country`, type: 'text', maxlength: 2, autocomplete: 'off', value: initial.claimedByCountry ?? '', placeholder: 'e.g. UA', class: 'country-code' });
    this.report = el('input', { id: `${prefix}-report`, type: 'number', min: 1, step: 1, value: initial.reportId ?? '', placeholder: 'none' });
    this.element = el('div', { class: 'row' }, field('According to', this.claimedBy), field('Its country', this.country), field('Report #', this.report));
  }

  /**
   * The fields whose value differs from the initial ones, as POST and PATCH take them (all that are given, for a new
   * movement); a string says what is wrong, with the input to fix in {@link invalid}.
   */
  changes(): Record<string, unknown> | string {
    this.invalid = undefined;
    const body: Record<string, unknown> = {};
    const by = text(this.claimedBy.value);
    const country = text(this.country.value)?.toUpperCase() ?? null;
    if (country !== null && !/^[A-Z]{2}$/.test(country)) { this.invalid = this.country; return 'The source\'s country is a two-letter ISO code, such as UA or RU.'; }
    if (country !== null && by === null) { this.invalid = this.claimedBy; return 'Say whose claim it is ("According to") before its country.'; }
    const report = this.report.value.trim() === '' ? null : Number(this.report.value);
    if (report !== null && !(Number.isInteger(report) && report >= 1)) { this.invalid = this.report; return 'The report is a report number, such as 12 (its panel\'s title says it).'; }
    if (by !== (this.initial.claimedBy ?? null)) body.claimedBy = by;
    if (country !== (this.initial.claimedByCountry ?? null)) body.claimedByCountry = country;
    if (report !== (this.initial.reportId ?? null)) body.reportId = report;
    return body;
  }
}

/** The edit form of one movement. */
export function movementEditor(m: MovementInfo, version: string | null, actors: string[], pick: MapPick, actions: EditorActions): HTMLElement {
  const actor = el('input', { id: 'edit-actor', type: 'text', value: m.actor ?? '', list: 'edit-actors', autocomplete: 'off' });
  const actorList = el('datalist', { id: 'edit-actors' }, ...actors.map((a) => el('option', { value: a })));
  const unit = el('input', { id: 'edit-unit', type: 'text', value: m.unit ?? '' });
  const min = el('input', { id: 'edit-strength-min', type: 'number', min: 0, step: 1, value: m.strength?.min ?? '' });
  const max = el('input', { id: 'edit-strength-max', type: 'number', min: 0, step: 1, value: m.strength?.max ?? '' });
  const kind = select('edit-kind', m.kind ?? 'unknown', ['unknown', 'deployment', 'withdrawal', 'advance', 'transit']);
  const status = select('edit-status', m.status, ['unknown', 'planned', 'under_way', 'completed']);
  const mode = select('edit-mode', m.mode, ['unknown', 'road', 'rail', 'sea', 'air', 'foot']);
  const start = el('input', { id: 'edit-start', type: 'date', value: m.start ? m.start.slice(0, 10) : '' });
  const end = el('input', { id: 'edit-end', type: 'date', value: lastDay(m.end) });
  const source = new SourceFields('edit', m);
  const hint = el('p', { class: 'hint', id: 'edit-hint', 'aria-live': 'polite' });
  // The route as it will be, drawn as a draft on the map once a place changes (routePreview.ts, as the add form's).
  const changed = () => actions.routeChanged(origin.position(), via.positions(), destination.position());
  const origin: PlaceField = new PlaceField({ id: 'edit-origin', label: 'From', what: 'origin', initial: m.origin, pick, hint, changed });
  const via: ViaList = new ViaList({ id: 'edit-via', pick, hint, initial: m.via, changed });
  const destination: PlaceField = new PlaceField({ id: 'edit-destination', label: 'To', what: 'destination', initial: m.destination, pick, hint, changed });
  const reason = el('textarea', { id: 'edit-reason', rows: 2, placeholder: 'Why (optional): kept in the history' });
  const message = el('p', { id: 'edit-message', 'aria-live': 'polite' });
  const save = el('button', { type: 'submit', id: 'edit-save', text: 'Save changes' });
  const cancel = el('button', { type: 'button', id: 'edit-cancel', text: 'Cancel' });
  const remove = el('button', { type: 'button', id: 'edit-delete', class: 'danger', text: 'Delete movement' });

  const fail = (text: string, focus?: HTMLElement) => { message.textContent = text; message.setAttribute('role', 'alert'); focus?.focus(); };

  /** The fields whose value differs from the movement's, as PATCH takes them; a string is what is wrong (shown). */
  const changes = (): Record<string, unknown> | string => {
    const body: Record<string, unknown> = {};
    if (text(actor.value) !== (m.actor ?? null)) body.actor = text(actor.value);
    if (text(unit.value) !== (m.unit ?? null)) body.unit = text(unit.value);
    const lo = min.value === '' ? null : Number(min.value);
    const hi = max.value === '' ? null : Number(max.value);
    if (lo !== (m.strength?.min ?? null) || hi !== (m.strength?.max ?? null)) {
      body.strength = lo === null && hi === null ? null : { min: lo, max: hi };
    }
    if (kind.value !== (m.kind ?? 'unknown')) body.kind = kind.value;
    if (status.value !== m.status) body.status = status.value;
    if (mode.value !== m.mode) body.mode = mode.value;
    if (start.value !== (m.start ? m.start.slice(0, 10) : '')) body.start = start.value || null;
    if (end.value !== lastDay(m.end)) body.end = end.value ? endAfter(end.value) : null;
    const claim = source.changes();
    if (typeof claim === 'string') { fail(claim, source.invalid); return claim; }
    Object.assign(body, claim);
    for (const [name, place] of [['origin', origin], ['destination', destination]] as const) {
      if (!place.changed) continue;
      const j = place.json();
      if (typeof j === 'string') { fail(j, place.name); return j; }
      body[name] = j;
    }
    if (via.changed) {
      const j = via.json();
      if (typeof j === 'string') { fail(j, via.unnamed()); return j; }
      body.via = j;
    }
    return body;
  };

  const form = el('form', { id: 'movement-editor', class: 'editor', 'aria-label': `Edit movement #${m.id}` },
    el('h3', { text: 'Edit movement' }),
    field('Actor', actor), actorList,
    field('Unit', unit),
    el('div', { class: 'row' }, field('Strength from', min), field('to', max)),
    el('div', { class: 'row' }, field('Kind', kind), field('Status', status), field('Mode', mode)),
    origin.element, via.element, destination.element, hint,
    el('div', { class: 'row' }, field('First day', start), field('Last day', end)),
    source.element,
    field('Reason', reason),
    el('div', { class: 'row' }, save, cancel, remove),
    message);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    message.removeAttribute('role');
    const body = changes();
    if (typeof body === 'string') return;
    if (Object.keys(body).length === 0) { message.textContent = 'Nothing changed.'; return; }
    // Checked here too, so the analyst reads the problem before a round trip; the server checks the same.
    const s = body.strength as { min: number | null; max: number | null } | null | undefined;
    if (s && s.min !== null && s.max !== null && s.max < s.min) { fail('The strength range ends below its start: swap the two numbers.', min); return; }
    if (start.value && end.value && end.value < start.value) { fail('The last day is before the first day: swap them.', end); return; }
    if (reason.value.trim()) body.reason = reason.value.trim();
    save.disabled = true;
    message.textContent = 'Saving…';
    api.patchMovement(m.id, body, version)
      .then((f) => actions.saved(f.properties))
      .catch((err: Error) => { fail(err.message); save.disabled = false; });
  });
  cancel.addEventListener('click', () => actions.cancelled());
  remove.addEventListener('click', () => {
    if (!window.confirm(`Delete movement #${m.id}? It stays in the history.`)) return;
    remove.disabled = true;
    message.textContent = 'Deleting…';
    api.deleteMovement(m.id, reason.value.trim(), version)
      .then(() => actions.deleted(m.id))
      .catch((err: Error) => { message.textContent = err.message; message.setAttribute('role', 'alert'); remove.disabled = false; });
  });
  return form;
}
