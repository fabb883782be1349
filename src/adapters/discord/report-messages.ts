/** The weekly report as Discord messages: code blocks of at most 2,000 characters that can ping no one. */
import { splitLines } from "../chat/split-lines";
import { neutraliseMentions } from "./safe-text";

export function reportMessages(text: string): string[] {
  // A code block (2,000 characters a message with its fences) keeps the report's columns.
  return splitLines(neutraliseMentions(text).replace(/```/g, "`\u200b``"), 1990).map(
    (part) => `\`\`\`\n${part}\n\`\`\``,
  );
}
