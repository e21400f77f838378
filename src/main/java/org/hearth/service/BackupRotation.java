package org.hearth.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which backups in the backup folder to keep: the newest of each of the last {@value #DAILY} days that have a
 * backup, and the newest of each of the last {@value #WEEKLY} weeks that have one. Only files named as Hearth
 * names its backups are ever counted or removed; a laptop left unused for a month still keeps its last backups.
 */
public final class BackupRotation {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private static final Pattern NAME = Pattern.compile("hearth-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(-\\d+)?\\.hearthbackup");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmm");

    private BackupRotation() {
    }

    /** The file name of a backup made at this moment: the date and time only, never anything about a family. */
    public static String fileName(LocalDateTime made) {
        return "hearth-" + STAMP.format(made) + ".hearthbackup";
    }

    /** When a backup with this file name was made, if the name is one Hearth gives. */
    public static Optional<LocalDateTime> madeAt(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(matcher.group(1), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The backups to remove from those given (each with the moment it was made). */
    public static Set<Path> toRemove(Map<Path, LocalDateTime> backups) {
        List<Map.Entry<Path, LocalDateTime>> newestFirst = backups.entrySet().stream()
                .sorted(Map.Entry.<Path, LocalDateTime>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().getFileName().toString(), Comparator.reverseOrder()))
                .toList();
        Set<Path> keep = new HashSet<>();
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<Integer> weeks = new LinkedHashSet<>();
        for (Map.Entry<Path, LocalDateTime> backup : newestFirst) {
            LocalDate day = backup.getValue().toLocalDate();
            int week = day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!days.contains(day) && days.size() < DAILY) {
                days.add(day);
                keep.add(backup.getKey());
            }
            if (!weeks.contains(week) && weeks.size() < WEEKLY) {
                weeks.add(week);
                keep.add(backup.getKey());
            }
        }
        Set<Path> remove = new HashSet<>(backups.keySet());
        remove.removeAll(keep);
        return remove;
    }
}
