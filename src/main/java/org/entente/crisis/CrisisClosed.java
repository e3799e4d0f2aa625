package org.entente.crisis;

/** A crisis was closed. */
public record CrisisClosed(long crisis, String code) {
}
