package org.acollida.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF with a few lines of text, for the demo's documents (a signed agreement, families' consents), so
 * that the Documents tab opens real files. Plain ASCII text only; no personal data is ever put in one.
 */
final class DemoPdf {

  private DemoPdf() {}

  static byte[] onePage(List<String> lines) {
    StringBuilder text = new StringBuilder("BT /F1 12 Tf 72 770 Td 16 TL\n");
    for (String line : lines) {
      text.append('(').append(escaped(line)).append(") Tj T*\n");
    }
    text.append("ET\n");
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + text.length() + " >>\nstream\n" + text + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** ASCII, with the three characters PDF strings escape. */
  private static String escaped(String line) {
    return line.replaceAll("[^\\x20-\\x7e]", "?").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
  }
}
