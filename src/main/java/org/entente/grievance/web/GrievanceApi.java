package org.entente.grievance.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.entente.grievance.PanelDecisions;
import org.entente.grievance.Filing;
import org.entente.grievance.GrievanceStatistics;
import org.entente.grievance.Intake;
import org.entente.grievance.IntakeChannel;
import org.entente.grievance.SmsExchange;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotAuthenticated;
import org.entente.shared.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/** The public grievance API: anonymous intake, follow-up by receipt and passphrase, the SMS gateway, statistics. */
@RestController
@Tag(name = "Grievances (public)", description = "Anonymous intake and follow-up of grievances, the SMS gateway's "
        + "webhook, and public statistics (MIG-7, CORE-6)")
class GrievanceApi {

    record FollowUpRequest(String receipt, String passphrase) {
    }

    record InformationRequest(String receipt, String passphrase, String message) {
    }

    record SmsMessage(String from, String text, String messageId) {
    }

    record SmsReply(String to, String text) {
    }

    private final Intake intake;
    private final SmsExchange sms;
    private final GrievanceStatistics statistics;
    private final PanelDecisions panel;
    private final AddressLimits limits;
    private final JsonMapper json;
    private final String smsSecret;

    GrievanceApi(Intake intake, SmsExchange sms, GrievanceStatistics statistics, PanelDecisions panel,
            AddressLimits limits, JsonMapper json, @Value("${entente.grievance.sms.secret:}") String smsSecret) {
        this.intake = intake;
        this.sms = sms;
        this.statistics = statistics;
        this.panel = panel;
        this.limits = limits;
        this.json = json;
        this.smsSecret = smsSecret;
    }

    @PostMapping("/api/v1/grievances")
    @Operation(summary = "File a grievance without an account. Required: category, narrative, countryFrom, countryTo "
            + "(ISO 3166-1 alpha-3), language (ISO 639-1), passphrase (6 to 200 characters); optional: contact, name, "
            + "passportNumber, employer, recruiter, where, when, consentToReveal. Answers 201 with the receipt code, "
            + "shown once. Send an Idempotency-Key so that a retry never files twice.")
    ResponseEntity<Intake.Filed> file(@RequestBody Filing filing, HttpServletRequest request) {
        limits.take(request, AddressLimits.Kind.FILING);
        return ResponseEntity.status(HttpStatus.CREATED).body(intake.file(filing, IntakeChannel.API, List.of()));
    }

    @PostMapping("/api/v1/grievances/follow-up")
    @Operation(summary = "The case as its worker sees it: stage, status, messages for the worker, remedies. A wrong "
            + "receipt or passphrase answers 404; repeated wrong passphrases answer 429 with Retry-After.")
    Intake.WorkerView followUp(@RequestBody FollowUpRequest request, HttpServletRequest http) {
        return guarded(http, () -> intake.followUp(request.receipt(), request.passphrase()));
    }

    @PostMapping("/api/v1/grievances/follow-up/information")
    @Operation(summary = "The worker adds a message to the case, with the receipt and passphrase")
    Intake.WorkerView addInformation(@RequestBody InformationRequest request, HttpServletRequest http) {
        return guarded(http, () -> intake.addInformation(request.receipt(), request.passphrase(), request.message(),
                List.of()));
    }

    private Intake.WorkerView guarded(HttpServletRequest http, java.util.function.Supplier<Intake.WorkerView> action) {
        limits.check(http, AddressLimits.Kind.WRONG_FOLLOW_UP);
        try {
            return action.get();
        } catch (NotFound e) {
            limits.count(http, AddressLimits.Kind.WRONG_FOLLOW_UP);
            throw e;
        }
    }

    @PostMapping(value = "/api/v1/grievances/inbound/sms", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The SMS or messaging gateway's webhook: {from, text, messageId}, signed with the shared "
            + "secret as X-Entente-Signature: sha256=<hex HMAC-SHA256 of the body>. Answers the text to send back "
            + "{to, text}; a bad or missing signature answers 401.")
    SmsReply inboundSms(@RequestBody byte[] body,
            @RequestHeader(name = "X-Entente-Signature", required = false) String signature,
            HttpServletRequest request) {
        if (smsSecret.isBlank() || signature == null || !signature.startsWith("sha256=")
                || !MessageDigest.isEqual(hmac(body).getBytes(StandardCharsets.US_ASCII),
                        signature.substring(7).toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw new NotAuthenticated();
        }
        limits.take(request, AddressLimits.Kind.SMS);
        SmsMessage message;
        try {
            message = json.readValue(body, SmsMessage.class);
        } catch (RuntimeException e) {
            throw InvalidInput.coded("", "the body must be {from, text, messageId}", "grievance.sms.shape");
        }
        return new SmsReply(message.from(), sms.receive(message.from(), message.text()));
    }

    private String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(smsSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @GetMapping("/api/v1/grievances/statistics")
    @Operation(summary = "Public statistics of grievances, small counts suppressed: JSON, or ?format=csv with an HXL "
            + "row")
    ResponseEntity<?> statistics(@RequestParam(required = false) String format) {
        GrievanceStatistics.Statistics s = statistics.current();
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"grievance-statistics.csv\"")
                    .body(StatisticsCsv.of(s));
        }
        if (format != null && !"json".equalsIgnoreCase(format)) {
            throw InvalidInput.coded("format", "must be json or csv", "grievance.format");
        }
        return ResponseEntity.ok(s);
    }

    @GetMapping("/api/v1/grievances/decisions")
    @Operation(summary = "Published decisions of regional panels, without personal data: public")
    List<PanelDecisions.PublishedDecision> decisions() {
        return panel.published();
    }
}
