//! Writes the data as the browser reads it ([`connect_explorer::data::wire`]) from a folder
//! holding `content.json` and `dossiers.json`, after checking them as the build does: for the
//! development server (a trunk hook), which has no prerenderer, and for tests and benchmarks
//! that give the browser data of their own.
//!
//! Usage: `site-data <data-dir> <out-file>` (writes `<out-file>` and `<out-file>.gz`)

use connect_explorer::data::wire::from_json;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [dir, out] = match <[PathBuf; 2]>::try_from(args) {
        Ok(paths) => paths,
        Err(_) => {
            eprintln!("usage: site-data <data-dir> <out-file>");
            return ExitCode::from(2);
        }
    };
    match write(&dir, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("site-data: {error}");
            ExitCode::FAILURE
        }
    }
}

fn write(dir: &std::path::Path, out: &std::path::Path) -> Result<(), String> {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let (bytes, compressed) = from_json(&read("content.json")?, &read("dossiers.json")?)?;
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let mut gz = out.as_os_str().to_owned();
    gz.push(".gz");
    std::fs::write(&gz, compressed)
        .map_err(|e| format!("{}: {e}", std::path::Path::new(&gz).display()))?;
    std::fs::write(out, bytes).map_err(|e| format!("{}: {e}", out.display()))
}
