package uk.scorecard.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** URIs and fingerprints for SARIF: a path as a URI reference, a finding as a stable hash. */
final class SarifUri {

  private SarifUri() {}

  /**
   * A path as SARIF wants it: relative paths stay relative (so code scanning maps them onto the
   * repository), with {@code /} separators and everything but unreserved characters
   * percent-encoded; absolute paths become {@code file:} URIs.
   */
  static String of(String path) {
    if (absolute(path)) {
      return Path.of(path).toUri().toASCIIString();
    }
    StringBuilder sb = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c == '/'
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  private static boolean absolute(String path) {
    try {
      return Path.of(path).isAbsolute();
    } catch (InvalidPathException e) {
      return false; // a glob pattern that matched nothing, on a system that forbids its characters
    }
  }

  /** A hash of where a finding is and what rule made it, the same from run to run. */
  static String fingerprint(String path, String cell, String code) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((path + '\0' + cell + '\0' + code).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
