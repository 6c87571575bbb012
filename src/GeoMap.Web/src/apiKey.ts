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

/** Wires the key form in the top bar. */
export function setUpApiKeyForm(form: HTMLFormElement, input: HTMLInputElement, say: (message: string) => void): void {
  input.value = apiKey() ?? '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = input.value.trim();
    if (value) localStorage.setItem(storageKey, value);
    else localStorage.removeItem(storageKey);
    say(value ? 'API key saved in this browser.' : 'API key removed.');
  });
}
