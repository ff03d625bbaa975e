//! Merging two records of the same person, shared by `person merge` and
//! every backend: the kept record wins, the other fills its gaps.

use rete_core::PersonData;

/// Joins `gone` into `keep`: lists are unioned (kept order first), empty
/// fields are filled, notes are concatenated so nothing typed is lost.
pub fn absorb(keep: &mut PersonData, gone: &PersonData) {
    fn union(into: &mut Vec<String>, from: &[String]) {
        for v in from {
            if !into.iter().any(|x| x.eq_ignore_ascii_case(v)) {
                into.push(v.clone());
            }
        }
    }
    union(&mut keep.emails, &gone.emails);
    union(&mut keep.phones, &gone.phones);
    union(&mut keep.tags, &gone.tags);
    union(&mut keep.links, &gone.links);
    for (k, g) in [
        (&mut keep.company, &gone.company),
        (&mut keep.role, &gone.role),
        (&mut keep.department, &gone.department),
        (&mut keep.city, &gone.city),
        (&mut keep.sector, &gone.sector),
        (&mut keep.met_at, &gone.met_at),
    ] {
        if k.is_none() {
            k.clone_from(g);
        }
    }
    keep.birthday = match (keep.birthday, gone.birthday) {
        (Some(k), Some(g)) if k.year.is_none() && g.year.is_some() && (k.month, k.day) == (g.month, g.day) => Some(g),
        (k, g) => k.or(g),
    };
    keep.met_on = match (keep.met_on, gone.met_on) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    keep.introduced_by = keep.introduced_by.or(gone.introduced_by);
    keep.cadence_days = keep.cadence_days.or(gone.cadence_days);
    keep.notes = match (keep.notes.take(), &gone.notes) {
        (Some(a), Some(b)) if a != *b => Some(format!("{a}\n\n{b}")),
        (a, b) => a.or_else(|| b.clone()),
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use rete_core::Birthday;

    #[test]
    fn absorb_fills_and_unions() {
        let mut keep = PersonData::named("Anna Riva");
        keep.emails = vec!["anna@a.it".into()];
        keep.notes = Some("met at BNI".into());
        keep.birthday = Birthday::parse("b", "03-09").ok();
        let mut gone = PersonData::named("Anna");
        gone.emails = vec!["anna@b.it".into(), "ANNA@A.IT".into()];
        gone.company = Some("Riva Srl".into());
        gone.notes = Some("likes sailing".into());
        gone.birthday = Birthday::parse("b", "1980-03-09").ok();
        absorb(&mut keep, &gone);
        assert_eq!(keep.name, "Anna Riva");
        assert_eq!(keep.emails, vec!["anna@a.it", "anna@b.it"]);
        assert_eq!(keep.company.as_deref(), Some("Riva Srl"));
        assert_eq!(keep.notes.as_deref(), Some("met at BNI\n\nlikes sailing"));
        assert_eq!(keep.birthday.map(|b| b.to_string()).as_deref(), Some("1980-03-09"));
    }
}
