/**
 * Internal: the Open Packaging Conventions as the reader and the writer both need them: part names,
 * relationship targets resolved as the standard says, and parts found by name ignoring case. Not an
 * API; hand-written infrastructure, like {@code uk.scorecard.zip}.
 */
@NullMarked
package uk.scorecard.internal.opc;

import org.jspecify.annotations.NullMarked;
