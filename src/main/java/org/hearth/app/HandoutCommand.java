package org.hearth.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hearth.domain.HandoutRecord;
import org.hearth.report.Handout;
import org.hearth.report.HandoutFacts;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutLanguages;
import org.hearth.report.HandoutMaker;
import org.hearth.report.HandoutRequest;
import org.hearth.report.HandoutTemplates;
import org.hearth.report.Organisation;
import org.hearth.report.Pictures;
import org.hearth.report.PrivateTimesClash;
import org.hearth.service.HandoutService;
import org.hearth.service.HandoutGaps;
import org.hearth.service.Settings;
import org.hearth.ui.Messages;
import org.hearth.ui.handout.HandoutFactsOf;
import org.hearth.ui.network.NetworkMapPicture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth handout REF --kind KIND [--member NUMBER] [--lang CODE[,CODE…]] [--discreet] -o FILE.pdf}; with several
 * languages {@code -o} is a folder and each language gets its own file there, named by kind and language only.
 */
@Command(name = "handout", description = "Write a handout of a case as PDF. Kinds: home, time-out, safety-plan, "
        + "member (with --member), buddy (with --member), tips, map. It is recorded in the case history.")
final class HandoutCommand implements Callable<Integer> {

    /** Exit code when the kind, member or language is not known. */
    static final int BAD_REQUEST = 2;

    @CommandLine.Mixin
    HearthCommand.Access access;

    @Parameters(index = "0", description = "The case reference")
    String reference;

    @Option(names = "--kind", required = true, description = "home, time-out, safety-plan, member, buddy, tips, map")
    String kind;

    @Option(names = "--member", description = "For a member card: the member's number (the list this command prints"
            + " without --member; a number keeps the name out of the computer's list of running programs) or name;"
            + " for a buddy card: the pair's number, or a name in it")
    String member;

    @Option(names = "--lang", split = ",", description = "en, nl, de, fr, pl, tr or ar (default: a member card in "
            + "the member's language, else the family's); several, separated by commas, write one file per language "
            + "into the folder -o names")
    List<String> languages;

    @Option(names = "--second-lang", description = "A second language printed beside the first")
    String secondLanguage;

    @Option(names = "--discreet", description = "The discreet variant: a neutral title, nothing that gives it away")
    boolean discreet;

    @Option(names = {"-o", "--output"}, required = true, description = "The PDF file to write (a folder when "
            + "several languages are given)")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        HandoutKind chosen = HandoutKind.byCode(kind).orElse(null);
        if (chosen == null) {
            err.println("There is no handout kind '" + kind + "'. Kinds: " + Arrays.stream(HandoutKind.values())
                    .map(HandoutKind::code).collect(Collectors.joining(", ")));
            return BAD_REQUEST;
        }
        List<String> asked = languages == null ? List.of() : languages;
        List<String> codes = new java.util.ArrayList<>(asked);
        codes.add(secondLanguage);
        for (String code : codes) {
            if (code != null && !HandoutLanguages.supported(code)) {
                err.println("Handouts are not available in '" + code + "'. Languages: "
                        + String.join(", ", HandoutLanguages.ALL));
                return BAD_REQUEST;
            }
        }
        return access.withVault(err, open -> {
            Long caseId = open.handouts().caseId(reference).orElse(null);
            if (caseId == null) {
                err.println("There is no case " + reference + ".");
                return CaseFileCommands.BAD_FILE;
            }
            HandoutService.Source source = open.handouts().load(caseId);
            HandoutFactsOf.Recipient recipient = null;
            if (chosen.perPerson()) {
                List<HandoutFactsOf.Recipient> recipients = HandoutFactsOf.recipients(chosen, source);
                recipient = pick(recipients, member);
                if (recipient == null) {
                    err.println((member == null ? "Say for whom with --member NUMBER." : "No one '" + member
                            + "' gets this handout.") + " Choose from: " + java.util.stream.IntStream
                            .range(0, recipients.size()).mapToObj(i -> (i + 1) + " " + recipients.get(i).name())
                            .collect(Collectors.joining("; ")));
                    return BAD_REQUEST;
                }
            }
            Settings settings = new Settings(access.folder().settingsFile());
            try {
                open.handouts().refuseWhileOpenToDos(caseId, chosen.code(), recipient == null ? null
                        : recipient.key());
            } catch (HandoutGaps.OpenToDos toDos) {
                Messages english = new Messages(Locale.ENGLISH);
                err.println("The " + chosen.code() + " handout is not made while the plan has an open to-do it would"
                        + " carry: " + toDos.toDos().stream().map(p -> p.field() + ": " + english.get(p.messageKey()))
                        .distinct().collect(Collectors.joining(" ")) + " Agree it with the family first.");
                return BAD_REQUEST;
            }
            // the map is drawn without a screen, as on the Handouts tab, in the worker's language
            byte[] map = chosen == HandoutKind.NETWORK_MAP ? Pictures.png(NetworkMapPicture.of(source.plan(),
                    new Messages(settings.language()))) : null;
            HandoutFacts facts = HandoutFactsOf.of(source, map, chosen, recipient == null ? null : recipient.key());
            List<String> firsts = asked.isEmpty()
                    ? List.of(HandoutFactsOf.defaultLanguage(source, chosen, recipient == null ? null : recipient.key()))
                    : asked.stream().map(c -> HandoutLanguages.supportedOr(c, HandoutLanguages.ENGLISH)).distinct()
                    .toList();
            Organisation organisation = new Organisation(settings.organisationName().orElse(null),
                    settings.organisationPhone().orElse(null), settings.organisationLogoBytes().orElse(null));
            HandoutMaker maker = new HandoutMaker(new HandoutTemplates());
            boolean intoFolder = asked.size() > 1;
            if (intoFolder) {
                Files.createDirectories(output);
            }
            for (String first : firsts) {
                HandoutRequest request = new HandoutRequest(chosen, recipient == null ? null : recipient.key(), first,
                        secondLanguage, discreet);
                Path file = intoFolder ? output.resolve(fileName(chosen, request)) : output;
                Handout handout;
                try {
                    handout = maker.make(facts, request, organisation);
                } catch (PrivateTimesClash clash) {
                    err.println("The fridge sheet is not made while two private times clash: " + clash.firstPerson()
                            + " (" + clash.firstRoom() + ") and " + clash.secondPerson() + " (" + clash.secondRoom()
                            + ") on " + clash.day().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                            + " at " + clash.at() + ". Change one of them first.");
                    return BAD_REQUEST;
                }
                handout.writePdf(file);
                open.handouts().record(caseId, chosen.code(), recipient == null ? null : recipient.name(),
                        request.language(), request.secondLanguage(), discreet, HandoutRecord.Action.SAVED_PDF);
                spec.commandLine().getOut().println("Wrote the " + chosen.code() + " handout (" + request.language()
                        + (request.secondLanguage() == null ? "" : " + " + request.secondLanguage())
                        + (discreet ? ", discreet" : "") + ", " + handout.pageCount() + " page"
                        + (handout.pageCount() == 1 ? "" : "s") + ") to " + file + "."
                        + (handout.leftOut() > 0 ? " " + handout.leftOut() + " typed line(s) were left out because "
                        + "they would give the discreet handout away." : ""));
            }
            return 0;
        });
    }

    /** A file name that says what the handout is and nothing about whom it is for. */
    static String fileName(HandoutKind kind, HandoutRequest request) {
        return kind.code() + "-" + request.language()
                + (request.secondLanguage() == null ? "" : "+" + request.secondLanguage())
                + (request.discreet() ? "-discreet" : "") + ".pdf";
    }

    /** The recipient whose name is the one given (ignoring case), else the only one whose name holds it. */
    static HandoutFactsOf.Recipient pick(List<HandoutFactsOf.Recipient> recipients, String name) {
        if (name == null || name.isBlank()) {
            return recipients.size() == 1 ? recipients.get(0) : null;
        }
        if (name.strip().matches("[0-9]{1,4}")) {
            int number = Integer.parseInt(name.strip());
            return number >= 1 && number <= recipients.size() ? recipients.get(number - 1) : null;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (HandoutFactsOf.Recipient r : recipients) {
            if (r.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return r;
            }
        }
        List<HandoutFactsOf.Recipient> partial = recipients.stream()
                .filter(r -> r.name().toLowerCase(Locale.ROOT).contains(wanted)).toList();
        return partial.size() == 1 ? partial.get(0) : null;
    }
}
