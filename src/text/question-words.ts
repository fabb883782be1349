/** The words a question opens with, as a pattern's alternatives (no group): "who", "what", "how"… */
export const QUESTION_WORDS = "who|whom|whose|what|when|where|which|why|how";
