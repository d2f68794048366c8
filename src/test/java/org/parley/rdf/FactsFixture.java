package org.parley.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.EntityRef;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.EventQuantity;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.ExtractedArticle;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.Quantity;
import org.parley.model.QuantityRole;
import org.parley.model.Relation;
import org.parley.model.RelationType;
import org.parley.model.ResolvedMention;
import org.parley.model.Role;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.TimeExpression;
import org.parley.model.TimeGranularity;

/**
 * Builds extracted articles by hand for mapping tests: a text split into sentences at ". ", mentions of given
 * entities wherever their name occurs, and facts whose evidence is located by the words that state them.
 */
final class FactsFixture {
    static final EntityRef RU = new EntityRef("state/RU", EntityType.STATE, "Russia", "Q159", "state:RU");
    static final EntityRef UA = new EntityRef("state/UA", EntityType.STATE, "Ukraine", "Q212", "state:UA");
    static final EntityRef TR = new EntityRef("state/TR", EntityType.STATE, "Turkey", "Q43", "state:TR");
    static final EntityRef US = new EntityRef("state/US", EntityType.STATE, "United States", "Q30", "state:US");
    static final EntityRef NATO = new EntityRef("alliance/nato", EntityType.ALLIANCE, "NATO", "Q7184", null);
    static final EntityRef ISTANBUL = new EntityRef("place/istanbul", EntityType.PLACE, "Istanbul", "Q406", null);
    static final EntityRef SUMY = new EntityRef("place/sumy", EntityType.PLACE, "Sumy", null, null);
    static final EntityRef UMEROV = new EntityRef("person/rustem-umerov", EntityType.PERSON, "Rustem Umerov", null, null);
    static final EntityRef TRUMP = new EntityRef("person/donald-trump", EntityType.PERSON, "Donald Trump", "Q22686", null);
    static final EntityRef SLEZKINE = new EntityRef("person/peter-slezkine", EntityType.PERSON, "Peter Slezkine", null, null);
    static final EntityRef STIMSON = new EntityRef("organization/stimson-center", EntityType.ORGANIZATION, "Stimson Center", null, null);

    static final String EXTRACTOR = "rule:test/1";

    private final Article article;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<ResolvedMention> mentions = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();

    FactsFixture(String key, LocalDate published, String text) {
        this.article = new Article(key, key + ".txt", null, "Title of " + key, null, published, text,
                List.of(new TextSpan(0, text.length())));
        int begin = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
            if (!end) continue;
            int stop = Math.min(text.length(), i + 1);
            if (stop > begin) sentences.add(new Sentence(sentences.size(), new TextSpan(begin, stop), List.of()));
            begin = stop + 1;
            i = stop;
        }
    }

    Article article() {
        return article;
    }

    TextSpan span(String words) {
        int at = article.text().indexOf(words);
        if (at < 0) throw new IllegalArgumentException("not in the text: " + words);
        return new TextSpan(at, at + words.length());
    }

    int sentenceOf(TextSpan span) {
        for (Sentence s : sentences) if (s.span().contains(span)) return s.index();
        throw new IllegalArgumentException("span " + span + " crosses sentences");
    }

    Evidence ev(String words) {
        TextSpan s = span(words);
        return new Evidence(sentenceOf(s), s, EXTRACTOR, 0.8);
    }

    /** Mentions of the entity at every occurrence of {@code name}. */
    FactsFixture mention(String name, EntityRef e) {
        int from = 0;
        String text = article.text();
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + name.length())) {
            TextSpan s = new TextSpan(at, at + name.length());
            mentions.add(new ResolvedMention(new Mention(sentenceOf(s), s, name, e.type(), name, "test", 1.0, null), e));
        }
        return this;
    }

    FactsFixture relation(RelationType type, EntityRef subject, EntityRef object, String post, String words) {
        relations.add(new Relation(type, subject, object, post, ev(words)));
        return this;
    }

    FactsFixture times(TimeExpression... ts) {
        times.addAll(List.of(ts));
        return this;
    }

    FactsFixture event(Event e) {
        events.add(e);
        return this;
    }

    Participant party(Role role, EntityRef e, String words) {
        return new Participant(role, e, ev(words));
    }

    TimeExpression time(String words, String value, TimeGranularity g) {
        TextSpan s = span(words);
        return new TimeExpression(sentenceOf(s), s, words, value, g, false);
    }

    EventQuantity quantity(QuantityRole role, long value, String words, String unit) {
        TextSpan s = span(words);
        return new EventQuantity(role, value, new Quantity(sentenceOf(s), s, words, value, unit, null));
    }

    /** An event with no name, content or part-of link. */
    Event event(String id, EventType type, EventStatus status, String trigger, String evidence, List<Participant> parties,
                EntityRef place, TimeExpression time, List<EventQuantity> quantities) {
        return new Event(id, type, status, null, span(trigger), parties, place, time, quantities, null, null, ev(evidence));
    }

    ExtractedArticle build() {
        mentions.sort((x, y) -> x.mention().span().compareTo(y.mention().span()));
        return new ExtractedArticle(new AnnotatedArticle(article, "eng", sentences), mentions, times, List.of(),
                relations, events);
    }
}
