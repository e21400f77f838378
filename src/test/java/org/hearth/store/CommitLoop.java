package org.hearth.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hearth.domain.Family;
import org.hearth.domain.HouseholdRole;

/**
 * The child process of {@link CrashSafetyTest}: opens Hearth's store in the given folder and commits one change
 * after another until it is killed. Change {@code n} adds case {@code K-n} with {@link #PEOPLE} people and, in the
 * same transaction, renames case {@code K-(n-1)}; "acknowledged n" is printed only after the commit returned.
 *
 * <p>Arguments: the data folder and the first number; the passphrase comes in the environment variable
 * {@code HEARTH_TEST_PASSPHRASE}.
 */
public final class CommitLoop {

    static final int PEOPLE = 3;
    static final String READY = "ready";
    static final String ACKNOWLEDGED = "acknowledged ";

    private CommitLoop() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        long first = Long.parseLong(args[1]);
        char[] passphrase = System.getenv("HEARTH_TEST_PASSPHRASE").toCharArray();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database database = Database.open(folder, passphrase, () -> "Crash test");
        out.println(READY);
        for (long n = first; ; n++) {
            long number = n;
            database.write(work -> {
                work.cases().add(caseNumber(number));
                if (number > 1) {
                    work.cases().byReference(reference(number - 1))
                            .ifPresent(previous -> previous.setDisplayName(renamed(number - 1)));
                }
            });
            out.println(ACKNOWLEDGED + number);
        }
    }

    static Family caseNumber(long n) {
        Family family = new Family(reference(n), "Family " + n, LocalDate.of(2026, 12, 1));
        for (int p = 0; p < PEOPLE; p++) {
            family.addPerson("Person " + n + "." + p, p == 0 ? HouseholdRole.PARENT : HouseholdRole.CHILD)
                    .setNotes(note(n, p));
        }
        return family;
    }

    static String reference(long n) {
        return "K-" + n;
    }

    static String renamed(long n) {
        return "Family " + n + " followed by " + (n + 1);
    }

    /** A note long enough that a case spans more than one page of the file, with text in several scripts. */
    static String note(long n, int p) {
        return ("Note " + n + "." + p + " مرحبا שלום 👩‍👧 ").repeat(40);
    }
}
