/**
 * Internal: the one place XML parsers and writers are made, each made safe once (no document type
 * declarations, so no entity expansion and no external entity is ever resolved; parse errors reach
 * the caller as exceptions, never printed). Not an API.
 */
@NullMarked
package uk.scorecard.internal.xml;

import org.jspecify.annotations.NullMarked;
