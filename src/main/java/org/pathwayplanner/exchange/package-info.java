/**
 * A district's data in and out: what imports and exports share. Public API: {@link org.pathwayplanner.exchange.CsvTable}
 * (CSV written safely for spreadsheets), {@link org.pathwayplanner.exchange.ImportProblem} and
 * {@link org.pathwayplanner.exchange.ImportProblems} (what is wrong with an uploaded file, by file, line and column),
 * {@link org.pathwayplanner.exchange.ImportCounts} (what an import would create, update and retire per file) and
 * {@link org.pathwayplanner.exchange.DataExchangeLog} (who imported or exported what, and when). The formats
 * themselves live with the data they carry: rosters in {@code people}, CASE frameworks in {@code framework},
 * gradebook evidence in {@code evidence}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data exchange")
package org.pathwayplanner.exchange;
