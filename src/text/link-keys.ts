/** Links in a canonical form: to name an article by its url, and to find it again from a link someone pasted. */

/** The url in a canonical form: lowercase scheme and host, no fragment, no utm_* params, no trailing slash. */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed.replace(/#.*$/s, "").replace(/\/+$/, "");
  }
  const params = new URLSearchParams(parsed.search);
  for (const key of [...params.keys()]) {
    if (/^utm_/i.test(key)) params.delete(key);
  }
  params.sort();
  const query = params.toString();
  const path = parsed.pathname.replace(/\/+$/, "");
  return `${parsed.protocol}//${parsed.host}${path}${query ? `?${query}` : ""}`;
}

/**
 * What two links to one page share, however they were pasted: the normalised url (normalizeUrl) without its
 * scheme or a `www.`, percent-escapes decoded. "http://www.example.com/a/?utm_source=x" and
 * "https://example.com/a" have one key.
 */
export function linkKey(url: string): string {
  const key = normalizeUrl(url)
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")
    .replace(/^www\./i, "");
  try {
    return decodeURI(key);
  } catch {
    return key;
  }
}
