/** Languages a reader names, lower-cased, as one regular-expression alternation ("french|latin|…"). */
export const LANGUAGES =
  "arabic|english|french|spanish|portuguese|german|italian|chinese|cantonese|mandarin|japanese|korean|hindi|urdu|" +
  "tagalog|swahili|russian|turkish|dutch|khmer|thai|vietnamese|malay|indonesian|latin|greek|hebrew|yiddish|" +
  "hawaiian|maori|gaelic|welsh|persian|polish";
