/**
 * The asker's own guess after a question: "Which American official did he sit down with? I think it was Antony
 * Blinken but my husband says Pompeo.", "Which city was that? Lawrence?", "How many pilgrims died? I think it was
 * 1990.", "What was the turnout? I think you said 68%?", "I heard 36 million dollars", "Was it 130 pages?". A guess may be wrong: a name, a year or a number in it
 * that the archive lacks does not make the question one the archive cannot answer, and it says nothing about
 * which story. The question is read without it (it still helps the search, as an earlier question of a thread
 * does); the reply echoes what was typed.
 */
import { sentenceBounds } from "../../text/split-sentences";

/** A sentence that asks: a question mark, or a question word first. */
const ASKS = /\?|^(?:and |so )?(?:who|whom|whose|what|when|where|which|why|how)\b/i;

/** A guess said as one: "I think it was …", "I remember around 800.", "my husband says Pompeo", "maybe 2006?". */
const GUESS_FIRST =
  /^(?:(?:and |but )?i (?:think|thought|believe|remember|recall|reckon|guess|assume|heard|saw|read|was told)|i'?m (?:pretty |fairly |almost )?(?:sure|certain)|pretty sure|(?:my|our) (?:husband|wife|partner|friend|dad|father|mum|mom|mother|son|daughter|brother|sister|colleague|boss|editor|neighbou?r|teacher) (?:says|said|thinks|thought|reckons|insists|swears|swore)|maybe|perhaps|probably|(?:or )?was it|wasn'?t it)\b/i;

/** A guess said as a fragment after the question: "Lawrence?", "2006?", "Ten dollars?", "Edwardsia something?". */
const FRAGMENT =
  /^(?!(?:and |so )?(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|can|could)\b)\S+(?:\s+\S+){0,2}\s*\?$/i;

/**
 * The question without the asker's guesses after its first asking sentence, and the guesses: they may still help
 * find the story and its sentence (read as earlier questions of the thread are), but are not what is asked.
 */
export function splitGuesses(question: string): { asked: string; guesses: string[] } {
  const text = question.trim();
  const sentences = sentenceBounds(text).map(([from, to]) => text.slice(from, to).trim());
  const first = sentences.findIndex((sentence) => ASKS.test(sentence));
  if (first < 0) return { asked: question, guesses: [] };
  const guessed = (sentence: string, i: number) =>
    i > first && (GUESS_FIRST.test(sentence) || FRAGMENT.test(sentence));
  const guesses = sentences.filter(guessed);
  if (guesses.length === 0) return { asked: question, guesses };
  return { asked: sentences.filter((sentence, i) => !guessed(sentence, i)).join(" "), guesses };
}
