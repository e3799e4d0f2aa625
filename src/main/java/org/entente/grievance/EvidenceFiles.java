package org.entente.grievance;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;

import javax.imageio.ImageIO;

import org.entente.shared.InvalidInput;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

/**
 * Evidence a worker attaches: a photo (JPEG or PNG) or a PDF, at most {@value #MOST_FILES} files of
 * {@value #MOST_BYTES} bytes each, recognised by their first bytes and not by what the phone claims. Metadata is
 * stripped before anything is kept: a photo is decoded and encoded again (no EXIF, so no GPS position or camera
 * serial), a PDF loses its document information and XMP metadata.
 */
public final class EvidenceFiles {

    static final int MOST_FILES = 3;
    static final int MOST_BYTES = 5 * 1024 * 1024;

    /** A file as kept: its type and its content without metadata. */
    public record Clean(String contentType, byte[] content) {
    }

    private EvidenceFiles() {
    }

    static List<Clean> clean(List<EvidenceUpload> uploads) {
        List<EvidenceUpload> given = uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
        if (given.size() > MOST_FILES) {
            throw InvalidInput.coded("evidence", "at most " + MOST_FILES + " files", "grievance.evidence.tooMany",
                    MOST_FILES);
        }
        return given.stream().map(EvidenceFiles::clean).toList();
    }

    static Clean clean(EvidenceUpload upload) {
        byte[] bytes = upload.content();
        if (bytes.length > MOST_BYTES) {
            throw InvalidInput.coded(upload.field(), "a file may be at most 5 MB", "grievance.evidence.tooLarge", 5);
        }
        try {
            if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
                return new Clean("image/jpeg", reencode(bytes, "jpg"));
            }
            if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
                return new Clean("image/png", reencode(bytes, "png"));
            }
            if (startsWith(bytes, '%', 'P', 'D', 'F')) {
                return new Clean("application/pdf", strippedPdf(bytes));
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.coded(upload.field(), "the file cannot be read", "grievance.evidence.unreadable");
        }
        throw InvalidInput.coded(upload.field(), "only photos (JPEG, PNG) and PDF files", "grievance.evidence.type");
    }

    private static byte[] reencode(byte[] bytes, String format) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("not an image");
        }
        if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            opaque.getGraphics().drawImage(image, 0, 0, null);
            image = opaque;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] strippedPdf(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        try (PdfReader reader = new PdfReader(bytes)) {
            PdfStamper stamper = new PdfStamper(reader, out);
            HashMap<String, String> erased = new HashMap<>();
            reader.getInfo().keySet().forEach(key -> erased.put(key, null));
            stamper.setInfoDictionary(erased);
            stamper.setXmpMetadata(null);
            reader.getCatalog().remove(com.lowagie.text.pdf.PdfName.METADATA);
            stamper.close();
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
