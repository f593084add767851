//! The dossier data file (`data/dossiers.json`), by concern: its vocabulary (`vocabulary`),
//! its format (`record`), what follows from each record (`derived`: its URL id, its date, its
//! status on a given day) and what each must satisfy (`validate`).

mod derived;
mod keyed;
mod record;
mod validate;
mod vocabulary;

#[cfg(test)]
mod tests;

pub use derived::{Kind, Title};
pub use record::{
    Dossier, DossierFile, Evidence, OfficialName, Relation, SourceList, Step, DOSSIERS_FILE,
};
#[cfg(test)]
use validate::{https_host, is_institutional};
pub use vocabulary::{
    DocType, Fact, Field, List, RelationKind, Stage, Status, StepKind, TypeFacet,
};
