package org.parley.knowledge;

import org.parley.model.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The gazetteer: known states, territories, alliances, organisations, regions and cities, and titles of office.
 *
 * <p>Immutable and thread-safe. {@link #loadDefault()} reads the TSV files shipped in the jar (under
 * {@code org/parley/knowledge/}) once; {@link #load(Path)} reads them from a folder.
 *
 * <p>Name matching is case-sensitive ("US" matches, "us" does not; "Turkey" matches, "turkey" does not), but folds
 * diacritics ("Turkiye" = "Türkiye"), normalises typographic apostrophes and dashes and ignores white space, so a
 * name also matches the concatenation of its tokens. Place names that are common English words
 * ({@code name-stoplist.tsv}) are not matched. Candidates are ordered: state, alliance, organisation, territory,
 * region, city (cities by population); within one class direct names before demonyms, capitals and seats. One
 * refinement: a region matched by a name that is also the name of a city in the same country ranks right after
 * that city ("Kharkiv" → the city, then the oblast; "Kharkiv region" → the oblast).
 */
public final class Gazetteer {
    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);

    /** Classpath folder of the shipped files. */
    public static final String RESOURCE_DIR = "org/parley/knowledge/";

    static final String STATES = "states.tsv";
    static final String TERRITORIES = "territories.tsv";
    static final String ALLIANCES = "alliances.tsv";
    static final String MEMBERS = "alliance-members.tsv";
    static final String ORGANIZATIONS = "organizations.tsv";
    static final String REGIONS = "regions.tsv";
    static final String CITIES = "cities.tsv";
    static final String SEATS = "seats.tsv";
    static final String TITLES = "titles.tsv";
    static final String STOPLIST = "name-stoplist.tsv";

    /** The files the loader reads, in load order. */
    public static final List<String> FILES = List.of(STATES, TERRITORIES, ALLIANCES, MEMBERS, ORGANIZATIONS,
            REGIONS, CITIES, SEATS, TITLES, STOPLIST);

    // ranks of the entity classes in candidate lists
    private static final int R_STATE = 0;
    private static final int R_ALLIANCE = 1;
    private static final int R_ORG = 2;
    private static final int R_TERRITORY = 3;
    private static final int R_REGION = 4;
    private static final int R_CITY = 5;

    /** Upper bound of tokens one name can take (a name's words plus its punctuation, as tokenizers may split it). */
    private static final int MAX_TOKENS = 16;

    private final Map<String, KnownEntity> byId;
    private final Map<String, Cand[]> index;
    private final int maxKeyLength;
    private final Map<String, List<KnownEntity>> members;
    private final Map<String, List<KnownEntity>> capitals;
    private final Map<String, TitleEntry> titleIndex;
    private final Map<String, TitleEntry> titleIndexExactCase;
    private final int maxTitleKeyLength;

    private record Cand(KnownEntity entity, MatchKind kind, int rank, long population, int order) {
    }

    private record TitleEntry(Title title, boolean capitalised) {
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = fromClasspath();
    }

    private Gazetteer(Function<String, BufferedReader> files) {
        long t0 = System.nanoTime();
        Map<String, KnownEntity> entities = new LinkedHashMap<>();
        Map<String, Integer> rankOf = new HashMap<>();
        Map<String, Long> population = new HashMap<>();
        Map<String, List<Cand>> idx = new HashMap<>(1 << 17);
        Set<String> stop = new HashSet<>();
        int[] order = {0};

        // the two big tables are parsed in the background while the small ones are indexed
        java.util.concurrent.CompletableFuture<Tsv> regionsTsv =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> read(files, REGIONS));
        java.util.concurrent.CompletableFuture<Tsv> citiesTsv =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> read(files, CITIES));
        Tsv stopTsv = read(files, STOPLIST);
        for (String[] r : stopTsv.rows())
            stop.add(NameKeys.key(r[stopTsv.column("name")]));

        // states
        Tsv st = read(files, STATES);
        Map<String, List<String>> capitalNames = new HashMap<>();
        Map<String, List<String>> capitalCityIds = new HashMap<>();
        for (String[] r : st.rows()) {
            List<String> names = withLabel(r[st.column("label")], Tsv.multi(r[st.column("names")]));
            List<String> abbrevs = Tsv.multi(r[st.column("abbreviations")]);
            List<String> all = new ArrayList<>(names);
            all.addAll(abbrevs);
            KnownEntity e = new KnownEntity("state:" + r[st.column("id")], EntityType.STATE, r[st.column("label")],
                    emptyToNull(r[st.column("qid")]), null, dedup(all), r[st.column("source")],
                    Boolean.parseBoolean(r[st.column("disputed")]));
            add(entities, e);
            rankOf.put(e.id(), R_STATE);
            index(idx, e, names, MatchKind.NAME, R_STATE, 0, order, null);
            index(idx, e, abbrevs, MatchKind.ABBREVIATION, R_STATE, 0, order, null);
            index(idx, e, Tsv.multi(r[st.column("demonyms")]), MatchKind.DEMONYM, R_STATE, 0, order, null);
            capitalNames.put(e.id(), Tsv.multi(r[st.column("capital")]));
            capitalCityIds.put(e.id(), Tsv.multi(r[st.column("capital_city")]));
        }

        // territories
        Tsv te = read(files, TERRITORIES);
        for (String[] r : te.rows()) {
            List<String> names = withLabel(r[te.column("label")], Tsv.multi(r[te.column("names")]));
            List<String> abbrevs = Tsv.multi(r[te.column("abbreviations")]);
            List<String> all = new ArrayList<>(names);
            all.addAll(abbrevs);
            KnownEntity e = new KnownEntity("territory:" + r[te.column("id")], EntityType.PLACE,
                    r[te.column("label")], emptyToNull(r[te.column("qid")]), emptyToNull(r[te.column("country")]),
                    dedup(all), r[te.column("source")], Boolean.parseBoolean(r[te.column("disputed")]));
            add(entities, e);
            rankOf.put(e.id(), R_TERRITORY);
            index(idx, e, names, MatchKind.NAME, R_TERRITORY, 0, order, stop);
            index(idx, e, abbrevs, MatchKind.ABBREVIATION, R_TERRITORY, 0, order, stop);
            index(idx, e, Tsv.multi(r[te.column("demonyms")]), MatchKind.DEMONYM, R_TERRITORY, 0, order, stop);
        }

        // alliances and organisations
        Tsv al = read(files, ALLIANCES);
        for (String[] r : al.rows())
            addBody(entities, rankOf, idx, order, al, r, "alliance:", EntityType.ALLIANCE, R_ALLIANCE);
        Tsv org = read(files, ORGANIZATIONS);
        for (String[] r : org.rows())
            addBody(entities, rankOf, idx, order, org, r, "org:", EntityType.ORGANIZATION, R_ORG);

        // regions
        Tsv rg = regionsTsv.join();
        for (String[] r : rg.rows()) {
            List<String> names = withLabel(r[rg.column("label")], Tsv.multi(r[rg.column("names")]));
            KnownEntity e = new KnownEntity("region:" + r[rg.column("id")], EntityType.PLACE, r[rg.column("label")],
                    emptyToNull(r[rg.column("qid")]), emptyToNull(r[rg.column("country")]), names,
                    r[rg.column("source")], Boolean.parseBoolean(r[rg.column("disputed")]));
            add(entities, e);
            rankOf.put(e.id(), R_REGION);
            index(idx, e, names, MatchKind.NAME, R_REGION, 0, order, stop);
        }

        // cities
        Tsv ci = citiesTsv.join();
        for (String[] r : ci.rows()) {
            List<String> names = withLabel(r[ci.column("label")], Tsv.multi(r[ci.column("names")]));
            KnownEntity e = new KnownEntity("city:" + r[ci.column("id")], EntityType.PLACE, r[ci.column("label")],
                    emptyToNull(r[ci.column("qid")]), emptyToNull(r[ci.column("country")]), names,
                    r[ci.column("source")], Boolean.parseBoolean(r[ci.column("disputed")]));
            add(entities, e);
            rankOf.put(e.id(), R_CITY);
            long pop = Long.parseLong(r[ci.column("population")]);
            population.put(e.id(), pop);
            index(idx, e, names, MatchKind.NAME, R_CITY, pop, order, stop);
        }

        // capitals, as metonyms of their states
        Map<String, List<KnownEntity>> caps = new HashMap<>();
        for (Map.Entry<String, List<String>> c : capitalCityIds.entrySet()) {
            KnownEntity state = entities.get(c.getKey());
            List<KnownEntity> cities = new ArrayList<>();
            long refPop = 0;
            List<String> names = new ArrayList<>(capitalNames.get(c.getKey()));
            for (String cityId : c.getValue()) {
                KnownEntity city = entities.get(cityId);
                if (city == null)
                    throw new IllegalArgumentException(STATES + ": unknown capital city " + cityId);
                cities.add(city);
                refPop = Math.max(refPop, population.get(cityId));
                names.addAll(city.names());
            }
            caps.put(state.id(), List.copyOf(cities));
            List<String> unambiguous = new ArrayList<>();
            for (String n : names)
                if (!largerCityElsewhere(idx, NameKeys.key(n), state.id().substring(6), refPop))
                    unambiguous.add(n);
            index(idx, state, unambiguous, MatchKind.CAPITAL, R_STATE, 0, order, stop);
        }

        // seats of government
        Tsv se = read(files, SEATS);
        for (String[] r : se.rows()) {
            KnownEntity target = entities.get(r[se.column("target")]);
            if (target == null)
                throw new IllegalArgumentException(SEATS + ": unknown target " + r[se.column("target")]);
            index(idx, target, withLabel(r[se.column("name")], Tsv.multi(r[se.column("names")])),
                    MatchKind.SEAT_OF_GOVERNMENT, rankOf.get(target.id()), 0, order, null);
        }

        // alliance members
        Tsv me = read(files, MEMBERS);
        Map<String, List<KnownEntity>> mem = new LinkedHashMap<>();
        for (String[] r : me.rows()) {
            String alliance = "alliance:" + r[me.column("alliance")];
            KnownEntity member = entities.get(r[me.column("member")]);
            if (!entities.containsKey(alliance) || member == null)
                throw new IllegalArgumentException(MEMBERS + ": unknown alliance or member in "
                        + String.join(" ", r));
            mem.computeIfAbsent(alliance, k -> new ArrayList<>()).add(member);
        }
        Map<String, List<KnownEntity>> memFinal = new HashMap<>();
        mem.forEach((k, v) -> memFinal.put(k, List.copyOf(v)));

        // sort and freeze the name index
        Map<String, Cand[]> frozen = new HashMap<>(idx.size() * 2);
        int maxLen = 0;
        for (Map.Entry<String, List<Cand>> en : idx.entrySet()) {
            frozen.put(en.getKey(), order(en.getValue()));
            maxLen = Math.max(maxLen, en.getKey().length());
        }

        // titles
        Map<String, TitleEntry> tIdx = new HashMap<>();
        Map<String, TitleEntry> tIdxCase = new HashMap<>();
        int maxTitle = 0;
        Tsv ti = read(files, TITLES);
        for (String[] r : ti.rows()) {
            String label = r[ti.column("label")];
            List<String> variants = withLabel(label, Tsv.multi(r[ti.column("variants")]));
            Title title = new Title(label, variants, r[ti.column("kind")],
                    r[ti.column("implies_state")].equals("yes"));
            TitleEntry entry = new TitleEntry(title, r[ti.column("case")].equals("capitalised"));
            for (String v : variants) {
                if (v.length() <= 4 && NameKeys.isAllCaps(v) && v.chars().noneMatch(ch -> ch == '.')) {
                    tIdxCase.putIfAbsent(NameKeys.key(v), entry);
                    tIdxCase.putIfAbsent(NameKeys.key(v + "s"), entry);
                    continue;
                }
                for (String form : List.of(v, pluralTitle(v))) {
                    String k = NameKeys.titleKey(form);
                    tIdx.putIfAbsent(k, entry);
                    maxTitle = Math.max(maxTitle, k.length());
                }
            }
        }

        this.byId = Collections.unmodifiableMap(entities);
        this.index = frozen;
        this.maxKeyLength = maxLen;
        this.members = memFinal;
        this.capitals = caps;
        this.titleIndex = tIdx;
        this.titleIndexExactCase = tIdxCase;
        this.maxTitleKeyLength = maxTitle;
        LOG.info("gazetteer loaded: {} entities, {} name keys, {} title keys in {} ms", entities.size(),
                frozen.size(), tIdx.size() + tIdxCase.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The gazetteer shipped in the jar, loaded on first use and shared. */
    public static Gazetteer loadDefault() {
        return Holder.DEFAULT;
    }

    /** Loads the gazetteer files ({@link #FILES}) from a folder such as {@code data/gazetteer}. */
    public static Gazetteer load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return new Gazetteer(name -> {
            try {
                return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer file " + dir.resolve(name), e);
            }
        });
    }

    private static Gazetteer fromClasspath() {
        return new Gazetteer(name -> {
            InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
            if (in == null)
                throw new IllegalStateException("gazetteer resource missing from the classpath: " + RESOURCE_DIR
                        + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        });
    }

    // ------------------------------------------------------------------ queries

    /**
     * All candidates for a whole name, best first; empty if none. Case-sensitive, diacritics folded.
     *
     * @param name a name as written, e.g. {@code "U.S."}, {@code "Kyiv"}, {@code "Ukrainians"}
     */
    public List<NameMatch> lookup(String name) {
        Objects.requireNonNull(name, "name");
        Cand[] cands = index.get(NameKeys.key(name));
        if (cands == null)
            return List.of();
        String trimmed = name.strip();
        int words = trimmed.isEmpty() ? 1 : trimmed.split("\\s+").length;
        return matches(cands, words);
    }

    /**
     * The candidates of the longest name that starts at {@code start}, or an empty list.
     *
     * @param tokens tokens as produced by the OpenNLP English tokenizer (["United", "States"], ["U.S."])
     * @param start  index of the first token of the name
     */
    public List<NameMatch> longestMatchAt(List<String> tokens, int start) {
        Objects.requireNonNull(tokens, "tokens");
        if (start < 0 || start >= tokens.size())
            throw new IndexOutOfBoundsException("start " + start + " outside " + tokens.size() + " tokens");
        StringBuilder key = new StringBuilder();
        Cand[] best = null;
        int bestLen = 0;
        for (int end = start; end < tokens.size() && end - start < MAX_TOKENS; end++) {
            key.append(NameKeys.key(tokens.get(end)));
            if (key.length() > maxKeyLength)
                break;
            if (key.length() == 0)
                continue;
            Cand[] c = index.get(key.toString());
            if (c != null) {
                best = c;
                bestLen = end - start + 1;
            }
        }
        return best == null ? List.of() : matches(best, bestLen);
    }

    /** The entity with this id ({@code state:UA}, {@code city:Q1899}, ...). */
    public Optional<KnownEntity> byId(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The members of an alliance or organisation, as listed in {@code alliance-members.tsv}: states, and for the
     * G7/G20 also the EU and the African Union. Empty if unknown or not enumerated.
     *
     * @param allianceId {@code alliance:NATO} or just {@code NATO}
     */
    public List<KnownEntity> membersOf(String allianceId) {
        Objects.requireNonNull(allianceId, "allianceId");
        String id = allianceId.startsWith("alliance:") ? allianceId : "alliance:" + allianceId;
        return members.getOrDefault(id, List.of());
    }

    /**
     * The state a place belongs to, following territories to their sovereign (Nuuk → Greenland → Denmark). A state
     * is its own state. Empty for alliances and organisations, for places without a country, and for
     * {@link KnownEntity#disputed() disputed} places or territories: their placement is a contested claim (see
     * {@link KnownEntity#countryCode()}), which this method does not turn into a fact.
     */
    public Optional<KnownEntity> stateOf(KnownEntity place) {
        Objects.requireNonNull(place, "place");
        if (place.type() == EntityType.STATE)
            return Optional.of(place);
        if (place.type() != EntityType.PLACE || place.disputed() || place.countryCode() == null)
            return Optional.empty();
        String cc = place.countryCode();
        for (int hop = 0; hop < 4; hop++) {
            KnownEntity state = byId.get("state:" + cc);
            if (state != null)
                return Optional.of(state);
            KnownEntity territory = byId.get("territory:" + cc);
            if (territory == null || territory.disputed() || territory.countryCode() == null
                    || territory.countryCode().equals(cc))
                return Optional.empty();
            cc = territory.countryCode();
        }
        return Optional.empty();
    }

    /** The capital cities of a state according to Natural Earth (usually one; e.g. two for Bolivia). */
    public List<KnownEntity> capitalsOf(KnownEntity state) {
        Objects.requireNonNull(state, "state");
        return capitals.getOrDefault(state.id(), List.of());
    }

    /** The longest title of office that starts at {@code start}; case-insensitive. */
    public Optional<Title> titleAt(List<String> tokens, int start) {
        return titleMatchAt(tokens, start).map(TitleMatch::title);
    }

    /** Like {@link #titleAt(List, int)}, also telling how many tokens the title covers. */
    public Optional<TitleMatch> titleMatchAt(List<String> tokens, int start) {
        Objects.requireNonNull(tokens, "tokens");
        if (start < 0 || start >= tokens.size())
            throw new IndexOutOfBoundsException("start " + start + " outside " + tokens.size() + " tokens");
        String first = tokens.get(start);
        boolean capitalised = !first.isEmpty() && Character.isUpperCase(first.codePointAt(0));
        TitleMatch best = null;
        TitleEntry exact = titleIndexExactCase.get(NameKeys.key(first));
        if (exact != null)
            best = new TitleMatch(exact.title(), 1);
        StringBuilder key = new StringBuilder();
        for (int end = start; end < tokens.size() && end - start < MAX_TOKENS; end++) {
            key.append(NameKeys.titleKey(tokens.get(end)));
            if (key.length() > maxTitleKeyLength)
                break;
            if (key.length() == 0)
                continue;
            TitleEntry e = titleIndex.get(key.toString());
            if (e != null && (!e.capitalised() || capitalised)
                    && (best == null || end - start + 1 >= best.tokenCount()))
                best = new TitleMatch(e.title(), end - start + 1);
        }
        return Optional.ofNullable(best);
    }

    /** Every known entity, in load order (states, territories, alliances, organisations, regions, cities). */
    public Collection<KnownEntity> all() {
        return byId.values();
    }

    // ------------------------------------------------------------------ loading helpers

    private static Tsv read(Function<String, BufferedReader> files, String name) {
        try (BufferedReader r = files.apply(name)) {
            return Tsv.read(name, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + name, e);
        }
    }

    private static void addBody(Map<String, KnownEntity> entities, Map<String, Integer> rankOf,
                                Map<String, List<Cand>> idx, int[] order, Tsv t, String[] r, String prefix,
                                EntityType type, int rank) {
        List<String> names = withLabel(r[t.column("label")], Tsv.multi(r[t.column("names")]));
        List<String> abbrevs = Tsv.multi(r[t.column("abbreviations")]);
        List<String> all = new ArrayList<>(names);
        all.addAll(abbrevs);
        KnownEntity e = new KnownEntity(prefix + r[t.column("id")], type, r[t.column("label")],
                emptyToNull(r[t.column("qid")]), null, dedup(all), r[t.column("source")], false);
        add(entities, e);
        rankOf.put(e.id(), rank);
        List<String> plainNames = new ArrayList<>(names);
        plainNames.removeAll(abbrevs); // a label like "NATO" is matched as the abbreviation it is
        index(idx, e, plainNames, MatchKind.NAME, rank, 0, order, null);
        index(idx, e, abbrevs, MatchKind.ABBREVIATION, rank, 0, order, null);
    }

    private static void add(Map<String, KnownEntity> entities, KnownEntity e) {
        if (entities.putIfAbsent(e.id(), e) != null)
            throw new IllegalArgumentException("duplicate gazetteer id " + e.id());
    }

    private static void index(Map<String, List<Cand>> idx, KnownEntity e, List<String> names, MatchKind kind,
                              int rank, long population, int[] order, Set<String> stop) {
        for (String n : names) {
            String k = NameKeys.key(n);
            if (k.isEmpty() || stop != null && stop.contains(k))
                continue;
            idx.computeIfAbsent(k, x -> new ArrayList<>(2)).add(new Cand(e, kind, rank, population, order[0]++));
        }
    }

    private static boolean largerCityElsewhere(Map<String, List<Cand>> idx, String key, String country,
                                               long refPop) {
        List<Cand> cands = idx.get(key);
        if (cands == null)
            return false;
        for (Cand c : cands)
            if (c.rank() == R_CITY && !country.equals(c.entity().countryCode()) && c.population() > refPop)
                return true;
        return false;
    }

    private static final Comparator<Cand> ORDER = Comparator.comparingInt(Cand::rank)
            .thenComparingInt(c -> c.kind().ordinal())
            .thenComparing(Comparator.comparingLong(Cand::population).reversed())
            .thenComparingInt(Cand::order);

    /** Sorts, moves regions behind a same-named city of their country, keeps the best match per entity. */
    private static Cand[] order(List<Cand> cands) {
        if (cands.size() == 1)
            return new Cand[]{cands.get(0)};
        List<Cand> list = new ArrayList<>(cands);
        for (int i = 0; i < list.size(); i++) {
            Cand c = list.get(i);
            if (c.rank() != R_REGION || c.entity().countryCode() == null)
                continue;
            for (Cand city : cands)
                if (city.rank() == R_CITY && c.entity().countryCode().equals(city.entity().countryCode())) {
                    // same class as the city, same population, later order: right after it
                    list.set(i, new Cand(c.entity(), c.kind(), R_CITY, city.population(), Integer.MAX_VALUE));
                    break;
                }
        }
        list.sort(ORDER);
        Map<String, Cand> best = new LinkedHashMap<>();
        for (Cand c : list)
            best.putIfAbsent(c.entity().id(), c);
        return best.values().toArray(new Cand[0]);
    }

    private static List<NameMatch> matches(Cand[] cands, int tokenCount) {
        List<NameMatch> out = new ArrayList<>(cands.length);
        for (Cand c : cands)
            out.add(new NameMatch(c.entity(), c.kind(), tokenCount));
        return Collections.unmodifiableList(out);
    }

    private static List<String> withLabel(String label, List<String> names) {
        List<String> out = new ArrayList<>(names.size() + 1);
        out.add(label);
        for (String n : names)
            if (!out.contains(n))
                out.add(n);
        return List.copyOf(out);
    }

    private static List<String> dedup(List<String> names) {
        return List.copyOf(new java.util.LinkedHashSet<>(names));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** "Foreign Minister" → "Foreign Ministers", "Chief of Staff" → "Chiefs of Staff", "Spokesman" → "Spokesmen". */
    static String pluralTitle(String v) {
        int of = v.toLowerCase(Locale.ROOT).indexOf(" of ");
        String head = of > 0 ? v.substring(0, of) : v;
        String tail = of > 0 ? v.substring(of) : "";
        String l = head.toLowerCase(Locale.ROOT);
        String p;
        if (l.endsWith("man") || l.endsWith("woman"))
            p = head.substring(0, head.length() - 3) + head.substring(head.length() - 3).replace("an", "en");
        else if (l.endsWith("y") && !l.endsWith("ay") && !l.endsWith("ey") && !l.endsWith("oy"))
            p = head.substring(0, head.length() - 1) + "ies";
        else if (l.endsWith("s") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("x"))
            p = head + "es";
        else if (l.endsWith("."))
            p = head;
        else
            p = head + "s";
        return p + tail;
    }
}
