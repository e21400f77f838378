package org.hearth.report;

/** The organisation in a handout's footer (from the settings): name, phone, logo (PNG or JPEG bytes). */
public record Organisation(String name, String phone, byte[] logo) {

    public static final Organisation NONE = new Organisation(null, null, null);

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && (phone == null || phone.isBlank()) && logo == null;
    }
}
