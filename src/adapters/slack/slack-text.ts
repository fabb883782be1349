/** Turns Slack-formatted message text (`<@U…>`, `<!here>`, `&lt;`) into the plain question a reader typed. */

/**
 * Drops mentions of the bot, turns other control sequences into their visible form (`<!channel>` → `@channel`,
 * `<@U1|ann>` → `@ann`, `<https://x|label>` → `label (https://x)`), then decodes `&lt; &gt; &amp;` and tidies
 * whitespace. The result is plain text: it must be escaped again before it goes back into a message.
 */
export function toPlainQuestion(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => visibleForm(inner, botUserId))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function visibleForm(inner: string, botUserId: string | undefined): string {
  const [target = "", label] = splitLabel(inner);
  if (target.startsWith("@")) {
    if (botUserId && target.slice(1) === botUserId) return " ";
    return label ? `@${label.replace(/^@/, "")}` : target;
  }
  if (target.startsWith("#")) return label ? `#${label}` : target;
  if (target.startsWith("!")) {
    const special = target.slice(1).split("^")[0] ?? "";
    if (["channel", "here", "everyone", "group"].includes(special))
      return `@${special === "group" ? "channel" : special}`;
    return label ?? `@${target.slice(1).split("^")[1] ?? special}`;
  }
  if (label && /^https?:\/\//i.test(target) && !isAddressOf(label, target)) return `${label} (${target})`;
  return label ?? target.replace(/^mailto:/, "");
}

/**
 * Whether a link's label is its own address, as Slack labels a link typed without scheme
 * (`<http://site.com/a|site.com/a>`). Any other label ("this story") hides the address, which the core still reads
 * to know which archived story is meant (core/question/pasted-links.ts), so it is kept beside the label.
 */
function isAddressOf(label: string, target: string): boolean {
  const bare = (s: string) =>
    s
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")
      .replace(/\/+$/, "")
      .toLowerCase();
  return bare(label) === bare(target);
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf("|");
  return bar === -1 ? [inner, undefined] : [inner.slice(0, bar), inner.slice(bar + 1) || undefined];
}
