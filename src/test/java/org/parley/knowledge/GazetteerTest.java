package org.parley.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.EntityType;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private static Gazetteer g;

    @BeforeAll
    static void load() {
        g = Gazetteer.loadDefault();
    }

    private static NameMatch first(String name) {
        List<NameMatch> m = g.lookup(name);
        assertFalse(m.isEmpty(), "no match for '" + name + "'");
        return m.get(0);
    }

    private static Optional<NameMatch> matchOf(List<NameMatch> matches, String id) {
        return matches.stream().filter(m -> m.entity().id().equals(id)).findFirst();
    }

    @Test
    void loadDefaultIsLoadedOnceAndShared() {
        assertSame(g, Gazetteer.loadDefault());
    }

    @Test
    void unitedStatesByAllItsNames() {
        for (String n : List.of("US", "U.S.", "USA", "U.S.A.", "America", "United States",
                "United States of America")) {
            NameMatch m = first(n);
            assertEquals("state:US", m.entity().id(), n);
            assertEquals(EntityType.STATE, m.entity().type());
            assertEquals("United States", m.entity().label());
            assertEquals("Q30", m.entity().wikidata());
        }
        assertEquals(MatchKind.ABBREVIATION, first("U.S.").kind());
        assertEquals(MatchKind.NAME, first("America").kind());
    }

    @Test
    void unitedKingdomByItsNames() {
        for (String n : List.of("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"))
            assertEquals("state:GB", first(n).entity().id(), n);
        assertEquals("United Kingdom", first("UK").entity().label());
    }

    @Test
    void turkeyWithAndWithoutDiacritics() {
        for (String n : List.of("Türkiye", "Turkey", "Turkiye", "Republic of Türkiye"))
            assertEquals("state:TR", first(n).entity().id(), n);
        assertEquals("Turkey", first("Türkiye").entity().label());
    }

    @Test
    void demonymsAndTheirPluralsGiveTheState() {
        for (String n : List.of("Ukrainian", "Ukrainians")) {
            NameMatch m = first(n);
            assertEquals("state:UA", m.entity().id(), n);
            assertEquals(MatchKind.DEMONYM, m.kind(), n);
        }
        assertEquals("state:GB", first("British").entity().id());
        assertEquals("state:GB", first("Britons").entity().id());
        assertEquals("state:RU", first("Russians").entity().id());
        assertEquals("state:TR", first("Turks").entity().id());
        assertTrue(g.lookup("Frenchs").isEmpty(), "no made-up plural of French");
    }

    @Test
    void kyivAndKievAreTheUkrainianCapital() {
        for (String n : List.of("Kyiv", "Kiev")) {
            List<NameMatch> m = g.lookup(n);
            NameMatch city = m.stream().filter(x -> x.entity().id().startsWith("city:")).findFirst().orElseThrow();
            assertEquals("city:Q1899", city.entity().id(), n);
            assertEquals("UA", city.entity().countryCode());
            assertEquals(EntityType.PLACE, city.entity().type());
            assertEquals(MatchKind.CAPITAL, matchOf(m, "state:UA").orElseThrow().kind(), n);
            assertEquals("state:UA", g.stateOf(city.entity()).orElseThrow().id());
        }
        KnownEntity ua = g.byId("state:UA").orElseThrow();
        assertEquals(List.of("city:Q1899"), g.capitalsOf(ua).stream().map(KnownEntity::id).toList());
    }

    @Test
    void moscowIsTheCapitalOfRussia() {
        List<NameMatch> m = g.lookup("Moscow");
        assertEquals("state:RU", m.get(0).entity().id());
        assertEquals(MatchKind.CAPITAL, m.get(0).kind());
        KnownEntity city = matchOf(m, "city:Q649").orElseThrow().entity();
        assertEquals("RU", city.countryCode());
        assertEquals("state:RU", g.stateOf(city).orElseThrow().id());
    }

    @Test
    void ambiguousCapitalNamesAreNotMetonyms() {
        // Victoria, Seychelles is much smaller than Victoria, Canada: "Victoria" must not mean the Seychelles
        assertTrue(matchOf(g.lookup("Victoria"), "state:SC").isEmpty());
        assertEquals(MatchKind.CAPITAL, matchOf(g.lookup("Washington"), "state:US").orElseThrow().kind());
    }

    @Test
    void seatsOfGovernmentStandForTheirState() {
        NameMatch kremlin = first("Kremlin");
        assertEquals("state:RU", kremlin.entity().id());
        assertEquals(MatchKind.SEAT_OF_GOVERNMENT, kremlin.kind());
        assertEquals("state:US", first("White House").entity().id());
        assertEquals("state:GB", first("Downing Street").entity().id());
        assertEquals("state:FR", first("Elysee").entity().id());
        assertEquals("state:FR", first("Élysée Palace").entity().id());
        assertEquals("state:UA", first("Bankova").entity().id());
        assertEquals("state:CN", first("Zhongnanhai").entity().id());
    }

    @Test
    void natoMembersIncludePolandAndTheAllianceIsFoundByAbbreviation() {
        List<String> members = g.membersOf("alliance:NATO").stream().map(KnownEntity::id).toList();
        assertTrue(members.contains("state:PL"));
        assertTrue(members.contains("state:FI"));
        assertFalse(members.contains("state:UA"));
        assertEquals(32, members.size());
        assertEquals(members, g.membersOf("NATO").stream().map(KnownEntity::id).toList());
        NameMatch nato = first("NATO");
        assertEquals("alliance:NATO", nato.entity().id());
        assertEquals(MatchKind.ABBREVIATION, nato.kind(), "an abbreviation even though it is the label");
        assertEquals(EntityType.ALLIANCE, nato.entity().type());
        assertEquals("Q7184", nato.entity().wikidata());
        assertEquals(193, g.membersOf("UN").size());
        assertTrue(g.membersOf("G20").stream().anyMatch(e -> e.id().equals("alliance:EU")));
        assertTrue(g.membersOf("no-such-alliance").isEmpty());
    }

    @Test
    void organisationsAreOrganisations() {
        NameMatch icrc = first("International Committee of the Red Cross");
        assertEquals("org:ICRC", icrc.entity().id());
        assertEquals(EntityType.ORGANIZATION, icrc.entity().type());
        assertEquals("org:ICRC", first("ICRC").entity().id());
        assertEquals("org:REUTERS", first("Reuters").entity().id());
        assertTrue(g.stateOf(icrc.entity()).isEmpty());
    }

    @Test
    void lowerCaseCommonWordsMatchNothing() {
        for (String n : List.of("us", "turkey", "china", "chad", "jordan", "georgia", "america", "nato"))
            assertTrue(g.lookup(n).isEmpty(), n);
        assertEquals("state:TD", first("Chad").entity().id());
        assertEquals("state:JO", first("Jordan").entity().id());
        assertEquals("state:GE", first("Georgia").entity().id());
        assertTrue(matchOf(g.lookup("Georgia"), "region:USA-3537").isPresent() || g.lookup("Georgia").size() > 1,
                "the US state is a further candidate");
    }

    @Test
    void placeNamesThatAreCommonWordsAreNotMatched() {
        for (String n : List.of("Split", "Reading", "Mobile", "Male", "Central", "Western", "Van"))
            assertTrue(g.lookup(n).stream().noneMatch(m -> m.entity().type() == EntityType.PLACE), n);
        // the entity is still there
        assertTrue(g.byId("city:Q1663").isPresent());
    }

    @Test
    void longestMatchPrefersTheLongerName() {
        List<NameMatch> m = g.longestMatchAt(List.of("the", "United", "Kingdom", "said"), 1);
        assertEquals("state:GB", m.get(0).entity().id());
        assertEquals(2, m.get(0).tokenCount());
        List<NameMatch> us = g.longestMatchAt(List.of("United", "States", "and", "Canada"), 0);
        assertEquals("state:US", us.get(0).entity().id());
        assertEquals(2, us.get(0).tokenCount());
        assertEquals(1, g.longestMatchAt(List.of("U.S.", "officials"), 0).get(0).tokenCount());
        assertEquals("state:US", g.longestMatchAt(List.of("U.S.", "officials"), 0).get(0).entity().id());
        assertTrue(g.longestMatchAt(List.of("United", "we", "stand"), 0).stream()
                .noneMatch(x -> x.entity().type() == EntityType.STATE));
        assertTrue(g.longestMatchAt(List.of("said", "the"), 0).isEmpty());
    }

    @Test
    void longestMatchCopesWithTokenizerSplits() {
        assertEquals("state:GW", g.longestMatchAt(List.of("Guinea", "-", "Bissau"), 0).get(0).entity().id());
        assertEquals(3, g.longestMatchAt(List.of("Guinea", "-", "Bissau"), 0).get(0).tokenCount());
        assertEquals("state:CI", g.longestMatchAt(List.of("Côte", "d'Ivoire", "'s"), 0).get(0).entity().id());
        assertEquals("state:CI", g.longestMatchAt(List.of("Cote", "d", "’", "Ivoire"), 0).get(0).entity().id());
        List<NameMatch> dc = g.longestMatchAt(List.of("Washington", ",", "D.C.", "on"), 0);
        assertEquals(3, dc.get(0).tokenCount());
        assertTrue(matchOf(dc, "city:Q61").isPresent());
        List<NameMatch> region = g.longestMatchAt(List.of("Donetsk", "region"), 0);
        assertEquals("region:UKR-327", region.get(0).entity().id());
        assertEquals(2, region.get(0).tokenCount());
        assertEquals("state:US", g.longestMatchAt(List.of("White", "House"), 0).get(0).entity().id());
        assertTrue(g.longestMatchAt(List.of("Dolmabahçe", "Palace"), 0).isEmpty(), "a palace is a place, not a seat of government");
        assertThrows(IndexOutOfBoundsException.class, () -> g.longestMatchAt(List.of("a"), 1));
    }

    @Test
    void aCityRanksBeforeTheRegionNamedAfterIt() {
        List<NameMatch> m = g.lookup("Kharkiv");
        List<String> ids = m.stream().map(x -> x.entity().id()).toList();
        assertEquals("city:Q42308", ids.get(0));
        assertTrue(ids.indexOf("region:UKR-328") > 0);
    }

    @Test
    void crimeaIsADisputedSourcedPlacement() {
        KnownEntity crimea = first("Crimea").entity();
        assertEquals("region:RUS-283", crimea.id());
        assertTrue(crimea.disputed());
        assertTrue(crimea.source().contains("Natural Earth"));
        assertEquals("RU", crimea.countryCode(), "Natural Earth's de facto placement is kept as a claim");
        assertTrue(g.stateOf(crimea).isEmpty(), "a disputed placement is not turned into a fact");
        KnownEntity simferopol = matchOf(g.lookup("Simferopol"), "city:Q19566").orElseThrow().entity();
        assertTrue(simferopol.disputed());
        assertTrue(g.stateOf(simferopol).isEmpty());
        for (String n : List.of("Donetsk Oblast", "Luhansk", "Zaporizhzhia", "Zaporizhzhya", "Sevastopol", "Kosovo",
                "Taiwan", "Western Sahara", "Abkhazia"))
            assertTrue(g.lookup(n).stream().anyMatch(x -> x.entity().disputed()), n);
        assertFalse(first("Ukraine").entity().disputed());
    }

    @Test
    void territoriesBelongToTheirSovereign() {
        KnownEntity greenland = first("Greenland").entity();
        assertEquals("territory:GL", greenland.id());
        assertEquals(EntityType.PLACE, greenland.type());
        assertEquals("state:DK", g.stateOf(greenland).orElseThrow().id());
        KnownEntity nuuk = matchOf(g.lookup("Nuuk"), "city:Q226").orElseThrow().entity();
        assertEquals("state:DK", g.stateOf(nuuk).orElseThrow().id());
        assertEquals("state:CN", g.stateOf(first("Hong Kong").entity()).orElseThrow().id());
        KnownEntity falklands = first("Falkland Islands").entity();
        assertTrue(falklands.disputed());
        assertTrue(g.stateOf(falklands).isEmpty());
    }

    @Test
    void nonMemberStatesAreFlagged() {
        for (String id : List.of("state:XK", "state:TW", "state:PS", "state:EH")) {
            KnownEntity e = g.byId(id).orElseThrow();
            assertEquals(EntityType.STATE, e.type());
            assertTrue(e.disputed(), id);
        }
        assertEquals("Q219060", g.byId("state:PS").orElseThrow().wikidata());
        assertFalse(g.byId("state:VA").orElseThrow().disputed());
        assertTrue(g.membersOf("UN").stream().noneMatch(e -> Set.of("state:VA", "state:PS", "state:XK")
                .contains(e.id())));
    }

    @Test
    void titlesAreMatchedCaseInsensitivelyAndLongestFirst() {
        Title defence = g.titleAt(List.of("Defence", "Minister", "Smith"), 0).orElseThrow();
        Title defense = g.titleAt(List.of("defense", "minister"), 0).orElseThrow();
        assertEquals(defence, defense);
        assertEquals("Defence Minister", defence.label());
        assertEquals("government", defence.kind());
        assertTrue(defence.impliesState());
        assertEquals(defence, g.titleAt(List.of("Minister", "of", "Defense"), 0).orElseThrow());
        TitleMatch deputy = g.titleMatchAt(List.of("Deputy", "Foreign", "Minister", "Sergei"), 0).orElseThrow();
        assertEquals("Deputy Foreign Minister", deputy.title().label());
        assertEquals(3, deputy.tokenCount());
        assertEquals("Foreign Minister",
                g.titleAt(List.of("Minister", "of", "Foreign", "Affairs"), 0).orElseThrow().label());
        assertEquals("Vice President", g.titleAt(List.of("Vice-President"), 0).orElseThrow().label());
        assertEquals("Spokesperson", g.titleAt(List.of("spokesmen"), 0).orElseThrow().label());
        assertFalse(g.titleAt(List.of("analyst"), 0).orElseThrow().impliesState());
        assertEquals("Special Envoy", g.titleAt(List.of("special", "envoy"), 0).orElseThrow().label());
    }

    @Test
    void ambiguousTitleWordsNeedTheirCase() {
        assertEquals("General", g.titleAt(List.of("General", "Syrskyi"), 0).orElseThrow().label());
        assertTrue(g.titleAt(List.of("general", "election"), 0).isEmpty());
        assertEquals("Prime Minister", g.titleAt(List.of("PM"), 0).orElseThrow().label());
        assertTrue(g.titleAt(List.of("pm"), 0).isEmpty(), "5 pm is not a prime minister");
    }

    @Test
    void allEntitiesAreWellFormed() {
        Set<String> ids = g.all().stream().map(KnownEntity::id).collect(Collectors.toSet());
        assertEquals(g.all().size(), ids.size());
        for (KnownEntity e : g.all()) {
            assertFalse(e.label().isBlank(), e.id());
            assertFalse(e.source().isBlank(), e.id());
            assertEquals(e.label(), e.names().get(0), e.id());
            if (e.type() == EntityType.STATE)
                assertEquals(null, e.countryCode(), e.id());
        }
        assertTrue(g.all().stream().filter(e -> e.type() == EntityType.STATE).count() >= 197);
        assertNotEquals(0, g.all().stream().filter(e -> e.id().startsWith("city:")).count());
    }
}
