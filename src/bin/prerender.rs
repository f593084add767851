//! Prerenders the release build into a static site: every page in every language rendered to
//! HTML by the app's own views, plus `404.html`, the sitemaps, `robots.txt`, a `feed.xml` per language,
//! `_headers` and the service worker.
//!
//! Usage: `prerender <trunk-output> <site-dir> [--base /connect-explorer/] [--site-url https://…]
//! [--today 2026-11-29]`
//! `<trunk-output>` is `trunk build --release --public-url ./`'s output; `<site-dir>` is
//! replaced by the finished site.

use connect_explorer::addresses::{dossier, CALENDAR_FILE, MISSION};
use connect_explorer::data::content::CONTENT_FILE;
use connect_explorer::data::date::Date;
use connect_explorer::data::wire::{self, SITE_FILE, SITE_FILE_GZ};
use connect_explorer::dossiers::model::DOSSIERS_FILE;
use connect_explorer::i18n::{install, Lang};
use connect_explorer::paths::{localize, normalize_base, with_base, NOT_FOUND_PAGE};
use connect_explorer::render::{holds_until, render_page};
use connect_explorer::routes::{Kind, ROUTES};
use connect_explorer::site::{fingerprint, fingerprint_bytes, Site};
use connect_explorer::static_site::assets::{fingerprint_scripts, Script};
use connect_explorer::static_site::calendar::{calendar, coming_steps};
use connect_explorer::static_site::data_files::DataFiles;
use connect_explorer::static_site::document::{boot_script, PageParts, Template};
use connect_explorer::static_site::escape;
use connect_explorer::static_site::feed::{atom_feed, feed_file, feed_title};
use connect_explorer::static_site::pages::{all_pages, route_pages, Page};
use connect_explorer::static_site::security::headers_file;
use connect_explorer::static_site::service_worker::service_worker;
use connect_explorer::static_site::sitemap::{robots, sitemaps};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

struct Options {
    trunk_dir: PathBuf,
    site_dir: PathBuf,
    base: String,
    site_url: String,
    /// The day statuses are computed for: the build machine's date unless given, so that a
    /// build (and the tests against it) can be pinned to a day.
    today: Date,
    /// Where to write the route table with an example page of each route, for the tests.
    routes_out: Option<PathBuf>,
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1).collect()).and_then(|options| build(&options)) {
        Ok(count) => {
            println!("prerendered {count} pages");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(args: Vec<String>) -> Result<Options, String> {
    let usage = "usage: prerender <trunk-output> <site-dir> [--base /sub/] [--site-url https://host] [--today YYYY-MM-DD] [--routes-out FILE]";
    let mut positional = Vec::new();
    let (mut base, mut site_url) = (String::new(), "http://127.0.0.1:8080".to_owned());
    let mut today = connect_explorer::today::today();
    let mut routes_out = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--base" => base = normalize_base(&args.next().ok_or(usage)?),
            "--site-url" => site_url = args.next().ok_or(usage)?.trim_end_matches('/').to_owned(),
            "--routes-out" => routes_out = Some(PathBuf::from(args.next().ok_or(usage)?)),
            "--today" => {
                let day = args.next().ok_or(usage)?;
                today = day.parse().map_err(|e| format!("--today {day}: {e}"))?;
            }
            _ => positional.push(PathBuf::from(arg)),
        }
    }
    let [trunk_dir, site_dir] =
        <[PathBuf; 2]>::try_from(positional).map_err(|_| usage.to_owned())?;
    Ok(Options {
        trunk_dir,
        site_dir,
        base,
        site_url,
        today,
        routes_out,
    })
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// Copies trunk's files (all but its `index.html`) into the site, returning their names.
fn copy_assets(from: &Path, to: &Path) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            for inner in copy_assets(&path, &to.join(&name))? {
                names.push(format!("{name}/{inner}"));
            }
        } else if name != "index.html" {
            std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
            std::fs::copy(&path, to.join(&name)).map_err(|e| format!("{}: {e}", path.display()))?;
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// Renames the JavaScript glue and wasm-bindgen's snippets after their content (see
/// [`fingerprint_scripts`]), in the site and in `assets`; returns the glue's new name.
fn version_scripts(
    site_dir: &Path,
    glue: &str,
    assets: &mut Vec<String>,
) -> Result<String, String> {
    let script = |path: &str| -> Result<Script, String> {
        Ok(Script {
            path: path.to_owned(),
            text: read(&site_dir.join(path))?,
        })
    };
    let glue = script(glue.trim_start_matches("./"))?;
    let snippets = assets
        .iter()
        .filter(|name| name.starts_with("snippets/") && name.ends_with(".js"))
        .map(|name| script(name))
        .collect::<Result<Vec<_>, _>>()?;
    let (new_glue, new_snippets) = fingerprint_scripts(&glue, &snippets);
    for old in snippets.iter().chain([&glue]) {
        let path = site_dir.join(&old.path);
        std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        assets.retain(|name| *name != old.path);
    }
    for new in new_snippets.iter().chain([&new_glue]) {
        write(&site_dir.join(&new.path), &new.text)?;
        assets.push(new.path.clone());
    }
    assets.sort();
    Ok(new_glue.path)
}

fn build(options: &Options) -> Result<usize, String> {
    let Options {
        trunk_dir,
        site_dir,
        base,
        site_url,
        today,
        routes_out,
    } = options;
    let today = *today;
    let template =
        Template::new(&read(&trunk_dir.join("index.html"))?).map_err(|e| e.to_string())?;
    let files = DataFiles::read(|file| read(&trunk_dir.join(file)))?;
    // The shipped copies leave out what this checks: a translation of an English text since
    // changed fails the build.
    files
        .check_languages()
        .map_err(|errors| errors.to_string())?;
    let files = files.shipped().map_err(|errors| errors.to_string())?;
    let mut sites = Vec::new();
    for lang in Lang::ALL {
        // The pages are rendered with the messages of the files this build ships.
        install(
            lang,
            files
                .messages_in(lang)
                .map_err(|errors| errors.to_string())?,
        );
        let site = files
            .site_in(lang, today)
            .map_err(|errors| errors.to_string())?;
        sites.push((lang, Arc::new(site), files.fingerprint_in(lang)));
    }
    let site_in = |lang: Lang| {
        sites
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|(_, site, print)| (site.clone(), print.clone()))
            .ok_or_else(|| format!("no site for {lang:?}"))
    };
    let (site, _) = site_in(Lang::En)?;
    // The browser reads the data the build checked, as the build writes it. Its layout follows
    // the code, so the data version covers its bytes too: a deployment that changes only the
    // code asks for the data anew, and no cache answers it with a file of the old layout.
    let (wire, compressed) = wire::from_json(&files.content, &files.dossiers)?;
    let data_version = fingerprint(&files.version(), &fingerprint_bytes(&wire));

    if site_dir.exists() {
        std::fs::remove_dir_all(site_dir).map_err(|e| format!("{}: {e}", site_dir.display()))?;
    }
    let mut assets = copy_assets(trunk_dir, site_dir)?;
    for (lang, texts) in &files.languages {
        for (file, text) in lang.files().iter().zip(texts) {
            write(&site_dir.join(file), text)?;
        }
    }
    for (file, bytes) in [(SITE_FILE_GZ, compressed), (SITE_FILE, wire)] {
        let path = site_dir.join(file);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        if !assets.iter().any(|name| name == file) {
            assets.push(file.to_owned());
        }
    }
    assets.sort();
    let glue = version_scripts(site_dir, &template.glue, &mut assets)?;
    let boot = boot_script(&format!("./{glue}"), &template.wasm);
    let boot_file = format!("boot-{}.js", fingerprint(&boot, ""));
    write(&site_dir.join(&boot_file), &boot)?;
    assets.push(boot_file.clone());

    any_spawner::Executor::init_futures_executor().map_err(|e| format!("executor: {e:?}"))?;
    let root = format!("{site_url}{base}");
    let common = |print: &str| {
        format!(
            " data-base=\"{}/\" data-prerendered=\"{print}\" data-version=\"{data_version}\" data-as-of=\"{today}\"",
            escape(base)
        )
    };
    // A static page shows what it was rendered to show until the first day it would read
    // otherwise; from then on its boot script starts the app, which renders it for the day. The
    // words differ by language, what they say does not: English decides for every language.
    let later: Vec<_> = files
        .sites_ahead(Lang::En, today)
        .map_err(|errors| errors.to_string())?
        .into_iter()
        .map(|(day, site)| (day, Arc::new(site)))
        .collect();
    let mut holds = HashMap::new();
    // What a page that loads the app fetches first, beside the WebAssembly: the data and its
    // language's files. The compressed data, which every browser but those few without
    // DecompressionStream reads (those fetch the uncompressed file after it).
    let preloads = |lang: Lang| {
        [SITE_FILE_GZ]
            .into_iter()
            .chain(lang.files().iter().copied())
            .map(|file| {
                format!(
                    "    <link rel=\"preload\" href=\"{}/{file}?v={data_version}\" as=\"fetch\" crossorigin=\"anonymous\" />\n",
                    escape(base),
                )
            })
            .collect::<String>()
    };
    let pages = all_pages(&site);
    let mut pages_fingerprint = String::new();
    for page in &pages {
        let (page_site, print) = site_in(page.lang)?;
        let app = page.kind() == Kind::Interactive;
        let mut links = page_links(&root, page);
        let mut attributes = format!(
            "{} data-path=\"{}\"",
            common(&print),
            escape(&with_base(base, &page.path()))
        );
        if app {
            links.push_str(&preloads(page.lang));
        } else {
            let until = holds.entry(page.page.clone()).or_insert_with(|| {
                let english = Page {
                    lang: Lang::En,
                    page: page.page.clone(),
                };
                holds_until(site.clone(), &later, base, &english.path())
                    .map(|day| day.to_string())
                    .unwrap_or_default()
            });
            attributes.push_str(&format!(" data-static=\"{until}\""));
        }
        let parts = PageParts {
            base,
            data_version: &data_version,
            boot_file: &boot_file,
            links: &links,
            body_attributes: &attributes,
            body: "",
        };
        let html = render_page(&template, parts, page_site, &page.path());
        pages_fingerprint = fingerprint(&pages_fingerprint, &html);
        write(&site_dir.join(page.file()), &html)?;
    }
    let attributes = format!("{} data-path=\"\"", common(&files.fingerprint_in(Lang::En)));
    let parts = PageParts {
        base,
        data_version: &data_version,
        boot_file: &boot_file,
        links: &preloads(Lang::En),
        body_attributes: &attributes,
        body: "",
    };
    write(
        &site_dir.join("404.html"),
        &render_page(&template, parts, site.clone(), NOT_FOUND_PAGE),
    )?;

    if let Some(path) = routes_out {
        write(path, &routes_json(&site))?;
    }
    write_calendars(&site, site_dir, &root)?;
    for file in sitemaps(&site, &root) {
        write(&site_dir.join(&file.name), &file.xml)?;
    }
    write(&site_dir.join("robots.txt"), &robots(&root))?;
    for lang in Lang::ALL {
        let (site, _) = site_in(lang)?;
        write(
            &site_dir.join(feed_file(lang)),
            &atom_feed(&site, lang, &root),
        )?;
    }
    write(&site_dir.join("_headers"), &headers_file(base))?;
    // The data files under the address the pages ask for, with the data version. Of the
    // languages' files only English's are kept at installation; the worker adds those of the
    // languages the open pages are in. The JSON data files are the site's open data, which the
    // app does not read, so they are not kept, nor is the uncompressed binary file, which only
    // browsers that cannot decompress read.
    let versioned = |name: &str| {
        if name.starts_with("data/") {
            format!("{name}?v={data_version}")
        } else {
            name.to_owned()
        }
    };
    let others: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|lang| *lang != Lang::En)
        .collect();
    let mut precache = vec![String::new()];
    precache.extend(
        assets
            .iter()
            .filter(|name| {
                !name.starts_with('_')
                    && !others.iter().any(|l| l.files().contains(&name.as_str()))
                    && ![CONTENT_FILE, DOSSIERS_FILE, SITE_FILE].contains(&name.as_str())
            })
            .map(|name| versioned(name)),
    );
    let language_files: Vec<(&str, Vec<String>)> = others
        .iter()
        .map(|lang| {
            (
                lang.code(),
                lang.files().iter().map(|f| versioned(f)).collect(),
            )
        })
        .collect();
    let version = fingerprint(
        &format!("{data_version}{pages_fingerprint}"),
        &precache.join("\n"),
    );
    write(
        &site_dir.join("sw.js"),
        &service_worker(base, &version, &precache, &language_files),
    )?;
    Ok(pages.len() + 1)
}

/// The page's canonical address and its language versions, for search engines.
fn page_links(root: &str, page: &Page) -> String {
    let url = |lang: Lang| escape(&format!("{root}{}", localize(lang, &page.page)));
    let mut links = format!(
        "    <link rel=\"canonical\" href=\"{}\" />\n",
        url(page.lang)
    );
    for lang in Lang::ALL {
        links.push_str(&format!(
            "    <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />\n",
            lang.code(),
            url(lang)
        ));
    }
    links.push_str(&format!(
        "    <link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />\n",
        url(Lang::En)
    ));
    // Feed readers find a page's feed from its head: the one in the page's language.
    links.push_str(&format!(
        "    <link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\" />\n",
        escape(&feed_title(page.lang)),
        escape(&format!("{root}/{}", feed_file(page.lang)))
    ));
    links
}

/// The route table with the address of one page of each route, as JSON: the end-to-end tests
/// visit every route from it.
fn routes_json(site: &Site) -> String {
    let routes: Vec<serde_json::Value> = ROUTES
        .iter()
        .filter_map(|route| {
            let example = route_pages(route, site).into_iter().next()?;
            Some(serde_json::json!({
                "path": route.path,
                "example": localize(Lang::En, &example),
            }))
        })
        .collect();
    serde_json::to_string_pretty(&routes).unwrap_or_default()
}

/// The calendars of coming dates, in each language: every dossier's at the language's root,
/// and each dossier's in its folder, for the dossiers that have dates ahead.
fn write_calendars(site: &Site, site_dir: &Path, root: &str) -> Result<(), String> {
    let all: Vec<u32> = (0..site.dossiers.len() as u32).collect();
    for lang in Lang::ALL {
        let title = lang.messages().calendar_title;
        let folder = |page: &str| localize(lang, page).trim_start_matches('/').to_owned();
        write(
            &site_dir.join(folder(MISSION)).join(CALENDAR_FILE),
            &calendar(site, lang, root, title, &all),
        )?;
        for &position in all.iter().filter(|&&p| coming_steps(site, p) > 0) {
            let page = dossier(site.dossiers.id(position));
            let name = site.dossiers.get(position).map_or_else(String::new, |d| {
                d.display_name_in(site.dossiers.id(position), lang.code()).0
            });
            write(
                &site_dir.join(folder(&page)).join(CALENDAR_FILE),
                &calendar(site, lang, root, &format!("{name} – {title}"), &[position]),
            )?;
        }
    }
    Ok(())
}
