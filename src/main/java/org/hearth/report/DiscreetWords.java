package org.hearth.report;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Words that give away what a handout is about, in every handout language. A discreet handout never prints them:
 * its fixed text avoids them, and a line the worker typed that holds one is left out (the worker is told how many).
 */
public final class DiscreetWords {

    private static final List<String> WORDS = List.of(
            // English
            "violence", "violent", "abuse", "abusive", "safety plan", "police", "code word", "codeword",
            "domestic", "shelter",
            // Dutch
            "geweld", "mishandel", "misbruik", "veiligheidsplan", "politie", "codewoord", "blijf-van-mijn-lijf",
            "veilig thuis",
            // German
            "gewalt", "missbrauch", "misshandl", "sicherheitsplan", "polizei", "codewort", "kennwort",
            "frauenhaus",
            // French
            "violence", "maltraitance", "abus", "plan de sécurité", "plan de securite", "mot de code", "mot code",
            "mot-code", "gendarmerie",
            // Polish
            "przemoc", "znęca", "nadużyc", "plan bezpieczeństwa", "policj", "słowo kodowe", "hasło",
            // Turkish
            "şiddet", "istismar", "güvenlik planı", "polis", "kod kelime", "şifre", "parola",
            // Arabic
            "عنف", "العنف", "إساءة", "اساءة", "خطة الأمان", "خطة السلامة", "شرطة", "الشرطة", "كلمة السر",
            "كلمة رمزية", "كلمة سرية");

    private DiscreetWords() {
    }

    /** True when the text holds a word that gives the purpose away, in any handout language. */
    public static boolean givesAway(String text) {
        String plain = normal(text);
        for (String word : WORDS) {
            if (plain.contains(normal(word))) {
                return true;
            }
        }
        return false;
    }

    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
