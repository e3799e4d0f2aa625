package org.entente.logistics;

import org.entente.shared.InvalidInput;

/**
 * One line of a request for assistance: the request's id and the line's place in it (from 0). It names what plans
 * serve; the engine knows it as the text {@code request/line}.
 */
public record RequestLine(long request, int line) implements Comparable<RequestLine> {

    public RequestLine {
        if (line < 0) {
            throw new IllegalArgumentException("a line's place starts at 0");
        }
    }

    /** The line an engine request stands for. */
    static RequestLine parse(String id) {
        int slash = id == null ? -1 : id.indexOf('/');
        try {
            return new RequestLine(Long.parseLong(id.substring(0, slash)), Integer.parseInt(id.substring(slash + 1)));
        } catch (RuntimeException e) {
            throw new InvalidInput("id", "a request line is named request/line");
        }
    }

    /** As the engine and the stored plan name it. */
    @Override
    public String toString() {
        return request + "/" + line;
    }

    @Override
    public int compareTo(RequestLine other) {
        return request != other.request ? Long.compare(request, other.request) : Integer.compare(line, other.line);
    }
}
