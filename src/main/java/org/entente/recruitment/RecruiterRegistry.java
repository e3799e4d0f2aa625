package org.entente.recruitment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recruiter registry. A licensing party's focal point or inspector registers recruiters, grants them licences
 * and sanctions them; anyone looks them up. A sanction is public once final (or upheld on appeal); a final
 * suspension or revocation dates itself on the licence it concerns.
 */
@Service
public class RecruiterRegistry {

    static final int MOST_RESULTS = 50;

    public record NewRecruiter(String name, RecruiterKind kind, String country, String certifications,
            String branches) {
    }

    public record LicenceDraft(String number, List<String> corridors, List<Sector> sectors, LocalDate validFrom,
            LocalDate validUntil) {
    }

    public record SanctionDraft(Long licenceId, SanctionKind kind, BigDecimal amount, String currency,
            LocalDate suspendedUntil, String legalBasis, String reason, LocalDate decidedOn, Boolean appealable,
            String remediationOrdered) {
    }

    public record Recruiter(long id, String name, RecruiterKind kind, String country, String registeredBy,
            String certifications, String branches) {
    }

    public record Sanction(long id, long recruiterId, Long licenceId, String licensingParty, SanctionKind kind,
            BigDecimal amount, String currency, LocalDate suspendedUntil, String legalBasis, String reason,
            LocalDate decidedOn, AppealStatus appeal, String remediationOrdered, LocalDate remediationDoneOn) {
        public boolean isFinal() {
            return appeal.isFinal();
        }
    }

    /** A recruiter as the public sees it: its licences with their standing today, its final sanctions. */
    public record Profile(Recruiter recruiter, List<Licence> licences, List<Sanction> sanctions, LocalDate today) {
        public Standing standing(String corridor) {
            return Licence.standing(licences, corridor, today);
        }
    }

    /** A line of the lookup: the recruiter and its standing for the corridor asked about (or any), today. */
    public record Found(Recruiter recruiter, Standing standing, int finalSanctions) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecruiterRegistry(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The party the actor acts for in licensing: one it is focal point or inspector of. */
    private PartyCode licensingParty(Actor actor) {
        actor.requireAnyRole(Role.FOCAL_POINT, Role.INSPECTOR);
        return actor.partiesWith(Role.INSPECTOR, Role.FOCAL_POINT).stream().findFirst().map(PartyCode::new)
                .orElseThrow(() -> new AccessDenied("requires a licensing party's focal point or inspector"));
    }

    @Transactional
    public Recruiter register(Actor actor, NewRecruiter draft) {
        PartyCode party = licensingParty(actor);
        List<InvalidInput> found = new ArrayList<>();
        String name = draft.name() == null ? null : draft.name().strip();
        if (name == null || name.isEmpty() || name.length() > 200) {
            found.add(InvalidInput.requiredAtMost("name", 200));
        }
        if (draft.kind() == null) {
            found.add(InvalidInput.required("kind"));
        }
        String country = country(draft.country(), "country", found);
        if (draft.certifications() != null && draft.certifications().length() > 200) {
            found.add(InvalidInput.tooLong("certifications", 200));
        }
        if (draft.branches() != null && draft.branches().length() > 1000) {
            found.add(InvalidInput.tooLong("branches", 1000));
        }
        InvalidInput.throwIfAny(found);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into recruiter (name, name_key, kind, country, registered_by, certifications, branches,
                    registered_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(name, key(name), draft.kind().name(), country, party.value(), blank(draft.certifications()),
                        blank(draft.branches()), Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, party.value(), "recruiter.registered", "Recruiter", String.valueOf(id),
                "recruiter " + id + " (" + draft.kind() + ", " + country + ") registered"));
        return get(id);
    }

    @Transactional
    public Licence grantLicence(Actor actor, long recruiterId, LicenceDraft draft) {
        PartyCode party = licensingParty(actor);
        get(recruiterId);
        List<InvalidInput> found = new ArrayList<>();
        String number = draft.number() == null ? null : draft.number().strip();
        if (number == null || number.isEmpty() || number.length() > 60) {
            found.add(InvalidInput.requiredAtMost("number", 60));
        }
        Set<String> corridors = new TreeSet<>();
        if (draft.corridors() == null || draft.corridors().isEmpty()) {
            found.add(InvalidInput.required("corridors"));
        } else {
            for (int i = 0; i < draft.corridors().size(); i++) {
                String corridor = corridor(draft.corridors().get(i));
                if (corridor == null) {
                    found.add(InvalidInput.coded("corridors[" + i + "]", "a corridor is two country codes, XAR-XCO",
                            "recruitment.corridor"));
                } else {
                    corridors.add(corridor);
                }
            }
        }
        if (draft.sectors() == null || draft.sectors().isEmpty()
                || draft.sectors().stream().anyMatch(java.util.Objects::isNull)) {
            found.add(InvalidInput.required("sectors"));
        }
        if (draft.validFrom() == null) {
            found.add(InvalidInput.required("validFrom"));
        }
        if (draft.validUntil() == null) {
            found.add(InvalidInput.required("validUntil"));
        } else if (draft.validFrom() != null && draft.validUntil().isBefore(draft.validFrom())) {
            found.add(InvalidInput.coded("validUntil", "ends before it starts", "recruitment.endsBeforeStart"));
        }
        InvalidInput.throwIfAny(found);
        if (jdbc.sql("select count(*) from recruiter_licence where licensing_party = ? and number = ?")
                .params(party.value(), number).query(Long.class).single() > 0) {
            throw Conflict.coded("licence " + number + " already exists", "recruitment.licenceExists", number);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into recruiter_licence (recruiter_id, licensing_party, number, corridors, sectors, valid_from,
                    valid_until, granted_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(recruiterId, party.value(), number, String.join(" ", corridors),
                        draft.sectors().stream().map(Enum::name).distinct().collect(Collectors.joining(" ")),
                        Date.valueOf(draft.validFrom()), Date.valueOf(draft.validUntil()),
                        Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, party.value(), "recruiter.licensed", "Recruiter", String.valueOf(recruiterId),
                "licence " + id + " granted to recruiter " + recruiterId + " for " + corridors + " until "
                        + draft.validUntil()));
        return licence(id);
    }

    /**
     * A sanction by the licensing party that licensed the recruiter. A suspension or revocation names the licence it
     * concerns; it dates itself on that licence once final (at once when not appealable).
     */
    @Transactional
    public Sanction sanction(Actor actor, long recruiterId, SanctionDraft draft) {
        return sanction(actor, recruiterId, draft, null);
    }

    /** A sanction that cites the inspection behind it, which must be of the same recruiter and done. */
    @Transactional
    public Sanction sanction(Actor actor, long recruiterId, SanctionDraft draft, Long inspectionId) {
        if (inspectionId != null && jdbc.sql("select count(*) from inspection where id = ? and recruiter_id = ? and "
                + "done_on is not null").params(inspectionId, recruiterId).query(Long.class).single() == 0) {
            throw InvalidInput.coded("inspectionId", "not a done inspection of this recruiter",
                    "recruitment.notItsInspection");
        }
        PartyCode party = licensingParty(actor);
        get(recruiterId);
        List<InvalidInput> found = new ArrayList<>();
        if (draft.kind() == null) {
            found.add(InvalidInput.required("kind"));
        }
        String currency = draft.currency() == null || draft.currency().isBlank() ? null
                : draft.currency().strip().toUpperCase(Locale.ROOT);
        if (draft.kind() == SanctionKind.FINE) {
            if (draft.amount() == null || draft.amount().signum() <= 0) {
                found.add(InvalidInput.positive("amount"));
            }
            if (currency == null || !isCurrency(currency)) {
                found.add(InvalidInput.coded("currency", "must be an ISO 4217 currency code", "recruitment.currency"));
            }
        }
        Licence licence = null;
        if (draft.kind() == SanctionKind.SUSPENSION || draft.kind() == SanctionKind.REVOCATION) {
            if (draft.licenceId() == null) {
                found.add(InvalidInput.required("licenceId"));
            } else {
                licence = licence(draft.licenceId());
                if (licence.recruiterId() != recruiterId || !licence.licensingParty().equals(party.value())) {
                    found.add(InvalidInput.coded("licenceId", "not a licence your party granted this recruiter",
                            "recruitment.notYourLicence"));
                }
            }
        }
        if (draft.kind() == SanctionKind.SUSPENSION && draft.suspendedUntil() == null) {
            found.add(InvalidInput.required("suspendedUntil"));
        }
        if (draft.legalBasis() == null || draft.legalBasis().isBlank() || draft.legalBasis().length() > 500) {
            found.add(InvalidInput.requiredAtMost("legalBasis", 500));
        }
        if (draft.reason() == null || draft.reason().isBlank() || draft.reason().length() > 2000) {
            found.add(InvalidInput.reasonRequired("reason", 2000));
        }
        if (draft.remediationOrdered() != null && draft.remediationOrdered().length() > 1000) {
            found.add(InvalidInput.tooLong("remediationOrdered", 1000));
        }
        InvalidInput.throwIfAny(found);
        if (licence == null && jdbc.sql("select count(*) from recruiter_licence where recruiter_id = ? and "
                + "licensing_party = ?").params(recruiterId, party.value()).query(Long.class).single() == 0) {
            throw new AccessDenied("only a party that licensed recruiter " + recruiterId + " may sanction it");
        }
        LocalDate decided = draft.decidedOn() == null ? today() : draft.decidedOn();
        AppealStatus appeal = Boolean.FALSE.equals(draft.appealable()) ? AppealStatus.FINAL
                : AppealStatus.OPEN_FOR_APPEAL;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into recruiter_sanction (recruiter_id, licence_id, licensing_party, kind, amount, currency,
                    suspended_until, legal_basis, reason, decided_on, appeal, remediation_ordered, decided_by,
                    inspection_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(recruiterId, draft.licenceId(), party.value(), draft.kind().name(),
                        draft.kind() == SanctionKind.FINE ? draft.amount() : null,
                        draft.kind() == SanctionKind.FINE ? currency : null,
                        draft.suspendedUntil() == null ? null : Date.valueOf(draft.suspendedUntil()),
                        draft.legalBasis().strip(), draft.reason().strip(), Date.valueOf(decided), appeal.name(),
                        blank(draft.remediationOrdered()), actor.username(), inspectionId).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, party.value(), "recruiter.sanctioned", "Recruiter",
                String.valueOf(recruiterId), draft.kind() + " " + id + " on recruiter " + recruiterId + " ("
                        + appeal + ")"));
        Sanction sanction = sanctionOf(id);
        if (sanction.isFinal()) {
            takeEffect(sanction);
        }
        return sanction;
    }

    /** The appeal's course: appealed, then upheld (the sanction takes effect) or overturned; or no appeal made. */
    @Transactional
    public Sanction appeal(Actor actor, long sanctionId, AppealStatus status) {
        PartyCode party = licensingParty(actor);
        Sanction sanction = sanctionOf(sanctionId);
        if (!sanction.licensingParty().equals(party.value())) {
            throw new AccessDenied("only the sanctioning party records its appeal");
        }
        if (status == null || status == AppealStatus.OPEN_FOR_APPEAL) {
            throw InvalidInput.coded("status", "must be APPEALED, UPHELD, OVERTURNED or FINAL", "recruitment.appeal");
        }
        boolean allowed = switch (sanction.appeal()) {
            case OPEN_FOR_APPEAL -> status == AppealStatus.APPEALED || status == AppealStatus.FINAL;
            case APPEALED -> status == AppealStatus.UPHELD || status == AppealStatus.OVERTURNED;
            default -> false;
        };
        if (!allowed) {
            throw Conflict.coded("sanction " + sanctionId + " is " + sanction.appeal(), "recruitment.appealStep");
        }
        jdbc.sql("update recruiter_sanction set appeal = ?, version = version + 1 where id = ?")
                .params(status.name(), sanctionId).update();
        audit.record(new AuditEvent(actor, party.value(), "recruiter.appeal", "Recruiter",
                String.valueOf(sanction.recruiterId()), "sanction " + sanctionId + ": " + status));
        Sanction after = sanctionOf(sanctionId);
        if (after.isFinal()) {
            takeEffect(after);
        }
        return after;
    }

    @Transactional
    public Sanction remediationDone(Actor actor, long sanctionId, LocalDate on) {
        PartyCode party = licensingParty(actor);
        Sanction sanction = sanctionOf(sanctionId);
        if (!sanction.licensingParty().equals(party.value())) {
            throw new AccessDenied("only the sanctioning party records the remediation");
        }
        LocalDate day = on == null ? today() : on;
        jdbc.sql("update recruiter_sanction set remediation_done_on = ? where id = ?")
                .params(Date.valueOf(day), sanctionId).update();
        audit.record(new AuditEvent(actor, party.value(), "recruiter.remediated", "Recruiter",
                String.valueOf(sanction.recruiterId()), "remediation of sanction " + sanctionId + " done on " + day));
        return sanctionOf(sanctionId);
    }

    private void takeEffect(Sanction s) {
        LocalDate from = today().isAfter(s.decidedOn()) ? today() : s.decidedOn();
        if (s.kind() == SanctionKind.SUSPENSION) {
            jdbc.sql("update recruiter_licence set suspended_from = ?, suspended_until = ? where id = ?")
                    .params(Date.valueOf(from), Date.valueOf(s.suspendedUntil()), s.licenceId()).update();
        } else if (s.kind() == SanctionKind.REVOCATION) {
            jdbc.sql("update recruiter_licence set revoked_on = ? where id = ?")
                    .params(Date.valueOf(from), s.licenceId()).update();
        }
        events.publishEvent(new RecruiterSanctioned(s.recruiterId(), s.id(), s.licensingParty(), s.kind(),
                s.decidedOn()));
    }

    /** Looks recruiters up by a part of their name or a licence number; with a corridor, their standing for it. */
    @Transactional(readOnly = true)
    public List<Found> search(String text, String corridor) {
        String q = text == null ? "" : text.strip();
        if (q.length() > 100) {
            throw InvalidInput.tooLong("q", 100);
        }
        String wanted = corridor == null || corridor.isBlank() ? null : corridor(corridor);
        if (corridor != null && !corridor.isBlank() && wanted == null) {
            throw InvalidInput.coded("corridor", "a corridor is two country codes, XAR-XCO", "recruitment.corridor");
        }
        List<Recruiter> recruiters = q.isEmpty()
                ? jdbc.sql("select * from recruiter order by name_key, id fetch first " + MOST_RESULTS + " rows only")
                        .query(RecruiterRegistry::recruiter).list()
                : jdbc.sql("""
                        select * from recruiter where name_key like ? or id in
                            (select recruiter_id from recruiter_licence where number = ?)
                        order by name_key, id""" + " fetch first " + MOST_RESULTS + " rows only")
                        .params("%" + key(q).replace("%", "").replace("_", "") + "%", q)
                        .query(RecruiterRegistry::recruiter).list();
        if (recruiters.isEmpty()) {
            return List.of();
        }
        List<Long> ids = recruiters.stream().map(Recruiter::id).toList();
        Map<Long, List<Licence>> licences = jdbc.sql("select * from recruiter_licence where recruiter_id in (:ids)")
                .param("ids", ids).query(RecruiterRegistry::licence).list().stream()
                .collect(Collectors.groupingBy(Licence::recruiterId));
        Map<Long, Long> sanctions = jdbc.sql("select recruiter_id, count(*) from recruiter_sanction where "
                + "recruiter_id in (:ids) and appeal in ('FINAL', 'UPHELD') group by recruiter_id").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        LocalDate today = today();
        return recruiters.stream().map(r -> new Found(r, Licence.standing(licences.getOrDefault(r.id(), List.of()),
                wanted, today), sanctions.getOrDefault(r.id(), 0L).intValue())).toList();
    }

    /** A recruiter's public profile: licences and final sanctions. */
    @Transactional(readOnly = true)
    public Profile profile(long id) {
        Recruiter recruiter = get(id);
        List<Licence> licences = jdbc.sql("select * from recruiter_licence where recruiter_id = ? order by valid_from "
                + "desc, id").param(id).query(RecruiterRegistry::licence).list();
        List<Sanction> sanctions = jdbc.sql("select * from recruiter_sanction where recruiter_id = ? and appeal in "
                + "('FINAL', 'UPHELD') order by decided_on desc, id desc").param(id)
                .query(RecruiterRegistry::sanction).list();
        return new Profile(recruiter, licences, sanctions, today());
    }

    /** Every sanction of a recruiter, appeals included: for the licensing party's own officers. */
    @Transactional(readOnly = true)
    public List<Sanction> allSanctions(Actor actor, long id) {
        licensingParty(actor);
        return jdbc.sql("select * from recruiter_sanction where recruiter_id = ? order by decided_on desc, id desc")
                .param(id).query(RecruiterRegistry::sanction).list();
    }

    /** The standing of a recruiter for a corridor on a day (a contract's signing date, say). */
    @Transactional(readOnly = true)
    public Standing standing(long recruiterId, String corridor, LocalDate day) {
        return Licence.standing(jdbc.sql("select * from recruiter_licence where recruiter_id = ?").param(recruiterId)
                .query(RecruiterRegistry::licence).list(), corridor(corridor), day);
    }

    @Transactional(readOnly = true)
    public Recruiter get(long id) {
        return jdbc.sql("select * from recruiter where id = ?").param(id).query(RecruiterRegistry::recruiter)
                .optional().orElseThrow(() -> new NotFound("recruiter", id));
    }

    private Licence licence(long id) {
        return jdbc.sql("select * from recruiter_licence where id = ?").param(id).query(RecruiterRegistry::licence)
                .optional().orElseThrow(() -> new NotFound("licence", id));
    }

    private Sanction sanctionOf(long id) {
        return jdbc.sql("select * from recruiter_sanction where id = ?").param(id).query(RecruiterRegistry::sanction)
                .optional().orElseThrow(() -> new NotFound("sanction", id));
    }

    /** Names compared without case, accents' composition or punctuation: "Bright-Future  Placement" finds it. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s.,'’\"-]+", " ").strip();
    }

    /** "xar-xco" or "XAR → XCO" as {@code XAR-XCO}; null when it is not two country codes. */
    static String corridor(String typed) {
        if (typed == null) {
            return null;
        }
        String[] codes = typed.toUpperCase(Locale.ROOT).split("[^A-Z]+");
        List<String> parts = Arrays.stream(codes).filter(c -> !c.isEmpty()).toList();
        if (parts.size() != 2 || !parts.stream().allMatch(RecruiterRegistry::isCountry)) {
            return null;
        }
        return parts.get(0) + "-" + parts.get(1);
    }

    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    static boolean isCountry(String code) {
        return code.length() == 3 && (COUNTRIES.contains(code) || code.startsWith("X"));
    }

    private static String country(String typed, String field, List<InvalidInput> found) {
        String code = typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
        if (code == null || !isCountry(code)) {
            found.add(InvalidInput.coded(field, "must be an ISO 3166-1 alpha-3 country code", "recruitment.country"));
            return null;
        }
        return code;
    }

    static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Recruiter recruiter(ResultSet rs, int n) throws SQLException {
        return new Recruiter(rs.getLong("id"), rs.getString("name"), RecruiterKind.valueOf(rs.getString("kind")),
                rs.getString("country"), rs.getString("registered_by"), rs.getString("certifications"),
                rs.getString("branches"));
    }

    static Licence licence(ResultSet rs, int n) throws SQLException {
        Set<Sector> sectors = new LinkedHashSet<>();
        for (String s : rs.getString("sectors").split(" ")) {
            sectors.add(Sector.valueOf(s));
        }
        return new Licence(rs.getLong("id"), rs.getLong("recruiter_id"), rs.getString("licensing_party"),
                rs.getString("number"), new LinkedHashSet<>(List.of(rs.getString("corridors").split(" "))), sectors,
                date(rs, "valid_from"), date(rs, "valid_until"), date(rs, "suspended_from"),
                date(rs, "suspended_until"), date(rs, "revoked_on"));
    }

    static Sanction sanction(ResultSet rs, int n) throws SQLException {
        Object licence = rs.getObject("licence_id");
        return new Sanction(rs.getLong("id"), rs.getLong("recruiter_id"),
                licence == null ? null : ((Number) licence).longValue(), rs.getString("licensing_party"),
                SanctionKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), rs.getString("currency"),
                date(rs, "suspended_until"), rs.getString("legal_basis"), rs.getString("reason"),
                date(rs, "decided_on"), AppealStatus.valueOf(rs.getString("appeal")),
                rs.getString("remediation_ordered"), date(rs, "remediation_done_on"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
