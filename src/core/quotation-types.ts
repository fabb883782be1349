/** Direct quotations found in an article at ingest, with who said them when that is known. */

/** Who said a quotation: the name as the article gives it in full, and the role as written. */
export interface Speaker {
  name: string;
  /** As written: "the executive director of Cambodia Center for Human Rights", "Political analyst". */
  role?: string;
  /**
   * The role shortened for display when that differs ("executive director, CCHR"): an organisation the
   * article gives as "Name (ACR)" by its acronym, no leading article, "director of the Org" as "director, Org".
   */
  shortRole?: string;
}

/** One direct quotation: the words between the quotation marks, as a span of the article's normalised text. */
export interface Quotation {
  /** Offset of the first quoted character (after the opening mark). */
  start: number;
  /** Offset after the last quoted character (before the closing mark, or the paragraph end). */
  end: number;
  /** `articleText.slice(start, end)`, verbatim. */
  text: string;
  /** Null when the extractor is not sure who said it (precision first). */
  speaker: Speaker | null;
}
