/** Rate: works out each indicator's Change, RAG rating and caveats from its figures and rules. */
package uk.scorecard.rate;
