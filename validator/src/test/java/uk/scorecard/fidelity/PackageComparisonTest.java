package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves PackageComparison catches each kind of part-level loss on its own, and nothing else. */
class PackageComparisonTest {
  private static final byte[] XLSX = SampleWorkbook.xlsx();
  private static final Set<String> MAY_CHANGE = mayChange();

  /** One edit to the package's parts and the one difference it must cause. */
  record Mutation(String name, Consumer<Map<String, byte[]>> edit, String where, String what) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Mutation> mutations() {
    return Stream.of(
        new Mutation(
            "change an untouched sheet",
            replace("xl/worksheets/sheet2.xml", "</worksheet>", " </worksheet>"),
            "xl/worksheets/sheet2.xml",
            "part changed"),
        new Mutation(
            "change document properties",
            replace("docProps/core.xml", "<dc:creator", "<dc:creator "),
            "docProps/core.xml",
            "part changed"),
        new Mutation(
            "delete a part",
            p -> p.remove("xl/drawings/drawing1.xml"),
            "xl/drawings/drawing1.xml",
            "part removed"),
        new Mutation(
            "delete a part that may change",
            p -> p.remove("xl/styles.xml"),
            "xl/styles.xml",
            "part removed"),
        new Mutation(
            "move a part",
            p -> p.put("xl/worksheets/sheet3.xml", p.remove("xl/worksheets/sheet2.xml")),
            "xl/worksheets/sheet2.xml",
            "part removed"),
        new Mutation(
            "drop a relationship",
            replace(
                "xl/worksheets/_rels/sheet1.xml.rels",
                "<Relationship Id=\"rId2\" Target=\"../comments1.xml\"",
                "<Dropped Id=\"rId2\" Target=\"../comments1.xml\""),
            "xl/worksheets/_rels/sheet1.xml.rels",
            "relationship rId2 lost"),
        new Mutation(
            "retarget a relationship",
            replace("xl/_rels/workbook.xml.rels", "worksheets/sheet2.xml", "worksheets/sheet9.xml"),
            "xl/_rels/workbook.xml.rels",
            "relationship rId4 changed"),
        new Mutation(
            "drop a content type override",
            replace(
                "[Content_Types].xml",
                "PartName=\"/xl/comments1.xml\"",
                "PartName=\"/xl/gone.xml\""),
            "[Content_Types].xml",
            "override /xl/comments1.xml lost"),
        new Mutation(
            "drop a default content type",
            replace("[Content_Types].xml", "Extension=\"vml\"", "Extension=\"vmlx\""),
            "[Content_Types].xml",
            "default content type vml lost"),
        new Mutation(
            "rename a sheet behind the cells' back",
            replace("xl/workbook.xml", "<sheet name=\"Lookup\"", "<sheet name=\"Renamed\""),
            "xl/workbook.xml",
            "sheet Lookup lost"),
        new Mutation(
            "break an allowed part's XML",
            replace("[Content_Types].xml", "</Types>", ""),
            "[Content_Types].xml",
            "no longer readable"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void reportsExactlyTheOneChange(Mutation m) {
    byte[] changed = Zips.edit(XLSX, m.edit());
    assertThat(PackageComparison.compare(XLSX, changed, MAY_CHANGE))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.where()).isEqualTo(m.where());
              assertThat(d.what()).contains(m.what());
            });
  }

  @Test
  void sameContentZippedDifferentlyHasNoDifferences() {
    Map<String, byte[]> parts = PackageComparison.parts(XLSX);
    Map<String, byte[]> reversed = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(parts.keySet());
    Collections.reverse(names);
    names.forEach(k -> reversed.put(k, parts.get(k)));
    for (byte[] copy : List.of(XLSX.clone(), Zips.zip(parts, 0), Zips.zip(reversed, 9))) {
      assertThat(PackageComparison.compare(XLSX, copy, Set.of())).isEmpty();
    }
  }

  @Test
  void allowedPartsMayChangeAndNewPartsMayAppear() {
    byte[] changed =
        Zips.edit(
            XLSX,
            replace("xl/worksheets/sheet1.xml", "</worksheet>", " </worksheet>")
                .andThen(replace("xl/styles.xml", "</styleSheet>", " </styleSheet>"))
                .andThen(
                    replace(
                        "xl/_rels/workbook.xml.rels",
                        "</Relationships>",
                        "<Relationship Id=\"rId9\" "
                            + "Target=\"worksheets/sheet3.xml\" Type=\"x\"/></Relationships>"))
                .andThen(
                    p ->
                        p.put(
                            "xl/worksheets/sheet3.xml",
                            "<worksheet/>".getBytes(StandardCharsets.UTF_8))));
    assertThat(PackageComparison.compare(XLSX, changed, MAY_CHANGE)).isEmpty();
  }

  @Test
  void anUnreadableCopyIsOneDifference() {
    assertThat(
            PackageComparison.compare(
                XLSX, "not a zip".getBytes(StandardCharsets.UTF_8), MAY_CHANGE))
        .singleElement()
        .extracting(Difference::where)
        .isEqualTo("package");
  }

  @Test
  void findsASheetsPartByName() {
    assertThat(PackageComparison.sheetPart(XLSX, "Lookup")).isEqualTo("xl/worksheets/sheet2.xml");
    assertThat(PackageComparison.sheetParts("xl/worksheets/sheet2.xml"))
        .containsExactlyInAnyOrder(
            "xl/worksheets/sheet2.xml", "xl/worksheets/_rels/sheet2.xml.rels");
  }

  @Test
  void macrosSurviveARezipButNotAPoiSave() {
    byte[] xlsm = Corpus.read("robustness/SimpleMacro.xlsm");
    assertThat(
            PackageComparison.compare(xlsm, Zips.zip(PackageComparison.parts(xlsm), 9), Set.of()))
        .isEmpty();
    byte[] poiSaved = SampleWorkbook.edit(xlsm, wb -> {});
    assertThat(PackageComparison.compare(xlsm, poiSaved, PackageComparison.WORKBOOK_PARTS))
        .extracting(Difference::where)
        .contains("xl/theme/theme1.xml");
  }

  private static Set<String> mayChange() {
    Set<String> parts = new HashSet<>(PackageComparison.WORKBOOK_PARTS);
    parts.addAll(PackageComparison.sheetParts(PackageComparison.sheetPart(XLSX, "Data")));
    parts.addAll(Set.of("xl/sharedStrings.xml", "xl/comments1.xml", "xl/drawings/vmlDrawing0.vml"));
    return parts;
  }

  /** Replaces text in one part, failing if the text is not there (so no edit goes unmade). */
  private static Consumer<Map<String, byte[]>> replace(String part, String from, String to) {
    return parts -> {
      String text = Zips.text(parts, part);
      assertThat(text).as(part).contains(from);
      parts.put(part, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    };
  }
}
