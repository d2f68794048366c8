package org.parley.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.parley.knowledge.Gazetteer;
import org.parley.knowledge.KnownEntity;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityRef;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.ResolvedMention;

/**
 * Resolves mentions to entities. Gazetteer matches resolve to their known entity (with its Wikidata id);
 * other names to an entity keyed by their {@link NameKey}, so the same name in any transliteration is the
 * same entity in every article; within an article a surname alone resolves to the one person named in
 * full with that surname. Surnames left alone are linked across articles by {@link CrossArticleLinker}.
 *
 * <pre>{@code
 * EntityResolver r = new EntityResolver(Gazetteer.loadDefault());
 * List<ResolvedMention> resolved = r.resolve(annotated, mentions);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class EntityResolver {
    private final Gazetteer gazetteer;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public List<ResolvedMention> resolve(AnnotatedArticle article, List<Mention> mentions) {
        Objects.requireNonNull(article, "article");
        Map<String, String> personName = personClusters(mentions);
        Map<String, EntityRef> byKey = new HashMap<>();
        List<ResolvedMention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityRef e;
            if (m.knowledgeId() != null) {
                KnownEntity k = gazetteer.byId(m.knowledgeId())
                        .orElseThrow(() -> new IllegalStateException("unknown gazetteer id " + m.knowledgeId()));
                e = known(k);
            } else {
                String name = m.type() == EntityType.PERSON ? personName.get(m.normalized()) : m.normalized();
                e = byKey.computeIfAbsent(typeSegment(m.type()) + "/" + nameSlug(name), key -> minted(m.type(), name));
            }
            out.add(new ResolvedMention(m, e));
        }
        return out;
    }

    /**
     * Groups an article's person names: a surname alone (or with a title) belongs to the one person named in
     * full whose surname it is; full names that differ only in transliteration are one person. Returns, for
     * each name, the name the person is labelled with (the longest, most frequent spelling).
     */
    static Map<String, String> personClusters(List<Mention> mentions) {
        Map<String, List<String>> spellingsByKey = new LinkedHashMap<>();
        for (Mention m : mentions)
            if (m.type() == EntityType.PERSON && m.knowledgeId() == null)
                spellingsByKey.computeIfAbsent(NameKey.of(m.normalized()), k -> new ArrayList<>()).add(m.normalized());
        // full names, by the key of their last word
        Map<String, List<String>> fullBySurname = new HashMap<>();
        for (String key : spellingsByKey.keySet())
            if (key.indexOf(' ') > 0) fullBySurname.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(key);
        Map<String, String> canonicalKey = new HashMap<>();
        for (String key : spellingsByKey.keySet()) {
            List<String> full = key.indexOf(' ') < 0 ? fullBySurname.getOrDefault(key, List.of()) : List.of();
            canonicalKey.put(key, full.size() == 1 ? full.get(0) : key);
        }
        Map<String, List<String>> spellingsByCanonical = new HashMap<>();
        spellingsByKey.forEach((k, v) -> spellingsByCanonical.computeIfAbsent(canonicalKey.get(k), x -> new ArrayList<>()).addAll(v));
        Map<String, String> out = new HashMap<>();
        spellingsByKey.forEach((key, spellings) -> {
            String label = preferred(spellingsByKey.get(canonicalKey.get(key)));
            for (String sp : spellings) out.put(sp, label);
        });
        return out;
    }

    /** The fullest spelling (most words), the most frequent of those, then the first in alphabetical order. */
    private static String preferred(List<String> spellings) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : spellings) counts.merge(s, 1, Integer::sum);
        return counts.entrySet().stream().sorted((a, b) -> {
            int c = Integer.compare(words(b.getKey()), words(a.getKey()));
            if (c != 0) return c;
            c = Integer.compare(b.getValue(), a.getValue());
            if (c != 0) return c;
            c = Integer.compare(b.getKey().length(), a.getKey().length());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        }).findFirst().orElseThrow().getKey();
    }

    private static int words(String name) {
        return name.trim().split("\\s+").length;
    }

    /** The entity for a gazetteer entry: states by ISO code, others by Wikidata id or by their gazetteer id. */
    static EntityRef known(KnownEntity k) {
        String segment = typeSegment(k.type());
        String local;
        if (k.type() == EntityType.STATE && k.id().contains(":")) local = k.id().substring(k.id().indexOf(':') + 1);
        else if (k.wikidata() != null) local = k.wikidata();
        else local = slug(k.id().contains(":") ? k.id().substring(k.id().indexOf(':') + 1) : k.id());
        return new EntityRef(segment + "/" + local, k.type(), k.label(), k.wikidata(), k.id());
    }

    /** A new entity for a name the gazetteer does not know, keyed by its transliteration-aware name key. */
    static EntityRef minted(EntityType type, String name) {
        return new EntityRef(typeSegment(type) + "/" + nameSlug(name), type, name, null, null);
    }

    /**
     * The identifier of a name: the slug of its name key, or, for a name with no Latin letters or digits
     * (an empty name key: Cyrillic, Arabic, Chinese...), the slug of the name itself, so that such names
     * do not all become one entity.
     */
    private static String nameSlug(String name) {
        String key = NameKey.of(name);
        return slug(key.isEmpty() ? name : key);
    }

    static String typeSegment(EntityType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    /**
     * An IRI-safe, readable identifier for a name: ASCII letters and digits, lower case, words joined by
     * hyphens ("Dolmabahçe Palace" → "dolmabahce-palace"). When folding loses information (letters of other
     * scripts, a cut at 80 characters) a hash of the whole name is appended, so different names stay apart.
     */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder();
        boolean lossy = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = Character.toLowerCase(folded.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (sb.length() >= 80) {
                    lossy = true;
                    break;
                }
                sb.append(c);
            } else {
                if (Character.isLetterOrDigit(c)) lossy = true;
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
        if (sb.length() == 0 || lossy) {
            if (sb.length() > 0) sb.append('-');
            sb.append('h').append(Integer.toHexString(name.hashCode() & 0x7fffffff));
        }
        return sb.toString();
    }
}
