package org.hearth.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.Person;
import org.hearth.store.Database;
import org.hearth.store.History;
import org.hearth.store.StoreException;

/**
 * Everything Hearth holds about one person (GDPR right of access): a household member or a network member. Their
 * own details, the plan items and agreements that name them, their contact lines and the history of their details,
 * leaving out what is kept from them ({@link Audience}). Written as JSON ({@link #FORMAT}, version
 * {@link #FORMAT_VERSION}; see docs/decisions/0015) and, through the report layer, as a readable PDF.
 *
 * <p>The export is plain sections of fields: a section key and, per entry, field keys with values as the worker
 * typed them. Section and field keys are stable names; the PDF shows them in the worker's language.
 */
public final class SubjectAccess {

    public static final String FORMAT = "hearth-subject-access";
    public static final int FORMAT_VERSION = 1;

    /** Whose data: a household member or a network member. */
    public enum Kind { HOUSEHOLD_MEMBER, NETWORK_MEMBER }

    /** One person's data as exported. */
    @JsonPropertyOrder({"format", "formatVersion", "madeOn", "kind", "name", "caseReference", "sections"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Export(String format, int formatVersion, LocalDate madeOn, Kind kind, String name,
                         String caseReference, List<Section> sections) {
    }

    /** A part of the export, e.g. "details" or "signalsSent"; each entry maps field keys to values. */
    public record Section(String key, List<Map<String, String>> entries) {
    }

    private final Database database;
    private final Clock clock;
    private final HandoutService handouts;

    public SubjectAccess(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.handouts = new HandoutService(database, clock);
    }

    /** Everything held about the person, leaving out what is kept from them. */
    public Export of(Kind kind, long id) {
        long caseId = database.read(work -> kind == Kind.HOUSEHOLD_MEMBER
                ? work.cases().person(id).map(p -> p.getFamily().getId()).orElseThrow(SubjectAccess::gone)
                : work.cases().networkMember(id).map(m -> m.getFamily().getId()).orElseThrow(SubjectAccess::gone));
        HandoutService.Source source = handouts.load(caseId);
        PlanDraft plan = source.plan();
        return kind == Kind.HOUSEHOLD_MEMBER ? householdMember(id, source, Audience.forPerson(plan, "p" + id))
                : networkMember(id, plan);
    }

    private Export householdMember(long id, HandoutService.Source source, PlanDraft plan) {
        String key = "p" + id;
        List<Section> sections = new ArrayList<>();
        String[] name = new String[1];
        String[] reference = new String[1];
        List<History.Revision> history = database.read(work -> {
            Person person = work.cases().person(id).orElseThrow(SubjectAccess::gone);
            name[0] = person.getName();
            reference[0] = person.getFamily().getReference();
            sections.add(new Section("details", List.of(fields(
                    "name", person.getName(), "role", person.getRole().name(),
                    "birthYear", person.getBirthYear() == null ? null : person.getBirthYear().toString(),
                    "phone", person.getPhone(), "languages", person.getLanguages(), "notes", person.getNotes(),
                    "riskRole", person.getRiskRole().name()))));
            return work.history().ofPerson(id);
        });
        sections.add(new Section("signalsSent", plan.signals().stream().filter(s -> s.senderKeys().contains(key))
                .map(s -> fields("kind", s.kind().name(), "word", s.word(), "answer", s.answer(),
                        "meaning", s.meaning(), "channels", names(s.channels()))).toList()));
        sections.add(new Section("warningSigns", plan.warningSigns().stream().filter(w -> key.equals(w.personKey()))
                .map(w -> fields("text", w.text())).toList()));
        sections.add(new Section("checkIns", plan.checkIns().stream().filter(c -> key.equals(c.personKey()))
                .map(c -> fields("with", memberName(plan, c.memberKey()), "frequency", name(c.frequency()),
                        "channel", name(c.channel()), "coverStory", c.coverStory())).toList()));
        sections.add(new Section("buddies", plan.buddies().stream().filter(b -> key.equals(b.personKey()))
                .map(b -> fields("with", memberName(plan, b.memberKey()), "dailyTime",
                        b.dailyTime() == null ? null : b.dailyTime().toString(), "channel", name(b.channel()),
                        "codeWord", b.codeWord(), "professional", b.professionalName(),
                        "professionalPhone", b.professionalPhone())).toList()));
        sections.add(new Section("safetyScores", plan.reviews().stream().filter(r -> r.scores().containsKey(key))
                .map(r -> fields("date", r.reviewedOn().toString(), "score", r.scores().get(key).toString()))
                .toList()));
        sections.add(new Section("contactLines", plan.links().stream().filter(l -> key.equals(l.personKey()))
                .map(l -> fields("with", memberName(plan, l.memberKey()), "frequency", name(l.frequency()),
                        "channel", name(l.channel()))).toList()));
        HandoutService.Home home = source.home();
        if (home != null) {
            sections.add(new Section("privateTimes", home.privateTimes().stream()
                    .filter(t -> key.equals(t.personKey())).map(t -> fields("room", t.room(), "days", days(t.days()),
                            "from", String.valueOf(t.from()), "to", String.valueOf(t.to()), "activity", t.activity()))
                    .toList()));
            sections.add(new Section("activities", home.activities().stream()
                    .filter(a -> key.equals(a.personKey())).map(a -> fields("what", a.what(), "where", a.where(),
                            "days", days(a.days()))).toList()));
            if (home.timeOut() != null) {
                sections.add(new Section("timeOut", home.timeOut().places().stream()
                        .filter(p -> key.equals(p.personKey())).map(p -> fields("where", p.where(),
                                "calming", p.calming(), "earlyCues", p.earlyCues())).toList()));
            }
        }
        sections.add(new Section("history", history(history)));
        return export(Kind.HOUSEHOLD_MEMBER, name[0], reference[0], sections);
    }

    private Export networkMember(long id, PlanDraft plan) {
        String key = "m" + id;
        List<Section> sections = new ArrayList<>();
        String[] name = new String[1];
        String[] reference = new String[1];
        List<History.Revision> history = database.read(work -> {
            NetworkMember m = work.cases().networkMember(id).orElseThrow(SubjectAccess::gone);
            name[0] = m.getName();
            reference[0] = m.getFamily().getReference();
            sections.add(new Section("details", List.of(fields(
                    "name", m.getName(), "relation", m.getRelation(), "relationKind", m.getKind().name(),
                    "closeness", m.getCloseness().name(), "phone", m.getPhone(), "email", m.getEmail(),
                    "channels", names(m.getChannels()), "roles", names(m.getRoles()),
                    "consent", m.isConsentGiven() ? String.valueOf(m.getConsentOn()) : null,
                    "consentScope", m.getConsentScope(), "mustNotKnow", m.isMustNotKnow() ? "true" : null,
                    "notes", m.getNotes()))));
            return work.history().ofMember(id);
        });
        List<Map<String, String>> received = new ArrayList<>();
        for (PlanDraft.SignalItem s : plan.signals()) {
            s.responses().stream().filter(r -> key.equals(r.memberKey())).forEach(r -> received.add(fields(
                    "kind", s.kind().name(), "word", s.word(), "answer", s.answer(), "meaning", s.meaning(),
                    "steps", r.steps(), "callsWhom", r.callsWhom())));
        }
        sections.add(new Section("signalsReceived", received));
        sections.add(new Section("checkIns", plan.checkIns().stream().filter(c -> key.equals(c.memberKey()))
                .map(c -> fields("with", householdName(plan, c.personKey()), "frequency", name(c.frequency()),
                        "channel", name(c.channel()), "coverStory", c.coverStory())).toList()));
        sections.add(new Section("buddies", plan.buddies().stream().filter(b -> key.equals(b.memberKey()))
                .map(b -> fields("with", householdName(plan, b.personKey()), "dailyTime",
                        b.dailyTime() == null ? null : b.dailyTime().toString(), "channel", name(b.channel()),
                        "codeWord", b.codeWord(), "professional", b.professionalName(),
                        "professionalPhone", b.professionalPhone())).toList()));
        sections.add(new Section("contactLines", plan.links().stream().filter(l -> key.equals(l.memberKey()))
                .map(l -> fields("with", householdName(plan, l.personKey()), "frequency", name(l.frequency()),
                        "channel", name(l.channel()))).toList()));
        sections.add(new Section("history", history(history)));
        return export(Kind.NETWORK_MEMBER, name[0], reference[0], sections);
    }

    private Export export(Kind kind, String name, String reference, List<Section> sections) {
        return new Export(FORMAT, FORMAT_VERSION, LocalDate.now(clock), kind, name, reference,
                sections.stream().filter(s -> !s.entries().isEmpty()).toList());
    }

    /** The export as JSON (UTF-8, indented, dates as ISO text). */
    public static byte[] json(Export export) {
        ObjectMapper mapper = new ObjectMapper().registerModule(
                        new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        try {
            return mapper.writeValueAsBytes(export);
        } catch (IOException e) {
            throw new IllegalStateException("The export could not be written as JSON", e);
        }
    }

    /** Writes the JSON to the file through a temporary file moved into place. */
    public static void writeJson(Export export, java.nio.file.Path file) throws IOException {
        org.hearth.store.AtomicFile.write(file, json(export));
    }

    private List<Map<String, String>> history(List<History.Revision> revisions) {
        ZoneId zone = clock.getZone();
        return revisions.stream().map(r -> fields("savedAt", r.savedAt().atZone(zone).toLocalDateTime()
                .withNano(0).toString(), "worker", r.worker())).toList();
    }

    /** Fields in the order given; empty values are left out. */
    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String value = keysAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                map.put(keysAndValues[i], value);
            }
        }
        return map;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : String.join(", ", new TreeSet<>(values.stream().map(Enum::name).toList()));
    }

    private static String days(Set<DayOfWeek> days) {
        return days == null || days.isEmpty() ? null
                : String.join(", ", days.stream().sorted().map(DayOfWeek::name).toList());
    }

    private static String memberName(PlanDraft plan, String key) {
        return plan.members().stream().filter(m -> m.key().equals(key)).map(PlanDraft.Member::name).findFirst()
                .orElse(null);
    }

    private static String householdName(PlanDraft plan, String key) {
        return plan.household().stream().filter(h -> h.key().equals(key)).map(PlanDraft.HouseholdRef::name)
                .findFirst().orElse(null);
    }

    private static StoreException gone() {
        return new StoreException(StoreException.Reason.CHANGED_ELSEWHERE, "This person is no longer there");
    }
}
