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
