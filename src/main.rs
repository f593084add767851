//! Mounts the app; everything else lives in the library so that tests can reach it.

fn main() {
    leptos::mount::mount_to_body(connect_explorer::App);
}
