package org.entente.liaison.web;

import org.entente.platform.FormFields;

import org.entente.liaison.LiaisonUnit;
import org.entente.liaison.OnCallShift;
import org.entente.liaison.UnitMember;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.entente.shared.InvalidInput;

/**
 * The liaison unit edit form, as the user typed it: it survives a refused submission unchanged. Rows left blank are
 * dropped; two spare rows are offered for new members and new shifts. Times are UTC.
 */
final class UnitForm {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final int SPARE_ROWS = 2;

    record MemberRow(String name, String function, String email, String phone, String languages, String confirmed) {
        boolean blank() {
            return isBlank(name) && isBlank(function) && isBlank(email) && isBlank(phone);
        }
    }

    record ShiftRow(String member, String startsAt, String endsAt) {
        boolean blank() {
            return isBlank(member) && isBlank(startsAt) && isBlank(endsAt);
        }
    }

    String name;
    String charter;
    String mandateReference;
    String mandateAuthority;
    String mandateScope;
    String mandateValidUntil;
    String meetingDay;
    String meetingTime;
    String meetingMinutes;
    String version;
    List<MemberRow> members = new ArrayList<>();
    List<ShiftRow> shifts = new ArrayList<>();

    static UnitForm of(LiaisonUnit u) {
        UnitForm f = new UnitForm();
        f.name = u.name();
        f.charter = u.charter();
        f.mandateReference = u.mandateReference();
        f.mandateAuthority = u.mandateAuthority();
        f.mandateScope = u.mandateScope();
        f.mandateValidUntil = u.mandateValidUntil() == null ? null : u.mandateValidUntil().toString();
        f.meetingDay = u.meetingDay() == null ? null : u.meetingDay().name();
        f.meetingTime = u.meetingTime() == null ? null : u.meetingTime().toString();
        f.meetingMinutes = u.meetingMinutes() == null ? null : u.meetingMinutes().toString();
        f.version = String.valueOf(u.version());
        u.members().forEach(m -> f.members.add(new MemberRow(m.name(), m.function(), m.email(), m.phone(), m.languages(),
                m.lastConfirmed() == null ? null : m.lastConfirmed().toString())));
        u.shifts().forEach(s -> f.shifts.add(new ShiftRow(s.member(), LOCAL.format(s.startsAt().atOffset(ZoneOffset.UTC)),
                LOCAL.format(s.endsAt().atOffset(ZoneOffset.UTC)))));
        return f.withSpareRows();
    }

    static UnitForm of(HttpServletRequest request) {
        UnitForm f = new UnitForm();
        f.name = request.getParameter("name");
        f.charter = request.getParameter("charter");
        f.mandateReference = request.getParameter("mandateReference");
        f.mandateAuthority = request.getParameter("mandateAuthority");
        f.mandateScope = request.getParameter("mandateScope");
        f.mandateValidUntil = request.getParameter("mandateValidUntil");
        f.meetingDay = request.getParameter("meetingDay");
        f.meetingTime = request.getParameter("meetingTime");
        f.meetingMinutes = request.getParameter("meetingMinutes");
        f.version = request.getParameter("version");
        List<String> names = FormFields.values(request, "memberName");
        for (int i = 0; i < names.size(); i++) {
            f.members.add(new MemberRow(names.get(i), at(request, "memberFunction", i), at(request, "memberEmail", i),
                    at(request, "memberPhone", i), at(request, "memberLanguages", i), at(request, "memberConfirmed", i)));
        }
        List<String> shiftMembers = FormFields.values(request, "shiftMember");
        for (int i = 0; i < shiftMembers.size(); i++) {
            f.shifts.add(new ShiftRow(shiftMembers.get(i), at(request, "shiftStart", i), at(request, "shiftEnd", i)));
        }
        return f;
    }

    UnitForm withSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            members.add(new MemberRow(null, null, null, null, null, null));
            shifts.add(new ShiftRow(null, null, null));
        }
        return this;
    }

    /** The unit's details, or a refusal naming the field as the API would ({@code members[1].email}). */
    LiaisonUnit.Details details() {
        List<UnitMember> unitMembers = new ArrayList<>();
        for (MemberRow row : members) {
            if (row.blank()) {
                continue;
            }
            try {
                unitMembers.add(new UnitMember(row.name(), row.function(), blankToNull(row.email()),
                        blankToNull(row.phone()), row.languages() == null ? "" : row.languages(),
                        parse("lastConfirmed", row.confirmed(), LocalDate::parse)));
            } catch (InvalidInput e) {
                throw e.under("members[" + unitMembers.size() + "]");
            }
        }
        List<OnCallShift> unitShifts = new ArrayList<>();
        for (ShiftRow row : shifts) {
            if (row.blank()) {
                continue;
            }
            try {
                unitShifts.add(new OnCallShift(row.member(), parse("startsAt", row.startsAt(), UnitForm::utc),
                        parse("endsAt", row.endsAt(), UnitForm::utc)));
            } catch (InvalidInput e) {
                throw e.under("shifts[" + unitShifts.size() + "]");
            }
        }
        return new LiaisonUnit.Details(name, blankToNull(charter), blankToNull(mandateReference),
                blankToNull(mandateAuthority), blankToNull(mandateScope),
                parse("mandateValidUntil", mandateValidUntil, LocalDate::parse),
                parse("meetingDay", meetingDay, d -> DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT))),
                parse("meetingTime", meetingTime, LocalTime::parse),
                parse("meetingMinutes", meetingMinutes, Integer::valueOf), unitMembers, unitShifts);
    }

    Long expectedVersion() {
        return parse("version", version, Long::valueOf);
    }

    public String name() { return name; }
    public String charter() { return charter; }
    public String mandateReference() { return mandateReference; }
    public String mandateAuthority() { return mandateAuthority; }
    public String mandateScope() { return mandateScope; }
    public String mandateValidUntil() { return mandateValidUntil; }
    public String meetingDay() { return meetingDay; }
    public String meetingTime() { return meetingTime; }
    public String meetingMinutes() { return meetingMinutes; }
    public String version() { return version; }
    public List<MemberRow> members() { return members; }
    public List<ShiftRow> shifts() { return shifts; }

    private static Instant utc(String value) {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }

    private static <T> T parse(String field, String value, Function<String, T> parser) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidInput(field, "cannot read '" + value.strip() + "'");
        }
    }

    private static String at(HttpServletRequest request, String name, int i) {
        List<String> values = FormFields.values(request, name);
        return i < values.size() ? values.get(i) : null;
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
