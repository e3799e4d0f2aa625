package org.entente.liaison;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.LevelEntered;
import org.entente.crisis.LevelNotice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.NotFound;
import org.entente.shared.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers level notices: to each named party's liaison units' inboxes, and through an outbox to their members, by
 * e-mail to every member with an address and by SMS to the member on call (or, when nobody is on call, to every
 * member with a phone). The notices are written when the escalation's {@link LevelEntered} arrives, after it
 * committed, and the messages are sent afterwards by {@link #dispatch()}, so an escalation never waits on a gateway
 * and no notice is lost when one is down. Units
 * acknowledge a notice once, after logging in or through the link in the messages.
 */
@Service
public class NoticeOutbox {

    private static final Logger log = LoggerFactory.getLogger(NoticeOutbox.class);
    static final String TOKEN_PREFIX = "ack_";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final LevelNotifications notifications;
    private final NoticeMessages messages;
    private final LiaisonUnits units;
    private final CrisisRoom crisis;
    private final Map<NoticeMessage.Channel, NoticeGateway> gateways = new EnumMap<>(NoticeMessage.Channel.class);
    private final MessageSource text;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String publicUrl;

    NoticeOutbox(LevelNotifications notifications, NoticeMessages messages, LiaisonUnits units, CrisisRoom crisis,
            List<NoticeGateway> gateways, MessageSource text, AuditTrail audit, Clock clock,
            TransactionTemplate transactions, @Value("${entente.public-url}") String publicUrl) {
        this.notifications = notifications;
        this.messages = messages;
        this.units = units;
        this.crisis = crisis;
        gateways.forEach(g -> this.gateways.put(g.channel(), g));
        this.text = text;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Delivers the notices of a level a crisis just entered, once the escalation has committed, in a transaction of
     * its own: the inbox entries and the queued messages are written together or not at all, and the event
     * publication registry hands the event again after a restart if this failed.
     */
    @ApplicationModuleListener
    void on(LevelEntered entered) {
        if (!entered.notices().isEmpty()) {
            deliver(crisis.withoutRedLines(entered.crisis()), entered.level(), entered.notices(), clock.instant());
        }
    }

    private void deliver(Crisis crisis, String level, List<LevelNotice> notices, Instant now) {
        for (LevelNotice notice : notices) {
            List<LiaisonUnit> reached = units.findByParty(notice.party());
            if (reached.isEmpty()) {
                notifications.save(LevelNotification.undeliverable(crisis.id(), level, notice, now));
            }
            for (LiaisonUnit unit : reached) {
                String token = Secrets.newSecret(TOKEN_PREFIX);
                LevelNotification sent = notifications.save(LevelNotification.send(crisis.id(), level, notice,
                        unit.id(), Secrets.sha256(token), now));
                queue(crisis, sent, notice, unit, publicUrl + "/notices/" + token, now);
            }
        }
    }

    private void queue(Crisis crisis, LevelNotification n, LevelNotice notice, LiaisonUnit unit, String link,
            Instant now) {
        List<String> languages = notice.languageList();
        Object[] args = {crisis.name(), crisis.code(), n.level(), TIME.format(now), unit.name(), link};
        String subject = text.getMessage("notice.subject", args, Locale.forLanguageTag(languages.get(0)));
        // One e-mail carries every language of the notice; a language without its own wording adds nothing.
        Set<String> bodies = new LinkedHashSet<>();
        languages.forEach(l -> bodies.add(text.getMessage("notice.body", args, Locale.forLanguageTag(l))));
        String body = String.join("\n\n", bodies);
        for (UnitMember member : unit.members()) {
            if (member.email() != null && !member.email().isBlank()) {
                messages.save(NoticeMessage.queue(n.id(), NoticeMessage.Channel.EMAIL, member.email(),
                        languages.get(0), subject, body, now));
            }
        }
        List<UnitMember> texted = unit.onCall(now).flatMap(shift -> unit.members().stream()
                        .filter(m -> m.name().equals(shift.member()) && hasPhone(m)).findFirst())
                .map(List::of)
                .orElseGet(() -> unit.members().stream().filter(NoticeOutbox::hasPhone).toList());
        for (UnitMember member : texted) {
            String language = languages.stream().filter(member::speaks).findFirst().orElse(languages.get(0));
            messages.save(NoticeMessage.queue(n.id(), NoticeMessage.Channel.SMS, member.phone(), language, subject,
                    text.getMessage("notice.sms", args, Locale.forLanguageTag(language)), now));
        }
    }

    private static boolean hasPhone(UnitMember member) {
        return member.phone() != null && !member.phone().isBlank();
    }

    @Scheduled(fixedDelayString = "${entente.notices.dispatch-interval:PT30S}",
            initialDelayString = "${entente.notices.dispatch-initial-delay:PT20S}")
    void scheduled() {
        int sent = dispatch();
        if (sent > 0) {
            log.info("notice outbox: {} message(s) sent", sent);
        }
    }

    /**
     * Hands due messages to the gateways that are configured, each message claimed and recorded in its own
     * transaction, so that a slow or failing gateway holds up nothing else. Returns how many were sent.
     */
    public int dispatch() {
        Set<NoticeMessage.Channel> ready = channelSet(gateways.values().stream().filter(NoticeGateway::ready)
                .map(NoticeGateway::channel).toList());
        if (ready.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<NoticeMessage> due = transactions.execute(s -> messages
                .findTop50ByStatusAndChannelInAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
                        NoticeMessage.Status.PENDING, ready, now));
        int sent = 0;
        for (NoticeMessage message : due == null ? List.<NoticeMessage>of() : due) {
            // Claim the message first, so that a second node dispatching at the same time skips it.
            Boolean claimed = transactions.execute(s -> messages.claim(message.id(), message.nextAttemptAt(),
                    now.plusSeconds(300)) == 1);
            if (!Boolean.TRUE.equals(claimed)) {
                continue;
            }
            try {
                gateways.get(message.channel()).send(message.address(), message.subject(), message.body());
                message.sent(clock.instant());
                sent++;
            } catch (NoticeGateway.DeliveryFailure e) {
                message.failed(e.getMessage(), clock.instant());
                log.warn("notice message {} ({}) not sent, attempt {}: {}", message.id(), message.channel(),
                        message.attempts(), e.getMessage());
            }
            transactions.executeWithoutResult(s -> record(message));
        }
        return sent;
    }

    private void record(NoticeMessage message) {
        messages.save(message);
        LevelNotification n = notifications.findById(message.notification()).orElseThrow();
        if (message.status() == NoticeMessage.Status.SENT) {
            audit.record(new AuditEvent(Actor.system(), n.party(), "notice.message-sent", "NoticeMessage",
                    String.valueOf(message.id()), message.channel() + " message for the " + n.level()
                            + " notice #" + n.id() + " handed to the gateway"));
        } else if (message.status() == NoticeMessage.Status.FAILED) {
            audit.record(new AuditEvent(Actor.system(), n.party(), "notice.message-failed", "NoticeMessage",
                    String.valueOf(message.id()), message.channel() + " message for the " + n.level()
                            + " notice #" + n.id() + " failed " + message.attempts() + " times; given up"));
        }
    }

    private static Set<NoticeMessage.Channel> channelSet(List<NoticeMessage.Channel> channels) {
        return channels.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(channels);
    }

    /** The notices a liaison unit received, newest first, with their messages; logged-in users only. */
    @Transactional(readOnly = true)
    public List<Delivery> inbox(Actor actor, long unit) {
        actor.requireAuthenticated();
        units.findById(unit).orElseThrow(() -> new NotFound("liaison unit", unit));
        return deliveries(notifications.findByUnitOrderBySentAtDesc(unit));
    }

    /** The notices sent for a crisis, newest first, with how their messages fared. */
    @Transactional(readOnly = true)
    public List<Delivery> ofCrisis(long crisis) {
        return deliveries(notifications.findByCrisisOrderBySentAtDesc(crisis));
    }

    private List<Delivery> deliveries(List<LevelNotification> list) {
        Map<Long, List<NoticeMessage>> byNotification = new java.util.HashMap<>();
        if (!list.isEmpty()) {
            messages.findByNotificationIn(list.stream().map(LevelNotification::id).toList())
                    .forEach(m -> byNotification.computeIfAbsent(m.notification(), k -> new ArrayList<>()).add(m));
        }
        return list.stream().map(n -> Delivery.of(n, byNotification.getOrDefault(n.id(), List.of()),
                gateways)).toList();
    }

    /**
     * A notice and how its messages fared, counted by channel and status; the addresses are never shown. A channel
     * whose gateway is not configured is named, so that nobody believes a message left that did not.
     */
    public record Delivery(LevelNotification notice, Map<NoticeMessage.Channel, Map<NoticeMessage.Status, Integer>> messages,
            Set<NoticeMessage.Channel> waitingForGateway) {

        static Delivery of(LevelNotification n, List<NoticeMessage> list, Map<NoticeMessage.Channel, NoticeGateway> gateways) {
            Map<NoticeMessage.Channel, Map<NoticeMessage.Status, Integer>> counts = new EnumMap<>(NoticeMessage.Channel.class);
            Set<NoticeMessage.Channel> waiting = java.util.EnumSet.noneOf(NoticeMessage.Channel.class);
            for (NoticeMessage m : list) {
                counts.computeIfAbsent(m.channel(), c -> new EnumMap<>(NoticeMessage.Status.class))
                        .merge(m.status(), 1, Integer::sum);
                NoticeGateway gateway = gateways.get(m.channel());
                if (m.status() == NoticeMessage.Status.PENDING && (gateway == null || !gateway.ready())) {
                    waiting.add(m.channel());
                }
            }
            return new Delivery(n, counts, waiting);
        }

        public int count(String channel, String status) {
            Map<NoticeMessage.Status, Integer> byStatus = messages.get(NoticeMessage.Channel.valueOf(channel));
            return byStatus == null ? 0 : byStatus.getOrDefault(NoticeMessage.Status.valueOf(status), 0);
        }
    }

    /** A member of the unit's party acknowledges the notice for the unit; a second acknowledgement changes nothing. */
    @Transactional
    public Delivery acknowledge(Actor actor, long unitId, long notificationId) {
        actor.requireAuthenticated();
        LiaisonUnit unit = units.findById(unitId).orElseThrow(() -> new NotFound("liaison unit", unitId));
        if (!actor.isMemberOf(unit.party())) {
            throw new AccessDenied("only members of " + unit.party() + " acknowledge its unit's notices");
        }
        LevelNotification n = notifications.findById(notificationId).filter(x -> Long.valueOf(unitId).equals(x.unit()))
                .orElseThrow(() -> new NotFound("notice", notificationId));
        return deliveries(List.of(acknowledged(actor, n, actor.username()))).get(0);
    }

    /** The notice a link in a message stands for; an unknown or malformed secret finds nothing. */
    @Transactional(readOnly = true)
    public Optional<LevelNotification> byLink(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return notifications.findByAckTokenHash(Secrets.sha256(token));
    }

    /** Acknowledges through the link in a message: whoever holds the message speaks for the unit. */
    @Transactional
    public LevelNotification acknowledgeByLink(String token) {
        LevelNotification n = byLink(token).orElseThrow(() -> new NotFound("notice", "from this link"));
        return acknowledged(Actor.system(), n, "the link in the notice");
    }

    private LevelNotification acknowledged(Actor actor, LevelNotification n, String by) {
        if (!n.acknowledge(by, clock.instant())) {
            return n;
        }
        LevelNotification saved = notifications.save(n);
        audit.record(new AuditEvent(actor, n.party(), "notice.acknowledged", "LevelNotification",
                String.valueOf(n.id()), "liaison unit #" + n.unit() + " acknowledged the " + n.level() + " notice #"
                        + n.id() + (actor.isSystem() ? " through the link in the notice" : "")));
        return saved;
    }

    /** The unit a notice went to, for the acknowledgement page. */
    @Transactional(readOnly = true)
    public Optional<LiaisonUnit> unitOf(LevelNotification n) {
        return n.unit() == null ? Optional.empty() : units.findById(n.unit());
    }
}
