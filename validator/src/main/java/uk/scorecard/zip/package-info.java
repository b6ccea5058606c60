/**
 * The zip container under a workbook package: its directory read from bytes, and a writer that
 * copies entries still compressed.
 */
@NullMarked
package uk.scorecard.zip;

import org.jspecify.annotations.NullMarked;
