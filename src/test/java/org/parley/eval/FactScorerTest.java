package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

/** Scoring extracted facts against gold, on a hand-built three-sentence document and hand-built predictions. */
class FactScorerTest {
    static final String TEXT = "Ukrainian President Volodymyr Zelenskyy met Recep Tayyip Erdogan in Ankara on Thursday. "
            + "Russia demanded a 30-day ceasefire. Zelensky said the talks in Istanbul were useful.";

    /** The gold line, in the file format. */
    static final String GOLD_LINE = """
            {"id":"t1","source":"test","published":"2025-05-15","text":"%s","sentences":3,
             "entities":[{"text":"Volodymyr Zelenskyy","type":"PERSON"},
               {"text":"Recep Tayyip Erdogan","type":"PERSON"},{"text":"Ankara","type":"PLACE"},
               {"text":"Russia","type":"STATE"},{"text":"Zelensky","type":"PERSON"},{"text":"Istanbul","type":"PLACE"}],
             "relations":[{"type":"HOLDS_POST","subject":"Zelensky","object":"Ukrainian","post":"President",
               "evidence":"Ukrainian President Volodymyr Zelenskyy"}],
             "events":[
               {"type":"MEETING","status":"OCCURRED","trigger":"met","name":null,
                "participants":[{"role":"PARTICIPANT","entity":"Volodymyr Zelenskyy"},{"role":"PARTICIPANT","entity":"Recep Tayyip Erdogan"}],
                "place":"Ankara","time":"2025-05-15","quantities":[],
                "evidence":"Volodymyr Zelenskyy met Recep Tayyip Erdogan in Ankara on Thursday"},
               {"type":"DEMAND","status":"OCCURRED","trigger":"demanded","name":null,
                "participants":[{"role":"SPEAKER","entity":"Russia"}],"place":null,"time":null,"quantities":[],
                "evidence":"Russia demanded a 30-day ceasefire"},
               {"type":"CEASEFIRE","status":"DEMANDED","trigger":"ceasefire","name":null,"participants":[],
                "place":null,"time":null,"quantities":[{"role":"DURATION_DAYS","value":30}],
                "evidence":"Russia demanded a 30-day ceasefire"}]}""".formatted(TEXT).replace("\n", "");

    static GoldDocument gold() {
        return GoldSet.parse(GOLD_LINE, "test:1");
    }

    /** Builds an extraction result over {@link #TEXT}: sentences, resolved mentions, relations, events. */
    static final class Prediction {
        final List<Sentence> sentences = new ArrayList<>();
        final List<ResolvedMention> mentions = new ArrayList<>();
        final List<Relation> relations = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Prediction() {
            int start = 0;
            for (int i = 0; start < TEXT.length(); i++) {
                int dot = TEXT.indexOf(". ", start);
                int end = dot < 0 ? TEXT.length() : dot + 1;
                sentences.add(new Sentence(i, new TextSpan(start, end), List.of()));
                start = end + 1;
            }
        }

        TextSpan span(String s) {
            int i = TEXT.indexOf(s);
            assertTrue(i >= 0, s);
            return new TextSpan(i, i + s.length());
        }

        int sentenceOf(TextSpan t) {
            return sentences.stream().filter(s -> s.span().contains(t)).findFirst().orElseThrow().index();
        }

        Evidence evidence(String s) {
            return new Evidence(sentenceOf(span(s)), span(s), "test/1", 1.0);
        }

        /** An entity with one mention at the first occurrence of each surface form. */
        EntityRef entity(String key, EntityType type, String label, String... surfaces) {
            EntityRef ref = new EntityRef(key, type, label, null, null);
            for (String s : surfaces) {
                TextSpan sp = span(s);
                // as the gazetteer marks them: "Ukrainian" is found as a demonym of Ukraine
                String extractor = s.equals("Ukrainian") ? "gazetteer:demonym" : "test";
                mentions.add(new ResolvedMention(new Mention(sentenceOf(sp), sp, s, type, s, extractor, 1.0, null), ref));
            }
            return ref;
        }

        Prediction relation(RelationType type, EntityRef subject, EntityRef object, String post, String evidence) {
            relations.add(new Relation(type, subject, object, post, evidence(evidence)));
            return this;
        }

        Prediction event(EventType type, EventStatus status, String trigger, String evidence, List<Participant> ps,
                         EntityRef place, String time, List<EventQuantity> qs) {
            TimeExpression t = time == null ? null
                    : new TimeExpression(evidence(evidence).sentence(), span("on Thursday"), "on Thursday", time,
                    TimeGranularity.DAY, true);
            events.add(new Event("e" + events.size(), type, status, null, span(trigger), ps, place, t, qs, null, null,
                    evidence(evidence)));
            return this;
        }

        Participant in(Role role, EntityRef e) {
            return new Participant(role, e, evidence(e.label().equals("Volodymyr Zelenskyy") ? "Volodymyr Zelenskyy" : TEXT.substring(0, 10)));
        }

        ExtractedArticle build() {
            Article a = new Article("t1", "test", null, null, null, null, TEXT, List.of(new TextSpan(0, TEXT.length())));
            return new ExtractedArticle(new AnnotatedArticle(a, "eng", sentences), mentions, List.of(), List.of(),
                    relations, events);
        }
    }

    static EventQuantity days(long n) {
        return new EventQuantity(QuantityRole.DURATION_DAYS, n,
                new Quantity(1, new TextSpan(0, 6), "30-day", n, "day", null));
    }

    /** The prediction that says exactly what the gold says. */
    static Prediction perfect() {
        Prediction p = new Prediction();
        EntityRef ua = p.entity("state/UA", EntityType.STATE, "Ukraine", "Ukrainian");
        EntityRef zel = p.entity("person/zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Zelensky");
        EntityRef erd = p.entity("person/erdogan", EntityType.PERSON, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan");
        EntityRef ank = p.entity("place/ankara", EntityType.PLACE, "Ankara", "Ankara");
        EntityRef ru = p.entity("state/RU", EntityType.STATE, "Russia", "Russia");
        p.entity("place/istanbul", EntityType.PLACE, "Istanbul", "Istanbul");
        p.relation(RelationType.HOLDS_POST, zel, ua, "President", "Ukrainian President Volodymyr Zelenskyy");
        p.event(EventType.MEETING, EventStatus.OCCURRED, "met", "Volodymyr Zelenskyy met Recep Tayyip Erdogan in Ankara",
                List.of(p.in(Role.PARTICIPANT, zel), p.in(Role.PARTICIPANT, erd)), ank, "2025-05-15", List.of());
        p.event(EventType.DEMAND, EventStatus.OCCURRED, "demanded", "Russia demanded", List.of(p.in(Role.SPEAKER, ru)),
                null, null, List.of());
        p.event(EventType.CEASEFIRE, EventStatus.DEMANDED, "ceasefire", "a 30-day ceasefire", List.of(), null, null,
                List.of(days(30)));
        return p;
    }

    static Scores score(ExtractedArticle predicted) {
        FactScorer s = new FactScorer();
        s.add(gold(), predicted);
        return s.scores();
    }

    @Test
    void goldAgainstItselfScoresOneEverywhere() {
        Scores s = score(perfect().build());
        assertEquals(new Count(6, 6, 6), s.category(FactScorer.ENTITIES));
        assertEquals(new Count(1, 1, 1), s.category(FactScorer.RELATIONS));
        assertEquals(new Count(3, 3, 3), s.category(FactScorer.EVENTS));
        // meeting: 2 participants + place + time; demand: speaker; ceasefire: duration
        assertEquals(new Count(6, 6, 6), s.category(FactScorer.ARGUMENTS));
        for (String c : FactScorer.CATEGORIES) {
            assertEquals(1.0, s.category(c).precision(), c);
            assertEquals(1.0, s.category(c).recall(), c);
            assertEquals(1.0, s.category(c).f1(), c);
        }
        assertEquals(List.of(), s.errors());
        assertEquals(new Count(1, 1, 1), s.relationTypes().get("HOLDS_POST"));
        assertEquals(new Count(1, 1, 1), s.eventTypes().get("CEASEFIRE"));
    }

    @Test
    void nothingPredictedHasRecallZeroAndListsEveryGoldItemAsMissed() {
        Scores s = score(new Prediction().build());
        assertEquals(new Count(6, 0, 0), s.category(FactScorer.ENTITIES));
        assertEquals(new Count(1, 0, 0), s.category(FactScorer.RELATIONS));
        assertEquals(new Count(3, 0, 0), s.category(FactScorer.EVENTS));
        assertEquals(new Count(6, 0, 0), s.category(FactScorer.ARGUMENTS));
        for (String c : FactScorer.CATEGORIES) {
            assertEquals(0.0, s.category(c).recall(), c);
            assertEquals(0.0, s.category(c).f1(), c);
        }
        assertEquals(6 + 1 + 3 + 6, s.errors().size());
        assertTrue(s.errors().stream().noneMatch(Scores.Error::falsePositive));
        assertTrue(s.errorList(2).contains("t1: Volodymyr Zelenskyy (PERSON)"), s.errorList(2));
    }

    @Test
    void aSwappedTypeIsCountedWrongInEachCategory() {
        Prediction p = new Prediction();
        EntityRef ua = p.entity("state/UA", EntityType.STATE, "Ukraine", "Ukrainian");
        EntityRef zel = p.entity("person/zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Zelensky");
        EntityRef erd = p.entity("person/erdogan", EntityType.PERSON, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan");
        EntityRef ank = p.entity("place/ankara", EntityType.PLACE, "Ankara", "Ankara");
        EntityRef ru = p.entity("place/russia", EntityType.PLACE, "Russia", "Russia");     // PLACE, gold says STATE
        p.entity("place/istanbul", EntityType.PLACE, "Istanbul", "Istanbul");
        p.relation(RelationType.HELD_POST, zel, ua, "President", "Ukrainian President Volodymyr Zelenskyy");
        p.event(EventType.NEGOTIATION, EventStatus.OCCURRED, "met", "Volodymyr Zelenskyy met Recep Tayyip Erdogan in Ankara",
                List.of(p.in(Role.PARTICIPANT, zel), p.in(Role.PARTICIPANT, erd)), ank, "2025-05-15", List.of());
        p.event(EventType.DEMAND, EventStatus.OCCURRED, "demanded", "Russia demanded", List.of(p.in(Role.SPEAKER, ru)),
                null, null, List.of());
        p.event(EventType.CEASEFIRE, EventStatus.OCCURRED, "ceasefire", "a 30-day ceasefire", List.of(), null, null,
                List.of(days(30)));
        Scores s = score(p.build());
        assertEquals(new Count(6, 6, 5), s.category(FactScorer.ENTITIES));
        assertEquals(new Count(1, 1, 0), s.category(FactScorer.RELATIONS));
        assertEquals(new Count(1, 0, 0), s.relationTypes().get("HOLDS_POST"));
        assertEquals(new Count(0, 1, 0), s.relationTypes().get("HELD_POST"));
        // only the demand matches: the meeting was typed NEGOTIATION, the demanded ceasefire OCCURRED
        assertEquals(new Count(3, 3, 1), s.category(FactScorer.EVENTS));
        assertEquals(new Count(1, 0, 0), s.eventTypes().get("MEETING"));
        assertEquals(new Count(0, 1, 0), s.eventTypes().get("NEGOTIATION"));
        // the demand's speaker is the PLACE-typed Russia entity: the surface still matches
        assertEquals(new Count(6, 6, 1), s.category(FactScorer.ARGUMENTS));
        assertTrue(s.errors().contains(new Scores.Error(FactScorer.ENTITIES, true, "t1", "Russia (PLACE)")), s.errors().toString());
        assertTrue(s.errors().contains(new Scores.Error(FactScorer.ENTITIES, false, "t1", "Russia (STATE)")));
    }

    @Test
    void demonymMentionsAreNotScoredAsNamesButStillMatchTheirEntity() {
        Prediction p = perfect();
        Scores s = score(p.build());
        // "Ukrainian" was predicted (as a demonym) and is not in the gold entities: no false positive
        assertEquals(new Count(6, 6, 6), s.category(FactScorer.ENTITIES));
        // the same mention found by a name recogniser is a name: a false positive
        Prediction q = perfect();
        ResolvedMention ukr = q.mentions.get(0);
        Mention m = ukr.mention();
        q.mentions.set(0, new ResolvedMention(new Mention(m.sentence(), m.span(), m.text(), m.type(), m.normalized(),
                "model", 1.0, null), ukr.entity()));
        assertEquals(new Count(6, 7, 6), score(q.build()).category(FactScorer.ENTITIES));
    }

    @Test
    void aGoldEntityStringMatchesAnyMentionTextOfThePredictedEntity() {
        // gold: HOLDS_POST(Zelensky, Ukrainian, President); predicted subject labelled "Volodymyr Zelenskyy",
        // object labelled "Ukraine": they match through their mentions "Zelensky" and "Ukrainian"
        assertEquals(new Count(1, 1, 1), score(perfect().build()).category(FactScorer.RELATIONS));

        // the same relation when "Zelensky" was resolved to another entity: no match
        Prediction p = new Prediction();
        EntityRef ua = p.entity("state/UA", EntityType.STATE, "Ukraine", "Ukrainian");
        EntityRef zel = p.entity("person/zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy", "Volodymyr Zelenskyy");
        p.entity("person/zelensky", EntityType.PERSON, "Zelensky", "Zelensky");
        p.relation(RelationType.HOLDS_POST, zel, ua, "President", "Ukrainian President Volodymyr Zelenskyy");
        assertEquals(new Count(1, 1, 0), score(p.build()).category(FactScorer.RELATIONS));

        // posts compare normalised ("president" = "President"), other posts do not match
        Prediction q = perfect();
        q.relations.clear();
        EntityRef ua2 = q.mentions.get(0).entity(), zel2 = q.mentions.get(1).entity();
        q.relation(RelationType.HOLDS_POST, zel2, ua2, "president", "Ukrainian President Volodymyr Zelenskyy");
        q.relation(RelationType.HOLDS_POST, zel2, ua2, "Prime Minister", "Ukrainian President Volodymyr Zelenskyy");
        q.relation(RelationType.HOLDS_POST, zel2, ua2, "President", "Ukrainian President Volodymyr Zelenskyy"); // same as the first
        // predicted relations count once per distinct (type, subject, object, normalised post)
        assertEquals(new Count(1, 2, 1), score(q.build()).category(FactScorer.RELATIONS));
    }

    @Test
    void eventArgumentsAreScoredOnMatchedEventsAndCountAsMissedOtherwise() {
        Prediction p = new Prediction();
        EntityRef zel = p.entity("person/zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy", "Volodymyr Zelenskyy");
        EntityRef erd = p.entity("person/erdogan", EntityType.PERSON, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan");
        EntityRef ank = p.entity("place/ankara", EntityType.PLACE, "Ankara", "Ankara");
        EntityRef ru = p.entity("state/RU", EntityType.STATE, "Russia", "Russia");
        // meeting: right participant, wrong role for Erdogan (HOST), right place, wrong day
        p.event(EventType.MEETING, EventStatus.OCCURRED, "met", "Volodymyr Zelenskyy met Recep Tayyip Erdogan in Ankara",
                List.of(p.in(Role.PARTICIPANT, zel), p.in(Role.HOST, erd)), ank, "2025-05-16", List.of());
        // demand found in the wrong sentence: not matched, its speaker is spurious
        p.event(EventType.DEMAND, EventStatus.DEMANDED, "said", "Zelensky said", List.of(p.in(Role.SPEAKER, ru)),
                null, null, List.of());
        p.event(EventType.CEASEFIRE, EventStatus.DEMANDED, "ceasefire", "a 30-day ceasefire", List.of(), null, null,
                List.of(days(3)));
        Scores s = score(p.build());
        assertEquals(new Count(3, 3, 2), s.category(FactScorer.EVENTS));
        // gold 6 (4 + 1 + 1); predicted 4 + 1 + 1; correct: Zelenskyy, Ankara
        assertEquals(new Count(6, 6, 2), s.category(FactScorer.ARGUMENTS));
        List<String> missed = s.errors().stream().filter(e -> e.category().equals(FactScorer.ARGUMENTS) && !e.falsePositive())
                .map(Scores.Error::what).toList();
        assertEquals(List.of("MEETING/OCCURRED 'met' PARTICIPANT=Recep Tayyip Erdogan", "MEETING/OCCURRED 'met' time=2025-05-15",
                "DEMAND/OCCURRED 'demanded' SPEAKER=Russia", "CEASEFIRE/DEMANDED 'ceasefire' DURATION_DAYS=30"), missed);
    }

    @Test
    void eventsMatchOneToOneAndPreferTheCandidateSharingMostArguments() {
        Prediction p = perfect();
        Event meeting = p.events.get(0);
        // a second meeting in the same sentence with no arguments: spurious, the full one is the match
        p.events.add(0, new Event("x", EventType.MEETING, EventStatus.OCCURRED, null, meeting.trigger(), List.of(), null,
                null, List.of(), null, null, meeting.evidence()));
        Scores s = score(p.build());
        assertEquals(new Count(3, 4, 3), s.category(FactScorer.EVENTS));
        assertEquals(new Count(6, 6, 6), s.category(FactScorer.ARGUMENTS));
    }

    @Test
    void precisionRecallAndF1() {
        Count c = new Count(4, 2, 1);
        assertEquals(0.5, c.precision());
        assertEquals(0.25, c.recall());
        assertEquals(2 * 0.5 * 0.25 / 0.75, c.f1(), 1e-12);
        assertEquals(0.0, Count.ZERO.precision());
        assertEquals(0.0, Count.ZERO.f1());
        assertThrows(IllegalArgumentException.class, () -> new Count(1, 1, 2));
        assertEquals("donetsk luhansk", FactScorer.normalize(" Donetsk,  LUHANSK! "));
        assertEquals("u s", FactScorer.normalize("U.S."));
    }

    @Test
    void theTableHasOneRowPerCategoryWithCountsAndScores() {
        String table = score(perfect().build()).table();
        assertTrue(table.lines().anyMatch(l -> l.matches("entities\\s+6\\s+6\\s+6\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000")), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("event arguments\\s+6\\s+6\\s+6\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000")), table);
        assertTrue(table.contains("  HOLDS_POST"), table);
    }
}
