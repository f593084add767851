//! CLDR plural rules, read from each language's file: which category ("one", "few", "many",
//! "other", …) a whole number takes. The rules are CLDR's own syntax
//! (<https://unicode.org/reports/tr35/tr35-numbers.html#Language_Plural_Rules>), for the
//! integers this site counts: the operands `n` and `i` are the number, `v`, `w`, `f`, `t`, `c`
//! and `e` are 0. No Leptos here.

use thiserror::Error;

/// Why a plural rule could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("plural rule {rule:?}: {problem}")]
pub struct RuleError {
    /// The rule as written.
    pub rule: String,
    /// What is wrong with it.
    pub problem: String,
}

/// One language's plural rules: each category but "other" with its condition (CLDR's
/// conditions never overlap, so their order does not matter); a number no condition holds for
/// is "other".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PluralRules {
    rules: Vec<(String, Condition)>,
}

/// `or` of `and` of relations.
type Condition = Vec<Vec<Relation>>;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Relation {
    operand: char,
    modulo: Option<u64>,
    negated: bool,
    ranges: Vec<(u64, u64)>,
}

impl Relation {
    fn holds(&self, n: u64) -> bool {
        let value = match self.operand {
            'n' | 'i' => n,
            _ => 0,
        };
        let value = self.modulo.map_or(value, |m| value % m);
        let inside = self
            .ranges
            .iter()
            .any(|&(low, high)| (low..=high).contains(&value));
        inside != self.negated
    }
}

impl PluralRules {
    /// Reads rules given as (category, CLDR condition) pairs; the samples CLDR appends after
    /// `@integer` or `@decimal` are ignored.
    pub fn parse<'a>(
        rules: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<PluralRules, RuleError> {
        let mut parsed = Vec::new();
        for (category, rule) in rules {
            if category == "other" {
                continue;
            }
            parsed.push((category.to_owned(), parse_condition(rule)?));
        }
        Ok(PluralRules { rules: parsed })
    }

    /// The category of `n`.
    pub fn category(&self, n: u64) -> &str {
        self.rules
            .iter()
            .find(|(_, condition)| condition.iter().any(|all| all.iter().all(|r| r.holds(n))))
            .map_or("other", |(category, _)| category.as_str())
    }

    /// The categories the rules name, and "other".
    pub fn categories(&self) -> Vec<&str> {
        self.rules
            .iter()
            .map(|(c, _)| c.as_str())
            .chain(["other"])
            .collect()
    }
}

fn parse_condition(rule: &str) -> Result<Condition, RuleError> {
    let fail = |problem: &str| RuleError {
        rule: rule.to_owned(),
        problem: problem.to_owned(),
    };
    let condition = rule.split('@').next().unwrap_or_default().trim();
    if condition.is_empty() {
        return Err(fail("empty"));
    }
    condition
        .split(" or ")
        .map(|all| {
            all.split(" and ")
                .map(|relation| parse_relation(relation.trim()).ok_or_else(|| fail(relation)))
                .collect()
        })
        .collect()
}

/// `n % 10 = 2..4,9` or `i != 1`.
fn parse_relation(text: &str) -> Option<Relation> {
    let (left, negated, right) = if let Some((l, r)) = text.split_once("!=") {
        (l, true, r)
    } else {
        let (l, r) = text.split_once('=')?;
        (l, false, r)
    };
    let mut left = left.split('%');
    let operand = left.next()?.trim();
    let modulo = match left.next() {
        Some(m) => Some(m.trim().parse().ok()?),
        None => None,
    };
    let mut chars = operand.chars();
    let operand = chars.next().filter(|c| "nivwftce".contains(*c))?;
    if chars.next().is_some() {
        return None;
    }
    let ranges = right
        .split(',')
        .map(|item| {
            let item = item.trim();
            match item.split_once("..") {
                Some((low, high)) => Some((low.trim().parse().ok()?, high.trim().parse().ok()?)),
                None => item.parse().ok().map(|v| (v, v)),
            }
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Relation {
        operand,
        modulo,
        negated,
        ranges,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(pairs: &[(&str, &str)]) -> PluralRules {
        PluralRules::parse(pairs.iter().copied()).expect("valid rules")
    }

    #[test]
    fn english_french_and_hungarian() {
        let english = rules(&[("one", "i = 1 and v = 0 @integer 1")]);
        assert_eq!(
            [0, 1, 2, 21].map(|n| english.category(n)),
            ["other", "one", "other", "other"]
        );
        let french = rules(&[
            ("one", "i = 0,1 @integer 0, 1"),
            (
                "many",
                "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5",
            ),
        ]);
        assert_eq!(
            [0, 1, 2, 1_000_000].map(|n| french.category(n)),
            ["one", "one", "other", "many"]
        );
        let hungarian = rules(&[("one", "n = 1")]);
        assert_eq!(hungarian.category(1), "one");
        assert_eq!(hungarian.categories(), ["one", "other"]);
    }

    #[test]
    fn polish_has_few_and_many() {
        let polish = rules(&[
            ("one", "i = 1 and v = 0"),
            ("few", "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"),
            ("many", "v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14"),
        ]);
        assert_eq!(
            [1, 2, 4, 5, 12, 22, 25, 112, 0].map(|n| polish.category(n)),
            ["one", "few", "few", "many", "many", "few", "many", "many", "many"]
        );
    }

    #[test]
    fn a_rule_that_cannot_be_read_is_named() {
        let error = PluralRules::parse([("one", "x = 1")]).unwrap_err();
        assert_eq!(error.rule, "x = 1");
        assert!(PluralRules::parse([("one", "n = a..b")]).is_err());
        assert!(PluralRules::parse([("one", "")]).is_err());
    }
}
