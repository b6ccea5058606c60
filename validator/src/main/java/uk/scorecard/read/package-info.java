/** Read: finds indicator tables in a workbook and reads their figures; the only stage besides write that sees POI. */
package uk.scorecard.read;
