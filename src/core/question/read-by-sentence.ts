/**
 * A message read sentence by sentence (hinglish.ts, taglish.ts): each sentence without its end marks, read, then its
 * marks put back; a sentence left with no letter is dropped.
 */
export function readBySentence(text: string, read: (sentence: string, end: string) => string): string {
  return [...text.matchAll(/[^.?!]+([.?!]+|$)/gu)]
    .map((match) => read(match[0].slice(0, match[0].length - (match[1] ?? "").length), match[1] ?? ""))
    .filter((sentence) => /\p{L}/u.test(sentence))
    .join(" ");
}
