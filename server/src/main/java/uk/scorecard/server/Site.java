package uk.scorecard.server;

/**
 * What every page's frame says from the configuration: where the Beta banner's feedback link goes
 * and how long results are kept, for the one retention sentence every page shares.
 */
public record Site(String feedback, String keptFor) {

  /** The frame for this configuration. */
  static Site of(ServerConfig config) {
    return new Site(config.feedback(), config.keep().words());
  }
}
