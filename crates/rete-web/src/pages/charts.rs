//! The audit's charts, drawn by plotters as SVG. The text of a chart is
//! measured against a small embedded font (a Latin subset of DejaVu Sans,
//! see assets/LICENSE-DejaVu.txt); the SVG itself names `sans-serif`, so
//! the reader's own font draws it.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use std::sync::Once;

const FONT: &[u8] = include_bytes!("../../assets/rete-chart-sans.ttf");
const ACCENT: RGBColor = RGBColor(0x1f, 0x6f, 0x5c);
const GOLD: RGBColor = RGBColor(0xb8, 0x86, 0x1f);
const INK: RGBColor = RGBColor(0x1d, 0x24, 0x30);
const LINE: RGBColor = RGBColor(0xd9, 0xde, 0xe5);

/// Charts are drawn this size and scale with the page (the SVG keeps its
/// viewBox).
const SIZE: (u32, u32) = (480, 300);

fn font_ready() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if plotters::style::register_font("sans-serif", FontStyle::Normal, FONT).is_err() {
            tracing::error!("the charts' font did not load");
        }
    });
}

/// Makes the SVG scale to its container: plotters writes a fixed width
/// and height; the viewBox it also writes keeps the proportions.
fn responsive(svg: String) -> String {
    let (w, h) = SIZE;
    svg.replacen(&format!("width=\"{w}\" height=\"{h}\""), "class=\"chart\" preserveAspectRatio=\"xMidYMid meet\"", 1)
}

fn text(size: u32) -> TextStyle<'static> {
    ("sans-serif", size).into_font().color(&INK)
}

/// A bar per label.
pub fn bars(labels: &[String], values: &[u32], y_desc: &str) -> String {
    font_ready();
    let mut svg = String::new();
    let drawn = (|| -> Result<(), Box<dyn std::error::Error + '_>> {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE)?;
        let top = values.iter().copied().max().unwrap_or(0).max(1);
        let top = top + top.div_ceil(10);
        let n = labels.len().max(1);
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(44)
            .build_cartesian_2d((0..n).into_segmented(), 0u32..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .bold_line_style(LINE)
            .axis_style(LINE)
            .x_labels(n)
            .x_label_style(text(15))
            .y_label_style(text(15))
            .y_desc(y_desc)
            .axis_desc_style(text(15))
            .x_label_formatter(&|v| match v {
                SegmentValue::CenterOf(i) => labels.get(*i).cloned().unwrap_or_default(),
                _ => String::new(),
            })
            .draw()?;
        chart.draw_series(values.iter().enumerate().map(|(i, v)| {
            let mut bar =
                Rectangle::new([(SegmentValue::Exact(i), 0), (SegmentValue::Exact(i + 1), *v)], ACCENT.filled());
            bar.set_margin(0, 0, 4, 4);
            bar
        }))?;
        root.present()?;
        Ok(())
    })();
    if let Err(e) = drawn {
        tracing::error!(error = %e, "a chart could not be drawn");
    }
    responsive(svg)
}

/// Two bars per label, side by side: given and received.
pub fn paired(labels: &[String], given: &[u32], received: &[u32], names: (&str, &str)) -> String {
    font_ready();
    let mut svg = String::new();
    let drawn = (|| -> Result<(), Box<dyn std::error::Error + '_>> {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE)?;
        let top = given.iter().chain(received).copied().max().unwrap_or(0).max(1);
        let top = top + top.div_ceil(10) + 1;
        let n = labels.len().max(1);
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(44)
            .build_cartesian_2d(0f64..n as f64, 0u32..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .bold_line_style(LINE)
            .axis_style(LINE)
            .x_labels(n * 2 + 1)
            .x_label_style(text(15))
            .y_label_style(text(15))
            .x_label_formatter(&|x| {
                let i = x.floor();
                if (x - i - 0.5).abs() < 1e-6 {
                    labels.get(i as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .draw()?;
        for (values, color, from, name) in [(given, ACCENT, 0.12, names.0), (received, GOLD, 0.52, names.1)] {
            chart
                .draw_series(values.iter().enumerate().map(|(i, v)| {
                    let x = i as f64;
                    Rectangle::new([(x + from, 0), (x + from + 0.36, *v)], color.filled())
                }))?
                .label(name)
                .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled()));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .label_font(text(15))
            .background_style(WHITE.mix(0.9))
            .border_style(LINE)
            .draw()?;
        root.present()?;
        Ok(())
    })();
    if let Err(e) = drawn {
        tracing::error!(error = %e, "a chart could not be drawn");
    }
    responsive(svg)
}
