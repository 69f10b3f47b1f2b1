package org.carejournal.report.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carejournal.domain.Progress;
import org.carejournal.domain.dump.DumpRefused;
import org.carejournal.domain.dump.JournalDump;
import org.carejournal.domain.dump.TableRows;

/**
 * The full export as one JSON document, and reading it back. The layout:
 * <pre>
 * { "format": "care-journal-export", "formatVersion": 1, "schemaVersion": 4, "exportedAt": "…Z",
 *   "tables": [ { "name": "person", "columns": ["id", "name", …], "rows": [[1, "Tom", …], …] }, … ],
 *   "sequences": { "person": 1, … } }
 * </pre>
 * Values are JSON numbers, strings and null; the rare binary value is {@code {"base64": "…"}}.
 */
public final class JournalJson {
    /** Names the document, so another program's JSON is not mistaken for an export. */
    public static final String FORMAT = "care-journal-export";
    /** The layout version this app writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    private static final String BASE64 = "base64";

    private final ObjectMapper mapper = new ObjectMapper();

    /** Writes {@code dump} as the export document. */
    public void write(JournalDump dump, Instant exportedAt, OutputStream out, Progress progress) throws IOException {
        JsonFactory factory = mapper.getFactory();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeNumberField("schemaVersion", dump.schemaVersion());
            g.writeStringField("exportedAt", exportedAt.toString());
            g.writeArrayFieldStart("tables");
            for (TableRows t : dump.tables()) {
                progress.stopIfCancelled();
                writeTable(g, t);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("sequences");
            for (Map.Entry<String, Long> e : dump.sequences().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void writeTable(JsonGenerator g, TableRows t) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeArrayFieldStart("columns");
        for (String c : t.columns()) g.writeString(c);
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (List<Object> row : t.rows()) {
            g.writeStartArray();
            for (Object v : row) writeValue(g, v);
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Integer i) g.writeNumber(i.longValue());
        else if (v instanceof Double d) g.writeNumber(d);
        else if (v instanceof String s) g.writeString(s);
        else if (v instanceof byte[] b) {
            g.writeStartObject();
            g.writeStringField(BASE64, Base64.getEncoder().encodeToString(b));
            g.writeEndObject();
        } else throw new IllegalArgumentException("A journal value of type " + v.getClass().getSimpleName());
    }

    /**
     * Reads an export document.
     *
     * @throws DumpRefused when the file is not a Care Journal export, is damaged, or was made by a newer app
     */
    public JournalDump read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw refused("it is not complete, valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw refused("it is not a Care Journal export (it lacks \"format\": \"" + FORMAT + "\")");
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber()) throw refused("its \"formatVersion\" is missing");
        if (version.asInt() > FORMAT_VERSION) {
            throw new DumpRefused("This export was made by a newer Care Journal (format " + version.asInt()
                    + "; this app reads up to " + FORMAT_VERSION + "). Update Care Journal, then import it again. "
                    + "Nothing was imported.");
        }
        JsonNode schema = root.path("schemaVersion");
        if (!schema.isIntegralNumber()) throw refused("its \"schemaVersion\" is missing");
        JsonNode tables = root.path("tables");
        if (!tables.isArray()) throw refused("its \"tables\" are missing");
        List<TableRows> read = new ArrayList<>();
        for (JsonNode t : tables) read.add(table(t));
        return new JournalDump(schema.asInt(), read, sequences(root.path("sequences")));
    }

    private static TableRows table(JsonNode t) {
        String name = t.path("name").asText("");
        if (!t.isObject() || name.isBlank() || !t.path("columns").isArray() || !t.path("rows").isArray()) {
            throw refused("a table in it lacks its name, columns or rows");
        }
        List<String> columns = new ArrayList<>();
        for (JsonNode c : t.path("columns")) {
            if (!c.isTextual()) throw refused("table \"" + name + "\" has a column name that is not text");
            columns.add(c.asText());
        }
        List<List<Object>> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode r : t.path("rows")) {
            number++;
            if (!r.isArray() || r.size() != columns.size()) {
                throw refused("row " + number + " of table \"" + name + "\" does not have one value per column");
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (JsonNode v : r) row.add(value(v, name, number));
            rows.add(java.util.Collections.unmodifiableList(row));
        }
        return new TableRows(name, columns, rows);
    }

    private static Object value(JsonNode v, String table, int row) {
        JsonNodeType type = v.getNodeType();
        switch (type) {
            case NULL:
                return null;
            case STRING:
                return v.asText();
            case NUMBER:
                if (v.isIntegralNumber()) {
                    if (!v.canConvertToLong()) throw refused("row " + row + " of table \"" + table + "\" has a number too large");
                    return v.asLong();
                }
                return v.asDouble();
            case OBJECT:
                if (v.size() == 1 && v.path(BASE64).isTextual()) {
                    try {
                        return Base64.getDecoder().decode(v.path(BASE64).asText());
                    } catch (IllegalArgumentException e) {
                        throw refused("row " + row + " of table \"" + table + "\" has damaged binary data");
                    }
                }
                break;
            default:
                break;
        }
        throw refused("row " + row + " of table \"" + table + "\" has a value of a kind a journal does not keep");
    }

    private static Map<String, Long> sequences(JsonNode node) {
        Map<String, Long> seq = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) return seq;
        if (!node.isObject()) throw refused("its \"sequences\" are not a list of names and numbers");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isIntegralNumber()) throw refused("its sequence of \"" + e.getKey() + "\" is not a whole number");
            seq.put(e.getKey(), e.getValue().asLong());
        }
        return seq;
    }

    private static DumpRefused refused(String why) {
        return new DumpRefused("The file cannot be imported: " + why + ". Choose a file made by "
                + "Care Journal's full JSON export. Nothing was imported.");
    }
}
