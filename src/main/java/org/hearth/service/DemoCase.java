package org.hearth.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import org.hearth.domain.ActivityAgreement;
import org.hearth.domain.BuddyPair;
import org.hearth.domain.Channel;
import org.hearth.domain.CheckIn;
import org.hearth.domain.CheckInAgreement;
import org.hearth.domain.CheckInOutcome;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.ContactLink;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.domain.Family;
import org.hearth.domain.HomeAgreement;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.Person;
import org.hearth.domain.PlanReview;
import org.hearth.domain.PrivateTime;
import org.hearth.domain.RelationKind;
import org.hearth.domain.RiskFactorKind;
import org.hearth.domain.RiskRole;
import org.hearth.domain.Room;
import org.hearth.domain.SafePlace;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.Signal;
import org.hearth.domain.SignalKind;
import org.hearth.domain.ThingToTake;
import org.hearth.domain.TimeOutPlace;
import org.hearth.domain.TimeOutRule;
import org.hearth.domain.TimeOutUse;
import org.hearth.store.Database;

/**
 * A realistic, invented family that shows every part of Hearth: the shared example for screenshots, tests
 * and training. No real person is described.
 */
public final class DemoCase {

    public static final String REFERENCE = "DEMO-001";

    private final Database database;
    private final Clock clock;

    public DemoCase(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Adds the demo case, or finds it when it is there already; returns its id. */
    public long create() {
        return database.writeReturning(work -> {
            var existing = work.cases().byReference(REFERENCE);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
            LocalDate today = LocalDate.now(clock);
            Family family = new Family(REFERENCE, "Family Bakker (demo)", today.minusDays(30));
            family.setResponsibleWorker("Demo worker");
            family.setNextReview(today.plusWeeks(6));
            family.setLanguage("nl");

            Person sanne = family.addPerson("Sanne Bakker", HouseholdRole.PARENT);
            sanne.setBirthYear(1988);
            sanne.setPhone("06 1234 5678");
            sanne.setLanguages("Nederlands, English");
            sanne.setRiskRole(RiskRole.AT_RISK);
            sanne.setNotes("Works from home three days a week. Prefers to be called after 19:00.");
            Person mark = family.addPerson("Mark Bakker", HouseholdRole.PARENT);
            mark.setBirthYear(1985);
            mark.setLanguages("Nederlands");
            mark.setRiskRole(RiskRole.USES_VIOLENCE);
            mark.setNotes("Lost his job in March; takes part in the time-out agreements.");
            Person noor = family.addPerson("Noor Bakker", HouseholdRole.CHILD);
            noor.setBirthYear(2014);
            noor.setLanguages("Nederlands");
            Person timo = family.addPerson("Timo Bakker", HouseholdRole.CHILD);
            timo.setBirthYear(2019);
            timo.setLanguages("Nederlands");

            NetworkMember ria = member(family, "Ria de Wit", "grandmother (Sanne's mother)", RelationKind.FAMILY,
                    Closeness.VERY_CLOSE, "06 2345 6789", today);
            NetworkMember fatima = member(family, "Fatima El Amrani", "neighbour at no. 14", RelationKind.NEIGHBOURS,
                    Closeness.CLOSE, "06 3456 7890", today);
            NetworkMember groot = member(family, "Mrs. de Groot", "care teacher at Noor's school",
                    RelationKind.SCHOOL, Closeness.CLOSE, "038 123 4567", today);
            NetworkMember lotte = member(family, "Lotte", "peer from the Tuesday support group",
                    RelationKind.PEER_SUPPORT, Closeness.CLOSE, "06 4567 8901", today);
            NetworkMember joris = member(family, "Joris Smit", "colleague of Sanne", RelationKind.WORK,
                    Closeness.FURTHER, "06 5678 9012", today);
            NetworkMember coach = member(family, "Coach Ahmed", "Timo's football coach", RelationKind.COMMUNITY,
                    Closeness.FURTHER, "06 6789 0123", today);
            NetworkMember doctor = member(family, "Dr. Visser", "family doctor", RelationKind.PROFESSIONALS,
                    Closeness.FURTHER, "038 765 4321", today);
            NetworkMember karin = member(family, "Karin Mulder", "Sanne's friend since school", RelationKind.FRIENDS,
                    Closeness.VERY_CLOSE, "06 7890 1234", today);
            NetworkMember esther = member(family, "Esther Jansen", "Timo's teacher at childcare",
                    RelationKind.SCHOOL, Closeness.CLOSE, "038 234 5678", today);
            NetworkMember els = member(family, "Els", "sings with Sanne in the Thursday choir",
                    RelationKind.COMMUNITY, Closeness.FURTHER, "06 8901 2345", today);
            NetworkMember henk = family.addNetworkMember("Henk and Wil Bos", RelationKind.NEIGHBOURS,
                    Closeness.FURTHER);
            henk.setRelation("neighbours across the street");
            NetworkMember peter = family.addNetworkMember("Peter Bakker", RelationKind.FAMILY, Closeness.CLOSE);
            peter.setRelation("Mark's brother");
            peter.setMustNotKnow(true);
            peter.setNotes("Close to Mark; must not learn of the plan or the code words.");

            ria.giveRole(NetworkRole.SIGNAL_RECEIVER);
            ria.giveRole(NetworkRole.CHECK_IN);
            ria.giveRole(NetworkRole.EMERGENCY_CONTACT);
            fatima.giveRole(NetworkRole.SIGNAL_RECEIVER);
            groot.giveRole(NetworkRole.SCHOOL_OUTREACH);
            groot.giveRole(NetworkRole.CHECK_IN);
            lotte.giveRole(NetworkRole.BUDDY);
            doctor.giveRole(NetworkRole.EMERGENCY_CONTACT);

            link(family, sanne, ria, ContactFrequency.DAILY, Channel.PHONE);
            link(family, sanne, fatima, ContactFrequency.SEVERAL_TIMES_A_WEEK, Channel.IN_PERSON);
            link(family, noor, groot, ContactFrequency.WEEKLY, Channel.VIDEO_CALL);
            link(family, sanne, lotte, ContactFrequency.DAILY, Channel.TEXT_CHAT);
            link(family, sanne, joris, ContactFrequency.WEEKLY, Channel.VIDEO_CALL);
            link(family, timo, coach, ContactFrequency.WEEKLY, Channel.IN_PERSON);
            link(family, sanne, karin, ContactFrequency.SEVERAL_TIMES_A_WEEK, Channel.TEXT_CHAT);
            link(family, timo, esther, ContactFrequency.DAILY, Channel.IN_PERSON);
            link(family, sanne, els, ContactFrequency.WEEKLY, Channel.IN_PERSON);
            link(family, mark, peter, ContactFrequency.WEEKLY, Channel.PHONE);
            link(family, noor, ria, ContactFrequency.WEEKLY, Channel.VIDEO_CALL);
            work.cases().add(family);

            SafetyPlan plan = new SafetyPlan(family, today.minusDays(28));
            plan.setCountry("NL");
            Signal plants = plan.addSignal(SignalKind.QUESTION_ANSWER, "Did you water the plants?",
                    "Come by now with an ordinary excuse (borrow sugar) and stay until things calm down.");
            plants.setAnswer("No, it rained.");
            plants.getChannels().addAll(EnumSet.of(Channel.PHONE, Channel.TEXT_CHAT));
            plants.getSenders().add(sanne);
            plants.addResponse(fatima, "1. Ring the bell within 10 minutes with an ordinary reason.\n"
                    + "2. Stay until Sanne says it is calm.\n3. If nobody opens, call 112.").setCallsWhom("112");
            Signal cat = plan.addSignal(SignalKind.CODE_WORD, "The cat is sick",
                    "Call the police now: Sanne cannot talk freely.");
            cat.getChannels().addAll(EnumSet.of(Channel.PHONE, Channel.TEXT_CHAT, Channel.VIDEO_CALL));
            cat.getSenders().add(sanne);
            cat.addResponse(ria, "1. Say \"Oh no, poor thing\" and end the call calmly.\n"
                    + "2. Call 112 and give the address.\n3. Then call the worker.").setCallsWhom("112, then the worker");
            Signal teddy = plan.addSignal(SignalKind.OBJECT_OR_GESTURE, "Blue teddy bear in Noor's window",
                    "Noor is scared and needs an adult to check in.");
            teddy.getChannels().add(Channel.IN_PERSON);
            teddy.getSenders().add(noor);
            teddy.addResponse(fatima, "1. Ring the bell and ask whether Noor can help carry groceries.\n"
                    + "2. Tell Mrs. de Groot the next school day.").setCallsWhom("Mrs. de Groot");

            plan.addRiskFactor(RiskFactorKind.FORCED_TO_STAY_IN, null);
            plan.addRiskFactor(RiskFactorKind.UNABLE_TO_WORK, null);
            plan.addRiskFactor(RiskFactorKind.FINANCIAL_INSECURITY, null);
            plan.addRiskFactor(RiskFactorKind.CHILDREN_AT_HOME, null);
            plan.addRiskFactor(RiskFactorKind.OWN, "Mark drinks more on weekends since losing his job");
            plan.addWarningSign(mark, "Goes quiet and slams cupboard doors");
            plan.addWarningSign(sanne, "\"I notice I start walking on eggshells\"");

            SafePlace grandma = plan.addSafePlace("Ria's house");
            grandma.setAddress("Lindenlaan 8, 8011 AB Zwolle");
            grandma.setHowToGetThere("Bus 3 from the stop at the supermarket, or a 20-minute walk.");
            grandma.setWhoIsThere("Ria, most days; the spare key is with Fatima.");
            for (String thing : new String[] {"ID cards and passports", "Medication", "Phone charger", "Keys",
                "Some cash", "Timo's inhaler", "Noor's school bag"}) {
                grandma.getThingsToTake().add(new ThingToTake(thing, false));
            }
            plan.addEmergencyContact(EmergencyContactKind.EMERGENCY, "Emergency (police, ambulance)", "112");
            plan.addEmergencyContact(EmergencyContactKind.HELPLINE, "Veilig Thuis", "0800-2000");
            plan.addEmergencyContact(EmergencyContactKind.WORKER, "Demo worker", "038 111 2222");

            CheckInAgreement school = plan.addCheckInAgreement(groot, noor, ContactFrequency.WEEKLY);
            school.setChannel(Channel.VIDEO_CALL);
            school.setCoverStory("Homework support on Wednesday afternoon");
            CheckInAgreement daily = plan.addCheckInAgreement(ria, sanne, ContactFrequency.DAILY);
            daily.setChannel(Channel.PHONE);
            daily.setCoverStory("Evening call about the children's day");
            BuddyPair buddies = plan.addBuddyPair(sanne, lotte);
            buddies.setDailyTime(LocalTime.of(20, 0));
            buddies.setChannel(Channel.TEXT_CHAT);
            buddies.setCodeWord("pancakes");
            buddies.setProfessional("Demo worker", "038 111 2222");
            PlanReview first = plan.addReview(today.minusDays(27));
            first.setNote("First meeting after the incident. The plan was drafted together; Sanne feels unsafe when "
                    + "Mark has been drinking.");
            first.setAfterIncident(true);
            first.score(sanne, 3);
            first.score(noor, 4);
            PlanReview review = plan.addReview(today.minusDays(14));
            review.setNote("The plants question was tried once with Fatima and worked. Noor knows her signal.");
            review.setTriedOut(true);
            review.setWorked(true);
            review.score(sanne, 5);
            review.score(noor, 6);
            plan.markAgreed(today.minusDays(21), "Sanne");
            work.plans().add(plan);

            HomeAgreement home = new HomeAgreement(family);
            Room bedroom = home.addRoom("Bedroom (Sanne & Mark)");
            Room noorsRoom = home.addRoom("Noor's room");
            Room timosRoom = home.addRoom("Timo's room");
            Room living = home.addRoom("Living room");
            Room kitchen = home.addRoom("Kitchen");
            Room attic = home.addRoom("Attic");
            Room balcony = home.addRoom("Balcony");
            Room walk = home.addRoom("A walk outside");
            walk.setOutside(true);
            walk.setChildAloneAllowed(false);
            balcony.setChildAloneAllowed(false);
            PrivateTime yoga = home.addPrivateTime(sanne, bedroom);
            yoga.setDays(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
            yoga.setTimes(LocalTime.of(19, 0), LocalTime.of(20, 0));
            yoga.setActivity("Yoga");
            PrivateTime sanneWorks = home.addPrivateTime(sanne, bedroom);
            sanneWorks.setDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
            sanneWorks.setTimes(LocalTime.of(13, 0), LocalTime.of(17, 0));
            sanneWorks.setActivity("Working from home");
            PrivateTime work1 = home.addPrivateTime(mark, attic);
            work1.setDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY));
            work1.setTimes(LocalTime.of(9, 0), LocalTime.of(12, 0));
            work1.setActivity("Job applications");
            PrivateTime music = home.addPrivateTime(mark, attic);
            music.setDays(EnumSet.of(DayOfWeek.SATURDAY));
            music.setTimes(LocalTime.of(21, 0), LocalTime.of(0, 30));
            music.setActivity("Guitar, headphones on");
            PrivateTime reading = home.addPrivateTime(noor, noorsRoom);
            reading.setDays(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY));
            reading.setTimes(LocalTime.of(14, 0), LocalTime.of(16, 0));
            reading.setActivity("Reading and music");
            PrivateTime lego = home.addPrivateTime(timo, timosRoom);
            lego.setDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            lego.setTimes(LocalTime.of(10, 0), LocalTime.of(11, 30));
            lego.setActivity("Lego");
            ActivityAgreement football = home.addActivity(mark, "Football with friends");
            football.setPlace("Sports park");
            football.getDays().add(DayOfWeek.THURSDAY);
            football.setTimes(LocalTime.of(19, 30), LocalTime.of(21, 30));
            ActivityAgreement walkAlone = home.addActivity(sanne, "A walk alone");
            walkAlone.setRoom(walk);
            walkAlone.getDays().add(DayOfWeek.SUNDAY);
            walkAlone.setTimes(LocalTime.of(9, 0), LocalTime.of(10, 0));
            home.addActivity(noor, "Homework at the kitchen table while Timo plays in his room").setRoom(kitchen);
            home.addRespectRule("We knock before we go into a room.");
            home.addRespectRule("We do not enter someone's space in their own time.");
            home.addRespectRule("Headphones on means: do not disturb, unless it is urgent.");
            TimeOutRule timeOut = home.timeOut();
            timeOut.setSignal("\"I need a pause\" and a T with the hands");
            timeOut.setAcknowledgement("The other says \"OK, pause\" and stops talking");
            timeOut.setWhoMayCall("Anyone in the family");
            timeOut.setDuration(20, 60);
            timeOut.setChildrenCaredBy(sanne);
            timeOut.setComingBack("We meet at the kitchen table after the time-out, at most an hour later. We talk "
                    + "calmly, or we park the subject for the next meeting with the worker.");
            timeOut.setResponsibleAdult(mark);
            timeOut.setWhenItFails("Sanne uses the code word \"The cat is sick\" with Ria.");
            timeOut.setPurpose("A time-out is a pause to calm down. It is never a punishment.");
            TimeOutPlace markGoes = timeOut.addPlace(mark);
            markGoes.setRoom(walk);
            markGoes.setCalmingActivity("A walk around the block, music on headphones. No alcohol, no driving.");
            markGoes.setEarlyCues("Clenched jaw, talking louder");
            TimeOutPlace sanneGoes = timeOut.addPlace(sanne);
            sanneGoes.setRoom(living);
            sanneGoes.setCalmingActivity("Breathing, a cup of tea; stays with Timo");
            sanneGoes.setEarlyCues("Tight shoulders");
            TimeOutPlace noorGoes = timeOut.addPlace(noor);
            noorGoes.setRoom(noorsRoom);
            noorGoes.setCalmingActivity("Music on headphones, drawing");
            noorGoes.setEarlyCues("Goes quiet, slams doors");
            TimeOutUse markCalled = home.logTimeOutUse(LocalDateTime.of(today.minusDays(9), LocalTime.of(20, 10)),
                    mark);
            markCalled.setHelped(true);
            markCalled.setNote("Back at the table after 40 minutes; they parked the money worries for the meeting.");
            TimeOutUse sanneCalled = home.logTimeOutUse(LocalDateTime.of(today.minusDays(4), LocalTime.of(18, 45)),
                    sanne);
            sanneCalled.setHelped(false);
            sanneCalled.setNote("Mark came back after 15 minutes and the argument went on.");
            work.homes().add(home);

            CheckIn call = new CheckIn(family, LocalDateTime.of(today.minusDays(3), LocalTime.of(15, 30)),
                    CheckInOutcome.ALL_WELL);
            call.setMember(groot);
            call.setPerson(noor);
            call.setAgreement(school);
            call.setChannel(Channel.VIDEO_CALL);
            call.setActionTaken("Homework done together; Noor in good spirits.");
            work.checkIns().add(call);
            CheckIn evening = new CheckIn(family, LocalDateTime.of(today.minusDays(1), LocalTime.of(20, 30)),
                    CheckInOutcome.ALL_WELL);
            evening.setMember(ria);
            evening.setPerson(sanne);
            evening.setAgreement(daily);
            evening.setChannel(Channel.PHONE);
            evening.setActionTaken("Usual evening call; the children's day was calm.");
            work.checkIns().add(evening);
            CheckIn buddy = new CheckIn(family, LocalDateTime.of(today.minusDays(1), LocalTime.of(20, 5)),
                    CheckInOutcome.WORRIED);
            buddy.setMember(lotte);
            buddy.setPerson(sanne);
            buddy.setBuddyPair(buddies);
            buddy.setChannel(Channel.TEXT_CHAT);
            buddy.setActionTaken("Lotte called the worker; worker phoned Sanne the next morning.");
            work.checkIns().add(buddy);
            return family.getId();
        });
    }

    private static NetworkMember member(Family family, String name, String relation, RelationKind kind,
                                        Closeness closeness, String phone, LocalDate today) {
        NetworkMember member = family.addNetworkMember(name, kind, closeness);
        member.setRelation(relation);
        member.setPhone(phone);
        member.getChannels().add(Channel.PHONE);
        member.recordConsent(today.minusDays(25), "Receives the signals and check-ins named in the plan");
        return member;
    }

    private static void link(Family family, Person person, NetworkMember member, ContactFrequency frequency,
                             Channel channel) {
        ContactLink link = family.addContactLink(person, member);
        link.setFrequency(frequency);
        link.setChannel(channel);
    }
}
