// Choosing a place: a search box over the whole gazetteer and the stored places (/api/places?q=), each answer with
// what tells namesakes apart (region, country, kind, population), so "Alexandrovka" can be the right one of dozens.
import * as api from './api';
import { el, formatNumber } from './dom';
import type { PlaceHit } from './types';

const kindNames: Record<string, string> = {
  PopulatedPlace: 'town', Country: 'country', Region: 'region', MilitaryFacility: 'military site', Port: 'port', Railhead: 'railhead', Water: 'water', Other: 'place',
};

/** A place as one line: "Zaporizhzhia — Zaporizhzhia Oblast, Ukraine · town, pop. 741,717". */
export function describePlace(p: PlaceHit): string {
  const where = [p.regionName, p.countryName ?? p.countryCode].filter(Boolean).join(', ');
  const kind = kindNames[p.kind] ?? p.kind;
  return `${p.name}${where ? ` — ${where}` : ''} · ${kind}${p.population ? `, pop. ${formatNumber(p.population)}` : ''}`;
}

/**
 * A search box and its answers; choosing one calls {@link chosen}. Searches as the analyst types (after a short pause)
 * and on Enter; only the latest answer is shown, whatever order answers arrive in.
 */
export function placePicker(id: string, label: string, initial: string, chosen: (p: PlaceHit) => void): HTMLElement {
  const query = el('input', { type: 'search', id, value: initial, 'aria-label': label, autocomplete: 'off', placeholder: 'Type a place name' });
  const list = el('ul', { class: 'links candidates', role: 'listbox', 'aria-label': `${label}: places found` });
  let latest = 0;
  let timer: number | undefined;
  const search = async (): Promise<void> => {
    const text = query.value.trim();
    const ticket = ++latest;
    if (text.length < 2) { list.replaceChildren(); return; }
    try {
      const found = await api.searchPlaces(text, 20);
      if (ticket !== latest) return;
      list.replaceChildren(...found.map((p) => {
        const b = el('button', { type: 'button', class: 'link', 'data-key': p.key, text: describePlace(p) });
        b.addEventListener('click', () => { list.replaceChildren(); chosen(p); });
        return el('li', { role: 'option' }, b);
      }));
      if (found.length === 0) list.append(el('li', { class: 'hint', text: 'No place of that name in the gazetteer or the stored places: check the spelling, or try its name in another language.' }));
    } catch (e) {
      if (ticket === latest) list.replaceChildren(el('li', { role: 'alert', text: (e as Error).message }));
    }
  };
  query.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); window.clearTimeout(timer); void search(); } });
  query.addEventListener('input', () => { window.clearTimeout(timer); timer = window.setTimeout(() => void search(), 250); });
  const box = el('div', { class: 'place-picker' }, query, list);
  if (initial.trim().length >= 2) void search();
  return box;
}
