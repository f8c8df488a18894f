package org.argusvms.mobile.rest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    @Test
    void cellsAreQuotedOnlyWhereRfc4180AsksForIt() throws IOException {
        assertEquals("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\r\n",
                write(Arrays.asList("plain", "a, b", "say \"hi\"", "two\r\nlines", null)));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvWriter.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvWriter.cell("+1"));
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("\"'=1,2\"", CsvWriter.cell("=1,2"), "defused and quoted");
        assertEquals("a=1", CsvWriter.cell("a=1"), "only a leading sign matters");
    }

    private static String write(List<String> cells) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(cells);
        return out.toString();
    }
}
