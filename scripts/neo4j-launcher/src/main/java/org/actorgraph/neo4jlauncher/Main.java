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
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A Neo4j Community server in this JVM with only a Bolt connector, on a given host and port.
 *
 * <p>Usage: {@code Main (--dir DIR | --data DIR) --port PORT [--host 127.0.0.1]
 * [--page-cache-mb 64]}, with the password of the user {@code neo4j} in the environment variable
 * {@code NEO4J_LAUNCHER_PASSWORD} (not on the command line, where every local user could read
 * it). With {@code --dir} the database lives in a fresh folder under DIR (Neo4j's test harness)
 * and is deleted on exit; with {@code --data} it lives in DIR itself and is kept, so a server
 * started again on the same DIR finds the data of the last one. Prints one line {@code READY
 * <bolt url> <version>} when Bolt accepts connections; exits on SIGTERM/SIGINT or when its
 * standard input reaches end of file (the starting process went away), so no server outlives
 * its owner.
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
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(require(options, "port"));
        long pageCache = Long.parseLong(options.getOrDefault("page-cache-mb", "64")) << 20;
        SocketAddress address = new SocketAddress(host, port);

        DatabaseManagementService dbms;
        Runnable close;
        if (options.containsKey("data")) {
            Path data = Path.of(options.get("data")).toAbsolutePath();
            Files.createDirectories(data);
            // Embedded Neo4j serves no HTTP; Bolt is all the project speaks.
            DatabaseManagementService kept = new DatabaseManagementServiceBuilder(data)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, address)
                    .setConfig(BoltConnector.advertised_address, address)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .build();
            dbms = kept;
            close = kept::shutdown;
        } else {
            Path dir = Path.of(require(options, "dir")).toAbsolutePath();
            Files.createDirectories(dir);
            Neo4j harness = Neo4jBuilders.newInProcessBuilder(dir)
                    .withDisabledServer() // no HTTP/browser: Bolt is all the project speaks
                    .withConfig(BoltConnector.enabled, true)
                    .withConfig(BoltConnector.listen_address, address)
                    .withConfig(BoltConnector.advertised_address, address)
                    .withConfig(GraphDatabaseSettings.auth_enabled, true)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .build();
            dbms = harness.databaseManagementService();
            close = harness::close;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close.run();
            stopped.countDown();
        }, "neo4j-launcher-shutdown"));

        setPassword(dbms.database("system"), password);
        String version = dbms.database("neo4j").executeTransactionally(
                "CALL dbms.components() YIELD versions, edition "
                        + "RETURN versions[0] + ' ' + edition AS version",
                Map.of(),
                result -> (String) result.next().get("version"));

        System.out.println("READY bolt://" + host + ":" + port + " Neo4j " + version);
        System.out.flush();
        watchStandardInput();
        stopped.await();
    }

    /**
     * The embedded API runs without authentication, so it may set the password that Bolt clients
     * then need (and drop the "change it on first login" flag). A kept database may already have
     * this password, which Neo4j refuses to set again: that is no error.
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("cannot be the same")) {
                throw e;
            }
        }
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
                fail("usage: Main (--dir DIR | --data DIR) --port PORT [--host HOST] [--page-cache-mb MB]");
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
