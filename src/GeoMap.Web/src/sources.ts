// The news feeds GeoMap polls for reports (/api/sources): add one, see each feed's last poll and its outcome or error,
// pause, resume, poll now or remove. The list refreshes while the panel is open.
import * as api from './api';
import { el, field, formatTime } from './dom';
import { LANGUAGES } from './ingest';

const INTERVALS: readonly [number, string][] = [[300, 'every 5 minutes'], [900, 'every 15 minutes'], [3600, 'every hour'], [21600, 'every 6 hours'], [86400, 'every day']];

/** The sources panel. */
export class Sources {
  private readonly url = el('input', { id: 'source-url', type: 'url', placeholder: 'https://…/rss', required: true });
  private readonly title = el('input', { id: 'source-title', type: 'text' });
  private readonly agency = el('input', { id: 'source-agency', type: 'text' });
  private readonly interval = el('select', { id: 'source-interval' }, ...INTERVALS.map(([s, label]) => el('option', { value: String(s), text: label, selected: s === 900 })));
  private readonly language = el('select', { id: 'source-language' },
    el('option', { value: '', text: 'detect' }), ...Object.entries(LANGUAGES).map(([code, name]) => el('option', { value: code, text: name })));
  private readonly add = el('button', { type: 'submit', id: 'source-add', text: 'Follow feed' });
  private readonly message = el('p', { id: 'sources-message', 'aria-live': 'polite' });
  private readonly list = el('ul', { id: 'sources-list', class: 'sources' });
  private timer: number | undefined;
  private lastReports: number | null = null;

  constructor(panel: HTMLDetailsElement, container: HTMLElement, private readonly stored: () => void) {
    const form = el('form', { id: 'source-form' },
      field('Feed address (RSS, Atom or JSON Feed)', this.url),
      el('div', { class: 'row' }, field('Name', this.title), field('Agency', this.agency)),
      el('div', { class: 'row' }, field('Poll', this.interval), field('Language', this.language)),
      this.add);
    form.addEventListener('submit', (e) => { e.preventDefault(); void this.follow(); });
    container.append(form, this.message, this.list);
    const poll = () => {
      window.clearInterval(this.timer);
      if (panel.open) {
        void this.refresh();
        this.timer = window.setInterval(() => void this.refresh(), 5000);
      }
    };
    panel.addEventListener('toggle', poll);
    // Made when the panel is first unfolded (main.ts): that unfolding polls too.
    poll();
  }

  private async follow(): Promise<void> {
    this.add.disabled = true;
    try {
      const source = await api.addSource({
        url: this.url.value.trim(),
        title: this.title.value.trim() || undefined,
        source: this.agency.value.trim() || undefined,
        intervalSeconds: Number(this.interval.value),
        language: this.language.value || undefined,
      });
      this.message.textContent = `Following ${source.title ?? source.url}; it is polled now, then ${INTERVALS.find(([s]) => s === source.intervalSeconds)?.[1] ?? `every ${source.intervalSeconds} s`}.`;
      this.url.value = '';
      await this.refresh();
    } catch (e) {
      this.message.textContent = e instanceof Error ? e.message : String(e);
    } finally {
      this.add.disabled = false;
    }
  }

  /** Reads the feeds again; when one stored reports since the last read, the map is told. */
  async refresh(): Promise<void> {
    let all: api.SourceInfo[];
    try {
      all = await api.sources();
    } catch (e) {
      this.message.textContent = e instanceof Error ? e.message : String(e);
      return;
    }

    const reports = all.reduce((n, s) => n + s.reportsStored, 0);
    if (this.lastReports !== null && reports > this.lastReports) this.stored();
    this.lastReports = reports;
    this.list.replaceChildren(...all.map((s) => this.item(s)));
    if (all.length === 0) this.list.append(el('li', { class: 'hint', text: 'No feeds yet.' }));
  }

  private item(s: api.SourceInfo): HTMLElement {
    const act = (label: string, work: () => Promise<unknown>) => {
      const button = el('button', { type: 'button', text: label });
      button.addEventListener('click', () => void work().then(() => this.refresh(), (e: unknown) => { this.message.textContent = e instanceof Error ? e.message : String(e); }));
      return button;
    };
    const outcome = s.lastError
      ? el('span', { class: 'error', text: `${s.lastError}${s.failures > 1 ? ` (${s.failures} failures in a row)` : ''}` })
      : el('span', { text: s.lastStatus ?? 'not polled yet' });
    return el('li', { 'data-source-id': String(s.id), class: s.state },
      el('div', { class: 'source-title' }, el('strong', { text: s.title ?? s.url }), ` ${s.state === 'paused' ? '(paused)' : ''}`),
      el('div', { class: 'hint', text: s.url }),
      el('div', { class: 'source-outcome' }, outcome),
      el('div', { class: 'hint', text: `${s.reportsStored} reports from ${s.itemsSeen} entries; last poll ${formatTime(s.lastPolledAt)}${s.nextPollAt ? `, next ${formatTime(s.nextPollAt)}` : ''}` }),
      el('div', { class: 'row' },
        s.state === 'active' ? act('Pause', () => api.setSourceState(s.id, 'paused')) : act('Resume', () => api.setSourceState(s.id, 'active')),
        s.state === 'active' ? act('Poll now', () => api.pollSource(s.id)) : null,
        act('Remove', () => window.confirm(`Stop following ${s.title ?? s.url}? Its reports stay.`) ? api.deleteSource(s.id) : Promise.resolve())));
  }
}
