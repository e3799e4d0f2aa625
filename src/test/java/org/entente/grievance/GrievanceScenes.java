package org.entente.grievance;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.party.PartyDetails;
import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What grievance tests share: two fresh states (user-assigned X.. codes, so each test has its own corridor) and a
 * case filed between them, with its receipt.
 */
final class GrievanceScenes {

    static final String PASSPHRASE = "blue river 42";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 600));

    /** A filed case: its id, receipt, and the states it is between (the destination has jurisdiction). */
    record Filed(long id, String receipt, PartyCode origin, PartyCode destination) {
    }

    private GrievanceScenes() {
    }

    /** A state party with an unused X.. code. */
    static PartyCode freshState(PartyDirectory parties) {
        for (int attempt = 0; attempt < 676; attempt++) {
            int n = NEXT.getAndIncrement() % 676;
            PartyCode code = new PartyCode("X" + (char) ('A' + n / 26) + (char) ('A' + n % 26));
            if (!parties.exists(code)) {
                parties.register(Actor.system(), code, PartyKind.STATE, new PartyDetails("State " + code, null,
                        "Testland", List.of("en"), null, null, List.of()));
                return code;
            }
        }
        throw new IllegalStateException("no X.. code left");
    }

    static Filing filing(Category category, PartyCode from, PartyCode to, String narrative, String name) {
        return new Filing(category, narrative, from.value(), to.value(), "ar", PASSPHRASE, null, name, null,
                "Costa Build Ltd", null, null, null, false);
    }

    static Filed file(Intake intake, PartyDirectory parties, JdbcClient jdbc, Category category) {
        PartyCode from = freshState(parties);
        PartyCode to = freshState(parties);
        return file(intake, jdbc, filing(category, from, to, "I was not paid for two months.", null), from, to);
    }

    static Filed file(Intake intake, JdbcClient jdbc, Filing filing, PartyCode from, PartyCode to) {
        String receipt = intake.file(filing, IntakeChannel.WEB, List.of()).receipt();
        return new Filed(idOf(jdbc, receipt), receipt, from, to);
    }

    /** A small photo, as a phone would send it. */
    static byte[] photo() {
        try {
            var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long idOf(JdbcClient jdbc, String receipt) {
        return jdbc.sql("select id from grievance_case where receipt_hash = ?")
                .param(ReceiptCodes.lookup(ReceiptCodes.normalise(receipt).orElseThrow())).query(Long.class).single();
    }
}
