package no.sammen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.sammen.geo.GeoPoint;
import no.sammen.platform.PointJson;
import no.sammen.platform.Ref;
import no.sammen.platform.WindowJson;
import no.sammen.registry.activities.boundary.ActivityJson;
import no.sammen.registry.needs.boundary.NeedJson;
import no.sammen.registry.needs.boundary.RequirementsJson;
import no.sammen.registry.volunteers.boundary.CourseJson;
import no.sammen.registry.volunteers.boundary.VettingJson;
import no.sammen.registry.volunteers.boundary.VolunteerJson;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.search.control.Indexable;
import no.sammen.vocabulary.Vocabulary;

/**
 * Seeded, reproducible synthetic registry data: volunteers, activities (tilbud) and needs (behov) spread over
 * the five municipalities' real areas, with vocabulary interests and target groups, languages, weekly windows,
 * homes jittered around area centres and a mix of vetting. Record {@code i} of a kind depends only on the seed,
 * the kind and {@code i} (its own {@link Random}), so any slice can be generated on its own and in any order.
 * Per 10 volunteers there is 1 activity and 1 need.
 */
public final class Synthetic {

    /** An area with its centre; {@code id} is the database id when known (null when read from seed files). */
    public record Place(String municipality, Long municipalityId, String key, String name, Long id, double lat,
            double lon) {
    }

    /** Rough population weights (thousands) of the five municipalities, for a realistic spread. */
    private static final List<String> MUNICIPALITIES = List.of("porsgrunn", "larvik", "nordre-follo", "vinje", "nome");
    private static final int[] POPULATION = {37, 48, 62, 4, 7};

    private static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Per", "Anne", "Lars", "Marit", "Knut", "Sigrid",
        "Nils", "Astrid", "Halvor", "Liv", "Tor", "Gunn", "Jon", "Aslaug", "Eirik", "Solveig", "Bjørn", "Hanne", "Ali",
        "Fatima", "Piotr", "Agnieszka", "Olena", "Mohamed", "Hodan", "Yonas", "Selam", "Emma", "Noah", "Nora", "Jakob"};
    private static final String[] LAST = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
        "Kristiansen", "Berg", "Haugen", "Bakken", "Nordbø", "Kvålseth", "Lie", "Dahl", "Moen", "Strand", "Aasen",
        "Nowak", "Kowalski", "Ahmed", "Hassan", "Shevchenko", "Tesfay", "Vik", "Myhre", "Solberg", "Eide"};
    private static final String[] SKILLS = {"piano", "gitar", "sang", "førerkort", "bil", "strikking", "baking",
        "matlaging", "data", "smarttelefon", "førstehjelp", "hagearbeid", "snekring", "sjakk", "bingo", "lesing",
        "tolking", "arabisk", "polsk", "ukrainsk", "somali", "tigrinja", "engelsk", "fotball", "yoga"};
    /** Bokmål and nynorsk sentences, so that both spellings ("sykehjem", "sjukeheim") are in the index. */
    private static final String[] ABOUT = {
        "Jeg liker å gå tur og tar gjerne med meg eldre ut i frisk luft.",
        "Eg spelar piano og syng gjerne med bebuarane på sjukeheimen.",
        "Pensjonist med bil som kjører folk til dagtilbud og lege.",
        "Eg er pensjonist og køyrer gjerne folk til dagtilbod.",
        "Student som kan hjelpe med mobil, nettbrett og digitale tjenester.",
        "Jeg baker og lager mat, og vil gjerne være med på måltidsfellesskap på sykehjemmet.",
        "Besøksvenn for eldre som bur åleine; eg likar å prate og gå tur.",
        "Jeg snakker arabisk og norsk og kan hjelpe nyankomne med språk og integrering.",
        "Mówię po polsku i chętnie pomogę. Jeg kan også hjelpe med leksehjelp.",
        "Я говорю українською. Kan hjelpe ukrainske familier i kommunen.",
        "Glad i sang og musikk, vil gjerne synge på demensavdelingen.",
        "Har jobbet som sykepleier, kan være besøksvenn og følge til lege.",
        "Likar hagearbeid og kan hjelpe til i sansehagen ved sjukeheimen.",
        "Jeg spiller sjakk og kortspill og liker å være med på kafé for seniorer.",
        "Turvenn for folk med demens; eg kjenner stiane i bygda godt.",
        "Kan hjelpe med handling, småreparasjoner og praktisk hjelp i hjemmet."};
    private static final String[][] ACTIVITY_TITLES = {
        {"Turgruppe for seniorer", "turgåing", "eldre"},
        {"Trim for eldre", "trim", "eldre"},
        {"Sangstund på sjukeheimen", "sang", "demens"},
        {"Sangstund på sykehjemmet", "sang", "eldre"},
        {"Strikkekafé", "kunst og håndverk", "alle"},
        {"Seniorkafé med middag", "måltidsfellesskap", "aleneboende"},
        {"Digital hjelp på biblioteket", "digital hjelp", "eldre"},
        {"Språkkafé", "språk", "innvandrere"},
        {"Leksehjelp for barn og unge", "leksehjelp", "barn og unge"},
        {"Dansekveld for alle", "dans", "alle"},
        {"Turvenn for personar med demens", "turgåing", "demens"},
        {"Pårørendegruppe", "pårørendestøtte", "pårørende"},
        {"Hagelag i sansehagen", "hage", "demens"},
        {"Fallforebyggende trening", "fallforebygging", "eldre"},
        {"Bingo og spillkveld", "spill", "aleneboende"},
        {"Musikkandakt på sjukeheimen", "musikk", "eldre"}};
    private static final String[][] NEED_TITLES = {
        {"Besøksvenn søkes", "besøk", "aleneboende"},
        {"Følge til lege", "følge", "eldre"},
        {"Sjåfør til dagtilbud", "transport", "eldre"},
        {"Turvenn søkes", "turgåing", "demens"},
        {"Hjelp med handling", "praktisk hjelp", "eldre"},
        {"Leksehjelpar søkjast", "leksehjelp", "barn og unge"},
        {"Frivillig til seniorkafé", "kafé", "eldre"},
        {"Sangar til sjukeheimen", "sang", "demens"},
        {"Språkvenn for nyankomne", "språk", "flyktninger"},
        {"Hjelp med mobil og nettbrett", "digital hjelp", "eldre"}};
    private static final String[] LEVELS = {"OPEN_TO_ALL", "OPEN_TO_ALL", "LOW_THRESHOLD", "BY_DECISION"};
    private static final DayOfWeek[] DAYS = DayOfWeek.values();

    private final long seed;
    private final List<List<Place>> placesByMunicipality = new ArrayList<>();
    private final int totalWeight;
    private final LocalDate today = LocalDate.of(2026, 1, 15);

    public Synthetic(long seed, List<Place> places) {
        this.seed = seed;
        int weight = 0;
        for (String m : MUNICIPALITIES) {
            placesByMunicipality.add(places.stream().filter(p -> p.municipality().equals(m)).toList());
        }
        for (int i = 0; i < POPULATION.length; i++) {
            if (!placesByMunicipality.get(i).isEmpty()) {
                weight += POPULATION[i];
            }
        }
        if (weight == 0) {
            throw new IllegalArgumentException("no areas of the five municipalities");
        }
        this.totalWeight = weight;
    }

    /** Areas and centres from {@code seed/<municipality>/areas.json} (no database needed). */
    public static List<Place> fromSeedFiles(Path seedDir) {
        Pattern area = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"name\"\\s*:\\s*\"([^\"]+)\"[^{]*"
                + "\"centre\"\\s*:\\s*\\{\\s*\"lat\"\\s*:\\s*([0-9.]+)\\s*,\\s*\"lon\"\\s*:\\s*([0-9.]+)");
        List<Place> places = new ArrayList<>();
        long fakeId = 1;
        for (String m : MUNICIPALITIES) {
            try {
                String json = Files.readString(seedDir.resolve(m).resolve("areas.json"), StandardCharsets.UTF_8);
                Matcher matcher = area.matcher(json);
                while (matcher.find()) {
                    places.add(new Place(m, null, matcher.group(1), matcher.group(2), fakeId++,
                            Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return places;
    }

    private Random random(int kind, long i) {
        return new Random(seed * 0x9E3779B97F4A7C15L + kind * 0x632BE59BD9B4E019L + i);
    }

    private Place place(Random r) {
        int pick = r.nextInt(totalWeight);
        for (int m = 0; m < POPULATION.length; m++) {
            List<Place> places = placesByMunicipality.get(m);
            if (places.isEmpty()) {
                continue;
            }
            if (pick < POPULATION[m]) {
                return places.get(r.nextInt(places.size()));
            }
            pick -= POPULATION[m];
        }
        throw new IllegalStateException();
    }

    private static PointJson jitter(Random r, Place p, double km) {
        PointJson point = new PointJson();
        point.lat = round(p.lat() + r.nextGaussian() * km / 111.0);
        point.lon = round(p.lon() + r.nextGaussian() * km / (111.0 * Math.cos(Math.toRadians(p.lat()))));
        return point;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static Ref municipalityRef(Place p) {
        return p.municipalityId() != null ? Ref.id(p.municipalityId()) : Ref.key(p.municipality());
    }

    private static Ref ref(Place p) {
        return p.id() != null ? Ref.id(p.id()) : Ref.key(p.key());
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static List<String> some(Random r, List<String> values, int min, int max, String first) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (first != null) {
            out.add(first);
        }
        int n = min + r.nextInt(max - min + 1);
        while (out.size() < n) {
            out.add(values.get(r.nextInt(values.size())));
        }
        return new ArrayList<>(out);
    }

    private static List<WindowJson> windows(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        List<WindowJson> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            WindowJson w = new WindowJson();
            // Weekdays are more common than weekends.
            w.day = DAYS[r.nextInt(10) < 8 ? r.nextInt(5) : 5 + r.nextInt(2)].name();
            int start = 8 + r.nextInt(11);
            int length = 1 + r.nextInt(4);
            w.from = String.format("%02d:%02d", start, r.nextBoolean() ? 0 : 30);
            w.to = String.format("%02d:%02d", Math.min(start + length, 23), r.nextBoolean() ? 0 : 30);
            out.add(w);
        }
        return out;
    }

    private static List<String> languages(Random r) {
        int x = r.nextInt(100);
        if (x < 78) {
            return List.of("no");
        }
        if (x < 88) {
            return List.of("no", "en");
        }
        String[] other = {"pl", "ar", "uk", "so", "ti"};
        return List.of("no", other[r.nextInt(other.length)]);
    }

    public VolunteerJson volunteer(long i) {
        Random r = random(1, i);
        Place p = place(r);
        VolunteerJson v = new VolunteerJson();
        String first = pick(r, FIRST);
        String last = pick(r, LAST);
        v.name = first + " " + last;
        v.email = ascii(first + "." + last).toLowerCase() + "." + i + "@example.no";
        v.municipality = municipalityRef(p);
        v.area = ref(p);
        v.home = jitter(r, p, 1.5);
        v.maxTravelKm = (double) (2 + r.nextInt(29));
        v.hasCar = r.nextInt(3) == 0;
        v.birthYear = 1940 + r.nextInt(68);
        v.interests = some(r, Vocabulary.INTERESTS, 1, 4, null);
        v.skills = some(r, List.of(SKILLS), 0, 2, null);
        v.languages = languages(r);
        v.about = pick(r, ABOUT);
        v.availability = windows(r, 1, 3);
        v.maxHoursPerWeek = (double) (1 + r.nextInt(8));
        v.vetting = new VettingJson();
        int vet = r.nextInt(10);
        if (vet < 4) {
            LocalDate checked = today.minusDays(r.nextInt(900));
            v.vetting.policeCertificateCheckedOn = checked.toString();
            v.vetting.policeCertificateValidUntil = checked.plusYears(3).toString();
            v.vetting.confidentialitySigned = true;
            if (vet < 2) {
                CourseJson course = new CourseJson();
                course.name = "demensopplæring";
                course.completedOn = checked.toString();
                course.validUntil = checked.plusYears(3).toString();
                v.vetting.courses = List.of(course);
            }
        } else {
            v.vetting.confidentialitySigned = vet < 6;
        }
        v.source = "SYNTHETIC";
        return v;
    }

    public ActivityJson activity(long i) {
        Random r = random(2, i);
        Place p = place(r);
        String[] t = ACTIVITY_TITLES[r.nextInt(ACTIVITY_TITLES.length)];
        ActivityJson a = new ActivityJson();
        a.title = t[0] + " i " + p.name();
        a.description = t[0] + ". " + pick(r, ABOUT) + " Velkommen til alle i " + p.name() + ".";
        a.municipality = municipalityRef(p);
        a.area = ref(p);
        a.location = jitter(r, p, 0.8);
        a.schedule = windows(r, 1, 2);
        a.interests = some(r, Vocabulary.INTERESTS, 1, 3, t[1]);
        a.targetGroups = some(r, Vocabulary.TARGET_GROUPS, 1, 2, t[2]);
        a.level = LEVELS[r.nextInt(LEVELS.length)];
        a.capacity = 5 + r.nextInt(40);
        a.cost = r.nextInt(3) == 0 ? 50 : 0;
        a.needsVolunteers = r.nextBoolean();
        a.howToJoin = "Møt opp, eller ring frivilligsentralen.";
        a.source = "SYNTHETIC";
        return a;
    }

    public NeedJson need(long i) {
        Random r = random(3, i);
        Place p = place(r);
        String[] t = NEED_TITLES[r.nextInt(NEED_TITLES.length)];
        NeedJson n = new NeedJson();
        n.title = t[0] + " i " + p.name();
        n.description = t[0] + ". " + pick(r, ABOUT);
        n.municipality = municipalityRef(p);
        n.area = ref(p);
        n.location = jitter(r, p, 1.0);
        n.schedule = windows(r, 1, 2);
        n.interests = some(r, Vocabulary.INTERESTS, 1, 2, t[1]);
        n.targetGroups = some(r, Vocabulary.TARGET_GROUPS, 1, 2, t[2]);
        n.languages = r.nextInt(10) == 0 ? languages(r) : List.of("no");
        n.volunteersNeeded = 1 + r.nextInt(3);
        n.requirements = new RequirementsJson();
        n.requirements.policeCertificate = r.nextInt(4) == 0;
        n.requirements.confidentiality = r.nextInt(3) == 0;
        n.requirements.courses = r.nextInt(8) == 0 ? List.of("demensopplæring") : List.of();
        n.involvesResident = r.nextInt(3) == 0;
        n.residentPseudonym = Boolean.TRUE.equals(n.involvesResident) ? "Beboer " + (char) ('A' + r.nextInt(26)) : null;
        n.source = "SYNTHETIC";
        return n;
    }

    private static String ascii(String s) {
        return s.replace("ø", "o").replace("å", "a").replace("æ", "ae").replace("Ø", "O").replace("Å", "A");
    }

    // ---- In-process benchmark: the Indexable the registry would make, without a database. ----

    private Place placeOf(Ref area) {
        for (List<Place> places : placesByMunicipality) {
            for (Place p : places) {
                if (area.id() != null ? area.id().equals(p.id()) : area.key().equals(p.key())) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("unknown area " + area);
    }

    private static List<WeeklyWindow> parse(List<WindowJson> windows) {
        List<WeeklyWindow> out = new ArrayList<>();
        for (WindowJson w : windows) {
            out.add(WeeklyWindow.of(DayOfWeek.valueOf(w.day), LocalTime.parse(w.from), LocalTime.parse(w.to)));
        }
        return out;
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(part);
            }
        }
        return b.toString();
    }

    /** As {@code Indexables.volunteer}: interests, skills, about; home blurred to ~1 km; restricted. */
    public Indexable volunteerIndexable(long i, long id) {
        VolunteerJson v = volunteer(i);
        Place p = placeOf(v.area);
        GeoPoint home = GeoPoint.of(Math.round(v.home.lat * 100) / 100.0, Math.round(v.home.lon * 100) / 100.0);
        return new Indexable("volunteer", id, 1, v.name, join(String.join(" ", v.interests), String.join(" ", v.skills),
                v.about), p.municipality(), p.id(), p.name(), v.interests, List.of(), null, parse(v.availability), home,
                true);
    }

    public Indexable activityIndexable(long i, long id) {
        ActivityJson a = activity(i);
        Place p = placeOf(a.area);
        return new Indexable("activity", id, 1, a.title, join(a.description, String.join(" ", a.interests),
                String.join(" ", a.targetGroups), a.howToJoin), p.municipality(), p.id(), p.name(), a.interests,
                a.targetGroups, a.level, parse(a.schedule), GeoPoint.of(a.location.lat, a.location.lon), false);
    }

    public Indexable needIndexable(long i, long id) {
        NeedJson n = need(i);
        Place p = placeOf(n.area);
        return new Indexable("need", id, 1, n.title, join(n.description, String.join(" ", n.interests),
                String.join(" ", n.targetGroups)), p.municipality(), p.id(), p.name(), n.interests, n.targetGroups,
                null, parse(n.schedule), GeoPoint.of(n.location.lat, n.location.lon), n.involvesResident);
    }
}
