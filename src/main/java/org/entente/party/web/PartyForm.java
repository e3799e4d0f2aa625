package org.entente.party.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.party.FocalPoint;
import org.entente.party.Influence;
import org.entente.party.Party;
import org.entente.party.PartyDetails;
import org.entente.party.PartyKind;
import org.entente.shared.InvalidInput;

/** The party form as a browser posts it; rows with an empty name are ignored so a spare blank row costs nothing. */
public class PartyForm {

    private String code;
    private PartyKind kind;
    private String name;
    private String shortName;
    private String region;
    private String workingLanguages;
    private String interests;
    private Influence influence;
    private Long version;
    private List<Contact> focalPoints = new ArrayList<>();

    /** One focal point row of the form. */
    public static class Contact {
        private String name;
        private String function;
        private String email;
        private String phone;
        private String languages;
        private LocalDate lastConfirmed;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getFunction() { return function; }
        public void setFunction(String function) { this.function = function; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getLanguages() { return languages; }
        public void setLanguages(String languages) { this.languages = languages; }
        public LocalDate getLastConfirmed() { return lastConfirmed; }
        public void setLastConfirmed(LocalDate lastConfirmed) { this.lastConfirmed = lastConfirmed; }
    }

    static PartyForm blank() {
        PartyForm form = new PartyForm();
        form.kind = PartyKind.STATE;
        form.focalPoints.add(new Contact());
        return form;
    }

    static PartyForm of(Party party) {
        PartyForm form = new PartyForm();
        form.code = party.code().value();
        form.kind = party.kind();
        form.name = party.name();
        form.shortName = party.shortName();
        form.region = party.region();
        form.workingLanguages = String.join(" ", party.workingLanguages());
        form.interests = party.interests();
        form.influence = party.influence();
        form.version = party.version();
        for (FocalPoint f : party.focalPoints()) {
            Contact c = new Contact();
            c.name = f.name();
            c.function = f.function();
            c.email = f.email();
            c.phone = f.phone();
            c.languages = f.languages();
            c.lastConfirmed = f.lastConfirmed();
            form.focalPoints.add(c);
        }
        form.focalPoints.add(new Contact());
        return form;
    }

    PartyDetails details() {
        List<FocalPoint> contacts = new ArrayList<>();
        for (int i = 0; i < focalPoints.size(); i++) {
            Contact c = focalPoints.get(i);
            if (c == null || c.name == null || c.name.isBlank()) {
                continue;
            }
            try {
                contacts.add(new FocalPoint(c.name, c.function, c.email, c.phone, c.languages, c.lastConfirmed));
            } catch (InvalidInput e) {
                throw e.under("focalPoints[" + i + "]");
            }
        }
        List<String> languages = workingLanguages == null ? List.of()
                : Arrays.stream(workingLanguages.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new PartyDetails(name, shortName, region, languages, interests, influence, contacts);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public PartyKind getKind() { return kind; }
    public void setKind(PartyKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getWorkingLanguages() { return workingLanguages; }
    public void setWorkingLanguages(String workingLanguages) { this.workingLanguages = workingLanguages; }
    public String getInterests() { return interests; }
    public void setInterests(String interests) { this.interests = interests; }
    public Influence getInfluence() { return influence; }
    public void setInfluence(Influence influence) { this.influence = influence; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<Contact> getFocalPoints() { return focalPoints; }
    public void setFocalPoints(List<Contact> focalPoints) { this.focalPoints = focalPoints; }
}
