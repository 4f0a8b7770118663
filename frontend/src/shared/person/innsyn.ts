/** The route of a person's Innsyn page (features/innsyn), for links from the pages that show the person. */
export function innsynPath(personId: string): string {
  return `/personer/${encodeURIComponent(personId)}/innsyn`;
}

/** What a link to the Innsyn page passes along: the person's name (for the heading at once) and the way back. */
export interface InnsynNavigationState {
  name?: string;
  back?: { to: string; text: string };
}
