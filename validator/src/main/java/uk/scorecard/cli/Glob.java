package uk.scorecard.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob pattern such as {@code workbooks/**}{@code /*.xlsx}, relative to the working folder or
 * absolute: the folder before the first wildcard is walked, and the rest is matched against each
 * file's path below it ({@code java.nio} glob syntax, with {@code **}{@code /} also matching no
 * folder at all, as in a shell's globstar).
 */
record Glob(Path base, PathMatcher matcher) {

  /** True when the argument has a wildcard and so is a pattern rather than a path. */
  static boolean isPattern(String arg) {
    return arg.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
  }

  /** The pattern an argument gives. */
  static Glob of(String arg) {
    int wildcard = firstWildcard(arg);
    int slash = arg.lastIndexOf('/', wildcard);
    String base = slash < 0 ? "." : slash == 0 ? "/" : arg.substring(0, slash);
    String rest = arg.substring(slash + 1);
    if (!rest.contains("{")) {
      rest = rest.replace("**/", "{**/,}");
    }
    return new Glob(Path.of(base), FileSystems.getDefault().getPathMatcher("glob:" + rest));
  }

  /** True when a file found by walking {@link #base()} matches. */
  boolean matches(Path file) {
    return matcher.matches(base.relativize(file));
  }

  private static int firstWildcard(String arg) {
    for (int i = 0; i < arg.length(); i++) {
      if ("*?[{".indexOf(arg.charAt(i)) >= 0) {
        return i;
      }
    }
    return arg.length();
  }
}
