/** Rate: works out each indicator's Change, RAG rating and caveats from its figures and rules. */
@NullMarked
package uk.scorecard.rate;

import org.jspecify.annotations.NullMarked;
