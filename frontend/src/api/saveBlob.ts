import { unwrap } from './client';

/**
 * Hands a file fetched through the API client (so the request carried the bearer token, which a
 * plain link would not) to the browser as a download named `filename`: an object URL on a hidden
 * link that is clicked once. The URL is revoked after a minute, when the download has started.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The name the API gives a file in its Content-Disposition ("Avtale Ida Solbakken 2026-10-27.pdf", issue 18): the
 * UTF-8 `filename*` when there is one, else the plain `filename`, else `fallback`.
 */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1].trim());
    } catch {
      // a malformed escape: the plain name below
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition) ?? /filename\s*=\s*([^;"\s]+)/i.exec(disposition);
  return plain?.[1] || fallback;
}

/**
 * Fetches a file through the API client (`call`), fails as `unwrap` does, and saves it under the name the API gives
 * it (`fallback` when it gives none). Returns the name used.
 */
export async function saveDownload(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallback: string,
): Promise<string> {
  const result = await call;
  const blob = await unwrap(Promise.resolve(result));
  const name = fileNameOf(result.response.headers.get('Content-Disposition'), fallback);
  saveBlob(blob as Blob, name);
  return name;
}
