//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, so a country's
//! shaded area on the map is in proportion to its real one, with straight parallels. Shared by
//! the build script, which projects the map, and the native tests.

const A1: f64 = 1.340_264;
const A2: f64 = -0.081_106;
const A3: f64 = 0.000_893;
const A4: f64 = 0.003_796;

/// Projects a longitude and latitude in degrees to plane coordinates with the y axis pointing
/// north, in units of the Earth's radius.
pub fn equal_earth(longitude: f64, latitude: f64) -> (f64, f64) {
    let lambda = longitude.to_radians();
    let theta = ((3f64.sqrt() / 2.0) * latitude.to_radians().sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = 2.0 * 3f64.sqrt() * lambda * theta.cos()
        / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}
