package uk.scorecard.server;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import uk.scorecard.Scorecard;

/** Runs a test against the app started on a free port, and stops it after. */
final class Served {
  private Served() {}

  /** A test body given a client for the running app. */
  @FunctionalInterface
  interface Body {
    void run(Http http, Javalin app) throws Exception;
  }

  /** The default configuration on a free port. */
  static ServerConfig config() {
    return ServerConfig.defaults().withAddress("127.0.0.1", 0);
  }

  static void with(ServerConfig config, Engine engine, Body body) {
    Javalin app = App.create(config, engine);
    JavalinTest.test(app, (server, client) -> body.run(new Http(client.getOrigin()), server));
  }

  /** As {@link #with(Engine, Body)}, but leaves System.err alone so a test can read the log. */
  static void withLog(Engine engine, Body body) {
    Javalin app = App.create(config(), engine);
    TestConfig uncaptured =
        new TestConfig(true, false, java.net.http.HttpClient.newHttpClient(), java.util.Map.of());
    JavalinTest.test(
        app, uncaptured, (server, client) -> body.run(new Http(client.getOrigin()), server));
  }

  static void with(Engine engine, Body body) {
    with(config(), engine, body);
  }

  /** The app over the real library, its add-in's manifest naming the address {@code f} says. */
  static void withForwarding(Forwarding f, Body body) {
    Javalin app = App.create(config(), Engine.of(new Scorecard()), null, f);
    JavalinTest.test(app, (server, client) -> body.run(new Http(client.getOrigin()), server));
  }

  /** The app over the real library. */
  static void withLibrary(Body body) {
    with(config(), Engine.of(new Scorecard()), body);
  }
}
