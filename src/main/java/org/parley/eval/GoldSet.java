package org.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.parley.model.EntityType;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.QuantityRole;
import org.parley.model.RelationType;
import org.parley.model.Role;

/**
 * The gold set of {@code data/eval/facts}: one JSON object per line per document, in the parts
 * {@code dev} ({@code dev-voa.jsonl}), {@code test} ({@code test-voa.jsonl}) and {@code seeds}
 * ({@code seeds.jsonl}).
 *
 * <pre>{@code
 * Map<String, List<GoldDocument>> parts = GoldSet.read(Path.of("data/eval/facts"), List.of("seeds"));
 * }</pre>
 *
 * <p>Reading is strict: unknown keys, unknown enum names, missing required keys and duplicate ids are errors,
 * reported as {@code file:line: message}.
 */
public final class GoldSet {
    /** The default gold directory, relative to the repository. */
    public static final Path DEFAULT_DIR = Path.of("data", "eval", "facts");

    /** The part names and their files, in the order {@code all} reads them. */
    public static final Map<String, String> PARTS = Map.of("dev", "dev-voa.jsonl", "test", "test-voa.jsonl",
            "seeds", "seeds.jsonl");
    private static final List<String> ORDER = List.of("dev", "test", "seeds");

    private static final Set<String> DOC_KEYS = Set.of("id", "source", "published", "text", "file", "sentences",
            "entities", "relations", "events");
    private static final Set<String> ENTITY_KEYS = Set.of("text", "type");
    private static final Set<String> RELATION_KEYS = Set.of("type", "subject", "object", "post", "evidence");
    private static final Set<String> EVENT_KEYS = Set.of("type", "status", "trigger", "name", "participants", "place",
            "time", "quantities", "evidence");
    private static final Set<String> PARTICIPANT_KEYS = Set.of("role", "entity");
    private static final Set<String> QUANTITY_KEYS = Set.of("role", "value");

    private GoldSet() {}

    /** The part names {@code names} stands for: {@code all} is every part whose file exists in {@code dir}. */
    public static List<String> expand(Path dir, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.equals("all")) {
                for (String p : ORDER)
                    if (Files.isRegularFile(dir.resolve(PARTS.get(p))) && !out.contains(p)) out.add(p);
            } else if (!PARTS.containsKey(n)) {
                throw new IllegalArgumentException("unknown part '" + n + "' (dev, test, seeds or all)");
            } else if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Reads the named parts (after {@link #expand}) of the gold set in {@code dir}, by part name. */
    public static Map<String, List<GoldDocument>> read(Path dir, List<String> parts) throws GoldFormatException {
        Objects.requireNonNull(dir, "dir");
        Map<String, List<GoldDocument>> out = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (String part : expand(dir, parts)) {
            Path file = dir.resolve(PARTS.get(part));
            List<GoldDocument> docs = readFile(file);
            for (GoldDocument d : docs)
                if (!ids.add(d.id())) throw new GoldFormatException(d.origin() + ": duplicate id " + d.id());
            out.put(part, docs);
        }
        return out;
    }

    /** Reads one gold file. */
    public static List<GoldDocument> readFile(Path file) throws GoldFormatException {
        Objects.requireNonNull(file, "file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GoldFormatException(file + ":0: cannot read: " + e.getMessage(), e);
        }
        List<GoldDocument> docs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String origin = file + ":" + (i + 1);
            try {
                GoldDocument d = parse(line, origin);
                if (!ids.add(d.id())) throw new IllegalArgumentException("duplicate id " + d.id());
                docs.add(d);
            } catch (JsonException | IllegalArgumentException | NullPointerException | ClassCastException e) {
                throw new GoldFormatException(origin + ": " + e.getMessage(), e);
            }
        }
        if (docs.isEmpty()) throw new GoldFormatException(file + ":0: no documents");
        return docs;
    }

    /** Parses one line of a gold file; {@code origin} names it in messages. */
    public static GoldDocument parse(String line, String origin) {
        JsonValue v = JSON.parseAny(line);
        if (!v.isObject()) throw new IllegalArgumentException("a line must be a JSON object");
        JsonObject o = v.getAsObject();
        keys(o, DOC_KEYS, "document");
        String published = optString(o, "published");
        LocalDate date;
        try {
            date = published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published is not an ISO date: " + published);
        }
        List<GoldDocument.Entity> entities = new ArrayList<>();
        for (JsonObject e : objects(o, "entities"))
            entities.add(new GoldDocument.Entity(string(keys(e, ENTITY_KEYS, "entity"), "text"),
                    EntityType.valueOf(string(e, "type"))));
        List<GoldDocument.Relation> relations = new ArrayList<>();
        for (JsonObject r : objects(o, "relations")) {
            keys(r, RELATION_KEYS, "relation");
            relations.add(new GoldDocument.Relation(RelationType.valueOf(string(r, "type")), string(r, "subject"),
                    optString(r, "object"), optString(r, "post"), string(r, "evidence")));
        }
        List<GoldDocument.Event> events = new ArrayList<>();
        for (JsonObject e : objects(o, "events")) {
            keys(e, EVENT_KEYS, "event");
            List<GoldDocument.Participant> ps = new ArrayList<>();
            for (JsonObject p : objects(e, "participants"))
                ps.add(new GoldDocument.Participant(Role.valueOf(string(keys(p, PARTICIPANT_KEYS, "participant"), "role")),
                        string(p, "entity")));
            List<GoldDocument.Amount> qs = new ArrayList<>();
            for (JsonObject q : objects(e, "quantities")) {
                keys(q, QUANTITY_KEYS, "quantity");
                JsonValue n = q.get("value");
                if (n == null || !n.isNumber()) throw new IllegalArgumentException("quantity value must be a number");
                qs.add(new GoldDocument.Amount(QuantityRole.valueOf(string(q, "role")),
                        new java.math.BigDecimal(n.getAsNumber().value().toString()).longValueExact()));
            }
            events.add(new GoldDocument.Event(EventType.valueOf(string(e, "type")), EventStatus.valueOf(string(e, "status")),
                    string(e, "trigger"), optString(e, "name"), ps, optString(e, "place"), optString(e, "time"), qs,
                    string(e, "evidence")));
        }
        JsonValue n = o.get("sentences");
        if (n == null || !n.isNumber()) throw new IllegalArgumentException("sentences must be a number");
        return new GoldDocument(string(o, "id"), string(o, "source"), date, optString(o, "text"), optString(o, "file"),
                n.getAsNumber().value().intValue(), entities, relations, events, origin);
    }

    private static JsonObject keys(JsonObject o, Set<String> allowed, String what) {
        for (String k : o.keys())
            if (!allowed.contains(k)) throw new IllegalArgumentException("unknown key '" + k + "' in " + what);
        return o;
    }

    private static String string(JsonObject o, String key) {
        String s = optString(o, key);
        if (s == null) throw new IllegalArgumentException("missing '" + key + "'");
        return s;
    }

    private static String optString(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw new IllegalArgumentException("'" + key + "' must be a string");
        return v.getAsString().value();
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new IllegalArgumentException("'" + key + "' must be an array");
        JsonArray a = v.getAsArray();
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue x : a) {
            if (!x.isObject()) throw new IllegalArgumentException("'" + key + "' must hold objects");
            out.add(x.getAsObject());
        }
        return out;
    }

    /**
     * The article file of a {@code file} document: the path as written if it exists (relative to the working
     * directory), else resolved against {@code goldDir} and each of its ancestors (the gold set names files
     * relative to the repository, {@code data/articles/...}).
     */
    public static Path resolveFile(Path goldDir, GoldDocument doc) {
        Objects.requireNonNull(doc.file(), "not a file document: " + doc.id());
        Path p = Path.of(doc.file());
        if (p.isAbsolute() || Files.exists(p)) return p;
        for (Path d = goldDir.toAbsolutePath().normalize(); d != null; d = d.getParent())
            if (Files.exists(d.resolve(p))) return d.resolve(p);
        return p;
    }
}
