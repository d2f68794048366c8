package org.parley.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.parley.extract.RelationExtractor;
import org.parley.extract.relation.SentenceView.Ment;
import org.parley.knowledge.Gazetteer;
import org.parley.knowledge.KnownEntity;
import org.parley.knowledge.TitleMatch;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityRef;
import org.parley.model.EntityType;
import org.parley.model.Evidence;
import org.parley.model.Relation;
import org.parley.model.RelationType;
import org.parley.model.ResolvedMention;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads relations between resolved entities with general English-news patterns over tokens, part-of-speech tags
 * and entity types, the gazetteer's titles of office and a small word list ({@code relation-lexicon.tsv}).
 *
 * <p>Rules (each named in {@link Evidence#extractor()} as {@code rule:<name>/1}):
 * <ul>
 * <li>{@code post-title}: a title before a person ("Russian Deputy Foreign Minister Mikhail Galuzin",
 *     "Ukraine's Defence Minister X", "former U.S. President Donald Trump", "Kremlin aide X");
 *     {@code post-apposition}: a title in apposition after or before a person ("X, the foreign minister of Y",
 *     "X, who serves as ...", "Ukraine's foreign minister, X,"); {@code post-including}: the state of
 *     "U.S. officials, including Secretary of State X"; {@code post-previous-subject}: a ministry's post opening its
 *     sentence with no state named ("Foreign ministry spokesman X said ...") takes the state the preceding sentence
 *     opens with ("Pakistan has denied ...").</li>
 * <li>{@code affiliation}: analysts, experts, fellows and their organisations ("X, a senior fellow at Y",
 *     "X of Y", "Y analyst X").</li>
 * <li>{@code delegation-led-by}, {@code delegation-leads}, {@code delegation-includes},
 *     {@code delegation-accompanied}, {@code delegation-part-of}: who leads or belongs to a state's delegation
 *     (also "team" or "side" with a state before it).</li>
 * <li>{@code member-list}, {@code member-joined}, {@code member-apposition}, {@code member-premodifier}:
 *     states (or bodies) that are members of an alliance or organisation.</li>
 * <li>{@code located-comma}, {@code located-in}, {@code located-possessive}: a place in a place or state.</li>
 * </ul>
 *
 * <p>Posts: the office is the gazetteer title's canonical label ("Defense Minister" → "Defence Minister",
 * "spokesman" → "Spokesperson", "Kremlin aide" → "Presidential Aide"), preceded by department words in Title Case
 * ("Foreign Ministry Spokesperson") and followed by " of " and an unnamed unit in Title Case ("Head of Military
 * Intelligence Agency"); demonyms, possessive states and modifiers such as "senior" are not part of it.
 * "former", "ex-", "then-" and "late" make a {@link RelationType#HELD_POST}: the text says the person does not hold
 * the post now ("then-" places it in the past of the report). The post's state or organisation is the one the
 * phrase names (demonym, possessive, "of Y", a seat of government such as "Kremlin"), else the state of the
 * delegation or the "officials, including" phrase the person is named in, else (a ministry's post opening its
 * sentence) the state the preceding sentence opens with, else {@code null}: it is never guessed.
 * Roles that are not offices (analyst, journalist, official) give no post, nor does a bare "leader", "chief" or
 * "head" whose state or body the text does not name.
 *
 * <p>Only entities of the resolved mentions are used. Stateless and thread-safe.
 */
public final class RuleRelationExtractor implements RelationExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(RuleRelationExtractor.class);
    private static final int MAX_PREMODIFIER = 7;

    private final Gazetteer gazetteer;
    private final Lexicon lex;

    public RuleRelationExtractor(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.lex = Lexicon.load();
    }

    @Override
    public List<Relation> extract(AnnotatedArticle article, List<ResolvedMention> mentions) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(mentions, "mentions");
        List<Relation> out = new ArrayList<>();
        List<Relation> leadsBefore = new ArrayList<>();
        Map<String, EntityRef> byKnowledge = new java.util.HashMap<>();
        for (ResolvedMention m : mentions)
            if (m.entity().knowledgeId() != null && m.entity().type() == EntityType.STATE)
                byKnowledge.putIfAbsent(m.entity().knowledgeId(), m.entity());
        SentenceView.Backoff backoff = (index, token) -> demonymBackoff(index, token, byKnowledge);
        SentenceView prev = null;
        for (Sentence s : article.sentences()) {
            SentenceView v = new SentenceView(s, mentions, backoff);
            SentenceView before = prev;
            prev = v;
            if (v.mentions.isEmpty())
                continue;
            List<Relation> found = new ArrayList<>();
            posts(v, before, found);
            delegations(v, found, leadsBefore);
            memberships(v, found);
            locations(v, found);
            for (Relation r : found)
                if (r.type() == RelationType.LEADS_DELEGATION)
                    leadsBefore.add(r);
            out.addAll(found);
        }
        List<Relation> result = dedup(out);
        LOG.debug("{}: {} relations", article.article().sourceName(), result.size());
        return result;
    }

    /**
     * A single-token demonym the name finder left unmarked ("Russian" opening a sentence) stands for a state only if
     * the article names that state elsewhere as a resolved mention: its entity is reused, none is made up.
     */
    private ResolvedMention demonymBackoff(int sentence, org.parley.model.Token token,
                                           Map<String, EntityRef> byKnowledge) {
        String t = token.text();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)))
            return null;
        List<org.parley.knowledge.NameMatch> ms = gazetteer.lookup(t);
        if (ms.isEmpty() || ms.get(0).kind() != org.parley.knowledge.MatchKind.DEMONYM
                || ms.get(0).entity().type() != EntityType.STATE)
            return null;
        EntityRef e = byKnowledge.get(ms.get(0).entity().id());
        if (e == null)
            return null;
        org.parley.model.Mention m = new org.parley.model.Mention(sentence, token.span(), t, EntityType.STATE,
                e.label(), "relation:demonym-backoff", 0.8, e.knowledgeId());
        return new ResolvedMention(m, e);
    }

    // ------------------------------------------------------------------ posts

    /** A title phrase: tokens {@code [from, to)}, the post text, its state or body, whether it is past. */
    record TitlePhrase(int from, int to, String post, String label, Ment object, boolean past, boolean delegation,
                       boolean affiliationRole) {
    }

    private void posts(SentenceView v, SentenceView prev, List<Relation> out) {
        for (Ment p : v.mentions) {
            if (p.type() != EntityType.PERSON)
                continue;
            TitlePhrase t = titleBefore(v, p.start());
            String rule = "post-title";
            if (t == null && v.is(p.start() - 1, ",") && (v.is(p.end(), ",", ".", ")") || p.end() == v.size())) {
                // "Ukraine's foreign minister, Dmytro Kuleba," — the name closes the apposition
                TitlePhrase r = titleBefore(v, p.start() - 1);
                if (r != null && r.object() != null && (r.from() == 0 || v.at(r.from() - 1) == null)) {
                    t = r;
                    rule = "post-apposition";
                }
            }
            if (t != null) {
                emitTitle(v, prev, p, t, t.from(), p.end(), rule, out);
                // "senior envoys Steve Witkoff and Keith Kellogg": a plural title covers the next name too
                Ment next = v.is(p.end(), "and") ? v.startingAt(p.end() + 1) : null;
                if (next != null && next.type() == EntityType.PERSON && isPlural(v, p.start() - 1))
                    emitTitle(v, prev, next, t, t.from(), next.end(), rule, out);
            }
            TitlePhrase after = titleAfter(v, p);
            if (after != null)
                emitTitle(v, prev, p, after, p.start(), after.to(), "post-apposition", out);
            // "Rodrigo Granda, a member of the Revolutionary Armed Forces of Colombia" / "... of the Russian delegation"
            if (v.is(p.end(), ",") && v.is(p.end() + 1, "a", "an") && v.is(p.end() + 2, "member", "members")
                    && v.is(p.end() + 3, "of")) {
                int i = v.is(p.end() + 4, "the") ? p.end() + 5 : p.end() + 4;
                Ment o = v.startingAt(i);
                Delegation d = null;
                for (int j = i; j < Math.min(v.size(), i + 4) && d == null; j++)
                    d = delegationAt(v, j);
                if (d != null && d.owner() != null)
                    out.add(rel(RelationType.DELEGATION_MEMBER, p.entity(), d.owner().entity(), null, v, p.start(),
                            d.head() + 1, "delegation-member-of", 0.85));
                else if (o != null && isBody(o) && !v.isPossessive(o.end()))
                    out.add(rel(RelationType.AFFILIATED_WITH, p.entity(), o.entity(), null, v, p.start(), o.end(),
                            "affiliation", 0.75));
            }
            // "Peter Slezkine of the Stimson Center"
            if (v.is(p.end(), "of") || v.is(p.end(), "at") && v.is(p.start() - 1, "like", "as")) {
                int i = p.end() + 1;
                if (v.is(i, "the"))
                    i++;
                Ment o = v.startingAt(i);
                if (o != null && (o.type() == EntityType.ORGANIZATION || o.type() == EntityType.ALLIANCE)
                        && !v.isPossessive(o.end()))
                    out.add(rel(RelationType.AFFILIATED_WITH, p.entity(), o.entity(), null, v, p.start(), o.end(),
                            "affiliation", 0.75));
            }
        }
    }

    private void emitTitle(SentenceView v, SentenceView prev, Ment person, TitlePhrase t, int from, int to,
                           String rule, List<Relation> out) {
        EntityRef obj = t.object() == null ? null : t.object().entity();
        double conf = 0.9;
        if (obj == null) {
            Ment ctx = includingContext(v, Math.min(from, person.start()));
            if (ctx != null) {
                obj = ctx.entity();
                rule = "post-including";
                conf = 0.75;
            }
        }
        if (obj == null && !t.past() && !t.delegation() && !t.affiliationRole()) {
            Ment topic = ministryTopic(v, prev, t);
            if (topic != null) {
                obj = topic.entity();
                rule = "post-previous-subject";
                conf = 0.7;
            }
        }
        if (t.delegation()) {
            if (obj != null && obj.type() != EntityType.PERSON)
                out.add(rel(RelationType.LEADS_DELEGATION, person.entity(), obj, null, v, from, to,
                        "delegation-title", 0.85));
            return;
        }
        if (t.affiliationRole()) {
            if (obj != null && (obj.type() == EntityType.ORGANIZATION || obj.type() == EntityType.ALLIANCE))
                out.add(rel(RelationType.AFFILIATED_WITH, person.entity(), obj, null, v, from, to, "affiliation",
                        0.85));
            return;
        }
        if (obj != null && obj.type() == EntityType.PLACE)
            obj = null; // a city or region is not what a post is in
        if (obj == null && t.post().equals("Head"))
            return; // "democracy leader X", "ousted leader X": a bare "leader" or "chief" of nothing named
        out.add(rel(t.past() ? RelationType.HELD_POST : RelationType.HOLDS_POST, person.entity(), obj, t.post(), v,
                from, to, rule, obj == null ? conf - 0.05 : conf));
    }

    /** The title phrase whose title ends right before token {@code end}, or null. */
    /**
     * "Iran continues to downplay the threat ... . Foreign Ministry spokesman Hamid Reza Asefi told ...": a ministry's
     * post (a title with "Ministry" in it) that opens its sentence without naming a state belongs to the state the
     * preceding sentence opens with (its subject: a state, a demonym or a possessive within its first three
     * tokens), if this sentence names no state before the post.
     */
    private static Ment ministryTopic(SentenceView v, SentenceView prev, TitlePhrase t) {
        if (prev == null || prev.mentions.isEmpty() || !t.post().contains("Ministry"))
            return null;
        int first = v.is(0, "A", "An", "The") ? 1 : 0;
        if (t.from() != first)
            return null;
        Ment subject = prev.mentions.get(0);
        if (subject.start() > 2 || subject.type() != EntityType.STATE)
            return null;
        return subject;
    }

    private TitlePhrase titleBefore(SentenceView v, int end) {
        int tStart = -1;
        TitleMatch tm = null;
        for (int s = end - 1; s >= Math.max(0, end - 6); s--) {
            Optional<TitleMatch> m = gazetteer.titleMatchAt(v.words, s);
            if (m.isPresent() && m.get().tokenCount() == end - s && !crossesMention(v, s, end)) {
                tStart = s;
                tm = m.get();
            }
        }
        boolean affiliationRole = false;
        String label;
        if (tm == null) {
            if (end > 0 && lex.has("affiliation-role", v.lower[end - 1]) && v.at(end - 1) == null) {
                tStart = end - 1;
                affiliationRole = true;
                label = v.lower[end - 1];
            } else
                return null;
        } else
            label = tm.title().label();
        if (tm != null && isNonOffice(tm.title().label(), v, tStart, end))
            affiliationRole = true;
        // a seat of government opening the title: "Kremlin aide"
        Ment object = v.startingAt(tStart);
        if (object != null && (object.type() == EntityType.PERSON || object.entity().knowledgeId() == null
                || object.end() > end))
            object = null;
        if (v.at(tStart) != null && object == null)
            return null; // the title is part of another name ("National Court Judge")
        boolean past = v.pastPrefix[tStart];
        boolean delegation = false;
        List<String> qualifiers = new ArrayList<>();
        int from = tStart;
        int i = tStart - 1;
        while (i >= 0 && tStart - i <= MAX_PREMODIFIER) {
            String w = v.lower[i];
            Ment m = v.endingBefore(i + 1);
            if (m != null && m.type() != EntityType.PERSON) {
                if (object != null)
                    break;
                object = m;
                from = m.start();
                i = m.start() - 1;
                continue;
            }
            if (v.isPossessive(i) && v.endingBefore(i) != null && v.endingBefore(i).type() != EntityType.PERSON) {
                if (object != null)
                    break;
                Ment pm = v.endingBefore(i);
                object = pm;
                from = pm.start();
                i = pm.start() - 1;
                continue;
            }
            if (v.at(i) != null)
                break;
            if (lex.has("past", w) || v.pastPrefix[i]) {
                past = true;
            } else if (lex.has("rank", w) && qualifiers.isEmpty() && object == null) {
                label = titleCase(w) + " " + label; // "Deputy Secretary-General", "Assistant Secretary of State"
            } else if (lex.has("drop", w)) {
                // not part of the post
            } else if (lex.has("qualifier", w) && object == null) {
                if (w.equals("delegation"))
                    delegation = true;
                else
                    qualifiers.add(0, titleCase(w));
            } else
                break;
            from = i;
            i--;
        }
        if (delegation && !label.equals("Head"))
            delegation = false;
        String post = String.join(" ", qualifiers);
        post = post.isEmpty() ? label : post + " " + label;
        return new TitlePhrase(from, end, post, label, object, past, delegation, affiliationRole);
    }

    /** A title phrase in apposition after a person ("X, a senior analyst at Y", "X, who is the Y of Z"), or null. */
    private TitlePhrase titleAfter(SentenceView v, Ment p) {
        int i = p.end();
        if (!v.is(i, ","))
            return null;
        i++;
        boolean past = false;
        if (v.is(i, "who")) {
            i++;
            if (v.is(i, "was", "served")) past = true;
            if (v.is(i, "is", "was", "serves", "served", "has", "remains")) i++;
            else return null;
            if (v.is(i, "been", "currently", "now")) i++;
            if (v.is(i, "as")) i++;
        }
        if (v.is(i, "a", "an", "the")) i++;
        Ment object = null;
        List<String> qualifiers = new ArrayList<>();
        TitleMatch tm = null;
        int tStart = -1;
        boolean affiliationRole = false;
        for (int k = 0; k < MAX_PREMODIFIER && i < v.size(); k++) {
            Optional<TitleMatch> m = gazetteer.titleMatchAt(v.words, i);
            if (m.isPresent() && !crossesMention(v, i, i + m.get().tokenCount())) {
                tm = m.get();
                tStart = i;
                break;
            }
            if (lex.has("affiliation-role", v.lower[i]) && v.at(i) == null) {
                tStart = i;
                affiliationRole = true;
                break;
            }
            Ment ment = v.startingAt(i);
            String w = v.lower[i];
            if (ment != null && ment.type() != EntityType.PERSON && object == null) {
                object = ment;
                i = ment.end();
                if (v.isPossessive(i)) i++;
                continue;
            }
            if (v.pastPrefix[i] || lex.has("past", w))
                past = true;
            else if (lex.has("rank", w))
                qualifiers.add(titleCase(w));
            else if (lex.has("qualifier", w) && !w.equals("delegation"))
                qualifiers.add(titleCase(w));
            else if (!lex.has("drop", w))
                return null;
            i++;
        }
        if (tStart < 0)
            return null;
        past |= v.pastPrefix[tStart];
        int end = tStart + (tm == null ? 1 : tm.tokenCount());
        String label = tm == null ? v.lower[tStart] : tm.title().label();
        if (tm != null && isNonOffice(label, v, tStart, end))
            affiliationRole = true;
        Ment inTitle = v.startingAt(tStart);
        if (object == null && inTitle != null && inTitle.type() != EntityType.PERSON
                && inTitle.entity().knowledgeId() != null && inTitle.end() <= end)
            object = inTitle;
        String suffix = "";
        boolean delegation = false;
        if (v.is(end, "of", "at", "for", "with", "to", "in")) {
            int j = end + 1;
            if (v.is(j, "the")) j++;
            Ment o = v.startingAt(j);
            if (o != null && o.type() != EntityType.PERSON) {
                int after = o.end();
                if (v.isPossessive(after)) {
                    // "chief of Russia's military intelligence agency"
                    int k = after + 1;
                    List<String> unit = new ArrayList<>();
                    while (k < v.size() && !v.isPunct(k) && v.at(k) == null && (v.pos(k).equals("NOUN")
                            || v.pos(k).equals("ADJ") || v.pos(k).equals("PROPN")) && unit.size() < 5) {
                        unit.add(v.lower[k]);
                        k++;
                    }
                    if (lex.has("delegation", last(unit))) {
                        delegation = true;
                    } else if (!unit.isEmpty()) {
                        suffix = " of " + titleCase(String.join(" ", unit));
                    }
                    if (object == null) object = o;
                    end = k;
                } else if (lex.has("delegation", v.lower[after])) {
                    delegation = true;
                    if (object == null) object = o;
                    end = after + 1;
                } else if (object == null && (o.type() != EntityType.PLACE || v.is(end, "of"))) {
                    object = o;
                    end = after;
                }
            } else if (lex.has("delegation", v.lower[j]) || j + 1 < v.size() && lex.has("delegation", v.lower[j + 1])) {
                int d = lex.has("delegation", v.lower[j]) ? j : j + 1;
                delegation = true;
                end = d + 1;
            }
        }
        if (!(end >= v.size() || v.isPunct(end) || v.is(end, "who", "which", "and", "said", "says", "told")))
            return null;
        if (delegation && !label.equals("Head"))
            delegation = false;
        String post = String.join(" ", qualifiers);
        post = (post.isEmpty() ? label : post + " " + label) + suffix;
        return new TitlePhrase(p.start(), end, post, label, object, past, delegation, affiliationRole);
    }

    /** Roles that are not offices: analysts, journalists and plain "officials". */
    private static boolean isNonOffice(String label, SentenceView v, int from, int to) {
        if (label.equals("Analyst") || label.equals("Journalist"))
            return true;
        if (label.equals("Officer"))
            for (int i = from; i < to; i++)
                if (v.lower[i].startsWith("official"))
                    return true;
        return false;
    }

    private static boolean crossesMention(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            Ment m = v.at(i);
            if (m != null && m.type() == EntityType.PERSON)
                return true;
        }
        return false;
    }

    /** "U.S. officials, including [title] X": the state of the officials, or null. */
    private Ment includingContext(SentenceView v, int from) {
        int i = from - 1;
        if (v.is(i, "including", "like"))
            i--;
        else if (v.is(i, "as") && v.is(i - 1, "such"))
            i -= 2;
        else
            return null;
        if (v.is(i, ","))
            i--;
        if (i < 0 || !lex.has("officials", v.lower[i]))
            return null;
        i--;
        while (i >= 0 && lex.has("drop", v.lower[i]))
            i--;
        Ment m = v.endingBefore(i + 1);
        if (m != null && (m.type() == EntityType.STATE || m.type() == EntityType.ORGANIZATION
                || m.type() == EntityType.ALLIANCE))
            return m;
        return null;
    }

    // ------------------------------------------------------------------ delegations

    /** A delegation phrase: its head word's token, its owner (state or body) or null, and its first token. */
    record Delegation(int head, Ment owner, int from) {
    }

    private Delegation delegationAt(SentenceView v, int i) {
        if (!lex.has("delegation", v.lower[i]) || v.at(i) != null)
            return null;
        boolean weak = !v.lower[i].startsWith("delegation"); // team, side: only with an owner
        // owner before: "the Russian delegation", "Ukraine's delegation", "the U.S. congressional delegation"
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            int e = v.isPossessive(j) ? j : j + 1;
            Ment m = v.endingBefore(e);
            if (m != null && m.type() != EntityType.PERSON && m.type() != EntityType.PLACE)
                return new Delegation(i, m, m.start());
            if (v.isPunct(j) || v.at(j) != null || !(v.pos(j).equals("ADJ") || v.pos(j).equals("NOUN")
                    || v.pos(j).equals("NUM") || v.is(j, "-")))
                break;
        }
        // owner after: "a delegation of / from X"
        if (!weak && v.is(i + 1, "of", "from")) {
            int j = i + 2;
            if (v.is(j, "the")) j++;
            Ment m = v.startingAt(j);
            if (m != null && m.type() != EntityType.PERSON && m.type() != EntityType.PLACE)
                return new Delegation(i, m, i);
        }
        return weak ? null : new Delegation(i, null, i);
    }

    private void delegations(SentenceView v, List<Relation> out, List<Relation> leadsBefore) {
        for (int i = 0; i < v.size(); i++) {
            Delegation d = delegationAt(v, i);
            if (d == null)
                continue;
            int afterHead = d.head() + 1;
            if (d.owner() != null && d.owner().start() > d.head())
                afterHead = d.owner().end();
            // "the Russian delegation, headed by X" / "Ukraine's delegation was led by X"
            for (int k = afterHead; k < Math.min(v.size() - 1, afterHead + 9); k++) {
                if (v.is(k, ";") || v.at(k) != null && v.at(k).type() == EntityType.PERSON
                        || k > afterHead && delegationAt(v, k) != null)
                    break;
                boolean ledBy = lex.has("lead-by", v.lower[k]) && v.is(k + 1, "by");
                boolean represented = v.is(k, "represented") && v.is(k + 1, "by");
                if (!ledBy && !represented)
                    continue;
                List<Listed> people = leaders(v, k + 2);
                if (d.owner() == null || people.isEmpty())
                    break;
                for (Listed l : people) {
                    RelationType t = represented && people.size() > 1 ? RelationType.DELEGATION_MEMBER
                            : RelationType.LEADS_DELEGATION;
                    out.add(rel(t, l.person().entity(), d.owner().entity(), null, v, d.from(), l.person().end(),
                            "delegation-led-by", represented ? 0.7 : 0.9));
                    postInDelegation(v, l, d, out);
                }
                break;
            }
            // "The U.S. delegation to Turkey includes A and B"
            for (int k = afterHead; k < Math.min(v.size(), afterHead + 8); k++) {
                if (v.isPunct(k) && !v.is(k, ",") || v.at(k) != null && v.at(k).type() == EntityType.PERSON)
                    break;
                boolean includes = lex.has("include-verb", v.lower[k]) && !v.is(k, "including")
                        || v.is(k, "consists") && v.is(k + 1, "of")
                        || v.is(k, "made") && v.is(k + 1, "up") && v.is(k + 2, "of");
                if (!includes)
                    continue;
                int start = v.is(k, "consists") ? k + 2 : v.is(k, "made") ? k + 3 : k + 1;
                if (d.owner() == null)
                    break;
                for (Listed l : list(v, start)) {
                    out.add(rel(RelationType.DELEGATION_MEMBER, l.person().entity(), d.owner().entity(), null, v,
                            d.from(), l.person().end(), "delegation-includes", 0.85));
                    postInDelegation(v, l, d, out);
                }
                break;
            }
            // "A, B and C are also part of the Russian delegation"
            if (d.owner() != null) {
                int k = d.from() - 1;
                if (v.is(k, "the")) k--;
                if (v.is(k, "of") && v.is(k - 1, "part", "members", "member")) {
                    int verb = k - 2;
                    if (v.is(verb, "also")) verb--;
                    if (v.is(verb, "are", "were", "is", "was")) {
                        List<Listed> people = listBackwards(v, verb);
                        for (Listed l : people) {
                            out.add(rel(RelationType.DELEGATION_MEMBER, l.person().entity(), d.owner().entity(),
                                    null, v, people.get(0).from(), d.head() + 1, "delegation-part-of", 0.85));
                            postInDelegation(v, l, d, out);
                        }
                    }
                }
            }
        }
        // "X led / heads / will lead the Russian delegation", "X, who heads Ukraine's delegation"
        for (Ment p : v.mentions) {
            if (p.type() != EntityType.PERSON)
                continue;
            int k = p.end();
            if (v.is(k, ",") && v.is(k + 1, "who")) k += 2;
            while (k < v.size() && lex.has("aux", v.lower[k])) k++;
            if (k >= v.size() || !lex.has("lead-verb", v.lower[k]) || !v.pos(k).matches("VERB|AUX|NOUN"))
                continue;
            if (v.is(k + 1, "by"))
                continue;
            for (int j = k + 1; j < Math.min(v.size(), k + 6); j++) {
                Delegation d = delegationAt(v, j);
                if (d == null) {
                    if (v.isPunct(j) || v.at(j) != null && v.at(j).type() == EntityType.PERSON)
                        break;
                    continue;
                }
                Ment owner = d.owner();
                double conf = 0.9;
                if (owner == null) {
                    TitlePhrase t = titleBefore(v, p.start());
                    owner = t == null ? null : t.object();
                    conf = 0.6;
                }
                if (owner != null && owner.type() != EntityType.PERSON && owner.type() != EntityType.PLACE)
                    out.add(rel(RelationType.LEADS_DELEGATION, p.entity(), owner.entity(), null, v, p.start(),
                            d.head() + 1, "delegation-leads", conf));
                break;
            }
        }
        // "He will be accompanied by A, B and C" after "X will lead the Russian delegation"
        int k = 0;
        Ment subject = null;
        if (v.is(0, "he", "she")) k = 1;
        else if ((subject = v.startingAt(0)) != null && subject.type() == EntityType.PERSON) k = subject.end();
        else return;
        while (k < v.size() && lex.has("aux", v.lower[k])) k++;
        if (!(v.is(k, "accompanied", "joined") && v.is(k + 1, "by")))
            return;
        Relation lead = null;
        for (int j = leadsBefore.size() - 1; j >= 0; j--) {
            Relation r = leadsBefore.get(j);
            boolean near = r.evidence().sentence() >= v.sentence.index() - 1;
            if (subject == null ? near : r.subject().key().equals(subject.entity().key())) {
                lead = r;
                break;
            }
        }
        if (lead == null)
            return;
        for (Listed l : list(v, k + 2)) {
            out.add(rel(RelationType.DELEGATION_MEMBER, l.person().entity(), lead.object(), null, v, 0,
                    l.person().end(), "delegation-accompanied", 0.75));
            if (l.title() != null && l.title().object() == null && !l.title().affiliationRole()
                    && !l.title().delegation())
                out.add(rel(l.title().past() ? RelationType.HELD_POST : RelationType.HOLDS_POST,
                        l.person().entity(), lead.object(), l.title().post(), v, l.title().from(), l.person().end(),
                        "post-delegation", 0.7));
        }
    }

    /** A person in a list, with the title phrase before it (or null). */
    record Listed(Ment person, TitlePhrase title, int from) {
    }

    /** Persons listed from token {@code i} on ("A, B and C", with titles and appositions), until a verb. */
    private List<Listed> list(SentenceView v, int i) {
        List<Listed> out = new ArrayList<>();
        int gap = 0;
        for (; i < v.size(); i++) {
            Ment m = v.startingAt(i);
            if (m != null && m.type() == EntityType.PERSON) {
                TitlePhrase t = titleBefore(v, m.start());
                if (t == null && !out.isEmpty() && v.is(m.start() - 1, "and")
                        && out.get(out.size() - 1).person().end() == m.start() - 1
                        && out.get(out.size() - 1).title() != null
                        && isPlural(v, out.get(out.size() - 1).person().start() - 1))
                    t = out.get(out.size() - 1).title();
                out.add(new Listed(m, t, t == null ? m.start() : t.from()));
                i = m.end() - 1;
                gap = 0;
                continue;
            }
            if (v.is(i, ";", ".", "who", "which", "that", ":") || v.pos(i).equals("VERB") && !v.is(i, "led")
                    || v.pos(i).equals("AUX") || ++gap > 9)
                break;
        }
        return out;
    }

    /** Leaders after "led by": the first person and those joined to it by "and". */
    private List<Listed> leaders(SentenceView v, int i) {
        List<Listed> all = list(v, i);
        List<Listed> out = new ArrayList<>();
        for (Listed l : all) {
            if (out.isEmpty()) {
                if (l.from() - i > 0 && !allTitle(v, i, l.from()))
                    break;
                out.add(l);
                continue;
            }
            Listed prev = out.get(out.size() - 1);
            int between = prev.person().end();
            if (v.is(between, "and") && (l.from() == between + 1 || allTitle(v, between + 1, l.from())))
                out.add(l);
            else
                break;
        }
        return out;
    }

    /** Whether token {@code i}, the last word of a title, is a plural ("envoys", "ministers"). */
    private static boolean isPlural(SentenceView v, int i) {
        if (i < 0 || i >= v.size())
            return false;
        String w = v.lower[i];
        String lemma = v.lemma(i);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !lemma.equals(w) && !lemma.isEmpty()
                || w.endsWith("men");
    }

    private static boolean allTitle(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++)
            if (v.isPunct(i) && !v.is(i, "."))
                return false;
        return true;
    }

    /** Persons listed right before token {@code end}: "A, B and C are ...". */
    private List<Listed> listBackwards(SentenceView v, int end) {
        int i = end - 1;
        List<Listed> out = new ArrayList<>();
        while (i >= 0) {
            Ment m = v.endingBefore(i + 1);
            if (m == null || m.type() != EntityType.PERSON)
                break;
            out.add(0, new Listed(m, null, m.start()));
            i = m.start() - 1;
            if (v.is(i, "and")) i--;
            if (v.is(i, ",")) i--;
        }
        return out;
    }

    /** The post of a delegation member whose title names no state: in the delegation's state. */
    private void postInDelegation(SentenceView v, Listed l, Delegation d, List<Relation> out) {
        TitlePhrase t = l.title();
        if (t == null || t.affiliationRole() || t.delegation())
            return;
        EntityRef obj = t.object() != null ? t.object().entity() : d.owner().entity();
        if (obj.type() == EntityType.PLACE)
            return;
        out.add(rel(t.past() ? RelationType.HELD_POST : RelationType.HOLDS_POST, l.person().entity(), obj, t.post(),
                v, t.from(), l.person().end(), t.object() != null ? "post-title" : "post-delegation",
                t.object() != null ? 0.9 : 0.7));
    }

    // ------------------------------------------------------------------ memberships

    private void memberships(SentenceView v, List<Relation> out) {
        for (int k = 0; k < v.size(); k++) {
            // "The Weimar+ alliance, established in 2025, includes France, Germany and Italy"
            boolean verb = lex.has("include-verb", v.lower[k]) && !v.is(k, "including")
                    || v.is(k, "consists") && v.is(k + 1, "of")
                    || v.is(k, "made") && v.is(k + 1, "up") && v.is(k + 2, "of")
                    || v.is(k, "members") && v.is(k + 1, "are", "include");
            if (verb) {
                Ment body = bodySubject(v, v.is(k, "made") || v.is(k, "members") ? k - 1 : k);
                if (body != null) {
                    int start = v.is(k, "consists", "members") ? k + 2 : v.is(k, "made") ? k + 3 : k + 1;
                    List<Ment> states = stateList(v, start);
                    for (Ment s : states)
                        out.add(rel(RelationType.MEMBER_OF, s.entity(), body.entity(), null, v, body.start(),
                                states.get(states.size() - 1).end(), "member-list", 0.85));
                }
            }
            // "Turkey joined NATO in 1952", "Croatia became a member of the EU"
            Ment s = v.endingBefore(k);
            if (s != null && (s.type() == EntityType.STATE || s.type() == EntityType.ALLIANCE
                    || s.type() == EntityType.ORGANIZATION)) {
                int j = k;
                if (v.is(j, "has", "have", "had", "formally", "officially")) j++;
                if (v.is(j, "formally", "officially")) j++;
                Ment body = null;
                if (v.is(j, "joined")) {
                    int b = v.is(j + 1, "the") ? j + 2 : j + 1;
                    body = v.startingAt(b);
                } else if (v.is(j, "became", "is", "are", "remains") && v.is(j + 1, "a", "an")
                        && v.is(j + 2, "member") && v.is(j + 3, "of")) {
                    int b = v.is(j + 4, "the") ? j + 5 : j + 4;
                    body = v.startingAt(b);
                }
                if (body != null && isBody(body) && !body.entity().key().equals(s.entity().key()))
                    out.add(rel(RelationType.MEMBER_OF, s.entity(), body.entity(), null, v, s.start(), body.end(),
                            "member-joined", 0.85));
            }
            // "Poland, a member of NATO," / "Turkey, a NATO member,"
            if (s != null && s.type() == EntityType.STATE && v.is(k, ",") && v.is(k + 1, "a", "an", "the")) {
                int j = k + 2;
                if (lex.has("drop", v.lower[j]) || v.is(j, "fellow", "founding")) j++;
                Ment body = null;
                int end = -1;
                if (v.is(j, "member") && v.is(j + 1, "of")) {
                    int b = v.is(j + 2, "the") ? j + 3 : j + 2;
                    body = v.startingAt(b);
                    end = body == null ? -1 : body.end();
                } else if ((body = v.startingAt(j)) != null && v.is(body.end(), "member", "ally")) {
                    end = body.end() + 1;
                }
                if (body != null && isBody(body) && (end >= v.size() || v.isPunct(end) || v.is(end, "and")))
                    out.add(rel(RelationType.MEMBER_OF, s.entity(), body.entity(), null, v, s.start(), end,
                            "member-apposition", 0.85));
            }
            // "NATO members Turkey and Greece", "fellow EU member Hungary"
            Ment b = v.startingAt(k);
            if (b != null && isBody(b) && lex.has("member-head", v.lower[Math.min(b.end(), v.size() - 1)])
                    && b.end() < v.size()) {
                int j = b.end() + 1;
                if (v.is(j, "states", "countries", "nations")) j++;
                List<Ment> states = new ArrayList<>();
                while (j < v.size()) {
                    Ment m = v.startingAt(j);
                    if (m == null || m.type() != EntityType.STATE)
                        break;
                    states.add(m);
                    j = m.end();
                    if (v.is(j, ",") && v.startingAt(j + 1) != null) j++;
                    else if (v.is(j, "and") || v.is(j, ",") && v.is(j + 1, "and")) j += v.is(j, "and") ? 1 : 2;
                    else break;
                }
                for (Ment st : states)
                    out.add(rel(RelationType.MEMBER_OF, st.entity(), b.entity(), null, v, b.start(),
                            states.get(states.size() - 1).end(), "member-premodifier", 0.8));
            }
        }
    }

    private static boolean isBody(Ment m) {
        return m.type() == EntityType.ALLIANCE || m.type() == EntityType.ORGANIZATION;
    }

    /** The alliance or organisation that is the subject of the verb at token {@code verb}, or null. */
    private Ment bodySubject(SentenceView v, int verb) {
        int i = verb - 1;
        if (v.is(i, "also", "now", "currently")) i--;
        if (v.is(i, "which") && v.is(i - 1, ",")) {
            // "the Bolivarian Alternative for the Americas, which includes Nicaragua, Bolivia, ..."
            Ment m = v.endingBefore(i - 1);
            return m != null && isBody(m) && !tailOfLongerName(v, m) ? m : null;
        }
        if (v.is(i, ",")) {
            int j = i - 1;
            while (j >= 0 && i - j < 16 && !v.is(j, ",")) {
                if (v.is(j, ";") || v.pos(j).equals("AUX") || v.is(j, "which", "that"))
                    return null;
                j--;
            }
            if (j < 0 || !v.is(j, ","))
                return null;
            i = j - 1;
        }
        while (i >= 0 && lex.has("body-head", v.lower[i]) && v.at(i) == null) i--;
        Ment m = v.endingBefore(i + 1);
        if (m == null || !isBody(m) || tailOfLongerName(v, m))
            return null;
        return m;
    }

    /** "... Alternative for the Americas": a name after "of"/"for" that follows a capitalised word is only a piece. */
    private static boolean tailOfLongerName(SentenceView v, Ment m) {
        int i = m.start() - 1;
        if (v.is(i, "the")) i--;
        if (!v.is(i, "of", "for"))
            return false;
        String prev = i > 0 ? v.tokens.get(i - 1).text() : "";
        return !prev.isEmpty() && Character.isUpperCase(prev.codePointAt(0));
    }

    /** States (or bodies) listed from token {@code i}: "France, Germany, Poland, the United Kingdom, and Italy". */
    private static List<Ment> stateList(SentenceView v, int i) {
        List<Ment> out = new ArrayList<>();
        while (i < v.size()) {
            if (v.is(i, "the")) i++;
            Ment m = v.startingAt(i);
            if (m == null || !(m.type() == EntityType.STATE || m.type() == EntityType.ALLIANCE
                    || m.type() == EntityType.ORGANIZATION) || v.isPossessive(m.end()))
                break;
            out.add(m);
            i = m.end();
            if (v.is(i, ",") && v.is(i + 1, "and")) i += 2;
            else if (v.is(i, ",", "and")) i++;
            else break;
        }
        // a list needs a second member, or a single one that ends the clause
        if (out.size() == 1) {
            int after = out.get(0).end();
            if (!(after >= v.size() || v.isPunct(after)))
                return List.of();
        }
        return out;
    }

    // ------------------------------------------------------------------ locations

    private void locations(SentenceView v, List<Relation> out) {
        for (Ment a : v.mentions) {
            if (a.type() != EntityType.PLACE)
                continue;
            if (v.is(a.start() - 1, ",", "and") && v.startingAt(a.start() - 2) == null
                    && v.endingBefore(a.start() - 1) != null)
                continue; // inside a list
            if (v.is(a.start() - 1, "of") && (lex.has("direction", v.lower[Math.max(0, a.start() - 2)])
                    || v.is(a.start() - 2, "outside", "south", "north", "east", "west")))
                continue; // a point of reference: "250 kilometers northeast of Moscow, in the Ivanovo region"
            int i = a.end();
            // "Istanbul, Turkey," / "Kramatorsk, Donetsk region"
            if (v.is(i, ",")) {
                Ment b = v.startingAt(i + 1);
                if (b != null && (b.type() == EntityType.STATE || b.type() == EntityType.PLACE)) {
                    int after = b.end();
                    if (lex.has("area-head", v.lower[Math.min(after, v.size() - 1)]) && after < v.size()) after++;
                    boolean endsPhrase = after >= v.size() || v.is(after, ",", ".", ")", ";", "--", "-")
                            || v.pos(after).equals("ADP");
                    boolean listGoesOn = v.is(after, ",") && v.startingAt(after + 1) != null
                            || v.is(after, "and");
                    if (endsPhrase && !listGoesOn && !v.isPossessive(b.end()) && contains(b, a, after > b.end()))
                        out.add(rel(RelationType.LOCATED_IN, a.entity(), b.entity(), null, v, a.start(), after,
                                "located-comma", known(a) ? 0.9 : 0.75));
                }
                i++;
            }
            // "Bilopillia, in the Sumy region", "Kramatorsk in eastern Ukraine", "the city of X in Y"
            if (v.is(i, "in")) {
                int j = i + 1;
                if (v.is(j, "the")) j++;
                boolean direction = false;
                while (j < v.size() && lex.has("direction", v.lower[j]) && v.at(j) == null) {
                    direction = true;
                    j++;
                }
                Ment b = v.startingAt(j);
                if (b != null && (b.type() == EntityType.STATE || b.type() == EntityType.PLACE)
                        && !v.isPossessive(b.end())) {
                    int after = b.end();
                    boolean area = after < v.size() && lex.has("area-head", v.lower[after]);
                    boolean cityOf = v.is(a.start() - 1, "of") && lex.has("place-head", v.lower[Math.max(0, a.start() - 2)]);
                    boolean nounFollows = !area && after < v.size() && (v.pos(after).equals("NOUN")
                            || v.pos(after).equals("PROPN"));
                    boolean comma = v.is(a.end(), ",");
                    if (!nounFollows && (direction || area || cityOf || comma || agrees(a, b))
                            && contains(b, a, area))
                        out.add(rel(RelationType.LOCATED_IN, a.entity(), b.entity(), null, v, a.start(),
                                area ? after + 1 : after, "located-in", 0.85));
                }
            }
        }
        // "Istanbul's Dolmabahçe Palace", "Ukraine's Donetsk region"
        for (Ment a : v.mentions) {
            if (a.type() != EntityType.PLACE || !v.isPossessive(a.start() - 1))
                continue;
            Ment b = v.endingBefore(a.start() - 1);
            if (b == null || !(b.type() == EntityType.PLACE || b.type() == EntityType.STATE) || !known(b))
                continue;
            if (!known(a) ? true : agrees(a, b))
                out.add(rel(RelationType.LOCATED_IN, a.entity(), b.entity(), null, v, b.start(), a.end(),
                        "located-possessive", known(a) ? 0.85 : 0.75));
        }
    }

    private static boolean known(Ment m) {
        return m.entity().knowledgeId() != null;
    }

    private KnownEntity knownEntity(Ment m) {
        String id = m.entity().knowledgeId();
        return id == null ? null : gazetteer.byId(id).orElse(null);
    }

    /** Whether the gazetteer places {@code a} in {@code b} (same state for a state, same country for a region). */
    private boolean agrees(Ment a, Ment b) {
        KnownEntity ka = knownEntity(a), kb = knownEntity(b);
        if (ka == null || kb == null)
            return false;
        if (kb.type() == EntityType.STATE)
            return gazetteer.stateOf(ka).map(s -> s.id().equals(kb.id())).orElse(false);
        return kb.id().startsWith("region:") && !ka.id().startsWith("region:") && ka.countryCode() != null
                && ka.countryCode().equals(kb.countryCode());
    }

    /**
     * Whether the text may place {@code a} in {@code b}: not if the gazetteer knows both and disagrees, and a place
     * in a place only if that is a region (or named as one: {@code areaWord}).
     */
    private boolean contains(Ment b, Ment a, boolean areaWord) {
        KnownEntity ka = knownEntity(a), kb = knownEntity(b);
        if (ka != null && (ka.type() == EntityType.STATE || ka.id().startsWith("territory:")))
            return false;
        if (b.type() == EntityType.STATE) {
            if (ka == null || ka.disputed())
                return true;
            return gazetteer.stateOf(ka).map(s -> kb != null && s.id().equals(kb.id())).orElse(false);
        }
        // b is a place
        if (kb == null)
            return areaWord;
        if (!kb.id().startsWith("region:") && !areaWord)
            return false;
        if (ka != null && ka.id().startsWith("region:"))
            return false;
        return ka == null || ka.countryCode() == null || ka.countryCode().equals(kb.countryCode());
    }

    // ------------------------------------------------------------------ helpers

    private static Relation rel(RelationType type, EntityRef subject, EntityRef object, String post, SentenceView v,
                                int from, int to, String rule, double confidence) {
        TextSpan span = v.span(from, to);
        return new Relation(type, subject, object, post, new Evidence(v.sentence.index(), span, "rule:" + rule + "/1",
                confidence));
    }

    /** One relation per type, subject, object, post and sentence (the most confident); a post with an object wins
     * over the same post without one. */
    private static List<Relation> dedup(List<Relation> all) {
        Map<String, Relation> best = new LinkedHashMap<>();
        for (Relation r : all) {
            if (r.subject().key().equals(r.object() == null ? "" : r.object().key()))
                continue;
            String k = r.type() + "|" + r.subject().key() + "|" + (r.object() == null ? "" : r.object().key()) + "|"
                    + r.post() + "|" + r.evidence().sentence();
            Relation old = best.get(k);
            if (old == null || old.evidence().confidence() < r.evidence().confidence())
                best.put(k, r);
        }
        List<Relation> out = new ArrayList<>();
        for (Relation r : best.values()) {
            if (r.object() == null && best.values().stream().anyMatch(o -> o.object() != null
                    && o.type() == r.type() && o.subject().key().equals(r.subject().key())
                    && Objects.equals(o.post(), r.post()) && o.evidence().sentence() == r.evidence().sentence()))
                continue;
            out.add(r);
        }
        return List.copyOf(out);
    }

    private static String last(List<String> l) {
        return l.isEmpty() ? "" : l.get(l.size() - 1);
    }

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (b.length() > 0) b.append(' ');
            if (w.equals("of") || w.equals("the") || w.equals("for") || w.equals("and"))
                b.append(w);
            else
                b.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return b.toString();
    }
}
