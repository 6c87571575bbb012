// The API key for writes, kept in localStorage so an analyst enters it once per browser.
const storageKey = 'geomap.apiKey';

/** The stored key, or null. */
export function apiKey(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/**
 * Wires the key form in the top bar; `showStored` shows the stored key in it (unless one was typed meanwhile).
 * @remarks The stored key is shown when the caller says (main.ts: once the map is first drawn): the page's first
 * reading of localStorage waited 15 ms on the main thread while the map started (bench/client --diagnose-load,
 * 2026-12-05).
 */
export function setUpApiKeyForm(form: HTMLFormElement, input: HTMLInputElement, say: (message: string) => void): { showStored(): void } {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = input.value.trim();
    if (value) localStorage.setItem(storageKey, value);
    else localStorage.removeItem(storageKey);
    say(value ? 'API key saved in this browser.' : 'API key removed.');
  });
  return { showStored: () => { if (!input.value) input.value = apiKey() ?? ''; } };
}
