/** Internal: the one way a Bean Validation validator is built. Not an API. */
package uk.scorecard.internal.validation;
