package no.sammen.platform;

import java.util.List;

/** One page of a list, as every list endpoint answers it. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
}
