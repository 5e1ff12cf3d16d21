package no.sammen.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmarks' command line: {@code key=value} words; a bare {@code key} means {@code key=true}. */
final class Args {

    private Args() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        return opts;
    }
}
