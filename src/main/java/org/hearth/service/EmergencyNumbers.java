package org.hearth.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hearth.domain.EmergencyContactKind;

/**
 * The emergency numbers and domestic-violence helplines a new plan starts from, per country, from one data file
 * with the source of each number ({@code emergency-numbers.json}). The worker corrects or adds numbers in the plan.
 */
public final class EmergencyNumbers {

    private static final JsonNode DATA = read();

    private EmergencyNumbers() {
    }

    private static JsonNode read() {
        try (InputStream in = EmergencyNumbers.class.getResourceAsStream("emergency-numbers.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in emergency numbers could not be read", e);
        }
    }

    /** The countries with built-in numbers (ISO 3166 codes). */
    public static List<String> countries() {
        List<String> codes = new ArrayList<>();
        DATA.path("countries").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    /** The country's numbers; the note of each says where it comes from. Empty for a country without any. */
    public static List<PlanDraft.EmergencyNumber> forCountry(String country) {
        List<PlanDraft.EmergencyNumber> numbers = new ArrayList<>();
        for (JsonNode entry : DATA.path("countries").path(country == null ? "" : country)) {
            numbers.add(new PlanDraft.EmergencyNumber(EmergencyContactKind.valueOf(entry.path("kind").asText()),
                    entry.path("name").asText(), entry.path("number").asText(),
                    entry.path("source").asText() + " (" + DATA.path("checked").asText() + ")"));
        }
        return List.copyOf(numbers);
    }

    /**
     * The handout text that prints a built-in number's name in the handout's language (e.g. "policeAmbulanceFire"
     * for "112 (police, ambulance, fire)"), when the plan holds that name and number as they were pre-filled; empty
     * once the worker changed them (what they typed is printed as typed).
     */
    public static java.util.Optional<String> labelOf(String name, String number) {
        if (name == null || number == null) {
            return java.util.Optional.empty();
        }
        for (JsonNode country : DATA.path("countries")) {
            for (JsonNode entry : country) {
                if (entry.hasNonNull("label") && entry.path("name").asText().equals(name.strip())
                        && entry.path("number").asText().equals(number.strip())) {
                    return java.util.Optional.of(entry.path("label").asText());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
