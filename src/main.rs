//! Starts the app; everything else lives in the library so that tests can reach it.

fn main() {
    connect_explorer::start::start();
}
