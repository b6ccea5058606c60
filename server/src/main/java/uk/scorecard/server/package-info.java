/**
 * The web service: an upload page and a JSON API that check and rate scorecard workbooks in memory,
 * built on {@link uk.scorecard.Scorecard} with Javalin.
 */
@NullMarked
package uk.scorecard.server;

import org.jspecify.annotations.NullMarked;
