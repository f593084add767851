//! The data as the browser reads it: both data files, checked by the build, in one compact
//! binary file (postcard) written by the build, also gzip-compressed. The JSON files stay the
//! site's open data and the source the build checks; the browser reads this instead, because
//! postcard's reader needs no field names, no syntax errors and no second pass of checks: it
//! made the WebAssembly 21 KiB (brotli) smaller and reads in about a third of the time
//! (BENCHMARKS.md, "Decode less"). The file's layout follows the Rust types, so the data
//! version every page asks for it with covers its bytes, not only the JSON's.

use crate::data::validation::{ValidationError, ValidationErrors};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::cell::Cell;

/// Where the binary data is served from, relative to the site's base URL.
pub const SITE_FILE: &str = "data/site.bin";

/// The same file gzip-compressed, which the browser asks for where it can decompress it
/// (`DecompressionStream`): hosts such as GitHub Pages compress only the types they know, so a
/// `.bin` file would travel at full size (64 KiB for 20 KiB).
pub const SITE_FILE_GZ: &str = "data/site.bin.gz";

/// The first bytes of the file: its format and version. A file of another version (a cached
/// copy from an older deployment) is refused with a message rather than misread.
const MAGIC: &[u8; 4] = b"CEW1";

/// The header: the magic, then the fingerprint state after the two JSON files.
const HEADER: usize = MAGIC.len() + 8;

/// The 64-bit FNV-1a offset basis, where a fingerprint starts.
pub const FINGERPRINT_START: u64 = 0xcbf2_9ce4_8422_2325;

thread_local! {
    /// Set while [`encode`] writes. Postcard has no field names, so a field left out of the
    /// JSON when empty must still be written here; the `omit_*` functions read this.
    static WRITING: Cell<bool> = const { Cell::new(false) };
}

fn writing() -> bool {
    WRITING.with(Cell::get)
}

/// Whether the JSON leaves out an absent value (never in the binary file).
pub fn omit_none<T>(value: &Option<T>) -> bool {
    !writing() && value.is_none()
}

/// Whether the JSON leaves out an empty list (never in the binary file).
pub fn omit_empty<T>(value: &[T]) -> bool {
    !writing() && value.is_empty()
}

/// Whether the JSON leaves out a `false` (never in the binary file).
pub fn omit_false(value: &bool) -> bool {
    !writing() && !*value
}

/// Writes `value` behind the header: `fingerprint` is the fingerprint's state after the JSON
/// files `value` was read from, so that the browser arrives at the same fingerprint as the
/// build without those files.
pub fn encode<T: Serialize>(value: &T, fingerprint: u64) -> Result<Vec<u8>, String> {
    /// Puts the flag back as it was, even if serialising panics.
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            WRITING.with(|w| w.set(self.0));
        }
    }
    let mut bytes = MAGIC.to_vec();
    bytes.extend(fingerprint.to_le_bytes());
    let _restore = Restore(WRITING.with(|w| w.replace(true)));
    postcard::to_extend(value, bytes).map_err(|e| format!("{SITE_FILE}: {e}"))
}

/// Reads what [`encode`] wrote: the value and the fingerprint state.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<(T, u64), ValidationErrors> {
    let invalid = |problem: String| {
        ValidationErrors(vec![ValidationError {
            file: SITE_FILE,
            record: "(the whole file)".into(),
            field: "(binary data)".into(),
            problem,
        }])
    };
    let damaged = |detail: &str| {
        invalid(format!(
            "the file is damaged or not this version of the site's ({detail})"
        ))
    };
    if bytes.len() < HEADER || &bytes[..MAGIC.len()] != MAGIC {
        return Err(damaged("it does not begin as this version's does"));
    }
    let mut state = [0u8; 8];
    state.copy_from_slice(&bytes[MAGIC.len()..HEADER]);
    let (value, rest) =
        postcard::take_from_bytes(&bytes[HEADER..]).map_err(|e| damaged(&e.to_string()))?;
    if !rest.is_empty() {
        return Err(damaged(&format!("{} bytes too many", rest.len())));
    }
    Ok((value, u64::from_le_bytes(state)))
}

/// The two files the browser reads, [`SITE_FILE`] and [`SITE_FILE_GZ`], written from the
/// JSON data files once they pass the checks.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json(content: &str, dossiers: &str) -> Result<(Vec<u8>, Vec<u8>), String> {
    let bytes = crate::site::CheckedData::from_json(content, dossiers)
        .map_err(|errors| errors.to_string())?
        .to_wire(content, dossiers)?;
    let compressed = gzip(&bytes)?;
    Ok((bytes, compressed))
}

/// `bytes` gzip-compressed, as [`SITE_FILE_GZ`] holds them.
#[cfg(not(target_arch = "wasm32"))]
fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("{SITE_FILE_GZ}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Record {
        #[serde(default, skip_serializing_if = "omit_none")]
        note: Option<String>,
        #[serde(default, skip_serializing_if = "omit_empty")]
        tags: Vec<String>,
        #[serde(default, skip_serializing_if = "omit_false")]
        partly: bool,
        title: String,
    }

    fn record() -> Record {
        Record {
            note: None,
            tags: vec![],
            partly: false,
            title: "AI Act".into(),
        }
    }

    #[test]
    fn empty_fields_are_left_out_of_json_but_written_to_the_binary_file() {
        assert_eq!(
            serde_json::to_string(&record()).expect("serialises"),
            r#"{"title":"AI Act"}"#
        );
        let bytes = encode(&record(), 42).expect("encodes");
        assert_eq!(decode::<Record>(&bytes).expect("decodes"), (record(), 42));
        // Writing the binary file leaves JSON as it was.
        assert_eq!(
            serde_json::to_string(&record()).expect("serialises"),
            r#"{"title":"AI Act"}"#
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_compressed_file_holds_the_same_bytes() {
        use std::io::Read;
        let bytes = encode(&record(), 7).expect("encodes");
        let compressed = gzip(&bytes).expect("compresses");
        assert_eq!(
            &compressed[..2],
            &[0x1f, 0x8b],
            "gzip, as the browser tells it apart"
        );
        let mut read = Vec::new();
        flate2::read::GzDecoder::new(&compressed[..])
            .read_to_end(&mut read)
            .expect("decompresses");
        assert_eq!(read, bytes);
    }

    #[test]
    fn another_version_or_a_cut_or_longer_file_is_refused_with_the_file_named() {
        let bytes = encode(&record(), 1).expect("encodes");
        let mut old = bytes.clone();
        old[3] = b'0';
        let mut longer = bytes.clone();
        longer.push(0);
        for bad in [
            &old[..],
            &bytes[..5],
            &bytes[..bytes.len() - 3],
            &longer[..],
        ] {
            let errors = decode::<Record>(bad).expect_err("refused");
            assert_eq!(errors[0].file, SITE_FILE, "{errors}");
        }
    }
}
