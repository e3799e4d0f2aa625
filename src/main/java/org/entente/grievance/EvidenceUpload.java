package org.entente.grievance;

/** A file a worker attaches, as uploaded: the form field it came in and its bytes. */
public record EvidenceUpload(String field, byte[] content) {
}
