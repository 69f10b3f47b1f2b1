package org.carejournal.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered list of schema migrations: migration {@code i} (1-based) brings a file to
 * {@code PRAGMA user_version = i}. The list is read from an index file ({@code migrations.txt}, one
 * script name per line) so no classpath scanning is needed; each name must start with {@code V<i>__}.
 */
final class Migrations {

    static final String STANDARD_PREFIX = "/org/carejournal/store/db/";
    static final String INDEX = "migrations.txt";

    private final List<String> resources;

    private Migrations(List<String> resources) {
        this.resources = List.copyOf(resources);
    }

    /** The migrations shipped with the app. */
    static Migrations standard() {
        return fromIndex(STANDARD_PREFIX);
    }

    /** The scripts named in {@code prefix + "migrations.txt"}, in order. */
    static Migrations fromIndex(String prefix) {
        List<String> names = new ArrayList<>();
        try (InputStream in = Migrations.class.getResourceAsStream(prefix + INDEX)) {
            if (in == null) throw new IllegalStateException("No migration index at " + prefix + INDEX);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                names.add(prefix + line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(names);
    }

    /** Migrations from explicit resource paths (tests use this to simulate older and newer app versions). */
    static Migrations of(List<String> resourcePaths) {
        for (int i = 0; i < resourcePaths.size(); i++) {
            String path = resourcePaths.get(i);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!name.startsWith("V" + (i + 1) + "__") || !name.endsWith(".sql")) {
                throw new IllegalStateException("Migration " + (i + 1) + " is named " + name + "; expected V" + (i + 1) + "__*.sql");
            }
        }
        return new Migrations(resourcePaths);
    }

    /** The first {@code version} migrations: what an older build of the app shipped. */
    Migrations upTo(int version) {
        return new Migrations(resources.subList(0, version));
    }

    /** The newest schema version these migrations produce. */
    int latest() {
        return resources.size();
    }

    /** The SQL text of the migration to {@code version} (1-based). */
    String script(int version) {
        String path = resources.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing migration script " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
