package uk.scorecard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.scorecard.report.Unreadable;

/**
 * The workbooks the command line names: files as given, folders walked for {@code .xlsx}, {@code
 * .xlsm} and {@code .xls} files, glob patterns matched. Excel's {@code ~$} lock files are always
 * skipped; hidden files and folders are skipped when walking. Each workbook is listed once.
 */
final class Workbooks {

  /** A workbook to read, and the folder it was found from (where rules discovery stops). */
  record Found(Path file, Path root) {}

  /**
   * What the arguments named: workbooks to read, arguments or files that gave none, and workbooks
   * left unread because they lie in the folder never walked into.
   */
  record Expansion(List<Found> found, List<Unreadable> problems, List<Path> skipped) {}

  private final Path skip;
  private final List<Found> found = new ArrayList<>();
  private final List<Unreadable> problems = new ArrayList<>();
  private final Set<Path> seen = new HashSet<>();
  private final List<Path> skipped = new ArrayList<>();

  private Workbooks(Path skip) {
    this.skip = skip == null ? null : skip.toAbsolutePath().normalize();
  }

  /** The workbooks the arguments name; {@code skip} is a folder never walked into, or null. */
  static @Nullable Expansion expand(List<String> args, Path skip) {
    Workbooks w = new Workbooks(skip);
    for (String arg : args) {
      w.add(arg);
    }
    return new Expansion(List.copyOf(w.found), List.copyOf(w.problems), List.copyOf(w.skipped));
  }

  /** True when an argument names a folder or pattern rather than one file. */
  static boolean namesMany(String arg) {
    Path path = pathOf(arg);
    if (path != null && Files.isRegularFile(path)) {
      return false;
    }
    return (path != null && Files.isDirectory(path)) || Glob.isPattern(arg);
  }

  /** True for a workbook's file name that is not a lock file. */
  static boolean isWorkbookName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return !n.startsWith("~$")
        && (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls"));
  }

  private void add(String arg) {
    Path path = pathOf(arg);
    if (path != null && Files.isRegularFile(path)) {
      Path name = path.getFileName();
      if (!name.toString().startsWith("~$")) {
        keep(path, path.toAbsolutePath().getParent());
      }
    } else if (path != null && Files.isDirectory(path)) {
      if (walk(path, p -> true) == 0) {
        problems.add(new Unreadable(arg, "no workbooks (.xlsx, .xlsm, .xls) in this folder"));
      }
    } else if (Glob.isPattern(arg)) {
      Glob glob = Glob.of(arg);
      if (!Files.isDirectory(glob.base()) || walk(glob.base(), glob::matches) == 0) {
        problems.add(new Unreadable(arg, "no workbooks match this pattern"));
      }
    } else {
      problems.add(new Unreadable(arg, "no such file or folder"));
    }
  }

  private static Path pathOf(String arg) {
    try {
      return Path.of(arg).normalize();
    } catch (InvalidPathException e) {
      return null; // a pattern whose wildcards this file system forbids in names
    }
  }

  /** Walks a folder for matching workbooks, adds them in path order, and says how many. */
  private int walk(Path dir, Predicate<Path> matches) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (d.equals(dir)) {
                return FileVisitResult.CONTINUE; // named on the command line: walked whatever it is
              }
              if (d.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (skip != null && d.toAbsolutePath().normalize().equals(skip)) {
                // The output folder: its workbooks are not read, but the run says which they are.
                skipped.addAll(workbooksIn(d, matches));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              String name = f.getFileName().toString();
              if (attrs.isRegularFile()
                  && !name.startsWith(".")
                  && isWorkbookName(name)
                  && matches.test(f)) {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              problems.add(new Unreadable(f.toString(), "cannot read (" + e.getMessage() + ")"));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(new Unreadable(dir.toString(), "cannot read (" + e.getMessage() + ")"));
    }
    files.sort(null);
    Path root = dir.toAbsolutePath().normalize();
    files.forEach(f -> keep(f, root));
    return files.size();
  }

  /** The workbooks a walk of this folder would find, without reading them. */
  private static List<Path> workbooksIn(Path dir, Predicate<Path> matches) {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(
              f ->
                  isWorkbookName(f.getFileName().toString())
                      && !f.getFileName().toString().startsWith(".")
                      && Files.isRegularFile(f)
                      && matches.test(f))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(); // unreadable: nothing we could have rated either
    }
  }

  private void keep(Path file, Path root) {
    if (seen.add(file.toAbsolutePath().normalize())) {
      found.add(new Found(file.normalize(), root));
    }
  }
}
