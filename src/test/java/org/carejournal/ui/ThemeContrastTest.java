package org.carejournal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The text colours of each theme against the grounds they are drawn on, by the WCAG 2 contrast ratio
 * (relative luminance of sRGB): at least 4.5:1 (AA) in light and dark, 7:1 (AAA) in high contrast.
 * Colours are read from the stylesheets themselves: AtlantaFX's base theme, then app.css's .root, then
 * the theme's own block, following one variable to another as JavaFX does.
 */
class ThemeContrastTest {
    /** Text colour, ground, where it is used. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"-color-fg-default", "-color-bg-default", "text in controls"},
            new String[] {"-color-fg-default", "-cj-page-bg", "text on the page"},
            new String[] {"-color-fg-default", "-cj-card-bg", "text on a card"},
            new String[] {"-color-fg-default", "-cj-nav-bg", "navigation"},
            new String[] {"-color-fg-default", "-cj-focus-bg", "a focused rating row"},
            new String[] {"-color-fg-default", "-cj-hover-bg", "a focused dose row"},
            new String[] {"-color-fg-default", "-cj-warn-bg", "the sample banner"},
            new String[] {"-color-fg-default", "-cj-danger-bg", "a red-flag banner"},
            new String[] {"-color-fg-default", "-cj-success-bg", "a taken dose"},
            new String[] {"-color-fg-muted", "-color-bg-default", "AtlantaFX muted text"},
            new String[] {"-cj-muted", "-cj-card-bg", "hints on a card"},
            new String[] {"-cj-muted", "-cj-page-bg", "hints on the page"},
            new String[] {"-cj-accent", "-cj-card-bg", "metric values, reminder dates"},
            new String[] {"-cj-on-accent", "-cj-accent", "a chosen rating"},
            new String[] {"-cj-danger", "-cj-card-bg", "field errors"},
            new String[] {"-cj-danger", "-cj-page-bg", "field errors on the page"},
            new String[] {"-cj-danger", "-cj-danger-bg", "the red-flag title, overdue dates"},
            new String[] {"-cj-danger-text", "-cj-danger-bg", "error banners"},
            new String[] {"-cj-warn-text", "-cj-warn-bg", "alert boxes"},
            new String[] {"-cj-warn-strong", "-cj-warn-bg", "a skipped dose"},
            new String[] {"-cj-success-text", "-cj-success-bg", "a taken dose"},
            new String[] {"-cj-notify-text", "-cj-notify-bg", "notifications"});

    @Test
    void lightReachesAA() throws IOException {
        assertAll("light", colours("primer-light", null), 4.5);
    }

    @Test
    void darkReachesAA() throws IOException {
        assertAll("dark", colours("primer-dark", ".root.theme-dark"), 4.5);
    }

    @Test
    void highContrastReachesAAA() throws IOException {
        assertAll("high contrast", colours("primer-dark", ".root.theme-high-contrast"), 7.0);
    }

    @Test
    void theFormulaMatchesKnownValues() {
        assertThat(ratio("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio("#ffffff", "#ffffff")).isEqualTo(1.0);
    }

    @Test
    void everyThemeNamesEveryColourTheLightOneDoes() throws IOException {
        String css = resource(Styles.APP_CSS);
        Map<String, String> light = block(css, ".root");
        for (String theme : List.of(".root.theme-dark", ".root.theme-high-contrast")) {
            Map<String, String> own = block(css, theme);
            List<String> missing = light.keySet().stream()
                    .filter(k -> k.startsWith("-cj-") && !own.containsKey(k)).toList();
            assertThat(missing).as("%s leaves these at their light values", theme).isEmpty();
        }
    }

    private static void assertAll(String theme, Map<String, String> vars, double least) {
        List<String> failures = new ArrayList<>();
        for (String[] pair : PAIRS) {
            String fg = resolve(vars, pair[0]);
            String bg = resolve(vars, pair[1]);
            double r = ratio(fg, bg);
            if (r < least) failures.add(String.format("%s: %s %s on %s %s = %.2f:1", pair[2], pair[0], fg, pair[1], bg, r));
        }
        assertThat(failures).as("%s text below %.1f:1", theme, least).isEmpty();
    }

    private static Map<String, String> colours(String base, String themeBlock) throws IOException {
        Map<String, String> vars = new HashMap<>(block(resource("/atlantafx/base/theme/" + base + ".css"), ".root"));
        String app = resource(Styles.APP_CSS);
        vars.putAll(block(app, ".root"));
        if (themeBlock != null) vars.putAll(block(app, themeBlock));
        return vars;
    }

    /** Follows a variable to a colour; only opaque #rrggbb colours are accepted for text and grounds. */
    private static String resolve(Map<String, String> vars, String name) {
        String value = name;
        for (int hops = 0; value.startsWith("-") && hops < 10; hops++) {
            String next = vars.get(value);
            assertThat(next).as("variable %s is defined", value).isNotNull();
            value = next;
        }
        assertThat(value).as("%s is an opaque #rrggbb colour", name).matches("#[0-9a-fA-F]{6}");
        return value;
    }

    /** The declarations of the first rule whose selector is exactly {@code selector}. */
    private static Map<String, String> block(String css, String selector) {
        String clean = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(clean);
        assertThat(m.find()).as("a %s rule", selector).isTrue();
        Map<String, String> vars = new HashMap<>();
        for (String decl : m.group(1).split(";")) {
            int colon = decl.indexOf(':');
            if (colon > 0) vars.put(decl.substring(0, colon).strip(), decl.substring(colon + 1).strip());
        }
        return vars;
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of an sRGB colour. */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
