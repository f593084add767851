//! Names of the regions and countries the projects page filters by, in French, German and
//! Hungarian: a reviewed table following the EU's own country names (Interinstitutional Style
//! Guide, list of countries), since the source gives English names only. No Leptos here.

use super::Lang;

/// Each place by its id in `content.json`: French, German, Hungarian.
const PLACES: [(&str, [&str; 3]); 22] = [
    ("africa", ["Afrique", "Afrika", "Afrika"]),
    (
        "asia-pacific",
        [
            "Asie-Pacifique",
            "Asien-Pazifik",
            "Ázsia és a csendes-óceáni térség",
        ],
    ),
    ("europe", ["Europe", "Europa", "Európa"]),
    (
        "north-america",
        ["Amérique du Nord", "Nordamerika", "Észak-Amerika"],
    ),
    ("australia", ["Australie", "Australien", "Ausztrália"]),
    ("benin", ["Bénin", "Benin", "Benin"]),
    ("ethiopia", ["Éthiopie", "Äthiopien", "Etiópia"]),
    ("ghana", ["Ghana", "Ghana", "Ghána"]),
    ("greece", ["Grèce", "Griechenland", "Görögország"]),
    ("indonesia", ["Indonésie", "Indonesien", "Indonézia"]),
    ("kenya", ["Kenya", "Kenia", "Kenya"]),
    ("mozambique", ["Mozambique", "Mosambik", "Mozambik"]),
    (
        "new-zealand",
        ["Nouvelle-Zélande", "Neuseeland", "Új-Zéland"],
    ),
    ("nigeria", ["Nigeria", "Nigeria", "Nigéria"]),
    ("rwanda", ["Rwanda", "Ruanda", "Ruanda"]),
    ("senegal", ["Sénégal", "Senegal", "Szenegál"]),
    ("singapore", ["Singapour", "Singapur", "Szingapúr"]),
    (
        "south-africa",
        ["Afrique du Sud", "Südafrika", "Dél-Afrika"],
    ),
    ("tanzania", ["Tanzanie", "Tansania", "Tanzánia"]),
    ("uganda", ["Ouganda", "Uganda", "Uganda"]),
    (
        "united-states",
        ["États-Unis", "Vereinigte Staaten", "Egyesült Államok"],
    ),
    ("vietnam", ["Viêt Nam", "Vietnam", "Vietnám"]),
];

/// The name of the place with this id in `lang`, or `None` for English (whose names are the
/// source's) and for a place the table does not have.
pub fn place_name(lang: Lang, id: &str) -> Option<&'static str> {
    let column = match lang {
        Lang::En => return None,
        Lang::Fr => 0,
        Lang::De => 1,
        Lang::Hu => 2,
    };
    PLACES
        .iter()
        .find(|(place, _)| *place == id)
        .map(|(_, names)| names[column])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::shipped_site;

    #[test]
    fn every_region_and_country_of_the_data_has_its_names() {
        let site = shipped_site();
        let research = &site.content.international.research;
        let ids = research
            .regions
            .iter()
            .map(|r| r.id.as_str())
            .chain(research.countries.iter().map(|c| c.id.as_str()));
        for id in ids {
            for lang in [Lang::Fr, Lang::De, Lang::Hu] {
                assert!(place_name(lang, id).is_some(), "{id} has no {lang:?} name");
            }
        }
        assert_eq!(place_name(Lang::De, "ethiopia"), Some("Äthiopien"));
        assert_eq!(place_name(Lang::En, "ethiopia"), None);
    }
}
