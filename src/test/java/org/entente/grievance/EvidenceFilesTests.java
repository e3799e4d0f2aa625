package org.entente.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.entente.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** Evidence keeps what it shows and loses what it would tell about the worker: place, phone, author. */
class EvidenceFilesTests {

    /** A JPEG as a phone writes it: an EXIF segment (here with a GPS note and a serial) right after the start. */
    private static byte[] phonePhoto() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = "Exif\0\0GPS 14.6928N 17.4467W SERIAL-RX99".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(0xFF);
        withExif.write(0xE1);
        withExif.write((payload.length + 2) >> 8);
        withExif.write((payload.length + 2) & 0xFF);
        withExif.write(payload);
        withExif.write(jpeg, 2, jpeg.length - 2);
        return withExif.toByteArray();
    }

    @Test
    void aPhotoLosesItsExifAndStaysAPhoto() throws Exception {
        byte[] photo = phonePhoto();
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("GPS 14.6928N");
        EvidenceFiles.Clean clean = EvidenceFiles.clean(new EvidenceUpload("evidence", photo));
        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        String kept = new String(clean.content(), StandardCharsets.ISO_8859_1);
        assertThat(kept).doesNotContain("GPS").doesNotContain("SERIAL-RX99").doesNotContain("Exif");
        BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(clean.content()));
        assertThat(back.getWidth()).isEqualTo(40);
    }

    @Test
    void aPdfLosesItsAuthorAndProducer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.addAuthor("Maria Quispe Huaman");
        document.addTitle("Payslips of Maria");
        document.open();
        document.add(new Paragraph("Payslip, March"));
        document.close();
        assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1)).contains("Maria Quispe Huaman");
        EvidenceFiles.Clean clean = EvidenceFiles.clean(new EvidenceUpload("evidence", out.toByteArray()));
        assertThat(clean.contentType()).isEqualTo("application/pdf");
        assertThat(new String(clean.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Quispe")
                .doesNotContain("Payslips of Maria");
    }

    @Test
    void anythingElseIsRefusedByWhatItIsNotWhatItClaims() {
        assertThatThrownBy(() -> EvidenceFiles.clean(new EvidenceUpload("evidence",
                "MZ\u0090 not a photo".getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("only photos");
        assertThatThrownBy(() -> EvidenceFiles.clean(List.of(new EvidenceUpload("a", new byte[] {1}),
                new EvidenceUpload("b", new byte[] {1}), new EvidenceUpload("c", new byte[] {1}),
                new EvidenceUpload("d", new byte[] {1})))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at most 3");
        assertThatThrownBy(() -> EvidenceFiles.clean(new EvidenceUpload("evidence",
                new byte[EvidenceFiles.MOST_BYTES + 1]))).isInstanceOf(InvalidInput.class);
    }
}
