/**
 * Write .xlsx: applies the plan by patching the parts of the package it changes, then checks them.
 */
@NullMarked
package uk.scorecard.write.xlsx;

import org.jspecify.annotations.NullMarked;
