package org.hearth.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** A handout laid out and ready: save it as PDF, look at its pages, or print it. */
public final class Handout {

    private final JasperPrint print;
    private final String documentTitle;
    private final int leftOut;

    Handout(JasperPrint print, String documentTitle, int leftOut) {
        this.print = print;
        this.documentTitle = documentTitle;
        this.leftOut = leftOut;
    }

    public int pageCount() {
        return print.getPages().size();
    }

    /**
     * How many lines the worker typed were left out of the discreet variant because they hold a word that gives
     * its purpose away.
     */
    public int leftOut() {
        return leftOut;
    }

    /** The PDF. Its metadata holds only the handout's kind (its neutral title when discreet): no personal data. */
    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(documentTitle);
        configuration.setMetadataAuthor("Hearth");
        configuration.setMetadataCreator("Hearth");
        configuration.setMetadataSubject("");
        configuration.setMetadataKeywords("");
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("The handout could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the PDF to the file: first to a temporary file with a neutral name in the same folder, then moved into
     * place, so a half-written handout never carries the chosen name.
     */
    public void writePdf(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, ".handout-", ".tmp");
        try {
            Files.write(temporary, pdf());
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The pages as pictures, for the preview; scale 1 is 72 dots per inch. */
    public List<BufferedImage> pages(float scale) {
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < pageCount(); i++) {
            try {
                pages.add((BufferedImage) JasperPrintManager.getInstance(
                        net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                        .printToImage(print, i, scale));
            } catch (JRException e) {
                throw new IllegalStateException("A handout page could not be drawn", e);
            }
        }
        return pages;
    }

    /**
     * Prints through the system's print dialog. False when the worker cancelled; {@link NoPrinterException} when
     * the computer has no printer at all.
     */
    public boolean print() throws NoPrinterException {
        if (javax.print.PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            throw new NoPrinterException();
        }
        try {
            return JasperPrintManager.getInstance(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                    .print(print, true);
        } catch (JRException | RuntimeException e) {
            throw new NoPrinterException();
        }
    }

    /** No printer is installed, or the system could not print. */
    public static final class NoPrinterException extends Exception {
        public NoPrinterException() {
            super("No printer available");
        }
    }
}
