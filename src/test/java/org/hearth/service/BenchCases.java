package org.hearth.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hearth.domain.Channel;
import org.hearth.domain.CheckIn;
import org.hearth.domain.CheckInAgreement;
import org.hearth.domain.CheckInOutcome;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.domain.Family;
import org.hearth.domain.HomeAgreement;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.Person;
import org.hearth.domain.PrivateTime;
import org.hearth.domain.RelationKind;
import org.hearth.domain.RiskFactorKind;
import org.hearth.domain.RiskRole;
import org.hearth.domain.Room;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.Signal;
import org.hearth.domain.SignalKind;

/**
 * A realistic caseload for the benchmarks: households of 2-8, networks of 5-40 people, 1-6 signals, 5-20 private
 * times and a year of check-ins per case. Invented names; the first case is the largest (40 people, 6 signals).
 */
public final class BenchCases {

    private static final String[] FIRST = {"Sanne", "Mark", "Noor", "Timo", "Fatima", "Ahmed", "Lotte", "Joris",
        "Maryam", "Samir", "Lina", "Anna", "Piotr", "Ewa", "Mehmet", "Elif", "Sophie", "Lucas", "Emma", "Daan",
        "Julia", "Sem", "Zoë", "Björn", "Ayşe", "Kofi", "Amira", "Youssef", "Iris", "Bram"};
    private static final String[] LAST = {"Bakker", "de Vries", "Jansen", "El Amrani", "Kowalski", "Yılmaz",
        "Visser", "Smit", "Haddad", "Mulder", "de Groot", "Bos", "Öztürk", "Nowak", "Peters", "Hendriks"};
    private static final String[] ROOMS = {"Bedroom", "Living room", "Kitchen", "Attic", "Balcony", "Garden",
        "A walk outside", "Children's room"};

    private BenchCases() {
    }

    /** The reference of the n-th generated case (1-based). */
    public static String reference(int n) {
        return String.format("B-%05d", n);
    }

    /** Adds cases {@code from..to} (1-based, inclusive) in one transaction. */
    public static void add(OpenVault open, int from, int to, LocalDate today) {
        open.database().write(work -> {
            for (int n = from; n <= to; n++) {
                Random random = new Random(n * 7919L);
                Parts parts = family(n, random, today);
                Family family = parts.family();
                work.cases().add(family);
                work.plans().add(parts.plan());
                work.homes().add(parts.home());
                for (CheckIn checkIn : checkIns(family, random, today)) {
                    work.checkIns().add(checkIn);
                }
            }
        });
    }

    private static String name(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private record Parts(Family family, SafetyPlan plan, HomeAgreement home) {
    }

    private static Parts family(int n, Random random, LocalDate today) {
        boolean largest = n == 1;
        String last = LAST[random.nextInt(LAST.length)];
        Family family = new Family(reference(n), "Family " + last + " " + n, today.minusDays(random.nextInt(700)));
        family.setResponsibleWorker("Worker " + (1 + random.nextInt(12)));
        family.setNextReview(today.plusDays(random.nextInt(120) - 20));
        family.setLanguage(random.nextBoolean() ? "nl" : "en");
        if (!largest && random.nextInt(5) == 0) {
            family.close(today.minusDays(random.nextInt(200)));
        }
        int householdSize = largest ? 6 : 2 + random.nextInt(7);
        List<Person> household = new ArrayList<>();
        for (int i = 0; i < householdSize; i++) {
            Person person = family.addPerson(FIRST[random.nextInt(FIRST.length)] + " " + last,
                    i < 2 ? HouseholdRole.PARENT : HouseholdRole.CHILD);
            person.setBirthYear(i < 2 ? 1970 + random.nextInt(25) : 2005 + random.nextInt(20));
            person.setRiskRole(i == 0 ? RiskRole.AT_RISK : i == 1 ? RiskRole.USES_VIOLENCE : RiskRole.NOT_KNOWN);
            person.setColour(i);
            household.add(person);
        }
        int networkSize = largest ? 40 : 5 + random.nextInt(36);
        List<NetworkMember> willing = new ArrayList<>();
        for (int i = 0; i < networkSize; i++) {
            NetworkMember member = family.addNetworkMember(name(random),
                    RelationKind.values()[random.nextInt(RelationKind.values().length)],
                    Closeness.values()[random.nextInt(Closeness.values().length)]);
            member.setRelation("relation " + i);
            member.setPhone("06 " + (10000000 + random.nextInt(89999999)));
            member.getChannels().add(Channel.PHONE);
            if (i > 0 && random.nextInt(8) == 0) {
                member.setMustNotKnow(true);
            } else {
                member.recordConsent(today.minusDays(random.nextInt(300)), "signals and check-ins");
                willing.add(member);
            }
            if (random.nextInt(3) == 0) {
                family.addContactLink(household.get(random.nextInt(householdSize)), member)
                        .setFrequency(ContactFrequency.values()[random.nextInt(ContactFrequency.values().length)]);
            }
        }
        SafetyPlan plan = new SafetyPlan(family, family.getCreatedOn());
        int signals = largest ? 6 : 1 + random.nextInt(6);
        for (int i = 0; i < signals; i++) {
            Signal signal = plan.addSignal(SignalKind.values()[random.nextInt(SignalKind.values().length)],
                    "Code word " + n + "-" + i, "Come by now with an ordinary excuse");
            if (signal.getKind() == SignalKind.QUESTION_ANSWER) {
                signal.setAnswer("No, it rained.");
            }
            signal.getSenders().add(household.get(0));
            signal.getChannels().add(Channel.PHONE);
            for (int r = 0; r < 1 + random.nextInt(3); r++) {
                signal.addResponse(willing.get(random.nextInt(willing.size())), "1. Stay calm.\n2. Call 112.")
                        .setCallsWhom("112");
            }
        }
        plan.addRiskFactor(RiskFactorKind.CHILDREN_AT_HOME, null);
        plan.addWarningSign(household.get(1), "Goes quiet and slams doors");
        plan.addSafePlace("A friend's house").setAddress("Lindenlaan " + n);
        plan.addEmergencyContact(EmergencyContactKind.EMERGENCY, "Emergency", "112");
        CheckInAgreement agreement = plan.addCheckInAgreement(willing.get(0), household.get(0),
                ContactFrequency.WEEKLY);
        agreement.setChannel(Channel.PHONE);
        plan.addReview(family.getCreatedOn().plusDays(14)).score(household.get(0), 1 + random.nextInt(9));

        HomeAgreement home = new HomeAgreement(family);
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            rooms.add(home.addRoom(ROOMS[i]));
        }
        int times = largest ? 20 : 5 + random.nextInt(16);
        for (int i = 0; i < times; i++) {
            PrivateTime time = home.addPrivateTime(household.get(i % householdSize), rooms.get(i % rooms.size()));
            time.setDays(Set.of(DayOfWeek.of(1 + i % 7)));
            int start = 7 + (i * 3) % 14;
            time.setTimes(LocalTime.of(start, 0), LocalTime.of(start + 1, 0));
            time.setActivity("time of one's own");
        }
        home.addRespectRule("We knock before we go in.");
        return new Parts(family, plan, home);
    }

    private static List<CheckIn> checkIns(Family family, Random random, LocalDate today) {
        List<CheckIn> checkIns = new ArrayList<>();
        int count = 12 + random.nextInt(41);
        for (int i = 0; i < count; i++) {
            CheckIn checkIn = new CheckIn(family, today.minusDays(365L * i / count).atTime(19, 0),
                    random.nextInt(20) == 0 ? CheckInOutcome.WORRIED : CheckInOutcome.ALL_WELL);
            checkIn.setChannel(Channel.PHONE);
            checkIns.add(checkIn);
        }
        return checkIns;
    }
}
