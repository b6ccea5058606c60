/**
 * Test-only harness proving "never lose an officer's data": a rewrite may change what it meant to
 * and nothing else.
 *
 * <p>A round-trip test (in this package, as the helpers are package-private) checks three things:
 *
 * <pre>{@code
 * byte[] original = Corpus.read("layouts/S11_hisptz-scorecard-app_Test-Scorecard.xlsx");
 * byte[] rated = WorkbookWriter.write(original, format, plan, report);
 * String sheet = PackageComparison.sheetPart(original, "Scorecard");
 * Set<String> mayChange = new HashSet<>(PackageComparison.WORKBOOK_PARTS);
 * mayChange.addAll(PackageComparison.sheetParts(sheet));
 * assertThat(PackageComparison.compare(original, rated, mayChange)).isEmpty();
 * assertThat(CellComparison.compare(original, rated, Touched.columns("Scorecard", 7))).isEmpty();
 * LibreOffice.requireInstalled();
 * assertThat(LibreOffice.toPdf(rated, "rated.xlsx").converted()).isTrue();
 * }</pre>
 *
 * <p>The self-tests (PackageComparisonTest, CellComparisonTest) prove each check can fail: one
 * mutation at a time, exactly one difference reported.
 */
package uk.scorecard.fidelity;
