//! Today's date, from the browser's clock or the system's.

use crate::data::date::Date;

const MS_PER_DAY: f64 = 86_400_000.0;

/// Today's date (UTC) in the browser.
#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    Date::from_unix_days((js_sys::Date::now() / MS_PER_DAY).floor() as i64)
}

/// Today's date (UTC) on the build machine.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Date {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64);
    Date::from_unix_days((ms / MS_PER_DAY).floor() as i64)
}
