package uk.scorecard.server;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.scorecard.Scorecard;

/**
 * Starts the service: {@code java -jar scorecard-server.jar [--port N] [--host H]}; see {@link
 * ServerOptions} (or {@code --help}) for every option and environment variable.
 */
public final class Main {
  private Main() {}

  /** Parses the arguments and environment, starts the server and says where to open it. */
  public static void main(String[] args) {
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.print(ServerOptions.help() + Tls.HELP + Forwarding.HELP);
      return;
    }
    ServerConfig config;
    Tls tls;
    Forwarding forwarding;
    try {
      List<String> rest = new ArrayList<>(List.of(args));
      tls = Tls.take(rest, System.getenv());
      forwarding = Forwarding.take(rest, System.getenv());
      config = ServerOptions.parse(rest.toArray(new String[0]), Map.copyOf(System.getenv()));
    } catch (IllegalArgumentException e) {
      System.err.println("scorecard-server: " + e.getMessage() + " (try --help)");
      System.exit(2);
      return;
    }
    Javalin app = App.create(config, Engine.of(new Scorecard()), tls, forwarding);
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "scorecard-shutdown"));
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      System.err.println(
          "scorecard-server: cannot listen on "
              + config.host()
              + ":"
              + config.port()
              + " ("
              + e.getClass().getSimpleName()
              + "); is something else using that port?");
      System.exit(1);
      return;
    }
    String shown = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    if ("0.0.0.0".equals(config.host())) {
      shown = "localhost";
    }
    System.out.println(
        "Scorecard checker is running. Open "
            + (tls == null ? "http" : "https")
            + "://"
            + shown
            + ":"
            + app.port()
            + "/ in your browser. Press Ctrl+C to stop.");
    System.out.println(
        "Workers: "
            + config.workers()
            + ", queue: "
            + config.queueLength()
            + ", memory for uploads: "
            + config.memoryBytes() / ServerConfig.MB
            + " MB of a "
            + Runtime.getRuntime().maxMemory() / ServerConfig.MB
            + " MB heap.");
  }
}
