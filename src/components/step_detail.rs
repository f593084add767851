//! A step's detail in brackets after its name ("(OJ L 277)", "(Article 6(1))").

use super::context::use_i18n;
use crate::dossiers::model::Step;
use leptos::prelude::*;

/// " (detail)": an Official Journal reference in the page's language, anything else as the
/// source writes it, in English, and marked so.
#[component]
pub fn StepDetail(
    /// The step whose detail to show; nothing when it has none.
    step: Step,
) -> impl IntoView {
    let t = use_i18n().t();
    step.detail.map(|detail| {
        let (text, translated) = t.step_detail(&detail);
        let lang = (!translated).then_some("en");
        view! { " " <span class="step-detail" lang=lang>{format!("({text})")}</span> }
    })
}
