package org.hearth.service;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hearth.domain.Channel;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.RelationKind;
import org.hearth.domain.SignalKind;
import org.quicktheories.core.Gen;

/**
 * A generated case for the property tests: network members with random must-not-know marks, consent and ways to
 * reach them; signals with random words, meanings, receivers and household members they are kept from; check-ins
 * and buddy pairs with random people; a draft or agreed plan; a time-out with or without a maximum. It says itself,
 * independently of Hearth's rule book, whether the case is safe, and can be written as a case file (on the exported
 * demo case, whose household p1-p4 it keeps) or as a plan draft.
 */
public record GeneratedCase(List<Member> members, List<SignalShape> signals, List<Pair> checkIns, List<Buddy> buddies,
                     boolean agreed, boolean timeOutMaximum, boolean rolesListed) {

    /** Words that compare equal in pairs ("Blue umbrella", " blue UMBRELLA"), and meanings that differ. */
    static final List<String> WORDS = List.of("Blue umbrella", " blue UMBRELLA", "Red kite");
    static final List<String> MEANINGS = List.of("Call me now", "Come by with an excuse");
    static final int HOUSEHOLD = 4;

    public record Member(boolean mustNotKnow, boolean consent, boolean phone, boolean inPerson) {
        /** A name no other text of a case holds, to look for in what is stored and printed. */
        public String name(int index) {
            return "Qz" + index + (mustNotKnow ? "Hidden" : "Known") + "Member";
        }
    }

    public record SignalShape(int word, int meaning, Set<Integer> receivers, Set<Integer> keptFrom) {
    }

    public record Pair(int member, int person) {
    }

    public record Buddy(int member, int person, boolean professional) {
    }

    public static Gen<GeneratedCase> cases() {
        // one in four must not know, three in four agreed to take part: safe cases are common enough too
        Gen<Boolean> seldom = integers().between(0, 3).map(i -> i == 0);
        Gen<Member> member = seldom.zip(seldom.map(b -> !b), booleans().all(), booleans().all(), Member::new);
        Gen<Set<Integer>> someMembers = lists().of(integers().between(0, 3)).ofSizeBetween(0, 2).map(TreeSet::new);
        Gen<Set<Integer>> somePeople = lists().of(integers().between(0, HOUSEHOLD - 1)).ofSizeBetween(0, 2)
                .map(TreeSet::new);
        Gen<SignalShape> signal = integers().between(0, WORDS.size() - 1).zip(
                integers().between(0, MEANINGS.size() - 1), someMembers, somePeople, SignalShape::new);
        Gen<Pair> pair = integers().between(0, 3).zip(integers().between(0, HOUSEHOLD - 1), Pair::new);
        Gen<Buddy> buddy = integers().between(0, 3).zip(integers().between(0, HOUSEHOLD - 1), booleans().all(),
                Buddy::new);
        return in -> new GeneratedCase(lists().of(member).ofSizeBetween(1, 4).generate(in),
                lists().of(signal).ofSizeBetween(0, 3).generate(in), lists().of(pair).ofSizeBetween(0, 2).generate(in),
                lists().of(buddy).ofSizeBetween(0, 1).generate(in), booleans().all().generate(in),
                booleans().all().generate(in), booleans().all().generate(in));
    }

    // ---- what the case is, by its own account

    /** A member index as the case uses it: indices wrap round the members there are. */
    int at(int index) {
        return index % members.size();
    }

    public Set<Integer> receivers(SignalShape signal) {
        Set<Integer> receivers = new TreeSet<>();
        signal.receivers().forEach(r -> receivers.add(at(r)));
        return receivers;
    }

    /** Everyone with a part in the plan: receivers, check-in people, buddies. */
    Set<Integer> withRole() {
        Set<Integer> roles = new TreeSet<>();
        signals.forEach(s -> roles.addAll(receivers(s)));
        checkIns.forEach(c -> roles.add(at(c.member())));
        buddies.forEach(b -> roles.add(at(b.member())));
        return roles;
    }

    /** Someone who must not know, or who gave no consent, has a part; a signal nobody receives; a word twice. */
    boolean unsafe() {
        boolean roleForWrongPerson = withRole().stream().map(members::get)
                .anyMatch(m -> m.mustNotKnow() || !m.consent());
        boolean unreceived = signals.stream().anyMatch(s -> receivers(s).isEmpty());
        boolean twoMeanings = false;
        for (int i = 0; i < signals.size(); i++) {
            for (int j = 0; j < i; j++) {
                boolean sameWord = WORDS.get(signals.get(i).word()).strip().equalsIgnoreCase(
                        WORDS.get(signals.get(j).word()).strip());
                twoMeanings |= sameWord && signals.get(i).meaning() != signals.get(j).meaning();
            }
        }
        return roleForWrongPerson || unreceived || twoMeanings;
    }

    /** A receiver who cannot be reached, or a buddy pair without a professional: the plan cannot be agreed. */
    boolean incompletePlan() {
        boolean unreachable = signals.stream().flatMap(s -> receivers(s).stream()).map(members::get)
                .anyMatch(m -> !m.phone() && !m.inPerson());
        return unreachable || buddies.stream().anyMatch(b -> !b.professional());
    }

    /** What a receiver of the signal at this index does: a text no other part of a case holds. */
    public static String steps(int signal) {
        return "Qz" + signal + "Steps call 112";
    }

    /** What every door must refuse. */
    public boolean refused() {
        return unsafe() || agreed && incompletePlan();
    }

    /**
     * The nearest safe case: a signal nobody receives goes to the first member, whoever has a part agreed to it
     * and may know, a word keeps its first meaning, and a plan with a to-do stays a draft. Who has no part keeps
     * their marks, and one more member who must not know joins the network, with no part.
     */
    public GeneratedCase madeSafe() {
        List<SignalShape> received = signals.stream().map(s -> s.receivers().isEmpty()
                ? new SignalShape(s.word(), s.meaning(), Set.of(0), s.keptFrom()) : s).toList();
        List<SignalShape> oneMeaning = new ArrayList<>();
        for (SignalShape s : received) {
            int meaning = oneMeaning.stream().filter(o -> WORDS.get(o.word()).strip().equalsIgnoreCase(
                    WORDS.get(s.word()).strip())).map(SignalShape::meaning).findFirst().orElse(s.meaning());
            oneMeaning.add(new SignalShape(s.word(), meaning, s.receivers(), s.keptFrom()));
        }
        GeneratedCase withSignals = new GeneratedCase(members, oneMeaning, checkIns, buddies, agreed, timeOutMaximum,
                rolesListed);
        Set<Integer> parts = withSignals.withRole();
        List<Member> agreeing = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            agreeing.add(parts.contains(i) ? new Member(false, true, m.phone(), m.inPerson()) : m);
        }
        // member indices resolved before one more member joins: the brother who must not know, and has no part
        List<SignalShape> resolved = oneMeaning.stream().map(x -> new SignalShape(x.word(), x.meaning(),
                withSignals.receivers(x), x.keptFrom())).toList();
        List<Pair> pairs = checkIns.stream().map(c -> new Pair(at(c.member()), c.person())).toList();
        List<Buddy> buddyPairs = buddies.stream().map(b -> new Buddy(at(b.member()), b.person(), b.professional()))
                .toList();
        agreeing.add(new Member(true, false, true, false));
        GeneratedCase safe = new GeneratedCase(agreeing, resolved, pairs, buddyPairs, agreed, timeOutMaximum,
                rolesListed);
        return safe.incompletePlan() ? new GeneratedCase(agreeing, resolved, pairs, buddyPairs, false,
                timeOutMaximum, rolesListed) : safe;
    }

    // ---- as a case file

    /** The exported demo case (template) turned into this case under the given reference. */
    public ObjectNode asFile(ObjectNode template, String reference) {
        ObjectNode file = template.deepCopy();
        ((ObjectNode) file.get("case")).put("reference", reference);
        file.putArray("contactLinks");
        file.putArray("checkIns");
        ArrayNode network = file.putArray("network");
        Set<Integer> receivers = new TreeSet<>();
        signals.forEach(s -> receivers.addAll(receivers(s)));
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            ObjectNode member = network.addObject().put("id", "m" + (i + 1)).put("name", m.name(i))
                    .put("kind", "FRIENDS").put("closeness", "CLOSE");
            if (m.phone()) {
                member.put("phone", "06 1000 200" + i);
            }
            ArrayNode channels = member.putArray("channels").add("PHONE");
            if (m.inPerson()) {
                channels.add("IN_PERSON");
            }
            ArrayNode roles = member.putArray("roles");
            if (rolesListed) {
                int index = i;
                if (receivers.contains(i)) {
                    roles.add("SIGNAL_RECEIVER");
                }
                if (checkIns.stream().anyMatch(c -> at(c.member()) == index)) {
                    roles.add("CHECK_IN");
                }
                if (buddies.stream().anyMatch(b -> at(b.member()) == index)) {
                    roles.add("BUDDY");
                }
            }
            member.put("mustNotKnow", m.mustNotKnow()).put("consentGiven", m.consent());
        }
        ObjectNode plan = (ObjectNode) file.get("safetyPlan");
        plan.put("status", agreed ? "AGREED" : "DRAFT");
        if (!agreed) {
            plan.remove(List.of("agreedOn", "agreedBy"));
        } else if (!plan.has("agreedOn")) {
            plan.put("agreedOn", "2026-11-08");
        }
        ArrayNode signalList = plan.putArray("signals");
        for (int i = 0; i < signals.size(); i++) {
            SignalShape s = signals.get(i);
            ObjectNode signal = signalList.addObject().put("id", "s" + (i + 1)).put("kind", "CODE_WORD")
                    .put("word", WORDS.get(s.word())).put("meaning", MEANINGS.get(s.meaning()));
            signal.putArray("channels").add("PHONE");
            signal.putArray("senders").add("p1");
            ArrayNode keptFrom = signal.putArray("confidentialFrom");
            s.keptFrom().forEach(p -> keptFrom.add("p" + (p + 1)));
            ArrayNode responses = signal.putArray("responses");
            String steps = steps(i);
            receivers(s).forEach(r -> responses.addObject().put("receiver", "m" + (r + 1)).put("steps", steps));
        }
        ArrayNode agreements = plan.putArray("checkInAgreements");
        for (int i = 0; i < checkIns.size(); i++) {
            agreements.addObject().put("id", "c" + (i + 1)).put("member", "m" + (at(checkIns.get(i).member()) + 1))
                    .put("person", "p" + (checkIns.get(i).person() + 1)).put("frequency", "WEEKLY");
        }
        ArrayNode pairs = plan.putArray("buddyPairs");
        for (int i = 0; i < buddies.size(); i++) {
            Buddy b = buddies.get(i);
            ObjectNode pairNode = pairs.addObject().put("id", "b" + (i + 1)).put("person", "p" + (b.person() + 1))
                    .put("buddy", "m" + (at(b.member()) + 1)).put("codeWord", "pancakes");
            if (b.professional()) {
                pairNode.put("professionalName", "The worker").put("professionalPhone", "038 111 2222");
            }
        }
        if (!timeOutMaximum) {
            ((ObjectNode) file.at("/homeAgreement/timeOut")).remove("maxMinutes");
        }
        return file;
    }

    // ---- as a plan draft, over the plan a case has

    /** This case's network, signals, check-ins, buddy pairs and status over a loaded plan (new members only). */
    PlanDraft asDraft(PlanDraft d) {
        List<String> people = d.household().stream().map(PlanDraft.HouseholdRef::key).toList();
        List<PlanDraft.Member> network = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Set<Channel> channels = m.inPerson() ? EnumSet.of(Channel.PHONE, Channel.IN_PERSON)
                    : EnumSet.of(Channel.PHONE);
            network.add(new PlanDraft.Member("new-" + i, null, m.name(i), null, RelationKind.FRIENDS,
                    Closeness.CLOSE, m.phone() ? "06 1000 200" + i : null, channels, m.mustNotKnow(), m.consent(),
                    m.consent() ? java.time.LocalDate.of(2026, 11, 1) : null, null, false, null, null));
        }
        List<PlanDraft.SignalItem> signalItems = new ArrayList<>();
        for (SignalShape s : signals) {
            Set<String> keptFrom = new LinkedHashSet<>();
            s.keptFrom().forEach(p -> keptFrom.add(people.get(p % people.size())));
            signalItems.add(new PlanDraft.SignalItem(null, SignalKind.CODE_WORD, WORDS.get(s.word()), null,
                    MEANINGS.get(s.meaning()), Set.of(Channel.PHONE), Set.of(people.get(0)), receivers(s).stream()
                    .map(r -> new PlanDraft.Response("new-" + r, "Call 112", null)).toList(), keptFrom));
        }
        List<PlanDraft.CheckInItem> checkInItems = checkIns.stream().map(c -> new PlanDraft.CheckInItem(null,
                "new-" + at(c.member()), people.get(c.person() % people.size()), ContactFrequency.WEEKLY, null,
                null)).toList();
        List<PlanDraft.BuddyItem> buddyItems = buddies.stream().map(b -> new PlanDraft.BuddyItem(null,
                people.get(b.person() % people.size()), "new-" + at(b.member()), null, null, "pancakes",
                b.professional() ? "The worker" : null, b.professional() ? "038 111 2222" : null)).toList();
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(),
                agreed ? PlanStatus.AGREED : PlanStatus.DRAFT, agreed ? java.time.LocalDate.of(2026, 11, 20) : null,
                agreed ? "Sanne" : null, d.nextReview(), d.country(), d.household(), network, signalItems,
                d.riskFactors(), d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), checkInItems, buddyItems,
                d.reviews(), List.of());
    }
}
