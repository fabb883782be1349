/**
 * The links pasted into a question: "<https://en.wikinews.org/wiki/New_faces_…> what share of voters turned out?"
 * asks about the linked story. Cleaning the question (clean-question.ts) drops a link's text from the words
 * searched; the link itself can still say which archived story is meant (answer-question.ts).
 */
import type { Retriever } from "../retriever";
import { BARE_URL, HOST_PATH } from "./clean-question";

/** Slack's `<https://…>` and `<https://…|label>`: the target. */
const ANGLE_LINK = /<((?:https?:\/\/|www\.)[^<>|\s]+)(?:\|[^<>]*)?>/gi;
/** Punctuation that ends the sentence around a link rather than the link: "see https://x.org/a." */
const TRAILING = /[.,;:!?'"’”»)\]]+$/;
/** At most this many links are looked up: a flood of pasted links is noise, not a question. */
export const MAX_LINKS = 5;

/**
 * The links in `text`, each once, at most MAX_LINKS; a `www.` link, or one pasted without scheme or
 * `www.` (a host with a common top-level domain and a path, as Slack shows "cambojanews.com/2022/05/story"), gets
 * `https://`.
 */
export function pastedLinks(text: string): string[] {
  const found: string[] = [];
  const add = (raw: string) => {
    const link = raw.replace(TRAILING, "");
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(link) ? link : `https://${link}`;
    if (found.length < MAX_LINKS && !found.includes(url)) found.push(url);
  };
  const rest = text.replace(ANGLE_LINK, (_whole, target: string) => {
    add(target);
    return " ";
  });
  // The link patterns clean-question.ts takes out of the words searched: a scheme or `www.`, then a host and path.
  const bare = rest.replace(BARE_URL, (link) => {
    add(link);
    return " ";
  });
  for (const match of bare.matchAll(HOST_PATH)) add(match[0]);
  return found;
}

/** The archived stories of a question's pasted links (pastedLinks; Retriever.linkedArticle), each once, in order. */
export function linkedStories(links: string[], retriever: Retriever): string[] {
  const lookup = retriever.linkedArticle?.bind(retriever);
  if (!lookup) return [];
  const ids: string[] = [];
  for (const link of links) {
    const id = lookup(link);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The words of the last path segment of each pasted link that is no archived story: "<https://example.com/uk-asylum-forms|story>
 * how long do applicants get to send the form back?" names its story only in the link ("uk asylum forms"). They
 * help find the story; they are not words the answer must hold (answer-question.ts searches them, as it does a
 * follow-up's earlier questions). Numbers, IDs and file endings say nothing.
 */
export function linkWords(links: string[], retriever: Retriever): string {
  const lookup = retriever.linkedArticle?.bind(retriever);
  const words: string[] = [];
  for (const link of links) {
    if (lookup?.(link)) continue;
    let segment: string;
    try {
      segment = decodeURIComponent(new URL(link).pathname.split("/").filter(Boolean).pop() ?? "");
    } catch {
      continue;
    }
    for (const word of segment.replace(/\.[a-z0-9]{2,5}$/i, "").split(/[-_+\s,:;.()'’]+/u))
      if (/^\p{L}{2,}$/u.test(word)) words.push(word);
  }
  return words.join(" ");
}
