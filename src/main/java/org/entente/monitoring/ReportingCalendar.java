package org.entente.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.entente.compact.Adherence;
import org.entente.compact.AdherenceAccepted;
import org.entente.compact.AdherenceDesk;
import org.entente.compact.AdherenceStatus;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.CompactEnteredIntoForce;
import org.entente.compact.CommittedModule;
import org.entente.compact.Indicator;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each party's reporting calendar: it opens on the day the party's adherence to a compact becomes active (accepted
 * while the compact is in force, or in force with the compact), and from then on every indicator of every module the
 * party committed to is due once per period of its type (for an indicator computed by a formula, each of its
 * {@link DataElements data elements}): a period opens when it ends, falls due after a grace
 * ({@link ReportingPeriod#dueOn()}), and locks six months later.
 */
@Service
public class ReportingCalendar {

    /** What a party owes for one indicator and period, and where it stands. */
    public record Obligation(String compact, String module, Indicator indicator, ReportingPeriod period,
            LocalDate dueOn, State state) {
    }

    /** Reported; due (the period ended, its due date not passed); overdue; disputed by a monitor; missed (locked). */
    @org.entente.shared.Labelled("obligation.state")
    public enum State { REPORTED, DUE, OVERDUE, DISPUTED, MISSED }

    /** A module a party reports on, with the indicators of the version it committed to. */
    public record Committed(String compact, String module, List<Indicator> indicators) {
    }

    private final JdbcClient jdbc;
    private final AdherenceDesk desk;
    private final CompactCatalogue catalogue;
    private final Clock clock;
    private final LiveFigures figures;
    private final java.util.Map<String, List<Indicator>> versions = new java.util.concurrent.ConcurrentHashMap<>();

    ReportingCalendar(JdbcClient jdbc, AdherenceDesk desk, CompactCatalogue catalogue, Clock clock,
            LiveFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.desk = desk;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AdherenceAccepted accepted) {
        desk.of(accepted.compact(), PartyCode.of(accepted.party()))
                .filter(a -> a.status() == AdherenceStatus.ACTIVE)
                .ifPresent(a -> open(accepted.compact(), a.party()));
    }

    @ApplicationModuleListener
    void on(CompactEnteredIntoForce inForce) {
        inForce.parties().forEach(party -> open(inForce.compact(), PartyCode.of(party)));
    }

    /**
     * Opens a party's calendar for a compact on the day its adherence became active (today when that is not known);
     * opening it again changes nothing.
     */
    @Transactional
    public void open(String compact, PartyCode party) {
        LocalDate from = desk.of(compact, party).map(Adherence::effectiveAt)
                .map(at -> at.atZone(ZoneOffset.UTC).toLocalDate()).orElse(today());
        // The compact's two events may both open it, at the same moment: the second changes nothing.
        if (jdbc.sql("insert into reporting_calendar (compact, party, opened_on) values (?, ?, ?) on conflict do nothing")
                .params(compact, party.value(), from).update() > 0) {
            figures.changed(compact);
        }
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> openedOn(String compact, PartyCode party) {
        return jdbc.sql("select opened_on from reporting_calendar where compact = ? and party = ?")
                .params(compact, party.value()).query(LocalDate.class).optional();
    }

    /** The compacts whose calendars are open for this party. */
    @Transactional(readOnly = true)
    public List<String> compactsOf(PartyCode party) {
        return jdbc.sql("select compact from reporting_calendar where party = ? order by compact")
                .param(party.value()).query(String.class).list();
    }

    /** The modules a party reports on for a compact: those its binding adherence commits it to. */
    @Transactional(readOnly = true)
    public List<Committed> committed(String compact, PartyCode party) {
        Optional<Adherence> adherence = desk.of(compact, party).filter(a -> a.status().isBinding());
        if (adherence.isEmpty()) {
            return List.of();
        }
        List<Committed> modules = new ArrayList<>();
        for (CommittedModule m : adherence.get().modules()) {
            // A numbered version of a module never changes: its indicators are read once.
            modules.add(new Committed(compact, m.moduleCode(), versions.computeIfAbsent(compact + "|" + m.moduleCode()
                    + "|" + m.moduleVersion(), k -> List.copyOf(catalogue.text(Actor.system(), compact,
                            m.moduleCode(), m.moduleVersion()).indicators()))));
        }
        return modules;
    }

    /**
     * Everything a party owes for a compact, from its calendar's first period to the last one that has ended, each
     * with its state; newest first.
     */
    @Transactional(readOnly = true)
    public List<Obligation> obligations(String compact, PartyCode party) {
        Optional<LocalDate> opened = openedOn(compact, party);
        if (opened.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        // Every total the party reported for the compact, read once: the state of each period comes from it.
        java.util.Map<String, String> reported = new java.util.HashMap<>();
        jdbc.sql("""
                select indicator, period, status from indicator_value where compact = ? and party = ?
                and disaggregation = ''""").params(compact, party.value())
                .query((rs, n) -> reported.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3))).list();
        List<Obligation> owed = new ArrayList<>();
        for (Committed module : committed(compact, party)) {
            for (Indicator indicator : DataElements.reportable(module.indicators())) {
                for (ReportingPeriod p = ReportingPeriod.containing(indicator.periodType(), opened.get());
                        p.lastDay().isBefore(today); p = p.next()) {
                    owed.add(new Obligation(compact, module.module(), indicator, p, p.dueOn(),
                            state(reported.get(indicator.code() + "|" + p), p, today)));
                }
            }
        }
        owed.sort(Comparator.comparing((Obligation o) -> o.period().lastDay()).reversed()
                .thenComparing(o -> o.indicator().code()));
        return owed;
    }

    private static State state(String status, ReportingPeriod period, LocalDate today) {
        if (status != null) {
            return status.equals(ValueStatus.DISPUTED.name()) ? State.DISPUTED : State.REPORTED;
        }
        if (today.isAfter(period.locksAfter())) {
            return State.MISSED;
        }
        return today.isAfter(period.dueOn()) ? State.OVERDUE : State.DUE;
    }

    /** Today, in UTC, by the application's clock. */
    public LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
