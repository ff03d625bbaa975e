//! Printing: JSON for scripts, tables for people.

use comfy_table::{presets, ContentArrangement, Table, TableComponent};
use serde::Serialize;

/// Pretty JSON on standard output.
pub fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// A table with a header row, sized to the terminal.
pub fn table(header: Vec<String>) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::NOTHING).set_content_arrangement(ContentArrangement::Dynamic).set_header(header);
    // Only a rule under the header: light enough to read a long list.
    t.set_style(TableComponent::HeaderLines, '─');
    t.set_style(TableComponent::MiddleHeaderIntersections, '─');
    t
}

/// Prints a table without the spaces that pad every line to the widest
/// cell: they wrap in a narrow terminal and trail in every pipe.
pub fn print(table: &Table) {
    for line in table.lines() {
        println!("{}", line.trim_end());
    }
}

/// An optional text for a table cell.
pub fn cell(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

/// Asks a yes/no question on the terminal (y, yes, s, sì...); anything
/// else is no.
pub fn confirm(question: &str) -> anyhow::Result<bool> {
    use std::io::{BufRead, Write};
    eprint!("{question}");
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(rete_core::quiz::parse_answer(&answer) == Some(true))
}
