package org.hearth.ui.privacy;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hearth.report.HandoutTemplates;
import org.hearth.service.ErasureService;
import org.hearth.service.SubjectAccess;
import org.hearth.ui.Background;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;

/**
 * What a worker can do with one person's data (GDPR): export it (PDF and JSON side by side) or erase it for good
 * after a confirmation. The slow parts (reading, laying out, erasing and compacting) run in the background.
 */
public final class PersonalDataActions {

    /** The default file name: never a name. */
    public static final String DEFAULT_FILE = "subject-access-export.pdf";

    private final ErasureService erasure;
    private final SubjectAccess subjectAccess;
    private final HandoutTemplates templates;
    private final Background background;
    private final Messages messages;
    private final DialogService dialogs;

    public PersonalDataActions(ErasureService erasure, SubjectAccess subjectAccess, HandoutTemplates templates,
                               Background background, Messages messages, DialogService dialogs) {
        this.erasure = erasure;
        this.subjectAccess = subjectAccess;
        this.templates = templates;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Asks where to save, then writes the PDF and, beside it, the JSON with the same base name. */
    public void export(Window owner, SubjectAccess.Kind kind, long id, java.util.function.Consumer<String> status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("privacy.export.saveTitle"));
        chooser.setInitialFileName(DEFAULT_FILE);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("privacy.export.pdfFiles"),
                "*.pdf"));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        Path pdf = chosen.toPath().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + ".pdf");
        background.run(() -> {
            write(kind, id, pdf);
            return pdf;
        }, done -> status.accept(messages.get("privacy.export.saved")),
                failure -> status.accept(messages.get("privacy.export.failed")));
    }

    /** Writes the export: the PDF at the path and the JSON beside it (same name, .json); each via a temp file. */
    public void write(SubjectAccess.Kind kind, long id, Path pdf) throws java.io.IOException {
        SubjectAccess.Export export = subjectAccess.of(kind, id);
        String base = pdf.getFileName().toString();
        Path json = pdf.resolveSibling(base.substring(0, base.length() - 4) + ".json");
        new SubjectAccessPdf(messages, templates).of(export).writePdf(pdf);
        SubjectAccess.writeJson(export, json);
    }

    /**
     * Counts what would go, asks for the typed confirmation, erases and compacts; then runs {@code erased} on the
     * JavaFX thread.
     */
    public void erase(Window owner, ErasureService.Kind kind, long id, Runnable erased,
                      java.util.function.Consumer<String> status) {
        background.run(() -> erasure.preview(kind, id), preview -> {
            if (!new EraseDialog(owner, messages, preview).ask()) {
                return;
            }
            status.accept(messages.get("privacy.erase.busy"));
            background.run(() -> {
                erasure.erase(kind, id);
                return Boolean.TRUE;
            }, done -> {
                status.accept(messages.get("privacy.erase.done"));
                erased.run();
            }, failure -> {
                status.accept(messages.get("privacy.erase.failed"));
                dialogs.failed(failure);
            });
        }, dialogs::failed);
    }
}
