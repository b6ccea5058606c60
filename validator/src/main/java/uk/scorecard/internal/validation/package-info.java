/** Internal: the one way a Bean Validation validator is built. Not an API. */
@NullMarked
package uk.scorecard.internal.validation;

import org.jspecify.annotations.NullMarked;
