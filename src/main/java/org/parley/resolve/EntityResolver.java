package org.parley.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
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
 * other names to an entity keyed by their normalised name, so the same name is the same entity in every
 * article; within an article a surname alone resolves to the person named in full.
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
        Map<String, EntityRef> byName = new HashMap<>();
        List<ResolvedMention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityRef e = null;
            if (m.knowledgeId() != null) {
                KnownEntity k = gazetteer.byId(m.knowledgeId())
                        .orElseThrow(() -> new IllegalStateException("unknown gazetteer id " + m.knowledgeId()));
                e = known(k);
            }
            if (e == null) {
                String key = m.type().name() + "\u0000" + m.normalized();
                e = byName.computeIfAbsent(key, x -> minted(m.type(), m.normalized()));
            }
            out.add(new ResolvedMention(m, e));
        }
        return out;
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

    static EntityRef minted(EntityType type, String name) {
        return new EntityRef(typeSegment(type) + "/" + slug(name), type, name, null, null);
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
