package org.entente.grievance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.platform.Languages;
import org.entente.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same filing by SMS or a messaging app, as a short guided exchange: language, what happened, the two
 * countries, the story in one message, whether answers may come to this number, a passphrase; then the case is
 * filed and the receipt code sent back. "STOP" ends it at any step, and an exchange left for a day starts again.
 * The exchange under way is keyed by a keyed hash of the number, its answers sealed under the master keyset; the
 * number itself is kept only if the worker asks to be answered there, and then sealed in the case.
 */
@Service
public class SmsExchange {

    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    @org.entente.shared.Labelled.NotShown("the step an SMS exchange is at, kept between messages")
    enum Step { LANGUAGE, CATEGORY, COUNTRY_TO, COUNTRY_FROM, NARRATIVE, CONTACT, PASSPHRASE }

    private final JdbcClient jdbc;
    private final CaseVault vault;
    private final Intake intake;
    private final PartyDirectory parties;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    SmsExchange(JdbcClient jdbc, CaseVault vault, Intake intake, PartyDirectory parties, MessageSource messages,
            JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.intake = intake;
        this.parties = parties;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** Takes one message from a number and answers the text to send back. */
    public String receive(String from, String text) {
        if (from == null || from.isBlank() || from.length() > 40) {
            throw InvalidInput.requiredAtMost("from", 40);
        }
        if (text == null || text.length() > Filing.NARRATIVE) {
            throw InvalidInput.requiredAtMost("text", Filing.NARRATIVE);
        }
        String sender = vault.patternKey("sms", from.replaceAll("[^0-9+]", ""));
        String said = text.strip();
        Instant now = clock.instant();
        record Kept(Step step, byte[] answers, Instant at) {
        }
        Kept kept = jdbc.sql("select step, answers, updated_at from grievance_sms where sender = ?").param(sender)
                .query((rs, n) -> new Kept(Step.valueOf(rs.getString(1)), rs.getBytes(2),
                        rs.getTimestamp(3).toInstant())).optional().orElse(null);
        if (kept != null && kept.at().plus(FORGOTTEN_AFTER).isBefore(now)) {
            forget(sender);
            kept = null;
        }
        Map<String, String> answers = kept == null || kept.answers() == null ? new LinkedHashMap<>()
                : json.readValue(vault.openWithMaster(kept.answers(), sender), new TypeReference<>() { });
        Locale language = Locale.forLanguageTag(answers.getOrDefault("language", "en"));
        if (said.equalsIgnoreCase("STOP") || said.equalsIgnoreCase("CANCEL")) {
            forget(sender);
            return say(language, "sms.stopped");
        }
        if (kept == null) {
            save(sender, Step.LANGUAGE, answers, now);
            return say(Locale.ENGLISH, "sms.welcome") + " " + languageMenu();
        }
        Step step = kept.step();
        switch (step) {
            case LANGUAGE -> {
                String chosen = choose(said, Languages.SUPPORTED);
                if (chosen == null) {
                    return languageMenu();
                }
                answers.put("language", chosen);
                language = Locale.forLanguageTag(chosen);
                save(sender, Step.CATEGORY, answers, now);
                return categoryMenu(language);
            }
            case CATEGORY -> {
                String chosen = choose(said, java.util.Arrays.stream(Category.values()).map(Enum::name).toList());
                if (chosen == null) {
                    return categoryMenu(language);
                }
                answers.put("category", chosen);
                save(sender, Step.COUNTRY_TO, answers, now);
                return say(language, "sms.countryTo") + " " + countryMenu();
            }
            case COUNTRY_TO, COUNTRY_FROM -> {
                String chosen = choose(said, countries());
                if (chosen == null) {
                    return say(language, step == Step.COUNTRY_TO ? "sms.countryTo" : "sms.countryFrom") + " "
                            + countryMenu();
                }
                answers.put(step == Step.COUNTRY_TO ? "countryTo" : "countryFrom", chosen);
                if (step == Step.COUNTRY_TO) {
                    save(sender, Step.COUNTRY_FROM, answers, now);
                    return say(language, "sms.countryFrom") + " " + countryMenu();
                }
                save(sender, Step.NARRATIVE, answers, now);
                return say(language, "sms.narrative");
            }
            case NARRATIVE -> {
                answers.put("narrative", said);
                save(sender, Step.CONTACT, answers, now);
                return say(language, "sms.contact");
            }
            case CONTACT -> {
                String chosen = choose(said, List.of("yes", "no"));
                if (chosen == null) {
                    return say(language, "sms.contact");
                }
                answers.put("contact", chosen);
                save(sender, Step.PASSPHRASE, answers, now);
                return say(language, "sms.passphrase");
            }
            case PASSPHRASE -> {
                try {
                    Intake.Filed filed = intake.file(new Filing(Category.valueOf(answers.get("category")),
                            answers.get("narrative"), answers.get("countryFrom"), answers.get("countryTo"),
                            answers.get("language"), said, "yes".equals(answers.get("contact")) ? from : null, null,
                            null, null, null, null, null, false), IntakeChannel.SMS, List.of());
                    forget(sender);
                    return say(language, "sms.filed", filed.receipt());
                } catch (InvalidInput e) {
                    return say(language, "sms.passphrase");
                }
            }
            default -> throw new IllegalStateException("unknown step " + step);
        }
    }

    /** A numbered choice ("2") or the value itself ("fr", "XCO"); null when neither. */
    private static String choose(String said, List<String> options) {
        try {
            int n = Integer.parseInt(said.strip());
            return n >= 1 && n <= options.size() ? options.get(n - 1) : null;
        } catch (NumberFormatException e) {
            return options.stream().filter(o -> o.equalsIgnoreCase(said.strip())).findFirst().orElse(null);
        }
    }

    private String languageMenu() {
        StringBuilder menu = new StringBuilder();
        for (int i = 0; i < Languages.SUPPORTED.size(); i++) {
            String code = Languages.SUPPORTED.get(i);
            menu.append(i + 1).append(' ').append(messages.getMessage("lang." + code, null, code,
                    Locale.forLanguageTag(code))).append(i + 1 < Languages.SUPPORTED.size() ? ", " : "");
        }
        return menu.toString();
    }

    private String categoryMenu(Locale language) {
        StringBuilder menu = new StringBuilder(say(language, "sms.category"));
        Category[] all = Category.values();
        for (int i = 0; i < all.length; i++) {
            menu.append(' ').append(i + 1).append(' ').append(messages.getMessage("grievance.category." + all[i].name(),
                    null, all[i].name(), language)).append(i + 1 < all.length ? "," : "");
        }
        return menu.toString();
    }

    private List<String> countries() {
        List<String> codes = new java.util.ArrayList<>(parties.all().stream().filter(p -> p.kind() == PartyKind.STATE)
                .map(p -> p.code().value()).toList());
        codes.add("ZZZ");
        return codes;
    }

    private String countryMenu() {
        List<String> codes = countries();
        StringBuilder menu = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String name = code.equals("ZZZ") ? "?" : parties.get(new org.entente.shared.PartyCode(code)).shortName();
            menu.append(i + 1).append(' ').append(name).append(i + 1 < codes.size() ? ", " : "");
        }
        return menu.toString();
    }

    private String say(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, key, language);
    }

    private void save(String sender, Step step, Map<String, String> answers, Instant now) {
        byte[] sealed = vault.sealWithMaster(json.writeValueAsString(answers), sender);
        int updated = jdbc.sql("update grievance_sms set step = ?, answers = ?, updated_at = ? where sender = ?")
                .params(step.name(), sealed, CaseStore.ts(now), sender).update();
        if (updated == 0) {
            jdbc.sql("insert into grievance_sms (sender, step, answers, updated_at) values (?, ?, ?, ?) "
                    + "on conflict do nothing").params(sender, step.name(), sealed, CaseStore.ts(now)).update();
        }
    }

    private void forget(String sender) {
        jdbc.sql("delete from grievance_sms where sender = ?").param(sender).update();
    }
}
