// Correcting a saved movement: every field an analyst reads in the details panel, places chosen from the whole
// gazetteer, an optional reason kept in the history; and deleting a movement (a false report, a duplicate). Only the
// fields changed are sent, with the version the form was opened on, so an edit never undoes someone else's newer one.
import * as api from './api';
import { el, field } from './dom';
import { placePicker, describePlace } from './placePicker';
import type { MovementInfo, PlaceHit, PlaceInfo } from './types';

/** What the editor tells the panel. */
export interface EditorActions {
  saved(movement: MovementInfo): void;
  deleted(id: number): void;
  cancelled(): void;
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

/** A place field: the current place, a button to change it (a place picker), and one to clear it. */
class PlaceField {
  value: PlaceInfo | null;
  private readonly shown = el('span', { class: 'place-value' });
  readonly element: HTMLElement;
  changed = false;

  constructor(private readonly id: string, label: string, initial: PlaceInfo | null) {
    this.value = initial;
    const change = el('button', { type: 'button', class: 'link', id: `${id}-change`, text: 'change', 'aria-label': `Change ${label.toLowerCase()}` });
    const clear = el('button', { type: 'button', class: 'link', id: `${id}-clear`, text: 'clear', 'aria-label': `Clear ${label.toLowerCase()}` });
    const slot = el('div', {});
    change.addEventListener('click', () => {
      slot.replaceChildren(placePicker(`${id}-search`, `Search ${label.toLowerCase()}`, '', (p: PlaceHit) => {
        this.set(p);
        this.shown.title = describePlace(p);
        slot.replaceChildren();
      }));
      slot.querySelector('input')?.focus();
    });
    clear.addEventListener('click', () => this.set(null));
    this.element = el('div', { class: 'field', id }, el('span', { class: 'label', text: label }), el('div', {}, this.shown, ' ', change, ' ', clear), slot);
    this.render();
  }

  private set(p: PlaceInfo | null): void {
    this.value = p;
    this.changed = true;
    this.render();
  }

  private render(): void {
    this.shown.textContent = this.value ? `${this.value.name}${this.value.countryCode ? ` (${this.value.countryCode})` : ''}` : 'none';
    this.shown.dataset.key = this.value?.key ?? '';
    this.shown.id = `${this.id}-value`;
  }

  /** The place as PATCH takes it: by key, which any gazetteer or stored place has. */
  json(): unknown {
    return this.value ? { key: this.value.key } : null;
  }
}

/** The edit form of one movement. */
export function movementEditor(m: MovementInfo, version: string | null, actors: string[], actions: EditorActions): HTMLElement {
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
  const claimedBy = el('input', { id: 'edit-claimed-by', type: 'text', value: m.claimedBy ?? '' });
  const origin = new PlaceField('edit-origin', 'From', m.origin);
  const destination = new PlaceField('edit-destination', 'To', m.destination);
  const reason = el('textarea', { id: 'edit-reason', rows: 2, placeholder: 'Why (optional): kept in the history' });
  const message = el('p', { id: 'edit-message', 'aria-live': 'polite' });
  const save = el('button', { type: 'submit', id: 'edit-save', text: 'Save changes' });
  const cancel = el('button', { type: 'button', id: 'edit-cancel', text: 'Cancel' });
  const remove = el('button', { type: 'button', id: 'edit-delete', class: 'danger', text: 'Delete movement' });

  /** The fields whose value differs from the movement's, as PATCH takes them. */
  const changes = (): Record<string, unknown> => {
    const body: Record<string, unknown> = {};
    const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());
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
    if (text(claimedBy.value) !== (m.claimedBy ?? null)) body.claimedBy = text(claimedBy.value);
    if (origin.changed) body.origin = origin.json();
    if (destination.changed) body.destination = destination.json();
    return body;
  };

  const form = el('form', { id: 'movement-editor', class: 'editor', 'aria-label': `Edit movement #${m.id}` },
    el('h3', { text: 'Edit movement' }),
    field('Actor', actor), actorList,
    field('Unit', unit),
    el('div', { class: 'row' }, field('Strength from', min), field('to', max)),
    el('div', { class: 'row' }, field('Kind', kind), field('Status', status), field('Mode', mode)),
    origin.element, destination.element,
    el('div', { class: 'row' }, field('First day', start), field('Last day', end)),
    field('According to', claimedBy),
    field('Reason', reason),
    el('div', { class: 'row' }, save, cancel, remove),
    message);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const body = changes();
    if (Object.keys(body).length === 0) { message.textContent = 'Nothing changed.'; return; }
    // Checked here too, so the analyst reads the problem before a round trip; the server checks the same.
    const s = body.strength as { min: number | null; max: number | null } | null | undefined;
    if (s && s.min !== null && s.max !== null && s.max < s.min) { message.textContent = 'The strength range ends below its start: swap the two numbers.'; min.focus(); return; }
    if (start.value && end.value && end.value < start.value) { message.textContent = 'The last day is before the first day: swap them.'; end.focus(); return; }
    if (reason.value.trim()) body.reason = reason.value.trim();
    save.disabled = true;
    message.textContent = 'Saving…';
    api.patchMovement(m.id, body, version)
      .then((f) => actions.saved(f.properties))
      .catch((err: Error) => { message.textContent = err.message; message.setAttribute('role', 'alert'); save.disabled = false; });
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
