package org.hearth.report;

/**
 * Which handout, for whom (a member key for a member card, a buddy pair key for a buddy card; else null), in which
 * language (and optionally a second one printed beside it), and whether it is the discreet variant.
 */
public record HandoutRequest(HandoutKind kind, String forKey, String language, String secondLanguage,
                             boolean discreet) {

    public HandoutRequest {
        if (kind == null) {
            throw new IllegalArgumentException("kind");
        }
        language = HandoutLanguages.supportedOr(language, HandoutLanguages.ENGLISH);
        secondLanguage = secondLanguage == null || secondLanguage.isBlank() ? null
                : HandoutLanguages.supportedOr(secondLanguage, null);
        if (language.equals(secondLanguage)) {
            secondLanguage = null;
        }
    }

    public boolean twoLanguages() {
        return secondLanguage != null;
    }
}
