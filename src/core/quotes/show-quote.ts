/** How a verbatim quote is shown inside a reply's text: in “…”, without doubling the quote's own marks. */

const OPENS = /^["“„«]/;
const CLOSES = /["”»]$/;

/**
 * `“quote”`, except: a quote that opens with its own quotation mark is shown as it is (“Civil society …”
 * she said.), and one that ends with its own closing mark gets only the opening one (“… the country.”),
 * so no ““ or ”” appears. The citation keeps the quote itself, verbatim.
 */
export function showQuote(quote: string): string {
  if (OPENS.test(quote)) return quote;
  if (CLOSES.test(quote)) return `“${quote}`;
  return `“${quote}”`;
}
