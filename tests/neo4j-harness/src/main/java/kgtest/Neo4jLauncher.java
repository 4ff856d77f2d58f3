package kgtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.kernel.internal.Version;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Starts a real Neo4j 5.26 (Community, in-process, via org.neo4j.test:neo4j-harness)
 * for the Python test suite.
 *
 * <p>Protocol with the parent process (tests/neo4j_server.py):
 * <ul>
 *   <li>once Bolt accepts connections, prints exactly one line {@code BOLT_URI=bolt://127.0.0.1:PORT}
 *       to stdout (nothing else is printed to stdout before it);</li>
 *   <li>shuts Neo4j down cleanly and exits 0 when its standard input reaches EOF
 *       (or on SIGTERM/SIGINT); prints {@code STOPPED} after a clean shutdown;</li>
 *   <li>on a start-up failure prints {@code ERROR=...} to stdout and exits 2.</li>
 * </ul>
 *
 * <p>Options (all optional):
 * <ul>
 *   <li>{@code --home DIR}: keeps the store in {@code DIR/data}, so that a new launcher on the
 *       same DIR (after a clean stop or a SIGKILL) finds the same data. The harness's own
 *       working folder (logs, certificates) is a random sub-folder of {@code DIR/run} that the
 *       harness deletes on a clean stop. Without --home a temporary folder is used and deleted.</li>
 *   <li>{@code --port N}: Bolt port on 127.0.0.1 (default 0: a free port chosen by the OS).</li>
 *   <li>{@code --no-auth}: disables authentication (default: enabled).</li>
 *   <li>{@code --user NAME}: only "neo4j" is supported by Community (default neo4j).</li>
 *   <li>{@code --password PW}: password for the user; default from the environment variable
 *       KG_NEO4J_PASSWORD, else "kg-test-password". Must be 8 characters or more.</li>
 *   <li>{@code --page-cache MB}: page cache size in MiB (default 64).</li>
 * </ul>
 */
public final class Neo4jLauncher {

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        // Keep stdout clean for the protocol: anything a library prints goes to stderr.
        PrintStream protocol = new PrintStream(System.out, true, "UTF-8");
        System.setOut(System.err);

        Path home = null;
        int port = 0;
        boolean auth = true;
        String user = "neo4j";
        String password = System.getenv().getOrDefault("KG_NEO4J_PASSWORD", "kg-test-password");
        long pageCacheMb = 64;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--home": home = Paths.get(args[++i]).toAbsolutePath(); break;
                case "--port": port = Integer.parseInt(args[++i]); break;
                case "--no-auth": auth = false; break;
                case "--user": user = args[++i]; break;
                case "--password": password = args[++i]; break;
                case "--page-cache": pageCacheMb = Long.parseLong(args[++i]); break;
                default:
                    protocol.println("ERROR=unknown argument " + a);
                    System.exit(2);
            }
        }
        if (!"neo4j".equals(user)) {
            protocol.println("ERROR=only the user neo4j is supported");
            System.exit(2);
        }

        boolean temporaryHome = home == null;
        if (temporaryHome) {
            home = Files.createTempDirectory("kg-neo4j-");
        }
        Path dataDir = home.resolve("data");
        Path runDir = home.resolve("run");
        Files.createDirectories(dataDir);
        Files.createDirectories(runDir);

        long t0 = System.nanoTime();
        // A new store gets its password before the first start, as `neo4j-admin dbms
        // set-initial-password` does (no Cypher round on a cold JVM, several seconds).
        boolean seeded = false;
        if (auth && !Files.exists(dataDir.resolve("databases").resolve("system"))) {
            seeded = seedInitialPassword(home, password);
        }
        Neo4j neo4j;
        try {
            Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(runDir)
                    .withDisabledServer() // no HTTP/HTTPS web server, Bolt only
                    .withConfig(HttpConnector.enabled, false)
                    .withConfig(HttpsConnector.enabled, false)
                    .withConfig(BoltConnector.enabled, true)
                    .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .withConfig(GraphDatabaseSettings.data_directory, dataDir)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024L * 1024L)
                    .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                    // No "anonymous usage data" calls home: tests send traffic to loopback only.
                    .withConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt's Netty event loops otherwise wait a 5 s quiet period each (10 s per stop).
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
            neo4j = builder.build();
        } catch (Throwable e) {
            e.printStackTrace();
            protocol.println("ERROR=" + oneLine(e));
            System.exit(2);
            return;
        }

        long bolted = System.nanoTime();
        if (auth) {
            try {
                if (seeded) {
                    writePasswordMarker(dataDir, password);
                } else {
                    ensurePassword(neo4j, dataDir, password);
                }
            } catch (Throwable e) {
                e.printStackTrace();
                protocol.println("ERROR=cannot set password: " + oneLine(e));
                neo4j.close();
                System.exit(2);
                return;
            }
        }

        final Neo4j running = neo4j;
        final Path homeToDelete = temporaryHome ? home : null;
        final AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                long s0 = System.nanoTime();
                try {
                    running.close();
                } catch (Throwable e) {
                    e.printStackTrace();
                }
                if (homeToDelete != null) {
                    deleteQuietly(homeToDelete);
                }
                System.err.println("kgtest.Neo4jLauncher: stopped in "
                        + (System.nanoTime() - s0) / 1_000_000L + " ms");
                protocol.println("STOPPED");
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "kg-neo4j-stop"));

        URI bolt = neo4j.boltURI();
        long ms = (System.nanoTime() - t0) / 1_000_000L;
        System.err.println("kgtest.Neo4jLauncher: Neo4j " + Version.getNeo4jVersion() + " ready in " + ms
                + " ms (password step " + (System.nanoTime() - bolted) / 1_000_000L + " ms), data in "
                + dataDir + ", auth " + (auth ? "enabled" : "disabled"));
        protocol.println("BOLT_URI=bolt://127.0.0.1:" + bolt.getPort());

        // Block until the parent closes our stdin (or dies).
        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) != -1) {
                // ignore input
            }
        } catch (IOException ignored) {
            // treat like EOF
        }
        stop.run();
        System.exit(0);
    }

    /**
     * Makes {@code password} the password of user neo4j, with no change pending.
     *
     * <p>Goes through the system database (the embedded API bypasses auth). A marker file in the
     * data directory remembers the password's hash, so a restart on the same store with the same
     * password skips the Cypher round (about a second or more on a cold JVM).
     */
    private static void ensurePassword(Neo4j neo4j, Path dataDir, String password) throws IOException {
        Path marker = dataDir.resolve("kgtest-password.sha256");
        String hash = sha256(password);
        if (Files.exists(marker) && hash.equals(Files.readString(marker, StandardCharsets.UTF_8).trim())) {
            return;
        }
        GraphDatabaseService system = neo4j.databaseManagementService()
                .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // A reused store already has this password: Neo4j refuses to "change" it to itself.
            String msg = String.valueOf(e.getMessage()).toLowerCase();
            if (!msg.contains("same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
        writePasswordMarker(dataDir, password);
    }

    private static void writePasswordMarker(Path dataDir, String password) throws IOException {
        Path tmp = dataDir.resolve("kgtest-password.sha256.tmp");
        Files.writeString(tmp, sha256(password) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dataDir.resolve("kgtest-password.sha256"),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Writes {@code HOME/data/dbms/auth.ini} with Neo4j's own set-initial-password command; the
     * system database takes user neo4j from it when it is created. Returns false (and the
     * password is then set with Cypher after the start) if that fails.
     */
    private static boolean seedInitialPassword(Path home, String password) {
        try {
            ExecutionContext ctx = new ExecutionContext(home, home.resolve("conf"), System.err, System.err,
                    new DefaultFileSystemAbstraction());
            int rc = new CommandLine(new SetInitialPasswordCommand(ctx)).execute(password);
            return rc == 0;
        } catch (Throwable e) {
            e.printStackTrace();
            return false;
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : digest) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString().replace('\n', ' ').replace('\r', ' ');
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
