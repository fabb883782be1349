/** English number words up to ninety, as news copy and speech write them, with their values. */

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
export const TEEN_WORDS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Every number word above ("zero" too) → its value. */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ...Object.entries(UNIT_WORDS),
  ...Object.entries(TEEN_WORDS),
  ...Object.entries(TENS_WORDS),
]);

/** The word for a number that has one of its own (0–20, 30, 40 … 90), or undefined. */
export function numberWordFor(n: number): string | undefined {
  for (const [word, value] of NUMBER_WORD_VALUES) if (value === n) return word;
  return undefined;
}
