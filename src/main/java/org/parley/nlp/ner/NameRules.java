package org.parley.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * Fixed span-convention rules that run after the model (not trained). The training corpus is silver: some of
 * its spans run over commas ({@code Bakersfield , California}) or start with {@code the}, and the model learns
 * that. These rules restore the CoNLL conventions Parley follows:
 * <ol>
 *   <li>a span is split at {@code , ; / ( )} (the separators are not part of any name);</li>
 *   <li>function words ({@code the}, {@code of}, {@code and} ...) at the start or end of a span are dropped
 *       ({@code the Netherlands} → {@code Netherlands}); a piece without an upper-case letter or digit is
 *       dropped;</li>
 *   <li>titles at the start of a person span are dropped ({@code President Bush} → {@code Bush}); a person
 *       span that is only a title is dropped;</li>
 *   <li>a name of two or more words whose head noun has a type ({@link NameHeads}) gets that type
 *       ({@code Moosehead Lake} is a location, {@code Acme Records} an organization).</li>
 * </ol>
 * With the model's location dictionary (gazetteer names, stored in the model) two more rules can run (not by
 * default, see {@link #DEFAULT}):
 * <ol>
 *   <li>a person or organization span whose text is exactly a known location name becomes a location;</li>
 *   <li>a run of capitalised tokens that no span covers, is not a lone sentence-initial word, is not preceded
 *       by another capitalised token, and is exactly a known location name becomes a location.</li>
 * </ol>
 */
final class NameRules {
    /** The rules, each can be switched off for measuring. */
    enum Rule {
        /** Split at separators, trim function words, drop titles from person spans. */
        CONVENTIONS,
        /** A person or organization span that is exactly a known location name becomes a location. */
        RETYPE_KNOWN_LOCATIONS,
        /** A run of capitalised tokens outside any span that is exactly a known location name is a location. */
        FILL_KNOWN_LOCATIONS,
        /**
         * A name of two or more words whose head noun types it ({@link NameHeads}: "Orange County", "Hudson
         * River" are locations, "Acme Records" an organization) gets that type.
         */
        HEAD_TYPES,
        /**
         * In {@link ParleyNameFinder#findDocument}: a name given different types within one document takes the
         * type most of its mentions have (ties keep each mention's own type).
         */
        DOCUMENT_TYPES,
        /**
         * In {@link ParleyNameFinder#findDocument}: a one-word name that is the first or last word of a person
         * name of two or more words found in the same document ("Angelo" after "Angelo Fresquet") is a person.
         */
        NAME_PARTS,
        /**
         * A name of another type that opens with titles ({@link Titles}) followed by one to three capitalised
         * words that are neither head nouns ({@link NameHeads}) nor ordinary words ({@link CommonWords}) names the
         * person after the titles ("Professor Amos Frumkin", "Captain Willem Janszoon"; not "Foreign Ministry").
         */
        TITLED_PEOPLE,
        /**
         * A name of two people joined by {@code and} or {@code &}, each side two or three capitalised words that
         * are neither head nouns nor ordinary words ("Kent Brewster and Esther Friesner"), is two person names.
         */
        CONJOINED_PEOPLE,
        /**
         * A name of another type of two or three capitalised words that opens with a given name
         * ({@code given-names.txt}: "Tony Blair", "Dick Bumpas") and has no head noun, ordinary word or title after
         * it is a person.
         */
        GIVEN_NAMES,
        /**
         * A name that the model's name lists ({@link NameLists}, stored in the model) hold under exactly one of
         * the person, location (also city, country, state) and organization (also company) types takes that
         * type ("Perth Glory" is an organization, "Kanye West" a person), unless it is a name the model was
         * trained on ({@link TrainingNames}).
         */
        LIST_TYPES,
        /**
         * A name that the model's name lists hold only as a work, film, song, event or product, and under no
         * person, place or organization type, is dropped ("Domesday Book", "Glastonbury Festival"), unless it is a
         * name the model was trained on.
         */
        LISTED_WORKS,
        /**
         * A name of two or more words that the lists hold under exactly one of the person, location and
         * organization types, is not one the model was trained on, begins and ends with a capitalised word or a
         * number, does not end in a word listed as a nationality ("South Korean"), has no separator
         * ({@code , ; / ( )}), title or ordinary capitalised word outside the names it covers, and covers names the
         * model found without crossing any ("American Civil Liberties Union" over
         * "Civil Liberties Union", "Bosnia and Herzegovina" over "Bosnia" and "Herzegovina"), replaces them.
         */
        LIST_SPANS,
        /**
         * A name that joins two listed names with {@code and} or {@code &} ("West Coast Eagles and Fremantle
         * Dockers"), each side listed under exactly one of the person, location and organization types, and is
         * not itself listed or a name the model was trained on, is two names.
         */
        LIST_SPLIT,
        /**
         * A name whose last two or more words are a listed name (exactly one of the person, location and
         * organization types, not a name the model was trained on) right after a title or an ordinary
         * capitalised word ("Advisory National Director Eric Butler", "NFL Champion Baltimore Colts") is that
         * listed name.
         */
        LIST_TAILS,
        /**
         * A name that opens a sentence with "The" ("The Ayalon Cave is ...") loses the "The", whose capital
         * says nothing there, unless the name with it is listed or one the model was trained on ("The Hague").
         */
        OPENING_THE
    }

    /**
     * The rules Parley runs by default: the span conventions, head-noun typing, person name parts, titled and conjoined people,
     * given names. The two location-dictionary rules gained
     * 0.008 F1 on wikigold but lost 0.006 on the held-out news, and Parley's gazetteer already finds known
     * places before the model runs; they stay available for measuring. Head-noun typing ({@link Rule#HEAD_TYPES})
     * gained 0.014 F1 on wikigold (as Parley runs it) at -0.0002 on the held-out news; document-level type
     * voting ({@link Rule#DOCUMENT_TYPES}) lost 0.002 on wikigold and stays off. Person name parts
     * ({@link Rule#NAME_PARTS}) gained 0.0023 on wikigold as Parley runs it; the held-out news is scored sentence
     * by sentence, where it does not run. Titled people ({@link Rule#TITLED_PEOPLE}) gained 0.0037 on wikigold at
     * -0.0003 on the held-out news, whose silver annotation often types a title and name as an organisation
     * ("General Ashfaq Parvez Kayani"). Conjoined people ({@link Rule#CONJOINED_PEOPLE}) gained 0.0039 on wikigold
     * at no change on the held-out news (0.8528). Given names ({@link Rule#GIVEN_NAMES}) gained 0.0010 on wikigold
     * at -0.0001 on the held-out news (five names retyped person there, three of them annotated otherwise in the
     * silver data: "Hugo Chavez" as a location). The name-list rules need a model that carries name lists (from
     * extraction version 4.6); measured one after another on that model (wikigold as Parley runs it / held-out
     * news): list types 0.6766 → 0.6936 / 0.8607 → 0.8572, list spans → 0.6973 / 0.8562, list splits → 0.6986 /
     * 0.8568, name parts left to the lists' types ({@link ParleyNameFinder}) → 0.6993, list tails → 0.6997 /
     * 0.8573, the sentence-opening "The" → 0.7036 / 0.8576. Listed works
     * ({@link Rule#LISTED_WORKS}) lost 0.0008 on wikigold and stays off.
     */
    static final java.util.Set<Rule> DEFAULT = java.util.EnumSet.of(Rule.CONVENTIONS, Rule.HEAD_TYPES, Rule.NAME_PARTS,
            Rule.TITLED_PEOPLE, Rule.CONJOINED_PEOPLE, Rule.GIVEN_NAMES, Rule.LIST_TYPES, Rule.LIST_SPANS,
            Rule.LIST_SPLIT, Rule.LIST_TAILS, Rule.OPENING_THE);

    private static final Set<String> SEPARATORS = Set.of(",", ";", "/", "(", ")", "[", "]", "\"", "|");
    /** Function words that never start or end a name. */
    private static final Set<String> EDGE_WORDS = Set.of("the", "a", "an", "of", "and", "or", "in", "at", "on",
            "for", "to", "from", "by", "with", "as", "near", "between", "-", "&", ":", ".", "'", "`", "``", "''");

    /** The given names of {@code given-names.txt} (the first word of each line). */
    private static final Set<String> GIVEN_NAME_LIST = ListResource.lines("given-names.txt").stream()
            .map(l -> l.split("\\s+")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private NameRules() {
    }

    static List<Span> apply(String[] tokens, List<Span> spans) {
        return apply(tokens, spans, null);
    }

    /** The span conventions and, with {@code locations}, the two location-dictionary rules. */
    static List<Span> apply(String[] tokens, List<Span> spans, Dictionary locations) {
        return apply(tokens, spans, locations, java.util.EnumSet.of(Rule.CONVENTIONS, Rule.RETYPE_KNOWN_LOCATIONS,
                Rule.FILL_KNOWN_LOCATIONS));
    }

    static List<Span> apply(String[] tokens, List<Span> spans, Dictionary locations, java.util.Set<Rule> rules) {
        return apply(tokens, spans, locations, null, rules);
    }

    /** The rules, with the model's location dictionary and name lists where it has them (either may be null). */
    static List<Span> apply(String[] tokens, List<Span> spans, Dictionary locations, NameLists lists,
            java.util.Set<Rule> rules) {
        List<Span> out = rules.contains(Rule.CONVENTIONS) ? conventions(tokens, spans, locations) : spans;
        if (rules.contains(Rule.TITLED_PEOPLE)) {
            out = titledPeople(tokens, out);
        }
        if (rules.contains(Rule.CONJOINED_PEOPLE)) {
            out = conjoinedPeople(tokens, out);
        }
        if (rules.contains(Rule.GIVEN_NAMES)) {
            List<Span> r = new ArrayList<>(out.size());
            for (Span s : out) {
                boolean person = !s.getType().equals(NerTypes.PERSON) && s.length() >= 2 && s.length() <= 3
                        && GIVEN_NAME_LIST.contains(tokens[s.getStart()]) && personLike(tokens, s.getStart() + 1, s.getEnd(), 1);
                r.add(person ? new Span(s.getStart(), s.getEnd(), NerTypes.PERSON) : s);
            }
            out = r;
        }
        if (rules.contains(Rule.HEAD_TYPES)) {
            out = headTypes(tokens, out);
        }
        if (lists != null && rules.contains(Rule.OPENING_THE)) {
            out = openingThe(tokens, out, lists);
        }
        if (lists != null && rules.contains(Rule.LIST_TAILS)) {
            out = listTails(tokens, out, lists);
        }
        if (lists != null && rules.contains(Rule.LIST_SPLIT)) {
            out = listSplit(tokens, out, lists);
        }
        if (lists != null && rules.contains(Rule.LIST_SPANS)) {
            out = listSpans(tokens, out, lists);
        }
        if (lists != null && (rules.contains(Rule.LIST_TYPES) || rules.contains(Rule.LISTED_WORKS))) {
            out = listTypes(tokens, out, lists, rules.contains(Rule.LIST_TYPES), rules.contains(Rule.LISTED_WORKS));
        }
        if (locations == null) {
            return out;
        }
        List<String> tok = List.of(tokens);
        if (rules.contains(Rule.RETYPE_KNOWN_LOCATIONS)) {
            List<Span> r = new ArrayList<>(out.size());
            for (Span s : out) {
                if (!s.getType().equals(NerTypes.LOCATION) && isKnownLocation(tok, s.getStart(), s.getEnd(), locations)) {
                    s = new Span(s.getStart(), s.getEnd(), NerTypes.LOCATION);
                }
                r.add(s);
            }
            out = r;
        }
        if (rules.contains(Rule.FILL_KNOWN_LOCATIONS)) {
            boolean[] covered = new boolean[tokens.length];
            for (Span s : out) {
                for (int i = s.getStart(); i < s.getEnd(); i++) {
                    covered[i] = true;
                }
            }
            List<Span> added = new ArrayList<>(out);
            int i = 0;
            while (i < tokens.length) {
                if (covered[i] || !capitalised(tokens[i])) {
                    i++;
                    continue;
                }
                int e = i;
                while (e < tokens.length && !covered[e] && capitalised(tokens[e])) {
                    e++;
                }
                // the whole capitalised run must be the name, and not only a sentence-initial word
                if (e - i <= 5 && !(i == 0 && e == 1) && isKnownLocation(tok, i, e, locations)
                        && (i == 0 || !capitalised(tokens[i - 1]) || covered[i - 1])) {
                    added.add(new Span(i, e, NerTypes.LOCATION));
                }
                i = e;
            }
            added.sort(null);
            out = added;
        }
        return out;
    }

    /** {@link Rule#TITLED_PEOPLE}: a title and a person's name typed otherwise become the person's name. */
    static List<Span> titledPeople(String[] tokens, List<Span> spans) {
        List<String> tok = List.of(tokens);
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int strip = s.getType().equals(NerTypes.PERSON) ? 0 : Titles.leadingTitleLength(tok, s.getStart(), s.getEnd(), i -> false);
            int rest = s.length() - strip;
            boolean person = strip > 0 && rest >= 1 && rest <= 3;
            for (int i = s.getStart() + strip; person && i < s.getEnd(); i++) {
                String w = tokens[i];
                person = capitalised(w) && NameHeads.typeOfHead(w).isEmpty() && !CommonWords.isCommon(w);
            }
            out.add(person ? new Span(s.getStart() + strip, s.getEnd(), NerTypes.PERSON) : s);
        }
        return out;
    }

    /** {@link Rule#CONJOINED_PEOPLE}: "A B and C D" naming two people becomes two person names. */
    static List<Span> conjoinedPeople(String[] tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size() + 1);
        for (Span s : spans) {
            int and = -1;
            for (int i = s.getStart() + 1; i < s.getEnd() - 1; i++) {
                if (tokens[i].equals("and") || tokens[i].equals("&")) {
                    and = and == -1 ? i : -2;
                }
            }
            if (and >= 0 && personLike(tokens, s.getStart(), and) && personLike(tokens, and + 1, s.getEnd())) {
                out.add(new Span(s.getStart(), and, NerTypes.PERSON));
                out.add(new Span(and + 1, s.getEnd(), NerTypes.PERSON));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Two or three capitalised words, none a head noun or an ordinary word: a person's name by its form. */
    private static boolean personLike(String[] tokens, int start, int end) {
        return personLike(tokens, start, end, 2);
    }

    /** Like {@link #personLike(String[], int, int)}, from {@code min} to three words. */
    private static boolean personLike(String[] tokens, int start, int end, int min) {
        if (end - start < min || end - start > 3) {
            return false;
        }
        for (int i = start; i < end; i++) {
            String w = tokens[i];
            if (!capitalised(w) || NameHeads.typeOfHead(w).isPresent() || CommonWords.isCommon(w) || Titles.isTitle(w)) {
                return false;
            }
        }
        return true;
    }

    /** List types that name one of the finder's types. */
    private static final java.util.Map<String, String> LIST_TYPE_OF = java.util.Map.of("person", NerTypes.PERSON,
            "location", NerTypes.LOCATION, "city", NerTypes.LOCATION, "country", NerTypes.LOCATION, "state",
            NerTypes.LOCATION, "organization", NerTypes.ORGANIZATION, "company", NerTypes.ORGANIZATION);
    /** List types of names that are none of the finder's types. */
    private static final Set<String> WORK_LISTS = Set.of("work", "film", "song", "event", "product");

    /** The one finder type a list mask names, or null when it names none or several. */
    private static String finderType(int mask, List<String> types) {
        String found = null;
        for (int t = 0; t < types.size(); t++) {
            if ((mask & (1 << t)) != 0) {
                String mapped = LIST_TYPE_OF.get(types.get(t));
                if (mapped != null) {
                    if (found != null && !found.equals(mapped)) {
                        return null;
                    }
                    found = mapped;
                }
            }
        }
        return found;
    }

    private static boolean hasList(int mask, List<String> types, String list) {
        int t = types.indexOf(list);
        return t >= 0 && (mask & (1 << t)) != 0;
    }

    /** A word the lists hold as a nationality and not as a country or location ("Korean", not "Sudan"). */
    private static boolean demonym(int mask, List<String> types) {
        return hasList(mask, types, "nationality") && !hasList(mask, types, "country")
                && !hasList(mask, types, "location");
    }

    private static boolean nameEdge(String t) {
        return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)));
    }

    /**
     * The type {@link Rule#LIST_TYPES} gives a name (tokens joined by single spaces): the one finder type the
     * lists hold it under, or null when they hold it under none or several or the model was trained on it.
     */
    static String listType(String name, NameLists lists) {
        return TrainingNames.contains(name) ? null : finderType(lists.mask(name), lists.types());
    }

    /** {@link Rule#OPENING_THE}. */
    static List<Span> openingThe(String[] tokens, List<Span> spans, NameLists lists) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            boolean strip = s.getStart() == 0 && s.length() >= 2 && tokens[0].equals("The");
            if (strip) {
                String text = String.join(" ", java.util.Arrays.asList(tokens).subList(0, s.getEnd()));
                strip = lists.mask(text) == 0 && !TrainingNames.contains(text);
            }
            out.add(strip ? new Span(1, s.getEnd(), s.getType()) : s);
        }
        return out;
    }

    /** {@link Rule#LIST_TAILS}. */
    static List<Span> listTails(String[] tokens, List<Span> spans, NameLists lists) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Span replaced = s;
            for (int b = s.getStart() + 1; b <= s.getEnd() - 2 && replaced == s; b++) {
                String before = tokens[b - 1];
                if (!capitalised(before) || !(Titles.isTitle(before) || CommonWords.isCommon(before))) {
                    continue;
                }
                String type = listType(String.join(" ", java.util.Arrays.asList(tokens).subList(b, s.getEnd())), lists);
                if (type != null) {
                    replaced = new Span(b, s.getEnd(), type);
                }
            }
            out.add(replaced);
        }
        return out;
    }

    /** {@link Rule#LIST_SPLIT}. */
    static List<Span> listSplit(String[] tokens, List<Span> spans, NameLists lists) {
        List<String> types = lists.types();
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int and = -1;
            for (int i = s.getStart() + 1; i < s.getEnd() - 1; i++) {
                if (tokens[i].equals("and") || tokens[i].equals("&")) {
                    and = and == -1 ? i : -2;
                }
            }
            String whole = String.join(" ", java.util.Arrays.asList(tokens).subList(s.getStart(), s.getEnd()));
            if (and < 0 || lists.mask(whole) != 0 || TrainingNames.contains(whole)) {
                out.add(s);
                continue;
            }
            String left = finderType(lists.mask(String.join(" ",
                    java.util.Arrays.asList(tokens).subList(s.getStart(), and))), types);
            String right = finderType(lists.mask(String.join(" ",
                    java.util.Arrays.asList(tokens).subList(and + 1, s.getEnd()))), types);
            if (left != null && right != null) {
                out.add(new Span(s.getStart(), and, left));
                out.add(new Span(and + 1, s.getEnd(), right));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** {@link Rule#LIST_SPANS}. */
    static List<Span> listSpans(String[] tokens, List<Span> spans, NameLists lists) {
        if (spans.isEmpty()) {
            return spans;
        }
        List<String> types = lists.types();
        List<int[]> candidates = new ArrayList<>();
        for (int[] m : lists.matches(tokens)) {
            if (m[1] - m[0] >= 2 && nameEdge(tokens[m[0]]) && nameEdge(tokens[m[1] - 1])
                    && finderType(m[2], types) != null && !demonym(lists.mask(tokens[m[1] - 1]), types)
                    && !TrainingNames.contains(String.join(" ", java.util.Arrays.asList(tokens).subList(m[0], m[1])))) {
                candidates.add(m);
            }
        }
        if (candidates.isEmpty()) {
            return spans;
        }
        candidates.sort((a, b) -> a[1] - a[0] != b[1] - b[0] ? (b[1] - b[0]) - (a[1] - a[0]) : a[0] - b[0]);
        List<Span> out = new ArrayList<>(spans);
        List<int[]> taken = new ArrayList<>();
        for (int[] m : candidates) {
            boolean covers = false;
            boolean crosses = false;
            for (Span s : out) {
                boolean inside = m[0] <= s.getStart() && s.getEnd() <= m[1];
                boolean overlaps = s.getStart() < m[1] && m[0] < s.getEnd();
                covers |= inside && s.length() < m[1] - m[0];
                crosses |= overlaps && !inside;
                crosses |= inside && s.length() == m[1] - m[0];
            }
            for (int[] t : taken) {
                crosses |= t[0] < m[1] && m[0] < t[1];
            }
            for (int i = m[0]; covers && !crosses && i < m[1]; i++) {
                boolean inSpan = false;
                for (Span s : out) {
                    inSpan |= s.getStart() <= i && i < s.getEnd();
                }
                crosses |= !inSpan && (SEPARATORS.contains(tokens[i])
                        || capitalised(tokens[i]) && (Titles.isTitle(tokens[i]) || CommonWords.isCommon(tokens[i])));
            }
            if (covers && !crosses) {
                out.removeIf(s -> m[0] <= s.getStart() && s.getEnd() <= m[1]);
                out.add(new Span(m[0], m[1], finderType(m[2], types)));
                taken.add(m);
            }
        }
        out.sort(null);
        return out;
    }

    /** {@link Rule#LIST_TYPES} and {@link Rule#LISTED_WORKS}. */
    static List<Span> listTypes(String[] tokens, List<Span> spans, NameLists lists, boolean retype, boolean drop) {
        List<String> types = lists.types();
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            String text = String.join(" ", java.util.Arrays.asList(tokens).subList(s.getStart(), s.getEnd()));
            int mask = TrainingNames.contains(text) ? 0 : lists.mask(text);
            if (drop && onlyWorks(mask, types)) {
                continue;
            }
            String type = finderType(mask, types);
            if (retype && type != null && !type.equals(s.getType())) {
                s = new Span(s.getStart(), s.getEnd(), type);
            }
            out.add(s);
        }
        return out;
    }

    /** Whether a list mask names work-like lists (work, film, song, event, product) and no other list. */
    private static boolean onlyWorks(int mask, List<String> types) {
        boolean work = false;
        for (int t = 0; t < types.size(); t++) {
            if ((mask & (1 << t)) != 0) {
                if (!WORK_LISTS.contains(types.get(t))) {
                    return false;
                }
                work = true;
            }
        }
        return work;
    }

    /** Retypes every name of two or more words by its head noun, when the head has a type. */
    static List<Span> headTypes(String[] tokens, List<Span> spans) {
        List<String> tok = List.of(tokens);
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            String type = NameHeads.typeOf(tok, s.getStart(), s.getEnd()).orElse(s.getType());
            out.add(type.equals(s.getType()) ? s : new Span(s.getStart(), s.getEnd(), type));
        }
        return out;
    }

    private static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    private static boolean isKnownLocation(List<String> tok, int b, int e, Dictionary locations) {
        return locations.contains(new StringList(tok.subList(b, e).toArray(new String[0])));
    }

    private static List<Span> conventions(String[] tokens, List<Span> spans, Dictionary locations) {
        List<String> tok = List.of(tokens);
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            List<Span> pieces = new ArrayList<>();
            int start = s.getStart();
            for (int i = s.getStart(); i <= s.getEnd(); i++) {
                if (i == s.getEnd() || SEPARATORS.contains(tokens[i])) {
                    if (i > start) {
                        pieces.add(new Span(start, i, s.getType()));
                    }
                    start = i + 1;
                }
            }
            for (Span p : pieces) {
                int b = p.getStart();
                int e = p.getEnd();
                while (b < e && EDGE_WORDS.contains(tokens[b])) {
                    b++;
                }
                while (e > b && EDGE_WORDS.contains(tokens[e - 1]) && !tokens[e - 1].equals(".")) {
                    e--;
                }
                if (b == e || !hasUpperOrDigit(tokens, b, e)) {
                    continue;
                }
                String type = p.getType();
                if (type.equals(NerTypes.PERSON)) {
                    int strip = Titles.leadingTitleLength(tok, b, e, i -> false);
                    if (strip == e - b) {
                        continue;
                    }
                    b += strip;
                }
                out.add(new Span(b, e, type));
            }
        }
        return out;
    }

    private static boolean hasUpperOrDigit(String[] tokens, int b, int e) {
        for (int i = b; i < e; i++) {
            for (int j = 0; j < tokens[i].length(); j++) {
                char c = tokens[i].charAt(j);
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
