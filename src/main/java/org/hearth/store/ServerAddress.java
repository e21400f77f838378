package org.hearth.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a team's PostgreSQL server is. Hearth talks to it over TLS only: with the organisation's CA file
 * the server's certificate and name are verified ({@code sslmode=verify-full}); without one the connection is still
 * encrypted ({@code sslmode=require}) but the server is not checked, which Settings says.
 *
 * <p>Written as {@code postgresql://host[:port]/database[?sslrootcert=/path/to/ca.crt]}, the form libpq and psql
 * read; a {@code jdbc:} prefix is allowed. User names and passwords never belong in the address.
 */
public record ServerAddress(String host, int port, String database, Optional<Path> caFile) {

    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
            throw new Unreadable(Problem.HOST, "The server's name is missing or not a host name");
        }
        if (port < 1 || port > 65535) {
            throw new Unreadable(Problem.PORT, "The port is a number from 1 to 65535");
        }
        if (database == null || !database.matches("[A-Za-z0-9_\\-]+")) {
            throw new Unreadable(Problem.DATABASE, "The database name is missing or has characters a name cannot have");
        }
        caFile = caFile == null ? Optional.empty() : caFile;
    }

    /** What is wrong with an address that cannot be read, for a message in the worker's language. */
    public enum Problem {
        MISSING, SCHEME, NOT_AN_ADDRESS, SIGN_IN_IN_ADDRESS, HOST, PORT, DATABASE, NOT_TLS, UNKNOWN_SETTING
    }

    /** An address that cannot be read: the English message is for logs of the command line, the problem for screens. */
    public static final class Unreadable extends IllegalArgumentException {

        private final Problem problem;

        public Unreadable(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Reads an address; the message of the exception says what is wrong with it, for the field. */
    public static ServerAddress parse(String text) {
        String address = text == null ? "" : text.strip();
        if (address.startsWith("jdbc:")) {
            address = address.substring("jdbc:".length());
        }
        if (address.isEmpty()) {
            throw new Unreadable(Problem.MISSING, "No server address");
        }
        if (!address.startsWith("postgresql://") && !address.startsWith("postgres://")) {
            throw new Unreadable(Problem.SCHEME, "A server address starts with postgresql://");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new Unreadable(Problem.NOT_AN_ADDRESS, "This is not a server address: " + e.getReason());
        }
        if (uri.getUserInfo() != null) {
            throw new Unreadable(Problem.SIGN_IN_IN_ADDRESS, "Leave the user name and password out of the address: Hearth asks"
                    + " each worker to sign in");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        Optional<Path> ca = Optional.empty();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                switch (name) {
                    case "sslrootcert" -> ca = value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
                    case "sslmode" -> {
                        if (!value.equals("verify-full") && !value.equals("require")) {
                            throw new Unreadable(Problem.NOT_TLS, "Hearth only talks to a server over TLS (sslmode"
                                    + " verify-full, or require): " + value + " is not allowed");
                        }
                    }
                    default -> throw new Unreadable(Problem.UNKNOWN_SETTING, "Hearth does not know the setting " + name);
                }
            }
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, ca);
    }

    /** Whether the server's identity is checked against the organisation's CA. */
    public boolean verifiesServer() {
        return caFile.isPresent();
    }

    /** The address as the worker writes it (no secrets in it). */
    @Override
    public String toString() {
        return "postgresql://" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database
                + caFile.map(ca -> "?sslrootcert=" + ca).orElse("");
    }

    /** The JDBC address with TLS switched on. */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port)
                .append('/').append(database).append("?ApplicationName=Hearth");
        if (caFile.isPresent()) {
            url.append("&sslmode=verify-full&sslrootcert=")
                    .append(URLEncoder.encode(caFile.get().toAbsolutePath().toString(), StandardCharsets.UTF_8));
        } else {
            url.append("&sslmode=require");
        }
        return url.toString();
    }
}
