package org.carejournal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void stringsAreEscapedSoAnyParserReadsThemBack() throws Exception {
        String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 line-sep \u2028 µg/L <0.1";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", nasty);
        m.put("key \"quoted\"", 1);
        JsonNode back = new ObjectMapper().readTree(Json.write(m));
        assertThat(back.get("text").asText()).isEqualTo(nasty);
        assertThat(back.get("key \"quoted\"").asInt()).isEqualTo(1);
    }

    @Test
    void numbersArePlainAndNeverNaN() {
        assertThat(Json.number(60.00000000000001)).isEqualTo("60.0");
        assertThat(Json.number(59.99999999999999)).isEqualTo("60.0");
        assertThat(Json.number(0.1)).isEqualTo("0.1");
        assertThat(Json.number(-91.66666666666667)).isEqualTo("-91.6666666667");
        assertThat(Json.number(1e-7)).isEqualTo("0.0000001");
        assertThat(Json.number(12_000_000)).isEqualTo("12000000.0");
        assertThat(Json.number(-0.0)).isEqualTo("0.0");
        assertThat(Json.number(Double.NaN)).isEqualTo("null");
        assertThat(Json.number(Double.POSITIVE_INFINITY)).isEqualTo("null");
    }

    @Test
    void valuesOfEveryKindNest() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", null);
        m.put("b", true);
        m.put("i", 3);
        m.put("l", 4L);
        m.put("d", 2.5);
        m.put("date", LocalDate.of(2024, 2, 29));
        m.put("list", Arrays.asList(1, "x", null));
        m.put("empty", List.of());
        m.put("obj", Map.of());
        JsonNode back = new ObjectMapper().readTree(Json.write(m));
        assertThat(back.get("n").isNull()).isTrue();
        assertThat(back.get("b").asBoolean()).isTrue();
        assertThat(back.get("i").asInt()).isEqualTo(3);
        assertThat(back.get("d").asDouble()).isEqualTo(2.5);
        assertThat(back.get("date").asText()).isEqualTo("2024-02-29");
        assertThat(back.get("list")).hasSize(3);
        assertThat(back.get("empty").isArray()).isTrue();
        assertThat(back.get("obj").isObject()).isTrue();
    }
}
