package uk.scorecard.write.xlsx;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What the xlsx patcher wrote: the bytes, and which parts it changed, for the self-check. */
final class Written {

  byte[] bytes;

  /** Worksheet parts we streamed through the patcher, with their sheet names. */
  final Map<String, String> sheets = new HashMap<>();

  /** Every part whose bytes are not the officer's: edited, streamed or added. */
  final Set<String> changedParts = new LinkedHashSet<>();

  /** The part of our Checks sheet. */
  String checksSheet;

  /** The part of our Rules sheet (rate --live), or null when none is written. */
  String rulesSheet;
}
