package io.github.supersetsdk.ops.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the virtual-dataset check reads a warehouse's "no such column" errors. */
class DatasetDriftTest {

  private static final List<String> PROBE = List.of("order_id", "sales_channel", "Amount");

  @Test
  void missingColumn_namesTheProbeColumnInEachWarehousesWording() {
    assertThat(DatasetDrift.missingColumn("Error: column \"sales_channel\" does not exist\nLINE 1: SELECT", PROBE))
        .isEqualTo("sales_channel");
    assertThat(DatasetDrift.missingColumn("postgresql error: column virtual_table.sales_channel does not exist", PROBE))
        .isEqualTo("sales_channel");
    assertThat(DatasetDrift.missingColumn("Unknown column 'virtual_table.amount' in 'field list'", PROBE))
        .isEqualTo("Amount");
    assertThat(DatasetDrift.missingColumn("no such column: sales_channel", PROBE)).isEqualTo("sales_channel");
    assertThat(DatasetDrift.missingColumn("SQL compilation error: invalid identifier 'VIRTUAL_TABLE.SALES_CHANNEL'", PROBE))
        .isEqualTo("sales_channel");
    assertThat(DatasetDrift.missingColumn("ORA-00904: \"SALES_CHANNEL\": invalid identifier", PROBE)).isEqualTo("sales_channel");
    assertThat(DatasetDrift.missingColumn("line 1:8: Column 'sales_channel' cannot be resolved", PROBE)).isEqualTo("sales_channel");
    assertThat(DatasetDrift.missingColumn("Unrecognized name: sales_channel at [1:8]", PROBE)).isEqualTo("sales_channel");
  }

  @Test
  void missingColumn_otherErrorsOrColumnsOutsideTheProbe_null() {
    assertThat(DatasetDrift.missingColumn("Error: division by zero", PROBE)).isNull();
    assertThat(DatasetDrift.missingColumn("relation \"marts.gone\" does not exist", PROBE)).isNull();
    // The dataset's SQL itself names a column its table lost: not one of the stored columns.
    assertThat(DatasetDrift.missingColumn("column \"discount\" does not exist", PROBE)).isNull();
    assertThat(DatasetDrift.missingColumn(null, PROBE)).isNull();
  }
}
