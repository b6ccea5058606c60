package uk.scorecard.fidelity;

import java.util.List;

/** Checks the original sheets are all there, in their order, with any new sheets after them. */
final class SheetOrder {

  private SheetOrder() {}

  /** Adds a difference for each lost or reordered original sheet and each new sheet among them. */
  static void compare(List<String> before, List<String> after, List<Difference> out) {
    List<String> kept = before.stream().filter(after::contains).toList();
    List<String> keptAfter = after.stream().filter(before::contains).toList();
    for (int i = 0; i < before.size(); i++) {
      if (!after.contains(before.get(i))) {
        out.add(new Difference(before.get(i), "sheet missing (was sheet " + (i + 1) + ")"));
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      if (!kept.get(i).equals(keptAfter.get(i))) {
        out.add(
            new Difference(
                kept.get(i),
                "sheet moved: now sheet "
                    + (after.indexOf(kept.get(i)) + 1)
                    + " of "
                    + after.size()
                    + ", was sheet "
                    + (before.indexOf(kept.get(i)) + 1)));
      }
    }
    int lastOriginal =
        keptAfter.isEmpty() ? -1 : after.indexOf(keptAfter.get(keptAfter.size() - 1));
    for (int j = 0; j < lastOriginal; j++) {
      if (!before.contains(after.get(j))) {
        out.add(
            new Difference(after.get(j), "new sheet placed among the originals, at " + (j + 1)));
      }
    }
  }
}
