package uk.scorecard.write.plan;

/**
 * The self-check found that the rated workbook differs from the officer's where we did not mean to
 * write. The message says where (a part, a sheet and cell), never what the cell holds.
 */
public final class NotKept extends Exception {

  public NotKept(String where) {
    super(where);
  }
}
