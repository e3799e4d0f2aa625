package org.entente.compact.web;

import org.entente.compact.Compact;
import org.entente.shared.PartyCode;

/** The compact terms form as a browser posts it. */
public class TermsForm {

    private String code;
    private String title;
    private String summary;
    private String secretariat;
    private Integer entryIntoForceThreshold = 3;
    private Integer withdrawalNoticeDays = 180;
    private Long version;

    static TermsForm of(Compact c) {
        TermsForm form = new TermsForm();
        form.code = c.code();
        form.title = c.title();
        form.summary = c.summary();
        form.secretariat = c.secretariat().value();
        form.entryIntoForceThreshold = c.entryIntoForceThreshold();
        form.withdrawalNoticeDays = c.withdrawalNoticeDays();
        form.version = c.version();
        return form;
    }

    Compact.Terms terms() {
        return new Compact.Terms(title, summary, secretariat == null || secretariat.isBlank() ? null
                : PartyCode.of(secretariat), entryIntoForceThreshold == null ? 0 : entryIntoForceThreshold,
                withdrawalNoticeDays == null ? -1 : withdrawalNoticeDays);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getSecretariat() { return secretariat; }
    public void setSecretariat(String secretariat) { this.secretariat = secretariat; }
    public Integer getEntryIntoForceThreshold() { return entryIntoForceThreshold; }
    public void setEntryIntoForceThreshold(Integer value) { this.entryIntoForceThreshold = value; }
    public Integer getWithdrawalNoticeDays() { return withdrawalNoticeDays; }
    public void setWithdrawalNoticeDays(Integer value) { this.withdrawalNoticeDays = value; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
