/**
 * Read: finds indicator tables in the grids a workbook decodes to and reads their figures; the
 * container, POI and the XML are seen only below it, in its subpackages, and reached only by {@link
 * uk.scorecard.read.WorkbookReader}.
 */
@NullMarked
package uk.scorecard.read;

import org.jspecify.annotations.NullMarked;
