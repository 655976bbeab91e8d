package org.actorgraph.neo4jlauncher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A Neo4j Community server in this JVM with only a Bolt connector, on a given host and port.
 *
 * <p>Usage: {@code Main --dir DIR --port PORT [--host 127.0.0.1] [--page-cache-mb 64]}, with the
 * password of the user {@code neo4j} in the environment variable {@code NEO4J_LAUNCHER_PASSWORD}
 * (not on the command line, where every local user could read it). The database lives in a
 * fresh folder under DIR and is deleted on exit. Prints one line {@code READY <bolt url>
 * <version>} when Bolt accepts connections; exits on SIGTERM/SIGINT or when its standard input
 * reaches end of file (the starting process went away), so no server outlives its owner.
 */
public final class Main {
    private static final String PASSWORD_VARIABLE = "NEO4J_LAUNCHER_PASSWORD";

    private Main() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.length() < 8) {
            fail(PASSWORD_VARIABLE + " must hold the password of the user neo4j (8 characters or more)");
        }
        Path dir = Path.of(require(options, "dir")).toAbsolutePath();
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(require(options, "port"));
        long pageCache = Long.parseLong(options.getOrDefault("page-cache-mb", "64")) << 20;
        Files.createDirectories(dir);

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(dir)
                .withDisabledServer() // no HTTP/browser: Bolt is all the project speaks
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .withConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            neo4j.close();
            stopped.countDown();
        }, "neo4j-launcher-shutdown"));

        // The embedded API runs without authentication, so it may set the password that Bolt
        // clients then need (and drop the "change it on first login" flag).
        GraphDatabaseService system = neo4j.databaseManagementService().database("system");
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        String version = neo4j.defaultDatabaseService().executeTransactionally(
                "CALL dbms.components() YIELD versions, edition "
                        + "RETURN versions[0] + ' ' + edition AS version",
                Map.of(),
                result -> (String) result.next().get("version"));

        System.out.println("READY bolt://" + host + ":" + port + " Neo4j " + version);
        System.out.flush();
        watchStandardInput();
        stopped.await();
    }

    /** Exit (running the shutdown hook) once standard input is closed: the owner is gone. */
    private static void watchStandardInput() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end of file.
            }
            System.exit(0);
        }, "neo4j-launcher-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("usage: Main --dir DIR --port PORT [--host HOST] [--page-cache-mb MB]");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            fail("missing --" + name);
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }
}
