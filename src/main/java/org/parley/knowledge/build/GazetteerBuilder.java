package org.parley.knowledge.build;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.parley.knowledge.NameKeys;
import org.parley.knowledge.Tsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Regenerates {@code states.tsv}, {@code territories.tsv}, {@code regions.tsv} and {@code cities.tsv} from the
 * shared sources (Natural Earth 5.0.x, the derived places table with Wikidata IDs, mledoze/countries) and the
 * hand-made inputs in the output folder ({@code states-supplement.tsv}, {@code regions-supplement.tsv},
 * {@code disputed.tsv}, {@code corrections.tsv}).
 *
 * <p>Usage: {@code GazetteerBuilder [sourceDir [outputDir]]}, defaults {@code ../shared/data/gazetteer} and
 * {@code data/gazetteer}. The output is deterministic: running it twice gives identical files.
 */
public final class GazetteerBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerBuilder.class);

    static final String NE0 = "natural-earth-v5/ne_10m_admin_0_countries.csv";
    static final String NE1 = "natural-earth-v5/ne_10m_admin_1_states_provinces.no_type_en.csv";
    static final String PLACES = "derived/ne_10m_populated_places_v5_wikidata.csv";
    static final String MLEDOZE = "mledoze-countries/countries.json";

    static final String SRC_NE0 = "Natural Earth 5.0.x admin-0 (public domain)";
    static final String SRC_MLEDOZE = "mledoze/countries 5e9f370 (ODbL 1.0)";
    static final String SRC_SUPPLEMENT = "states-supplement.tsv (hand-made)";
    static final String SRC_NE1 = "Natural Earth 5.0.x admin-1 (public domain)";
    static final String SRC_PLACES = "Natural Earth 5.0.x populated places (public domain)";

    /** Sovereigns of the mledoze entries that have no Natural Earth admin-0 row (hand-made). */
    private static final Map<String, String> MLEDOZE_ONLY_SOVEREIGN = Map.ofEntries(
            Map.entry("BQ", "NL"), Map.entry("BV", "NO"), Map.entry("CC", "AU"), Map.entry("CX", "AU"),
            Map.entry("GF", "FR"), Map.entry("GP", "FR"), Map.entry("MQ", "FR"), Map.entry("RE", "FR"),
            Map.entry("SJ", "NO"), Map.entry("TK", "NZ"), Map.entry("YT", "FR"));

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:[A-Z]\\.){3,}");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.&]{2,}");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    private final Path source;
    private final Path out;

    // lookups filled while building
    private final Map<String, String> isoOfAdm0 = new HashMap<>();
    private final Set<String> stateIds = new LinkedHashSet<>();
    private final Map<String, String> disputedRegion = new HashMap<>();
    private final Map<String, String> disputedTerritory = new HashMap<>();
    private final Map<String, List<String[]>> corrections = new HashMap<>();
    private final Map<String, String> capitalCityIds = new TreeMap<>();

    GazetteerBuilder(Path source, Path out) {
        this.source = Objects.requireNonNull(source, "source");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Entry point; arguments: optional source folder and output folder. */
    public static void main(String[] args) throws IOException {
        Path src = Path.of(args.length > 0 ? args[0] : "../shared/data/gazetteer");
        Path dst = Path.of(args.length > 1 ? args[1] : "data/gazetteer");
        new GazetteerBuilder(src, dst).build();
    }

    /** Reads the sources and writes the four generated files. */
    void build() throws IOException {
        long t0 = System.nanoTime();
        List<Map<String, String>> adm0 = Csv.read(source.resolve(NE0));
        List<Map<String, String>> adm1 = Csv.read(source.resolve(NE1));
        List<Map<String, String>> places = Csv.read(source.resolve(PLACES));
        List<JsonObject> countries = readMledoze(source.resolve(MLEDOZE));
        Tsv supplement = readTsv("states-supplement.tsv");
        readDisputed(readTsv("disputed.tsv"));
        readCorrections(readTsv("corrections.tsv"));

        Map<String, JsonObject> byCca2 = new LinkedHashMap<>();
        for (JsonObject c : countries)
            byCca2.put(str(c, "cca2"), c);
        Map<String, List<String[]>> supp = new LinkedHashMap<>();
        for (String[] r : supplement.rows())
            supp.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);

        for (JsonObject c : countries)
            if (c.get("independent") != null && c.get("independent").isBoolean()
                    && c.get("independent").getAsBoolean().value())
                stateIds.add(str(c, "cca2"));
        for (String[] r : supplement.rows())
            if (r[1].equals("status"))
                stateIds.add(r[0]);

        Map<String, Map<String, String>> stateRow = chooseStateRows(adm0);
        for (Map<String, String> r : adm0)
            isoOfAdm0.put(r.get("ADM0_A3"), territoryOrStateId(r, stateRow));

        List<List<String>> cities = buildCities(places, adm1);
        List<List<String>> states = buildStates(adm0, stateRow, byCca2, supp);
        List<List<String>> territories = buildTerritories(adm0, stateRow, byCca2, supp, states);
        List<List<String>> regions = buildRegions(adm1, places);

        write("states.tsv", STATE_HEADER, states, "GENERATED by org.parley.knowledge.build.GazetteerBuilder from "
                + "Natural Earth 5.0.x admin-0 (public domain), mledoze/countries (ODbL 1.0) and states-supplement.tsv.",
                "This file is a derivative database of mledoze/countries and is offered under the ODbL 1.0 "
                        + "(LICENSE.ODbL-1.0.md). Do not edit: edit the supplement and regenerate.");
        write("territories.tsv", TERRITORY_HEADER, territories, "GENERATED by org.parley.knowledge.build."
                        + "GazetteerBuilder from Natural Earth 5.0.x admin-0 and mledoze/countries (ODbL 1.0).",
                "Dependencies, special areas and unrecognised or disputed units that are not in states.tsv. "
                        + "Offered under the ODbL 1.0 (LICENSE.ODbL-1.0.md). Do not edit: regenerate.");
        write("regions.tsv", REGION_HEADER, regions, "GENERATED by org.parley.knowledge.build.GazetteerBuilder from "
                        + "Natural Earth 5.0.x admin-1 (public domain) and regions-supplement.tsv (hand-made).",
                "country = the unit Natural Earth places the region in (de facto control as drawn in 2022); "
                        + "where disputed=true that placement is a contested, sourced claim. Do not edit: regenerate.");
        write("cities.tsv", CITY_HEADER, cities, "GENERATED by org.parley.knowledge.build.GazetteerBuilder from "
                        + "the Natural Earth 5.0.x populated places joined with Wikidata IDs (public domain).",
                "capital: yes = Admin-0 capital, alt = Natural Earth 'Admin-0 capital alt', region = capital of a "
                        + "dependency or region; disputed inherited from regions. Do not edit: regenerate.");
        LOG.info("gazetteer built into {}: {} states, {} territories, {} regions, {} cities in {} ms", out,
                states.size(), territories.size(), regions.size(), cities.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    // ------------------------------------------------------------------ states

    static final List<String> STATE_HEADER = List.of("id", "label", "status", "disputed", "qid", "capital",
            "capital_city", "names", "abbreviations", "demonyms", "note", "source");

    private Map<String, Map<String, String>> chooseStateRows(List<Map<String, String>> adm0) {
        Map<String, Map<String, String>> best = new HashMap<>();
        for (Map<String, String> r : adm0) {
            String iso = r.get("ISO_A2_EH");
            if (!stateIds.contains(iso))
                continue;
            Map<String, String> cur = best.get(iso);
            if (cur == null || num(r.get("POP_EST")) > num(cur.get("POP_EST")))
                best.put(iso, r);
        }
        return best;
    }

    private String territoryOrStateId(Map<String, String> r, Map<String, Map<String, String>> stateRow) {
        String iso = r.get("ISO_A2_EH");
        if (stateRow.get(iso) == r)
            return iso;
        if (!iso.equals("-99") && !stateIds.contains(iso))
            return iso;
        return r.get("ADM0_A3");
    }

    private List<List<String>> buildStates(List<Map<String, String>> adm0, Map<String, Map<String, String>> stateRow,
                                           Map<String, JsonObject> byCca2, Map<String, List<String[]>> supp) {
        Map<String, Integer> abbrevCount = new HashMap<>();
        for (Map<String, String> r : adm0)
            abbrevCount.merge(r.get("ABBREV"), 1, Integer::sum);
        List<List<String>> rows = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(stateIds)) {
            Map<String, String> ne = stateRow.get(id);
            JsonObject ml = byCca2.get(id);
            if (ne == null || ml == null)
                throw new IllegalStateException("state " + id + " missing in Natural Earth or mledoze");
            List<String[]> sup = supp.getOrDefault(id, List.of());
            Set<String> drop = new HashSet<>(suppValues(sup, "drop"));
            String label = first(suppValues(sup, "label"), str(ml.get("name").getAsObject(), "common"));
            String status = first(suppValues(sup, "status"),
                    bool(ml, "unMember") ? "UN member" : "not a UN member");
            List<String> disputedNotes = suppValues(sup, "disputed");
            String qid = first(suppValues(sup, "qid"), ne.get("WIKIDATAID"));

            Set<String> names = new LinkedHashSet<>();
            Set<String> abbrevs = new LinkedHashSet<>();
            List<String> candidates = new ArrayList<>();
            candidates.add(label);
            JsonObject name = ml.get("name").getAsObject();
            candidates.add(str(name, "common"));
            candidates.add(str(name, "official"));
            for (String k : List.of("NAME", "NAME_LONG", "FORMAL_EN", "NAME_ALT", "NAME_EN", "ADMIN"))
                candidates.add(ne.get(k));
            candidates.addAll(strings(ml.get("altSpellings")));
            candidates.addAll(suppValues(sup, "name"));
            for (String c : candidates) {
                if (c == null || drop.contains(c) || !acceptableName(c))
                    continue;
                if (ACRONYM.matcher(c).matches())
                    abbrevs.add(c);
                else
                    names.add(c);
            }
            String neAbbrev = ne.get("ABBREV");
            if (DOTTED_ACRONYM.matcher(neAbbrev).matches() && abbrevCount.get(neAbbrev) == 1)
                abbrevs.add(neAbbrev);
            abbrevs.addAll(suppValues(sup, "abbreviation"));
            abbrevs.removeAll(drop);

            Set<String> demonyms = new LinkedHashSet<>();
            for (String d : demonymsOf(ml))
                addDemonym(demonyms, d, names);
            demonyms.addAll(suppValues(sup, "demonym"));

            Set<String> capitals = new LinkedHashSet<>(strings(ml.get("capital")));
            capitals.addAll(suppValues(sup, "capital"));

            List<String> notes = new ArrayList<>(disputedNotes);
            for (String[] s : sup)
                if (!s[3].isBlank() && !s[1].equals("disputed"))
                    notes.add(s[2] + ": " + s[3]);
            String src = SRC_NE0 + "; " + SRC_MLEDOZE + (sup.isEmpty() ? "" : "; " + SRC_SUPPLEMENT);
            rows.add(List.of(id, clean(label), clean(status), Boolean.toString(!disputedNotes.isEmpty()), qid,
                    join(capitals), capitalCityIds.getOrDefault(id, ""), join(names), join(abbrevs), join(demonyms),
                    clean(String.join("; ", notes)), src));
        }
        return rows;
    }

    // ------------------------------------------------------------------ territories

    static final List<String> TERRITORY_HEADER = List.of("id", "label", "type", "country", "disputed", "qid",
            "capital", "names", "abbreviations", "demonyms", "note", "source");

    private List<List<String>> buildTerritories(List<Map<String, String>> adm0,
                                                Map<String, Map<String, String>> stateRow,
                                                Map<String, JsonObject> byCca2, Map<String, List<String[]>> supp,
                                                List<List<String>> states) {
        Set<String> stateDemonyms = new HashSet<>();
        for (List<String> s : states)
            stateDemonyms.addAll(Tsv.multi(s.get(STATE_HEADER.indexOf("demonyms"))));
        Map<String, String> isoOfAdmin = new HashMap<>();
        for (Map<String, String> r : adm0)
            isoOfAdmin.put(r.get("ADMIN"), isoOfAdm0.get(r.get("ADM0_A3")));
        Map<String, List<String>> rows = new TreeMap<>();
        Set<String> covered = new HashSet<>(stateIds);
        for (Map<String, String> r : adm0) {
            String iso = r.get("ISO_A2_EH");
            if (stateRow.get(iso) == r)
                continue;
            String id = isoOfAdm0.get(r.get("ADM0_A3"));
            covered.add(id);
            JsonObject ml = id.length() == 2 ? byCca2.get(id) : null;
            String sov = isoOfAdmin.getOrDefault(r.get("SOVEREIGNT"), "");
            if (sov.equals(id))
                sov = "";
            String label = ml != null ? str(ml.get("name").getAsObject(), "common") : r.get("NAME_LONG");
            List<String> candidates = new ArrayList<>();
            candidates.add(label);
            for (String k : List.of("NAME", "NAME_LONG", "FORMAL_EN", "NAME_ALT", "ADMIN"))
                candidates.add(r.get(k));
            if (ml != null) {
                candidates.add(str(ml.get("name").getAsObject(), "official"));
                candidates.addAll(strings(ml.get("altSpellings")));
            }
            rows.put(id, territoryRow(id, label, r.get("TYPE"), sov, r.get("WIKIDATAID"), ml, candidates,
                    supp.getOrDefault(id, List.of()), stateDemonyms, disputedTerritory.get(r.get("ADM0_A3")),
                    ml != null ? SRC_NE0 + "; " + SRC_MLEDOZE : SRC_NE0));
        }
        for (Map.Entry<String, String> e : MLEDOZE_ONLY_SOVEREIGN.entrySet()) {
            JsonObject ml = byCca2.get(e.getKey());
            if (ml == null || covered.contains(e.getKey()))
                continue;
            String label = str(ml.get("name").getAsObject(), "common");
            List<String> candidates = new ArrayList<>();
            candidates.add(label);
            candidates.add(str(ml.get("name").getAsObject(), "official"));
            candidates.addAll(strings(ml.get("altSpellings")));
            rows.put(e.getKey(), territoryRow(e.getKey(), label, "Dependency", e.getValue(), "", ml, candidates,
                    supp.getOrDefault(e.getKey(), List.of()), stateDemonyms, null,
                    SRC_MLEDOZE + "; sovereign hand-assigned (not in Natural Earth admin-0)"));
        }
        return new ArrayList<>(rows.values());
    }

    private List<String> territoryRow(String id, String label, String type, String sov, String qid, JsonObject ml,
                                      List<String> candidates, List<String[]> sup, Set<String> stateDemonyms,
                                      String disputedNote, String src) {
        Set<String> drop = new HashSet<>(suppValues(sup, "drop"));
        Set<String> names = new LinkedHashSet<>();
        Set<String> abbrevs = new LinkedHashSet<>();
        for (String c : candidates) {
            if (c == null || drop.contains(c) || !acceptableName(c))
                continue;
            if (ACRONYM.matcher(c).matches())
                abbrevs.add(c);
            else
                names.add(c);
        }
        Set<String> demonyms = new LinkedHashSet<>();
        Set<String> capitals = new LinkedHashSet<>();
        if (ml != null) {
            for (String d : demonymsOf(ml))
                if (!stateDemonyms.contains(d))
                    addDemonym(demonyms, d, names);
            capitals.addAll(strings(ml.get("capital")));
        }
        boolean disputed = disputedNote != null;
        return List.of(id, clean(label), clean(type), sov, Boolean.toString(disputed), qid, join(capitals),
                join(names), join(abbrevs), join(demonyms), disputed ? clean(disputedNote) : "",
                src + (sup.isEmpty() ? "" : "; " + SRC_SUPPLEMENT));
    }

    // ------------------------------------------------------------------ regions

    static final List<String> REGION_HEADER = List.of("id", "label", "country", "iso_3166_2", "type", "qid",
            "names", "disputed", "note", "source");

    private List<List<String>> buildRegions(List<Map<String, String>> adm1, List<Map<String, String>> places)
            throws IOException {
        // names of places per country, to recognise capital-city names listed as region alternates
        Map<String, Map<String, Set<String>>> placeNames = new HashMap<>();
        for (Map<String, String> p : places) {
            Set<String> ns = new HashSet<>(placeNameCandidates(p));
            Map<String, Set<String>> byName = placeNames.computeIfAbsent(p.get("adm0_a3"), k -> new HashMap<>());
            for (String n : ns)
                byName.computeIfAbsent(fold(n), k -> new HashSet<>()).addAll(foldAll(ns));
        }
        Map<String, Integer> qidCount = new HashMap<>();
        for (Map<String, String> r : adm1)
            if (!r.get("wikidataid").isEmpty())
                qidCount.merge(r.get("wikidataid"), 1, Integer::sum);
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> r : adm1) {
            String code = r.get("adm1_code");
            String country = isoOfAdm0.getOrDefault(r.get("adm0_a3"), "");
            boolean dropNameEn = hasCorrection("region", code, "drop-name-en");
            String label = r.get("name").isBlank() ? r.get("name_en") : r.get("name");
            if (label.isBlank()) {
                LOG.info("admin-1 row {} has no name; left out", code);
                continue;
            }
            List<String> main = new ArrayList<>();
            String neLabel = label;
            for (String[] c : corrections.getOrDefault("region/" + code, List.of()))
                if (c[2].equals("set-label"))
                    label = c[3];
            main.add(label);
            if (!label.equals(neLabel))
                main.add(neLabel);
            if (!dropNameEn && !r.get("name_en").isEmpty())
                main.add(r.get("name_en"));
            Set<String> mainFolded = foldAll(main);
            Set<String> names = new LinkedHashSet<>();
            for (String m : main)
                if (acceptableName(m))
                    names.add(m);
            Map<String, Set<String>> cityNames = placeNames.getOrDefault(r.get("adm0_a3"), Map.of());
            for (String alt : Tsv.split(r.get("name_alt"), '|')) {
                alt = alt.strip();
                if (alt.isEmpty() || !acceptableName(alt) || ACRONYM.matcher(alt).matches()
                        || alt.length() <= 3 && NameKeys.isAllCaps(alt) || ROMAN.matcher(alt).matches())
                    continue;
                Set<String> asCity = cityNames.get(fold(alt));
                if (asCity != null && !mainFolded.contains(fold(alt)) && java.util.Collections.disjoint(asCity,
                        mainFolded))
                    continue; // a city of the region (often its capital), not another name of the region
                names.add(alt);
            }
            for (String m : main)
                if (acceptableName(m))
                    names.addAll(suffixForms(m, r.get("type")));
            String qid = r.get("wikidataid");
            List<String> notes = new ArrayList<>();
            for (String[] c : corrections.getOrDefault("region/" + code, List.of()))
                if (c[2].equals("set-qid")) {
                    notes.add("QID " + (qid.isEmpty() ? "added" : "changed from " + qid) + " (corrections.tsv)");
                    qid = c[3];
                }
            if (!qid.isEmpty() && qidCount.getOrDefault(qid, 0) > 1) {
                notes.add("Natural Earth QID " + qid + " is shared by " + qidCount.get(qid) + " rows; left out");
                qid = "";
            }
            String disputed = disputedRegion.get(code);
            if (disputed != null)
                notes.add(0, disputed);
            if (dropNameEn)
                notes.add("name_en '" + clean(r.get("name_en")) + "' left out as wrong (corrections.tsv)");
            if (!label.equals(neLabel))
                notes.add("label '" + clean(neLabel) + "' replaced by the current English name (corrections.tsv)");
            rows.add(List.of(code, clean(label), country, clean(r.get("iso_3166_2")), clean(r.get("type")), qid,
                    join(names), Boolean.toString(disputed != null), clean(String.join("; ", notes)), SRC_NE1));
        }
        Tsv extra = readTsv("regions-supplement.tsv");
        for (String[] e : extra.rows())
            rows.add(List.of(e[0], e[1], e[3], "", "", e[4], e[2], e[5], clean(e[6]), "regions-supplement.tsv (hand-made)"));
        return rows;
    }

    /** "Donetsk" with type "Oblast'" also gives "Donetsk Oblast", "Donetsk oblast", "Donetsk region". */
    static List<String> suffixForms(String name, String type) {
        if (name.contains(" ") || name.contains("'"))
            return List.of();
        String t = type.toLowerCase(Locale.ROOT);
        List<String> suffixes;
        if (t.contains("oblast"))
            suffixes = List.of("Oblast", "oblast", "region", "Region");
        else if (t.contains("province") || t.contains("provincia") || t.contains("ostan") || t.contains("propinsi"))
            suffixes = List.of("Province", "province");
        else if (t.contains("governorate") || t.contains("muhafazah"))
            suffixes = List.of("Governorate", "governorate", "province");
        else if (t.contains("kray") || t.contains("krai"))
            suffixes = List.of("Krai", "krai", "region");
        else
            return List.of();
        List<String> out = new ArrayList<>();
        for (String s : suffixes)
            out.add(name + " " + s);
        return out;
    }

    // ------------------------------------------------------------------ cities

    static final List<String> CITY_HEADER = List.of("id", "label", "country", "qid", "population", "capital",
            "admin1", "region", "names", "disputed", "note", "source");

    private List<List<String>> buildCities(List<Map<String, String>> places, List<Map<String, String>> adm1)
            throws IOException {
        // QIDs used by two rows: keep on the better-sourced (or larger) one
        Map<String, Map<String, String>> qidOwner = new HashMap<>();
        for (Map<String, String> p : places) {
            String q = p.get("wikidataid");
            if (q.isEmpty())
                continue;
            Map<String, String> cur = qidOwner.get(q);
            if (cur == null || better(p, cur))
                qidOwner.put(q, p);
        }
        // region lookup: adm0_a3 + folded region name -> adm1 codes
        Map<String, Set<String>> regionByName = new HashMap<>();
        Map<String, String> regionDisputed = new HashMap<>();
        for (Map<String, String> r : adm1) {
            String code = r.get("adm1_code");
            List<String> ns = new ArrayList<>(List.of(r.get("name"), r.get("name_en"), r.get("woe_name"),
                    r.get("gn_name")));
            ns.addAll(List.of(Tsv.split(r.get("name_alt"), '|')));
            for (String n : ns)
                if (!n.isBlank())
                    regionByName.computeIfAbsent(r.get("adm0_a3") + "/" + fold(n), k -> new LinkedHashSet<>())
                            .add(code);
            if (disputedRegion.containsKey(code))
                regionDisputed.put(code, r.get("name"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> p : places) {
            String neId = p.get("ne_id");
            String qid = p.get("wikidataid");
            List<String> notes = new ArrayList<>();
            if (!qid.isEmpty() && qidOwner.get(qid) != p) {
                notes.add("Natural Earth QID " + qid + " is also used by another place; left out here");
                qid = "";
            }
            String id = qid.isEmpty() ? "ne" + neId : qid;
            String country = p.get("iso_a2");
            if (country.equals("-99") || country.isEmpty())
                country = isoOfAdm0.getOrDefault(p.get("adm0_a3"), "");
            String adm1name = p.get("adm1name");
            String label = clean(p.get("name"));
            for (String[] c : corrections.getOrDefault("place/" + neId, List.of())) {
                if (c[2].equals("set-adm1")) {
                    notes.add("admin1 corrected from '" + adm1name + "' (corrections.tsv)");
                    adm1name = c[3];
                }
                if (c[2].equals("set-label")) {
                    notes.add("label '" + label + "' replaced by the current English name (corrections.tsv)");
                    label = c[3];
                }
            }
            Set<String> codes = adm1name.isEmpty() ? Set.of()
                    : regionByName.getOrDefault(p.get("adm0_a3") + "/" + fold(adm1name), Set.of());
            String region = codes.size() == 1 ? codes.iterator().next() : "";
            boolean disputed = !region.isEmpty() && disputedRegion.containsKey(region);
            if (disputed)
                notes.add(0, "in " + regionDisputed.get(region) + ": " + disputedRegion.get(region));
            List<String> names = new ArrayList<>();
            if (!label.equals(clean(p.get("name"))))
                names.add(label);
            for (String n : placeNameCandidates(p))
                if (acceptableName(n) && !names.contains(n))
                    names.add(n);
            String capital = switch (p.get("featurecla")) {
                case "Admin-0 capital" -> "yes";
                case "Admin-0 capital alt" -> "alt";
                case "Admin-0 region capital" -> "region";
                default -> "";
            };
            if (capital.equals("yes") && stateIds.contains(country))
                capitalCityIds.merge(country, "city:" + id, (a, b) -> a + "|" + b);
            String src = SRC_PLACES + (p.get("qid_source").isEmpty() ? "" : "; QID via " + p.get("qid_source"));
            rows.add(List.of(id, label, country, qid, Long.toString((long) num(p.get("pop_max"))),
                    capital, clean(adm1name), region, join(names), Boolean.toString(disputed),
                    clean(String.join("; ", notes)), src));
        }
        return rows;
    }

    private List<String> placeNameCandidates(Map<String, String> p) {
        List<String> ns = new ArrayList<>();
        ns.add(p.get("name"));
        ns.add(p.get("nameascii"));
        String alt = p.get("namealt");
        if (!alt.isEmpty()) {
            String[] parts = alt.contains("|") ? Tsv.split(alt, '|') : Tsv.split(alt, ',');
            for (String a : parts) {
                a = a.strip();
                if (!a.isEmpty() && !fold(a).equals(fold(p.get("adm1name"))))
                    ns.add(a);
            }
        }
        String en = p.get("name_en");
        if (!en.isEmpty() && Character.isUpperCase(en.codePointAt(0))
                && !hasCorrection("place", p.get("ne_id"), "drop-name-en"))
            ns.add(en);
        return ns;
    }

    private static boolean better(Map<String, String> a, Map<String, String> b) {
        boolean a50 = a.get("qid_source").startsWith("ne5_50m");
        boolean b50 = b.get("qid_source").startsWith("ne5_50m");
        if (a50 != b50)
            return a50;
        return num(a.get("pop_max")) > num(b.get("pop_max"));
    }

    // ------------------------------------------------------------------ helpers

    /** Latin-script names usable in English text: no inverted "X, Republic of", no codes, no IPA or modifier letters. */
    static boolean acceptableName(String s) {
        if (s == null || s.isBlank() || s.contains(",") || s.contains("(") || s.contains(")") || s.contains("|"))
            return false;
        if (s.length() == 2 && NameKeys.isAllCaps(s))
            return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c < ' ' || c == '"' || c == '\\')
                    return false;
                continue;
            }
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            if (b != Character.UnicodeBlock.LATIN_1_SUPPLEMENT && b != Character.UnicodeBlock.LATIN_EXTENDED_A
                    && c != '\u2019' && c != '\u2013')
                return false;
            if (c == '\u00D7' || c == '\u00F7' || (c >= 0xA0 && c <= 0xBF))
                return false;
        }
        return true;
    }

    private static List<String> demonymsOf(JsonObject ml) {
        JsonValue dem = ml.get("demonyms");
        if (dem == null || !dem.isObject() || dem.getAsObject().get("eng") == null)
            return List.of();
        JsonObject eng = dem.getAsObject().get("eng").getAsObject();
        Set<String> out = new LinkedHashSet<>();
        for (String g : List.of("m", "f")) {
            String v = str(eng, g);
            if (v == null)
                continue;
            for (String part : v.split(",| or "))
                if (!part.isBlank())
                    out.add(part.strip());
        }
        return new ArrayList<>(out);
    }

    private static void addDemonym(Set<String> demonyms, String d, Set<String> names) {
        if (!acceptableName(d))
            return;
        demonyms.add(d);
        String plural = plural(d);
        if (plural != null && !names.contains(d))
            demonyms.add(plural);
    }

    /** The plural of a demonym used as a noun ("Ukrainian" → "Ukrainians"); null where English has none. */
    static String plural(String d) {
        String l = d.toLowerCase(Locale.ROOT);
        if (l.endsWith("ese") || l.endsWith("ss") || l.endsWith("sh") || l.endsWith("ench") || l.endsWith("utch")
                || l.endsWith("y") || l.endsWith("x") || l.endsWith("s") || l.endsWith("ic")
                || l.equals("vatican"))
            return null;
        return d + "s";
    }

    private boolean hasCorrection(String table, String key, String action) {
        for (String[] c : corrections.getOrDefault(table + "/" + key, List.of()))
            if (c[2].equals(action))
                return true;
        return false;
    }

    private void readDisputed(Tsv t) {
        for (String[] r : t.rows()) {
            if (r[0].equals("region"))
                disputedRegion.put(r[1], r[2]);
            else if (r[0].equals("territory"))
                disputedTerritory.put(r[1], r[2]);
            else
                throw new IllegalArgumentException("disputed.tsv: unknown table " + r[0]);
        }
    }

    private void readCorrections(Tsv t) {
        for (String[] r : t.rows())
            corrections.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>()).add(r);
    }

    private Tsv readTsv(String name) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
            return Tsv.read(name, r);
        }
    }

    private void write(String name, List<String> header, List<List<String>> rows, String... comments)
            throws IOException {
        Set<String> ids = new HashSet<>();
        for (List<String> r : rows)
            if (!ids.add(r.get(0)))
                throw new IllegalStateException(name + ": duplicate id " + r.get(0));
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8)) {
            for (String c : comments)
                w.write("# " + c + "\n");
            Tsv.writeRow(w, header);
            for (List<String> r : rows)
                Tsv.writeRow(w, r);
        }
    }

    private static List<JsonObject> readMledoze(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonValue v = JSON.parseAny(in);
            List<JsonObject> out = new ArrayList<>();
            for (JsonValue e : v.getAsArray())
                out.add(e.getAsObject());
            out.sort(Comparator.comparing(o -> str(o, "cca2")));
            return out;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> suppValues(List<String[]> sup, String field) {
        List<String> out = new ArrayList<>();
        for (String[] s : sup)
            if (s[1].equals(field))
                out.add(s[2]);
        return out;
    }

    private static String first(List<String> values, String fallback) {
        return values.isEmpty() ? fallback : values.get(0);
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static boolean bool(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isBoolean() && v.getAsBoolean().value();
    }

    private static List<String> strings(JsonValue v) {
        if (v == null || !v.isArray())
            return List.of();
        JsonArray a = v.getAsArray();
        List<String> out = new ArrayList<>();
        for (JsonValue e : a)
            if (e.isString())
                out.add(e.getAsString().value());
        return out;
    }

    private static double num(String s) {
        if (s == null || s.isBlank())
            return 0;
        return Double.parseDouble(s);
    }

    private static String fold(String s) {
        return NameKeys.key(s).toLowerCase(Locale.ROOT).replace("'", "").replace("-", "");
    }

    private static Set<String> foldAll(Iterable<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names)
            out.add(fold(n));
        return out;
    }

    private static String clean(String s) {
        return Tsv.clean(s);
    }

    private static String join(Iterable<String> values) {
        StringBuilder sb = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            String c = clean(v);
            if (c.isEmpty() || !seen.add(c))
                continue;
            if (sb.length() > 0)
                sb.append(Tsv.MULTI);
            sb.append(c);
        }
        return sb.toString();
    }
}
