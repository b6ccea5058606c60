package uk.scorecard.bench;

/** The small fixed parts of a benchmark workbook's package. */
final class Parts {

  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private Parts() {}

  static String contentTypes(int sheets) {
    StringBuilder s =
        new StringBuilder(
            XML
                + "<Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                + " ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                + "sharedStrings+xml\"/>");
    for (int i = 1; i <= sheets; i++) {
      s.append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(
              ".xml\" ContentType="
                  + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return s.append("</Types>").toString();
  }

  static String rootRels() {
    return XML
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "relationships\"><Relationship Id=\"rId1\" Type=\""
        + REL
        + "/officeDocument\""
        + " Target=\"xl/workbook.xml\"/></Relationships>";
  }

  static String workbook(int sheets) {
    StringBuilder s =
        new StringBuilder(
            XML
                + "<workbook xmlns=\"http://schemas.openxmlformats"
                + ".org/spreadsheetml/2006/main\" xmlns:r=\""
                + REL
                + "\"><sheets>");
    for (int i = 1; i <= sheets; i++) {
      s.append("<sheet name=\"")
          .append(i == 1 ? "Scorecard" : "Data " + (i - 1))
          .append("\" sheetId=\"")
          .append(i)
          .append("\" r:id=\"rId")
          .append(i)
          .append("\"/>");
    }
    return s.append("</sheets></workbook>").toString();
  }

  static String workbookRels(int sheets) {
    StringBuilder s =
        new StringBuilder(
            XML
                + "<Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= sheets; i++) {
      s.append("<Relationship Id=\"rId")
          .append(i)
          .append("\" Type=\"")
          .append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet")
          .append(i)
          .append(".xml\"/>");
    }
    s.append("<Relationship Id=\"rId")
        .append(sheets + 1)
        .append("\" Type=\"")
        .append(REL)
        .append("/styles\" Target=\"styles.xml\"/>");
    s.append("<Relationship Id=\"rId")
        .append(sheets + 2)
        .append("\" Type=\"")
        .append(REL)
        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
    return s.append("</Relationships>").toString();
  }

  /** Style 0 plain, 1 percent, 2 a month (mmm-yy). */
  static String styles() {
    return XML
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"mmm\\-yy\"/></numFmts>"
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill>"
        + "<patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        + "</cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
        + " borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\""
        + " xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\""
        + " borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
        + "</cellStyles></styleSheet>";
  }
}
